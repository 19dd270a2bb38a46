"""The real entry point: starts, shows the library, and exits cleanly when the window closes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.app as appmod
original = appmod.create_app
def create(argv, **options):
    app = original(argv, **options)
    def later():
        window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "library_view"))
        print("structures shown:", window.library_view.model.rowCount(), flush=True)
        window.preview_current()
        QTimer.singleShot(1500, window.close)
    QTimer.singleShot(300, later)
    return app
appmod.create_app = create
sys.exit(appmod.main(["facilitator-app", "--home", sys.argv[1]]))
"""


def test_app_starts_and_exits_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "home")], capture_output=True,
                          text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert "structures shown: 4" in done.stdout
    assert (tmp_path / "home" / "facilitator.sqlite3").exists(), "--home is honoured"
    assert "Traceback" not in done.stderr


def test_app_help_and_version() -> None:
    done = subprocess.run([sys.executable, "-m", "ui", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "facilitator-app" in done.stdout


def test_second_start_on_the_same_home_brings_the_first_forward(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    home = str(tmp_path / "home")
    first = subprocess.Popen([sys.executable, "-c", SCRIPT.replace("1500", "6000"), home], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    assert first.stdout is not None
    assert "structures shown" in first.stdout.readline()
    second = subprocess.run([sys.executable, "-m", "ui", "--home", home], capture_output=True, text=True,
                            timeout=60, env=env)
    assert second.returncode == 0
    assert "already open" in second.stdout
    out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err


def test_core_lock_is_exclusive_and_released(tmp_path: Path) -> None:
    from facilitator.store.lock import HomeLock

    tmp_path.mkdir(exist_ok=True)
    one, two = HomeLock(tmp_path), HomeLock(tmp_path)
    assert one.acquire()
    assert not two.acquire()
    assert two.holder() == os.getpid()
    one.release()
    assert two.acquire()
    two.release()


FAST_START = """
import enum, sys
built = []  # every Python enum PySide creates; its Qt namespace alone is ~90 of them (~40 ms)
make = enum.EnumType.__call__
def record(cls, value, names=None, *args, **kwargs):
    if names is not None:
        built.append(value)
    return make(cls, value, names, *args, **kwargs)
enum.EnumType.__call__ = record
import ui.app as appmod
from PySide6.QtCore import QEvent, QObject, QTimer
import ui.launch as launch
HEAVY = ("sqlalchemy", "alembic", "reportlab", "asyncio", "qasync", "tomllib", "pickle",
         "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtNetwork", "ui.plans.view", "ui.decisions.page")
class Watch(QObject):
    def eventFilter(self, window, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            loaded = [m for m in HEAVY if m in sys.modules]
            print("first paint:", window.library_view.model.rowCount(), "structures; loaded:", loaded, flush=True)
            print("Qt namespace built:", "AlignmentFlag" in built, flush=True)
            print("tabs:", [window.tabs.tabText(i) for i in range(window.tabs.count())], flush=True)
            def ready():
                if not hasattr(window, "decisions_view"):
                    QTimer.singleShot(50, ready)
                    return
                print("ready:", type(window.plans_view).__name__, type(window.decisions_view).__name__,
                      "sqlalchemy" in sys.modules, flush=True)
                def idle():  # queued checks included: printing stays unloaded until someone prints
                    print("idle:", [m for m in ("reportlab", "PySide6.QtPdf", "PySide6.QtMultimedia") if m in sys.modules],
                          flush=True)
                    window.close()
                QTimer.singleShot(300, idle)
            ready()
        return False
watch = Watch()
original = launch.Launch.__init__
def init(self, app, window):
    original(self, app, window)
    window.installEventFilter(watch)
launch.Launch.__init__ = init
sys.exit(appmod.main(["facilitator-app", "--home", sys.argv[1]]))
"""


def test_the_library_paints_before_the_log_is_opened(tmp_path: Path) -> None:
    """Issue 8's fast start: nothing heavy is imported before the first paint; the log follows."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    home = tmp_path / "home"
    for expected in ("loaded: ['tomllib']", "loaded: []"):  # the very first start parses the files once
        done = subprocess.run([sys.executable, "-c", FAST_START, str(home)], capture_output=True, text=True,
                              timeout=60, env=env)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        assert "first paint: 42 structures" in done.stdout and expected in done.stdout, done.stdout
        assert "ready: PlansView DecisionsView True" in done.stdout, done.stdout
        assert "Qt namespace built: False" in done.stdout, "keep Qt.* enums off the library page's start path"
        assert "idle: []" in done.stdout, done.stdout
    assert (home / "cache" / "structures.marshal").exists()
