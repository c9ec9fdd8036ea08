"""A throwaway PostgreSQL server for the tests: Debian's ``postgresql`` binaries, a cluster in a
temp dir, listening on a free loopback port only, removed when the session ends.

``make test`` installs the package (``make pg-deps``); where it cannot be installed the tests
that need the server are skipped with one clear message. Run as root (CI), the server runs as
the ``postgres`` system user the package creates (PostgreSQL refuses to run as root).
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

SKIP_REASON = ("PostgreSQL is not installed (Debian package 'postgresql'; `make pg-deps` "
               "installs it): the PostgreSQL runs of the store, query and ingest tests are "
               "skipped")


def binaries() -> Path | None:
    """The directory of ``initdb``/``pg_ctl``: Debian's versioned one, else the PATH's."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if found:
        return Path(found[0]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


@contextmanager
def server() -> Iterator[str]:
    """Start a cluster; yields its admin URL (``postgresql+psycopg://…/postgres``)."""
    bin_dir = binaries()
    if bin_dir is None:
        raise FileNotFoundError(SKIP_REASON)
    root = Path(tempfile.mkdtemp(prefix="athar-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()
    user = "postgres" if os.geteuid() == 0 else os.environ.get("USER", "postgres")
    try:
        subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", user,
                                        "--auth=trust", "--encoding=UTF8", "--no-sync"]),
                       check=True, capture_output=True)
        options = (f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                                        "-l", str(root / "server.log"), "-w", "-t", "60",
                                        "start"]), check=True, capture_output=True)
        yield f"postgresql+psycopg://{user}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                        "-w", "stop"]), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def new_database(admin_url: str) -> str:
    """A fresh, empty database on the server; its URL."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    for attempt in range(50):
        try:
            with psycopg.connect(plain, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            break
        except psycopg.OperationalError:
            if attempt == 49:
                raise
            time.sleep(0.2)
    return admin_url.rsplit("/", 1)[0] + f"/{name}"
