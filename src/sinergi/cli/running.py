"""One machine, two tools: while ``sinergi serve`` holds the embedded database (its
file takes a lock), read commands ask the running server over HTTP instead.

``serve`` writes ``serve.json`` (its URL and process id) into the data directory and
removes it when it stops; ``ask`` finds it when the store is locked. When no server
answers, the command says in one bilingual line what holds the store and what to do.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import urlopen

from ..errors import ParameterError, SinergiError, StoreUnavailable
from ..questions.registry import Result
from ..settings import Settings

FILE = "serve.json"
TIMEOUT = 30.0


def _file(settings: Settings) -> Path:
    return Path(settings.data_dir) / FILE


@contextmanager
def announced(settings: Settings, host: str, port: int) -> Iterator[None]:
    """Say where the server listens, for as long as it runs (embedded backend only:
    a Neo4j server takes other clients by itself)."""
    if settings.backend != "embedded":
        yield
        return
    path = _file(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    local = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    path.write_text(json.dumps({"url": f"http://{local}:{port}", "pid": os.getpid()}))
    # uvicorn re-raises the SIGTERM it stopped on once it is done; by default that kills
    # the process before the file is removed, so make it an exit that unwinds.
    previous = signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
        signal.signal(signal.SIGTERM, previous)


def _exit(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def server_url(settings: Settings) -> str | None:
    """The URL of the ``sinergi serve`` running on this data directory, if one is."""
    try:
        info = json.loads(_file(settings).read_text())
        url, pid = str(info["url"]), int(info["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # it exists, run by another user
    return url


def held(settings: Settings, url: str | None) -> StoreUnavailable:
    """The one-line refusal when the store is locked and no server answers."""
    by = f"`sinergi serve` ({url})" if url else "proses lain / another process"
    return StoreUnavailable(
        f"basis data tertanam di {settings.data_dir} sedang dipakai oleh {by}: hentikan dulu "
        "(hanya `sinergi ask` bisa bertanya ke server yang berjalan) / the embedded database "
        f"in {settings.data_dir} is held by {by}: stop it first (only `sinergi ask` can ask "
        "a running server)")


def ask_server(url: str, name: str, params: dict[str, str]) -> Result:
    """The answer of ``GET /api/v1/queries/{name}`` as a ``Result``; the server's refusal
    (a bad parameter, no reference data) as the same error the store would raise."""
    address = f"{url}/api/v1/queries/{name}?{urlencode(params)}"
    try:
        with urlopen(address, timeout=TIMEOUT) as response:  # noqa: S310 - our own server
            body: dict[str, Any] = json.loads(response.read())
    except HTTPError as exc:
        raise _refusal(exc) from None
    except (URLError, OSError, ValueError) as exc:
        raise StoreUnavailable(f"{url}: {exc}") from None
    return Result(list(body["columns"]), list(body["rows"]), body.get("total"),
                  body.get("limit"), int(body.get("offset") or 0))


def _refusal(exc: HTTPError) -> SinergiError:
    try:
        body = json.loads(exc.read())
        message, param = str(body["message"]), body.get("param")
    except (ValueError, KeyError, TypeError):
        message, param = f"HTTP {exc.code}", None
    if exc.code == 422:
        return ParameterError(message, param=param)
    error = SinergiError(message)
    error.exit_code = 2 if exc.code in (404, 409) else 1
    return error
