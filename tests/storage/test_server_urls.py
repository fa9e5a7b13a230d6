"""A gym's server URL is read before the window shows, without SQLAlchemy, exactly as
SQLAlchemy will read it when the database opens."""

import subprocess
import sys

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app.storage.location import DatabaseUrlError, resolve_database_url

URLS = [
    "postgresql+psycopg://kiosk@gym-db/legwork",
    "postgresql+psycopg://kiosk:s3cret@gym-db:5432/legwork?sslmode=require",
    "postgresql+psycopg://kiosk:p@ss:w0rd@gym-db:5432/legwork",
    "postgresql+psycopg://kiosk@[::1]:5432/legwork",
    "postgresql+psycopg://kiosk@10.0.0.5/leg%20work",
    "postgresql+psycopg://gym-db/legwork",
    "postgresql+psycopg://kiosk@gym-db:/legwork",
    "postgresql+psycopg://kiosk@gym-db:54x2/legwork",
    "postgresql+psycopg://kiosk@gym-db:-1/legwork",
    "postgresql+psycopg://user@/legwork",
    "postgresql+psycopg://user@host",
    "postgresql+psycopg://user@host/",
    "postgresql+psycopg://user@host/?sslmode=require",
    "postgresql+psycopg://",
    "postgresql+psycopg:///legwork",
]


def _sqlalchemy_accepts(url: str) -> bool:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return False
    return bool(parsed.host) and bool(parsed.database)


@pytest.mark.parametrize("url", URLS)
def test_a_server_url_is_accepted_exactly_when_sqlalchemy_can_open_it(url: str) -> None:
    if _sqlalchemy_accepts(url):
        assert resolve_database_url(url, {}) == url
    else:
        with pytest.raises(DatabaseUrlError):
            resolve_database_url(url, {})


def test_reading_a_server_url_leaves_sqlalchemy_unloaded_until_the_open() -> None:
    code = (
        "import sys\n"
        "from app.services.database import is_server_url, resolve_url\n"
        "url = resolve_url('postgresql+psycopg://kiosk@gym-db:5432/legwork', {})\n"
        "assert is_server_url(url)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'psycopg')))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "[]"
