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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    if args.home:
        paths.set_home(args.home)
    app = create_app(argv)
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
    try:
        return run_loop(app)
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(5000)  # let a PDF being written finish
        db.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
