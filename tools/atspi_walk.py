"""Walk the running app with a real AT-SPI client, the way Orca sees it (issue 20).

The offscreen walk (tests/gui/a11y_walk.py) checks what Qt hands over; this
checks what arrives on the accessibility bus: a private D-Bus session, Xvfb,
the AT-SPI bus and registry, the app started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1,
driven by its own shortcuts through xdotool. Per window it prints visible
focusable objects / those without a name / names not starting with the shown
text, then what a screen reader heard during one minute of a running countdown.

Run with the system Python, which has pyatspi (apt-get install at-spi2-core
python3-pyatspi dbus-x11 xvfb xdotool):  /usr/bin/python3 tools/atspi_walk.py
"""

from __future__ import annotations

import collections
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv" / "bin"
EXAMPLE_PLAN = ROOT / "resources" / "examples" / "plan-community-health-workshop.toml"
EVENTS = ("object:property-change:accessible-name", "object:property-change:accessible-value",
          "object:announcement", "object:text-changed")
TEXT_NOISE = "Received text event for invalid interface"
# (page, keys pressed before it is read, seconds to settle)
PAGES = [("Library", "ctrl+f", 1.5), ("Plans", "ctrl+Tab", 1.5), ("Decision log", "ctrl+l", 2.0),
         ("Meeting start", "ctrl+shift+m", 1.5), ("Library again", "ctrl+f", 1.0), ("Question before a run", "ctrl+r", 1.5),
         ("Presenter", "type:What helps a new colleague feel at home? Return", 3.0), ("Projector", "p", 2.0)]
AFTER = [("Random groups", "g", 2.0), ("Keys", "Escape F1", 2.0), ("Presenter again", "Escape", 1.0)]


def main() -> int:
    """Outside a private session bus: start one and run again inside it (nothing touches the desktop's)."""
    if os.environ.get("ATSPI_WALK_INNER") != "1":
        env = dict(os.environ, ATSPI_WALK_INNER="1")
        return subprocess.call(["dbus-run-session", "--", sys.executable, __file__, *sys.argv[1:]], env=env)
    display = f":{random.randint(100, 400)}"
    started: list[subprocess.Popen[bytes]] = []
    try:
        started.append(subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                        stderr=subprocess.DEVNULL))
        os.environ["DISPLAY"] = display
        time.sleep(1)
        started.append(subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"]))
        time.sleep(1)
        home = Path(tempfile.mkdtemp(prefix="atspi-walk-"))
        env = dict(os.environ, FACILITATOR_HOME=str(home), QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1", LANG="en_GB.UTF-8")
        subprocess.run([VENV / "facilitator", "log", "import", "--example"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([VENV / "facilitator", "plans", "import", EXAMPLE_PLAN], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        log = home / "app-stderr.txt"
        with log.open("wb") as err:
            app = os.environ.get("ATSPI_WALK_APP", str(VENV / "facilitator-app")).split()  # another build or a wrapper
            started.append(subprocess.Popen(app, env=env, stdout=err, stderr=err))
        return walk(log)
    finally:
        for proc in reversed(started):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()


def find_app(pyatspi: object, seconds: float = 30) -> object:
    desktop = pyatspi.Registry.getDesktop(0)  # type: ignore[attr-defined]
    deadline = time.time() + seconds
    while time.time() < deadline:
        for app in desktop:
            if app is not None and app.name and "facilitator" in app.name.lower() and app.childCount:
                return app
        time.sleep(0.5)
    raise SystemExit("the app never appeared on the accessibility bus")


def keys(combo: str) -> None:
    """xdotool key names; 'type:Some words? Return' types the words first (a question box)."""
    if combo.startswith("type:"):
        words, _, combo = combo[5:].rpartition("?")
        subprocess.run(["xdotool", "type", "--delay", "20", words + "?"], check=True)
    subprocess.run(["xdotool", "key", "--delay", "120", *combo.split()], check=True)


def shown_text(acc: object) -> str | None:
    """The object's own text (labels, buttons that offer the text interface), else None."""
    try:
        text = acc.queryText()  # type: ignore[attr-defined]
        return str(text.getText(0, text.characterCount))
    except NotImplementedError:
        return None
    except Exception:  # noqa: BLE001 - an object gone while we look
        return None


def spoken(text: str) -> str:
    text = re.sub(r"&(.)", r"\1", text)
    text = re.sub(r"\s*[(\[](ctrl|alt|shift|space|enter|return|esc|f\d+|del|tab)[^)\]]*[)\]]\s*$", "", text, flags=re.I)
    text = re.sub(r"^[^\w(“\"'‘]+", "", text)
    text = re.sub(r"[^\w)”\"'’?!.%]+$", "", text)
    return " ".join(text.split()).casefold()


def census(pyatspi: object, window: object) -> tuple[int, list[str], list[str]]:
    """Visible focusable objects under a window, the unnamed ones, and names that hide the shown text."""
    st = pyatspi.STATE_SHOWING, pyatspi.STATE_VISIBLE, pyatspi.STATE_FOCUSABLE  # type: ignore[attr-defined]
    checked_roles = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,  # type: ignore[attr-defined]
                     pyatspi.ROLE_LABEL, pyatspi.ROLE_TOGGLE_BUTTON}  # type: ignore[attr-defined]
    focusable, unnamed, hidden = 0, [], []
    todo, seen = [window], 0
    while todo and seen < 4000:
        acc = todo.pop()
        seen += 1
        try:
            states = acc.getState()
            if not (states.contains(st[0]) and states.contains(st[1])):
                continue
            name, role = (acc.name or "").strip(), acc.getRole()
            if states.contains(st[2]):
                focusable += 1
                if not name:
                    unnamed.append(f"{acc.getRoleName()} at {acc.queryComponent().getExtents(0)}")
            text = shown_text(acc) if role in checked_roles else None
            short = text is not None and "\n" not in text and len(text) < 100  # a label, not a document view
            if text and short and spoken(text) and not spoken(name).startswith(spoken(text)):
                hidden.append(f"{acc.getRoleName()} '{name}' shows '{text}'")
            count = acc.childCount
            todo.extend(acc[i] for i in range(min(count, 60 if count > 200 else count)))
        except Exception:  # noqa: BLE001 - objects come and go while a page is read
            continue
    return focusable, unnamed, hidden


def windows(pyatspi: object, app: object) -> list[object]:
    shown = []
    for i in range(app.childCount):  # type: ignore[attr-defined]
        win = app[i]  # type: ignore[index]
        if win is not None and win.getState().contains(pyatspi.STATE_SHOWING):  # type: ignore[attr-defined]
            shown.append(win)
    return shown


def read_pages(pyatspi: object, app: object, pages: list[tuple[str, str, float]], log: Path) -> list[str]:
    """Press each page's keys, then count the active window (or the projector) as Orca would meet it."""
    table, details, noise_before = [], [], 0
    for page, combo, settle in pages:
        keys(combo)
        time.sleep(settle)
        noise = log.read_text(errors="replace").count(TEXT_NOISE)
        if noise > noise_before:
            details.append(f"  {page}: {noise - noise_before} × '{TEXT_NOISE}' while it opened")
        noise_before = noise
        wins = windows(pyatspi, app)
        active = [w for w in wins if w.getState().contains(pyatspi.STATE_ACTIVE)] or wins  # type: ignore[attr-defined]
        target = [w for w in wins if "projector" in (w.name or "").lower()] if page == "Projector" else active
        for win in target:
            focusable, unnamed, hidden = census(pyatspi, win)
            table.append(f"{page} [{win.name}] {focusable}/{len(unnamed)}/{len(hidden)}")
            details += [f"  {page}: unnamed {u}" for u in unnamed[:5]] + [f"  {page}: {h}" for h in hidden[:5]]
    print("Visible focusable / without a name / name not starting with the shown text (where AT-SPI offers it), per window:")
    print(" · ".join(table))
    print("\n".join(details) or "  (nothing to report)")
    return table


def walk(log: Path) -> int:
    import pyatspi  # type: ignore[import-not-found]
    from gi.repository import GLib  # type: ignore[import-not-found]

    app = find_app(pyatspi)
    time.sleep(3)
    read_pages(pyatspi, app, PAGES, log)
    heard: dict[str, list[str]] = collections.defaultdict(list)

    def listen(event: object) -> None:
        src = event.source  # type: ignore[attr-defined]
        try:
            who = f"{src.getRoleName()} '{src.name}'"
        except Exception:  # noqa: BLE001
            who = "?"
        heard[event.type].append(f"{who}: {str(event.any_data)[:100]!r}")  # type: ignore[attr-defined]

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(listen, kind)
    keys("Escape space")  # the run's keys belong to the clock; Space starts the countdown
    GLib.timeout_add_seconds(60, lambda: pyatspi.Registry.stop() or False)
    pyatspi.Registry.start()
    print("\nHeard during 60 s of a running countdown:")
    for kind in EVENTS:
        print(f"  {kind}: {len(heard[kind])}")
        for payload in heard[kind][:6]:
            print(f"    {payload}")
        by_source = collections.Counter(re.sub(r"\d", "#", p.split(": ")[0]) for p in heard[kind])
        if len(heard[kind]) > 6:
            print("    by source: " + ", ".join(f"{who} ×{n}" for who, n in by_source.most_common(6)))
    noise = collections.Counter(line.strip() for line in log.read_text(errors="replace").splitlines() if line.strip())
    print("\nApp stderr, lines by count:" if noise else "\nApp stderr: empty")
    for line, n in noise.most_common(int(os.environ.get("ATSPI_WALK_LINES", "8"))):
        print(f"  {n:4d}  {line[:160]}")
    print()
    read_pages(pyatspi, app, AFTER, log)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
