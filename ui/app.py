"""Start the GUI: QApplication, the qasync loop, the database, the main window."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Sequence

from facilitator import APP_NAME, __version__, paths


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="facilitator-app", description="Facilitator desktop app")
    parser.add_argument("--home", metavar="DIR", help="use DIR as the data home")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation headless (temporary data, nothing of yours touched) and exit")
    return parser.parse_known_args(list(argv))[0]


def create_app(argv: Sequence[str]) -> object:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QFontDatabase

    for font in sorted(paths.resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    icon = paths.resource("icons", "facilitator.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_loop(app: object) -> int:
    """Run Qt's event loop as the asyncio loop (qasync) until the app quits.

    The explicit QEventLoop pattern qasync documents for Python 3.11: it ends
    the same way whether the last window closes or QApplication.quit() runs.
    """
    import qasync  # after PySide6, as qasync picks its binding from what is loaded

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    quitting = asyncio.Event()
    app.aboutToQuit.connect(quitting.set)  # type: ignore[attr-defined]
    # RuntimeError: Qt's loop ended before asyncio saw the event, an ordinary quit.
    with loop, contextlib.suppress(RuntimeError):
        loop.run_until_complete(quitting.wait())
    return 0


def already_running(lock: object) -> int:
    """Never two writers on one data home: bring the first window forward, or explain."""
    from PySide6.QtWidgets import QMessageBox

    from ui.single_instance import ask_first_to_show

    if ask_first_to_show():
        print("Facilitator is already open with this data folder; its window was brought forward.")
        return 0
    QMessageBox.information(None, "Facilitator", QMessageBox.tr(
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
        create_app(["facilitator-app"])
        from facilitator.store.db import open_database
        from ui.main_window import MainWindow

        db = open_database()
        window = MainWindow(db)
        shown = window.library_view.model.rowCount()
        window.close()
        db.close()
        assert shown >= 35, shown
        return f"library page lists {shown} structures"

    return run_self_test(gui=gui)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    if args.self_test:
        return self_test()
    if args.home:
        paths.set_home(args.home)
    app = create_app(argv)
    from facilitator.store.lock import HomeLock
    from ui import errors

    errors.install()
    lock = HomeLock()
    if not lock.acquire():
        return already_running(lock)
    from ui.main_window import MainWindow
    from ui.startup import open_or_recover

    db = open_or_recover()
    if db is None:
        return 3
    window = MainWindow(db)  # type: ignore[arg-type]
    window.show()
    window.raise_()
    window.activateWindow()  # so keyboard shortcuts work at once, even without a window manager
    window.offer_resume()  # after a crash or a closed lid: carry on where the session was
    from ui.single_instance import RaiseServer

    window.raise_server = RaiseServer(window)
    try:
        return run_loop(app)
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(5000)  # let a PDF being written finish
        db.close()  # type: ignore[attr-defined]
        lock.release()


if __name__ == "__main__":
    sys.exit(main())
