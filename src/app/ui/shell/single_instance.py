"""One Legwork window per database file: its writer lock, and a local socket to wake the first.

The first instance holds the database's writer lock (an operating-system lock on
``<database>.lock``, released by the system however the process ends; see
`app.storage.writer_lock`) and listens on a local socket named from a hash of
the database path. A second instance on the same file fails to take the lock,
asks the first (through the socket) to raise its window, and exits. Commands
that write take the same lock while they write, so a window and a command never
write the file at once.
"""

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.services.database import writer_lock

RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 500


def server_name(database: Path) -> str:
    """The local socket name for a database: the same path gives the same name, per user."""
    key = os.path.normcase(str(Path(database).absolute()))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    user_digest = hashlib.sha256(user.encode("utf-8")).hexdigest()[:6]
    return f"legwork-{user_digest}-{digest}"


class SingleInstance(QObject):
    """Claims a database for this process; emits `raise_requested` when a second one starts.

    After a refused `acquire`, `window_answered` says whether the holder was a
    window (it was asked to come to the front) or a command writing the file.
    """

    raise_requested = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._lock = writer_lock(database)
        self._server: QLocalServer | None = None
        self.window_answered = False

    def acquire(self) -> bool:
        """Take the database; False (after asking the holder to raise its window) if taken."""
        if self._lock.try_acquire():
            self._listen()
            return True
        self.window_answered = self._ask_holder_to_raise()
        return False

    def release(self) -> None:
        """Stop listening and let the database go."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()

    def _listen(self) -> None:
        name = server_name(self.database)
        # A crashed instance can leave its socket file behind (Unix).
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(name):
            server.newConnection.connect(self._answer)
            self._server = server

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_MESSAGE.strip()):
            self.raise_requested.emit()

    def _ask_holder_to_raise(self) -> bool:
        """Ask the holder's window to come to the front; False if no window answers."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.database))
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE_MESSAGE)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True
