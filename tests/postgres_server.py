"""A throwaway PostgreSQL cluster on 127.0.0.1 for the tests and benchmarks (standard library only).

`.ci/run` starts one before the tests and stops it after them::

    python3 -m tests.postgres_server start    # prints `export LEGWORK_TEST_POSTGRESQL=...`
    python3 -m tests.postgres_server stop FILE

`LEGWORK_TEST_POSTGRESQL` names a small JSON file describing the running
cluster (port, superuser password, data folder, binaries), so the tests can
connect to it and the outage test can stop and start it. Without that
variable, `tests/conftest.py` starts a cluster of its own when the server
binaries are installed (Debian's `postgresql` package) and stops it at the end.

The cluster lives in a temporary folder, listens on 127.0.0.1 only (no Unix
socket), on a free port, and asks every connection for a password
(scram-sha-256), like a gym's server would. Run as root, it is owned and run by
the `postgres` system user, since PostgreSQL refuses to run as root.
"""

import contextlib
import json
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

DESCRIPTION_ENV = "LEGWORK_TEST_POSTGRESQL"

SUPERUSER = "postgres"
_SYSTEM_USER = "postgres"
_START_TIMEOUT_S = 60


class ClusterError(RuntimeError):
    """The cluster could not be created, started or stopped; the message says why."""


@dataclass(frozen=True)
class Cluster:
    """One running (or stopped) throwaway cluster."""

    data_dir: str
    bin_dir: str
    port: int
    password: str
    run_as: str | None
    """The system user that owns and runs the cluster (None: this process's own user)."""
    durable: bool

    def url(self, database: str = "postgres", user: str = SUPERUSER,
            password: str | None = None) -> str:
        """A SQLAlchemy URL for `database`, as `user` (the superuser by default)."""
        secret = self.password if password is None else password
        return (f"postgresql+psycopg://{quote(user, safe='')}:{quote(secret, safe='')}"
                f"@127.0.0.1:{self.port}/{quote(database, safe='')}")

    def pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run `pg_ctl` on this cluster's data folder, as the owning user."""
        return _run(self, [str(Path(self.bin_dir) / "pg_ctl"), "-D", self.data_dir, *args],
                    check=check)

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        log = str(Path(self.data_dir).parent / "server.log")
        self.pg_ctl("start", "-w", "-t", str(_START_TIMEOUT_S), "-l", log)

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (`fast` rolls back open transactions and closes every connection)."""
        self.pg_ctl("stop", "-w", "-m", mode)

    def is_running(self) -> bool:
        """Whether the server is up (pg_ctl status)."""
        return self.pg_ctl("status", check=False).returncode == 0

    def save(self, path: Path) -> None:
        """Write the description for `load` (readable by its owner only: it holds a password)."""
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")
        path.chmod(0o600)

    @classmethod
    def load(cls, path: Path) -> "Cluster":
        """The cluster described by a file `save` wrote."""
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def find_bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl: on PATH, else Debian's newest PostgreSQL's."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run(cluster: "Cluster | None", command: list[str], *, run_as: str | None = None,
         check: bool = True) -> subprocess.CompletedProcess[str]:
    user = cluster.run_as if cluster is not None else run_as
    if user is not None:
        command = ["runuser", "-u", user, "--", *command]
    result = subprocess.run(command, capture_output=True, text=True, check=False,
                            stdin=subprocess.DEVNULL)
    if check and result.returncode != 0:
        raise ClusterError(f"{' '.join(command)} failed: {result.stderr.strip() or result.stdout}")
    return result


def create(root: Path | None = None, *, durable: bool = False) -> Cluster:
    """initdb a new cluster in a temporary folder and start it on a free port.

    `durable=False` (the tests) turns fsync off, which only matters if the
    machine loses power; the benchmarks ask for a durable one, as a gym runs.
    """
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise ClusterError("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    run_as: str | None = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(_SYSTEM_USER)
        except KeyError:
            raise ClusterError("running as root, but there is no `postgres` user to run the "
                               "server as") from None
        run_as = _SYSTEM_USER
    folder = Path(tempfile.mkdtemp(prefix="legwork-pg-", dir=root))
    data_dir = folder / "data"
    password = secrets.token_urlsafe(18)
    password_file = folder / "password"
    password_file.write_text(password + "\n", encoding="utf-8")
    if run_as is not None:
        owner = pwd.getpwnam(run_as)
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        os.chown(password_file, owner.pw_uid, owner.pw_gid)
    folder.chmod(0o700)
    _run(None, [str(bin_dir / "initdb"), "-D", str(data_dir), "-U", SUPERUSER,
                "--pwfile", str(password_file), "--auth=scram-sha-256", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-instructions"], run_as=run_as)
    password_file.unlink()
    settings = {
        "listen_addresses": "'127.0.0.1'",
        "unix_socket_directories": "''",
        "max_connections": "60",
        "fsync": "on" if durable else "off",
        "full_page_writes": "on" if durable else "off",
        "log_min_messages": "warning",
    }
    last_error: ClusterError | None = None
    for _ in range(5):
        port = _free_port()
        lines = [f"{key} = {value}" for key, value in {**settings, "port": str(port)}.items()]
        auto_conf = data_dir / "postgresql.auto.conf"
        _write_as(run_as, auto_conf, "\n".join(lines) + "\n")
        cluster = Cluster(str(data_dir), str(bin_dir), port, password, run_as, durable)
        try:
            cluster.start()
        except ClusterError as error:  # the port was taken in between: try another
            last_error = error
            continue
        return cluster
    raise ClusterError(f"the server would not start: {last_error}")


def _write_as(user: str | None, path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    if user is not None:
        owner = pwd.getpwnam(user)
        os.chown(path, owner.pw_uid, owner.pw_gid)


def destroy(cluster: Cluster) -> None:
    """Stop the server (immediately) and delete its folder."""
    if cluster.is_running():
        cluster.stop("immediate")
    shutil.rmtree(Path(cluster.data_dir).parent, ignore_errors=True)


def wait_until_accepting(cluster: Cluster, timeout_s: float = 30.0) -> None:
    """Block until the server answers on its port (after a start)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(
            ("127.0.0.1", cluster.port), timeout=1
        ):
            return
        time.sleep(0.1)
    raise ClusterError(f"nothing answers on 127.0.0.1:{cluster.port}")


def main(argv: list[str]) -> int:
    """`start` prints an export line for the shell; `stop FILE` stops and removes the cluster."""
    if argv[:1] == ["start"]:
        try:
            cluster = create()
        except ClusterError as error:
            print(f"PostgreSQL test server not started: {error}", file=sys.stderr)
            return 1
        description = Path(cluster.data_dir).parent / "cluster.json"
        cluster.save(description)
        print(f"export {DESCRIPTION_ENV}={description}")
        return 0
    if len(argv) == 2 and argv[0] == "stop":
        destroy(Cluster.load(Path(argv[1])))
        return 0
    print("usage: python3 -m tests.postgres_server start | stop FILE", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
