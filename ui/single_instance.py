"""A second start on the same data home brings the first window forward instead of opening a second writer.

The first app listens on a local (same-machine, same-user) socket named after
its data home; nothing here touches the network.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtNetwork import QLocalServer, QLocalSocket

from facilitator import paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

RAISE = b"raise"


def server_name() -> str:
    digest = hashlib.sha1(str(paths.data_home()).encode("utf-8")).hexdigest()[:16]
    return f"facilitator-{digest}"


def ask_first_to_show() -> bool:
    """Tell the running app to bring its window forward; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(1000):
        return False
    socket.write(RAISE)
    socket.flush()
    socket.waitForBytesWritten(1000)
    socket.disconnectFromServer()
    return True


class RaiseServer(QLocalServer):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        QLocalServer.removeServer(server_name())  # a socket file left by a crash
        self.listen(server_name())
        self.newConnection.connect(self._connection)

    def _connection(self) -> None:
        socket = self.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda: self._read(socket))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE):
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
        socket.disconnectFromServer()
