"""Start the GUI: QApplication, the qasync loop, the database, the main window."""

from __future__ import annotations

import argparse
import asyncio
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


async def _until_quit() -> int:
    from PySide6.QtWidgets import QApplication

    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    QApplication.instance().aboutToQuit.connect(lambda: done.done() or done.set_result(0))  # type: ignore[union-attr]
    return await done


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    if args.home:
        paths.set_home(args.home)
    app = create_app(argv)
    import qasync  # after PySide6, as qasync picks its binding from what is loaded

    from ui.main_window import MainWindow
    from ui.startup import open_or_recover

    db = open_or_recover()
    if db is None:
        return 3
    window = MainWindow(db)  # type: ignore[arg-type]
    window.show()
    try:
        return qasync.run(_until_quit())
    finally:
        db.close()  # type: ignore[attr-defined]
    _ = app


if __name__ == "__main__":
    sys.exit(main())
