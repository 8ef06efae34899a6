"""A web server on 127.0.0.1 for tests of URL input: routes a test registers, answered by the
standard library's ``ThreadingHTTPServer`` in a daemon thread. Nothing else is bound or reached.

    from .http_server import HttpServer, http_server

    def test_page(http_server: HttpServer) -> None:
        http_server.add("/story", b"<html>...</html>")
        fetch(http_server.url("/story"))

``http_server`` is a function-scoped fixture: a fresh server (no routes) for each test, shut
down after it, with the proxy variables of the environment removed so that urllib connects to
127.0.0.1 directly. Importing the name into a test module is enough for pytest to find it.
"""

from __future__ import annotations

import os
import socketserver
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

HOST = "127.0.0.1"

Body = bytes | Callable[[], Iterable[bytes]]


@dataclass(frozen=True)
class Route:
    """How the server answers one path."""

    status: int
    body: Body  # bytes, or a function returning the chunks (made as they are sent)
    headers: tuple[tuple[str, str], ...]
    delay: float = 0.0  # seconds before the status line
    chunk_delay: float = 0.0  # seconds before each chunk after the first
    content_length: bool = True  # send Content-Length (only for a bytes body)
    chunked: bool = False  # Transfer-Encoding: chunked (HTTP/1.1); else the close ends it


@dataclass(frozen=True)
class Received:
    """A request the server received."""

    method: str
    path: str
    headers: dict[str, str]  # names lower-case


@dataclass
class HttpServer:
    """Routes by path (query included); an unknown path answers 404."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Received] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.stopping = threading.Event()
        self._server = _Server(self)
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.01},
            name=f"http_server:{self.port}",
            daemon=True,
        )
        self._thread.start()

    def url(self, path: str = "/") -> str:
        return f"http://{HOST}:{self.port}{path}"

    def add(
        self,
        path: str,
        body: Body = b"",
        *,
        status: int = 200,
        content_type: str | None = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        chunks: Iterable[bytes] | None = None,
        chunk_delay: float = 0.0,
        content_length: bool = True,
        chunked: bool = False,
    ) -> str:
        """Answer GET ``path`` with ``body`` (or ``chunks``, sent one by one, ``chunk_delay``
        apart); ``content_type=None`` sends no Content-Type. Returns the URL."""
        if chunks is not None:
            parts = tuple(chunks)
            body = lambda: parts  # noqa: E731
        sent: list[tuple[str, str]] = []
        if content_type is not None:
            sent.append(("Content-Type", content_type))
        sent.extend((headers or {}).items())
        self.routes[path] = Route(
            status, body, tuple(sent), delay, chunk_delay, content_length, chunked
        )
        return self.url(path)

    def redirect(self, path: str, to: str, *, status: int = 302) -> str:
        """``path`` redirects to ``to`` (a path on this server, or any URL)."""
        location = self.url(to) if to.startswith("/") else to
        return self.add(path, status=status, content_type=None, headers={"Location": location})

    def redirect_chain(self, count: int, *, end: bytes = b"<p>The end.</p>") -> str:
        """``/hop0`` → ``/hop1`` → … → ``/hop<count>``, which serves ``end``; returns the
        first URL (``count`` redirects to follow)."""
        for hop in range(count):
            self.redirect(f"/hop{hop}", f"/hop{hop + 1}")
        self.add(f"/hop{count}", end)
        return self.url("/hop0")

    def redirect_loop(self, *paths: str) -> str:
        """Each path redirects to the next, the last back to the first; returns the first URL."""
        for here, there in zip(paths, paths[1:] + paths[:1], strict=True):
            self.redirect(here, there)
        return self.url(paths[0])

    def slow(self, path: str, delay: float, body: bytes = b"<p>Late.</p>") -> str:
        """Answer only after ``delay`` seconds (or when the server stops)."""
        return self.add(path, body, delay=delay)

    def trickle(
        self, path: str, size: int = 1000, *, every: float = 0.05, content_length: bool = True
    ) -> str:
        """Send ``size`` bytes of text one at a time, ``every`` seconds apart: each read gets
        a byte in time, the whole never comes in time."""
        headers = {"Content-Length": str(size)} if content_length else {}

        def chunks() -> Iterator[bytes]:
            return (b"a" for _ in range(size))

        return self.add(path, chunks, headers=headers, chunk_delay=every, content_type="text/plain")

    def large(
        self,
        path: str,
        size: int,
        *,
        content_length: bool = True,
        chunked: bool = False,
        content_type: str = "text/plain; charset=utf-8",
    ) -> str:
        """Serve ``size`` bytes of text made as they are sent (64 KiB at a time), with or
        without a Content-Length (without one, the close or chunked encoding ends them)."""
        line = b"All work and no play makes Jack a dull boy.\n"
        block = (line * (65536 // len(line) + 1))[:65536]

        def chunks() -> Iterator[bytes]:
            left = size
            while left > 0:
                yield block[:left]
                left -= len(block)

        headers = {"Content-Length": str(size)} if content_length and not chunked else {}
        return self.add(path, chunks, headers=headers, content_type=content_type, chunked=chunked)

    def close(self) -> None:
        self.stopping.set()  # ends every delay at once
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a handler still sleeping does not hold up the end of the tests

    def __init__(self, owner: HttpServer) -> None:
        self.owner = owner
        super().__init__((HOST, 0), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's name (socket.getfqdn): not needed here.
        socketserver.TCPServer.server_bind(self)
        self.server_name = HOST
        self.server_port = self.server_address[1]

    def handle_error(self, request: object, client_address: object) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            return  # the client gave up (a timeout, a size limit): what the tests do
        if error is not None:
            self.owner.errors.append(error)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # the body ends when the connection closes

    def do_GET(self) -> None:
        owner = self.server.owner
        owner.requests.append(
            Received(self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
        )
        route = owner.routes.get(self.path)
        if route is None:
            route = Route(404, b"not found", (("Content-Type", "text/plain"),))
        if route.delay and owner.stopping.wait(route.delay):
            return  # the server is stopping
        if route.chunked:
            self.protocol_version = "HTTP/1.1"
            self.close_connection = True
        self.send_response(route.status)
        for name, value in route.headers:
            self.send_header(name, value)
        if isinstance(route.body, bytes) and route.content_length:
            self.send_header("Content-Length", str(len(route.body)))
        if route.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        chunks = [route.body] if isinstance(route.body, bytes) else route.body()
        for index, chunk in enumerate(chunks):
            if index and route.chunk_delay and owner.stopping.wait(route.chunk_delay):
                return
            if route.chunked:
                if chunk:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            else:
                self.wfile.write(chunk)
            self.wfile.flush()
        if route.chunked:
            self.wfile.write(b"0\r\n\r\n")

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: pytest shows what failed


_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


def clear_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove proxy settings from the environment, so urllib connects to 127.0.0.1 itself."""
    for name in list(os.environ):
        if name.lower() in _PROXY_VARIABLES:
            monkeypatch.delenv(name)
    monkeypatch.setenv("no_proxy", "*")


@pytest.fixture
def http_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[HttpServer]:
    """A server on 127.0.0.1 for this test (see the module's docstring)."""
    clear_proxies(monkeypatch)
    server = HttpServer()
    try:
        yield server
    finally:
        server.close()
    assert not server.errors, f"the test server failed: {server.errors!r}"
