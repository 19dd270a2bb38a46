"""Start the GUI: QApplication, the main window, then the qasync loop and the database.

Order matters for a fast start on an old laptop: the library window paints
first (parsed structures come from a cache, favourites from a read-only
look); asyncio, the ORM, the integrity check, migrations and the Plans and
Decisions pages follow once the person can already see and use the library.
"""

from __future__ import annotations

import sys
from argparse import Namespace
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

# The core modules the library page needs, imported before PySide6: once PySide6 is loaded it
# reads the source of every module imported after it (its __feature__ check), which costs
# start-up time for modules that never touch Qt.
import facilitator.store.peek
import facilitator.structures.library  # noqa: F401
from facilitator import APP_NAME, __version__, paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def parse_args(argv: Sequence[str]) -> Namespace | SimpleNamespace:
    quick = _quick_args(list(argv))
    if quick is not None:
        return quick
    import argparse

    parser = argparse.ArgumentParser(prog="facilitator-app", description="Facilitator desktop app")
    parser.add_argument("--home", metavar="DIR", help="use DIR as the data home")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--install-desktop", action="store_true",
                        help="add Facilitator to your desktop's application menu (launcher and icons in ~/.local/share) and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation headless (temporary data, nothing of yours touched) and exit")
    return parser.parse_known_args(list(argv))[0]


def _quick_args(argv: list[str]) -> SimpleNamespace | None:
    """The everyday starts (nothing, or only --home) without building an argparse parser."""
    if not argv:
        return SimpleNamespace(home=None, self_test=False, install_desktop=False)
    if len(argv) == 2 and argv[0] == "--home" and not argv[1].startswith("-"):
        return SimpleNamespace(home=argv[1], self_test=False, install_desktop=False)
    if len(argv) == 1 and argv[0].startswith("--home=") and len(argv[0]) > len("--home="):
        return SimpleNamespace(home=argv[0][len("--home="):], self_test=False, install_desktop=False)
    return None


def create_app(argv: Sequence[str], icon: bool = True) -> QApplication:
    """The QApplication; ``icon=False`` leaves the window icon to ui/app_icon.py (after the first paint)."""
    from PySide6.QtWidgets import QApplication

    app = cast(QApplication, QApplication.instance()) or QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("facilitator")  # matches resources/desktop/facilitator.desktop
    from ui.i18n import install_translators

    install_translators(app)  # before any widget is built: Qt translates text as widgets are made
    from ui.a11y import install_accessibility

    install_accessibility()
    if icon:
        from ui.app_icon import set_icon

        set_icon(app)
    return app


def already_running(lock: object) -> int:
    """Never two writers on one data home: bring the first window forward, or explain."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ui.single_instance import ask_first_to_show

    if ask_first_to_show():
        print("Facilitator is already open with this data folder; its window was brought forward.")
        return 0
    QMessageBox.information(None, "Facilitator", QCoreApplication.translate("QMessageBox",
        "Facilitator is already open with this data folder (process %1). Switch to that window; "
        "two copies writing to the same decision log could lose work.")
        .replace("%1", str(getattr(lock, "holder", lambda: "?")())))
    return 0


def self_test() -> int:
    """Core checks, then the main window built offscreen: what a frozen bundle needs to prove."""
    import os

    from facilitator.selftest import run_self_test

    def gui() -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = create_app(["facilitator-app"])
        from facilitator.store.db import open_database
        from ui.i18n import install_translators
        from ui.main_window import MainWindow

        db = open_database()
        window = MainWindow(db)
        shown = window.library_view.model.rowCount()
        window.close()
        db.close()
        assert shown >= 35, shown
        install_translators(app, "nl")  # our .qm and Qt's own, both shipped
        qt_own = ("QPlatformTheme", "Cancel")  # Qt's string, not ours: unpacked, so lupdate leaves it out of our .ts
        dutch = (app.translate("MainWindow", "&File"), app.translate(*qt_own))
        install_translators(app, "en")
        assert dutch == ("&Bestand", "Annuleren"), dutch
        return f"library page lists {shown} structures; Dutch interface loads (File → {dutch[0]})"

    return run_self_test(gui=gui)


def install_desktop() -> int:
    from facilitator.desktop import install

    try:
        written = install()
    except OSError as exc:
        print(f"facilitator-app: could not add the menu entry: {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return 3
    print(f"Added Facilitator to the application menu: {written[0]} (and {len(written) - 1} icon files).")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    if args.self_test:
        return self_test()
    if args.install_desktop:
        return install_desktop()
    problem = paths.home_setting_problem(args.home)
    if problem:  # an empty --home or FACILITATOR_HOME is a mistake, not "use the default"
        print(f"facilitator-app: {problem}", file=sys.stderr)
        return 2
    if args.home:
        paths.set_home(args.home)
    app = create_app(argv, icon=False)  # QIcon's enums cost a few ms; the icon follows the first paint
    from facilitator.store.lock import HomeLock
    from ui import errors

    errors.install()
    lock = HomeLock()
    if not lock.acquire():
        return already_running(lock)
    from ui.launch import Launch
    from ui.main_window import MainWindow

    window = MainWindow()
    launch = Launch(app, window)
    window.show()
    window.raise_()
    window.activateWindow()  # so keyboard shortcuts work at once, even without a window manager
    try:
        return launch.run()
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(5000)  # let a PDF being written finish
        launch.close()
        lock.release()


if __name__ == "__main__":
    sys.exit(main())
