"""URL input: fetch one web page, text or PDF over HTTP(S), or say in one line why not.

    >>> from portai.fetching import fetch, looks_like_url
    >>> fetched = fetch("https://example.com/story", timeout=20)
    >>> fetched.url, fetched.content_type, fetched.charset, len(fetched.data)

Only this module touches the network, and only when the user gives a URL. Standard library
only (``urllib.request``): proxies from the environment (``https_proxy``, ``no_proxy``) are
honoured, certificates are checked against the system's store.

- ``timeout`` bounds the whole fetch, redirects and body included: a connection's socket waits
  at most the time left when it opens, and a watchdog shuts every connection down when the
  time is up, so a server that trickles bytes (headers or body) cannot hang PortAI. (Resolving
  a host name is the system resolver's, with its own timeouts.)
- At most ``max_bytes`` are kept: a Content-Length above it is refused before the body is read,
  and the body is read in chunks and refused as soon as it passes the limit.
- At most ``MAX_REDIRECTS`` redirects, never back to a URL already visited, never to a scheme
  other than http(s).
- ``Accept-Encoding: gzip, deflate`` is sent and such bodies are decompressed here (the limit
  applies to the decompressed bytes); any other content coding is refused.
- Only ``text/*``, ``application/xhtml+xml`` and ``application/pdf`` are accepted; a response
  without a Content-Type is accepted when its bytes look like HTML, text or a PDF.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import http.client
import math
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from http import HTTPStatus
from typing import IO, Any
from urllib.parse import quote, urlsplit, urlunsplit

from portai import __version__
from portai.errors import InputNotUsableError, NetworkError, UsageError
from portai.reading import sniff_binary

DEFAULT_TIMEOUT = 20.0  # seconds, for the whole fetch
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5

USER_AGENT = f"PortAI/{__version__} (offline article summarizer; Python urllib)"
ACCEPT = (
    "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,application/pdf;q=0.7,"
    "text/*;q=0.5,*/*;q=0.1"
)
ACCEPT_ENCODING = "gzip, deflate"

SCHEMES = ("http", "https")
ACCEPTED_TYPES = frozenset({"application/xhtml+xml", "application/pdf"})  # and every text/*

_CHUNK = 64 * 1024
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")  # as reading.looks_like_url
# Characters left as they are when a URL is made ASCII: the reserved ones, and "%" (a URL that
# is already percent-encoded stays as it is).
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"


@dataclass(frozen=True)
class Fetched:
    """What a server sent for a URL."""

    url: str  # the final URL, after redirects
    data: bytes  # the body, decompressed, at most max_bytes
    content_type: str | None  # media type from the header, lower-case, no parameters
    charset: str | None  # from the Content-Type header, lower-case; None if absent or unknown


def check_url(url: str) -> str:
    """The URL as it is sent: stripped, ASCII (an international host name in IDNA, other
    characters percent-encoded), no fragment. UsageError when it is not an http(s) URL with a
    host name."""
    url = url.strip()
    scheme = _SCHEME.match(url)
    if scheme is None:
        raise UsageError(f"not a URL: {url}")
    if scheme.group(1).lower() not in SCHEMES:
        raise UsageError(f"only http and https URLs are supported: {url}")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port  # ValueError when it is not a number from 0 to 65535
    except ValueError:
        raise UsageError(f"not a valid URL: {url}") from None
    if not host:
        raise UsageError(f"no host name in the URL: {url}")
    try:
        ascii_host = host.encode("idna").decode("ascii")  # and checks each label's length
    except UnicodeError:
        raise UsageError(f"not a valid host name in the URL: {url}") from None
    if ":" in ascii_host:  # an IPv6 address
        ascii_host = f"[{ascii_host}]"
    netloc = ascii_host if port is None else f"{ascii_host}:{port}"
    if "@" in parts.netloc:  # user:password@ is kept as written (percent-encoded)
        netloc = quote(parts.netloc.rpartition("@")[0], safe=_URL_SAFE) + "@" + netloc
    return urlunsplit(
        (
            parts.scheme.lower(),
            netloc,
            quote(parts.path, safe=_URL_SAFE) or "/",
            quote(parts.query, safe=_URL_SAFE),
            "",
        )
    )


def fetch(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES
) -> Fetched:
    """GET ``url`` and return its body, or raise NetworkError (exit code 6: DNS, refused, TLS,
    timeout, HTTP 4xx/5xx, redirects), InputNotUsableError (exit code 4: over ``max_bytes``,
    not a web page, text or PDF) or UsageError (exit code 2: not an http(s) URL)."""
    if not 0 < timeout < math.inf:
        raise UsageError("{timeout} must be a number of seconds more than 0", "timeout")
    if max_bytes < 0:
        raise UsageError("max_bytes must be 0 or more")
    target = check_url(url)
    with _Deadline(timeout) as deadline:
        redirects = _RedirectHandler(target)
        opener = urllib.request.OpenerDirector()
        for handler in (
            urllib.request.ProxyHandler(),
            _HTTPHandler(deadline),
            _HTTPSHandler(deadline),
            redirects,
            urllib.request.HTTPDefaultErrorHandler(),  # 4xx, 5xx: HTTPError
            urllib.request.HTTPErrorProcessor(),
        ):
            opener.add_handler(handler)
        request = urllib.request.Request(
            target,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": ACCEPT,
                "Accept-Encoding": ACCEPT_ENCODING,
            },
        )
        try:
            with opener.open(request, timeout=timeout) as response:
                return _read_response(response, url, deadline, max_bytes)
        except (NetworkError, InputNotUsableError, UsageError):
            raise
        except urllib.error.HTTPError as error:
            error.close()
            if deadline.expired:
                raise _timed_out(url, timeout) from None
            raise _http_error(error, url) from None
        except (OSError, http.client.HTTPException, ValueError, zlib.error) as error:
            # URLError is an OSError; ssl.SSLError, TimeoutError and ConnectionError too.
            raise _network_error(error, url, deadline, timeout, redirects.current) from None


def _read_response(
    response: http.client.HTTPResponse, url: str, deadline: _Deadline, max_bytes: int
) -> Fetched:
    final_url: str = response.geturl()
    headers: Message = response.headers
    raw_type = headers.get("Content-Type")
    content_type = raw_type.split(";", 1)[0].strip().lower() if raw_type else None
    if content_type is not None and not _accepted(content_type):
        raise InputNotUsableError(
            f"{_shown(url, final_url)} serves {content_type}, not a web page, text or PDF"
        )
    length = headers.get("Content-Length")
    if length is not None and length.strip().isdigit() and int(length) > max_bytes:
        raise InputNotUsableError(
            f"{_shown(url, final_url)} is {_size(int(length))}, "
            f"larger than the limit of {_size(max_bytes)}"
        )
    data = _read_body(response, headers, url, final_url, deadline, max_bytes)
    if content_type is None and not _sniffs_usable(data):
        raise InputNotUsableError(
            f"{_shown(url, final_url)} serves no content type and does not look like "
            "a web page, text or PDF"
        )
    return Fetched(final_url, data, content_type, _charset(headers))


def _read_body(
    response: http.client.HTTPResponse,
    headers: Message,
    url: str,
    final_url: str,
    deadline: _Deadline,
    max_bytes: int,
) -> bytes:
    decoder = _Decoder(headers.get("Content-Encoding"), _shown(url, final_url))
    parts: list[bytes] = []
    size = 0

    def too_large() -> InputNotUsableError:
        return InputNotUsableError(
            f"{_shown(url, final_url)} is larger than the limit of {_size(max_bytes)}"
        )

    while True:
        deadline.check()
        chunk = response.read1(_CHUNK)
        if not chunk:
            break
        piece = decoder.decompress(chunk, max_bytes + 1 - size)
        size += len(piece)
        if size > max_bytes or decoder.has_more:
            raise too_large()
        parts.append(piece)
    # The watchdog ends a read by shutting the connection down, which looks like the end.
    deadline.check()
    if response.length:  # bytes the Content-Length promised that did not come (read1 says none)
        raise http.client.IncompleteRead(b"", response.length)
    piece = decoder.flush()
    size += len(piece)
    if size > max_bytes:
        raise too_large()
    parts.append(piece)
    return b"".join(parts)


class _Decoder:
    """Undo gzip or deflate content coding, a chunk at a time, never beyond a given size."""

    def __init__(self, coding: str | None, shown: str) -> None:
        self.coding = (coding or "identity").strip().lower()
        if self.coding in ("x-gzip", "gzip"):
            self.coding = "gzip"
        elif self.coding not in ("identity", "deflate"):
            raise InputNotUsableError(
                f"{shown} is sent with {self.coding} content coding, which PortAI cannot read"
            )
        self._zlib: Any = None
        self._start = b""  # deflate: the first two bytes tell zlib-wrapped from raw
        self.has_more = False

    def decompress(self, chunk: bytes, limit: int) -> bytes:
        if self.coding == "identity":
            return chunk
        if self._zlib is None:
            if self.coding == "deflate" and len(self._start + chunk) < 2:
                self._start += chunk
                return b""
            chunk, self._start = self._start + chunk, b""
            if self.coding == "gzip":
                bits = 16 + zlib.MAX_WBITS
            else:  # "deflate" is meant to be zlib-wrapped, but some servers send it raw
                wrapped = (
                    len(chunk) >= 2
                    and chunk[0] & 0x0F == 8
                    and (chunk[0] * 256 + chunk[1]) % 31 == 0
                )
                bits = zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS
            self._zlib = zlib.decompressobj(bits)
        piece: bytes = self._zlib.decompress(chunk, max(limit, 1))
        self.has_more = bool(self._zlib.unconsumed_tail)
        return piece

    def flush(self) -> bytes:
        if self._zlib is None:
            return self._start  # a deflate body of one byte: not a valid one
        return bytes(self._zlib.flush())


def _accepted(content_type: str) -> bool:
    return content_type.startswith("text/") or content_type in ACCEPTED_TYPES


def _sniffs_usable(data: bytes) -> bool:
    """Bytes served without a Content-Type: a PDF, an HTML page or text."""
    from portai.readers import detect_format  # the readers' own test of what a document is

    return detect_format(data) != "text" or sniff_binary(data) is None


def _charset(headers: Message) -> str | None:
    charset = headers.get_content_charset()
    if not charset:
        return None
    try:
        codecs.lookup(charset)
    except LookupError:
        return None  # the reader detects the encoding instead
    return charset


def _size(count: int) -> str:
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if count >= factor:
            return f"{count / factor:.3g} {unit}"
    return f"{count} bytes"


def _shown(url: str, final_url: str) -> str:
    """The URL for a message: the one given, and where it led if it was redirected."""
    return url if final_url in (url, check_url(url)) else f"{final_url} (redirected from {url})"


def _timed_out(url: str, timeout: float) -> NetworkError:
    return NetworkError(f"timed out after {timeout:g} s: {url}")


def _http_error(error: urllib.error.HTTPError, url: str) -> NetworkError:
    reason = error.reason if isinstance(error.reason, str) else ""
    if not reason.strip():
        try:
            reason = HTTPStatus(error.code).phrase
        except ValueError:
            reason = ""
    status = f"HTTP {error.code} {_one_line(reason)}".rstrip()
    return NetworkError(f"{status}: {_shown(url, error.geturl() or url)}")


def _network_error(
    error: BaseException, url: str, deadline: _Deadline, timeout: float, current: str
) -> NetworkError:
    if deadline.expired:
        return _timed_out(url, timeout)
    if isinstance(error, urllib.error.URLError) and isinstance(error.reason, BaseException):
        error = error.reason
    host = urlsplit(current).hostname or current
    if isinstance(error, socket.gaierror):
        return NetworkError(f"cannot resolve host {host}: {_reason(error)}")
    if isinstance(error, TimeoutError):
        return _timed_out(url, timeout)
    if isinstance(error, ConnectionRefusedError):
        return NetworkError(f"connection refused: {_shown(url, current)}")
    if isinstance(error, ssl.SSLCertVerificationError):
        detail = error.verify_message or _reason(error)
        return NetworkError(f"TLS certificate of {host} not accepted ({detail}): {url}")
    if isinstance(error, ssl.SSLError):
        return NetworkError(f"TLS error with {host} ({_reason(error)}): {url}")
    if isinstance(error, http.client.RemoteDisconnected):
        return NetworkError(f"the server closed the connection without answering: {url}")
    if isinstance(error, http.client.IncompleteRead):
        return NetworkError(f"the server closed the connection before the end of the page: {url}")
    if isinstance(error, http.client.InvalidURL):
        return NetworkError(f"not a valid URL ({_reason(error)}): {_shown(url, current)}")
    if isinstance(error, http.client.HTTPException):
        kind = type(error).__name__
        return NetworkError(f"not a valid HTTP answer from the server ({kind}): {url}")
    if isinstance(error, ConnectionResetError):
        return NetworkError(f"connection reset by the server: {url}")
    if isinstance(error, zlib.error):
        return NetworkError(f"the server sent a compressed page that cannot be read: {url}")
    if isinstance(error, urllib.error.URLError):
        return NetworkError(f"cannot fetch {url}: {_one_line(str(error.reason))}")
    return NetworkError(f"cannot fetch {url}: {_reason(error)}")


def _reason(error: BaseException) -> str:
    if isinstance(error, ssl.SSLError) and error.reason:
        return _one_line(str(error.reason))
    if isinstance(error, OSError) and error.strerror:
        return _one_line(error.strerror)
    return _one_line(str(error)) or type(error).__name__


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _Deadline:
    """The end of the time allowed for a fetch. When it comes, a watchdog thread shuts down
    every connection still open, which ends whatever read is waiting on it."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()

    def remaining(self) -> float:
        """Seconds left; TimeoutError when there are none."""
        left = self.end - time.monotonic()
        if left <= 0:
            self._expire()
            raise TimeoutError("the time for the fetch is up")
        return left

    def check(self) -> None:
        if self.expired or time.monotonic() >= self.end:
            self._expire()
            raise TimeoutError("the time for the fetch is up")

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
        self.check()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            # socket.socket's own shutdown: an SSLSocket's would drop its TLS state, which a
            # read in another thread may be using. OSError: it is closed already.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _DeadlineHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, *, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(host, **kwargs)
        self.deadline = deadline

    def connect(self) -> None:
        self.timeout = min(self.timeout or DEFAULT_TIMEOUT, self.deadline.remaining())
        super().connect()
        self.deadline.watch(self.sock)


class _DeadlineHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, *, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(host, **kwargs)
        self.deadline = deadline

    def connect(self) -> None:
        self.timeout = min(self.timeout or DEFAULT_TIMEOUT, self.deadline.remaining())
        super().connect()  # the TLS handshake is bounded by the socket timeout set above
        self.deadline.watch(self.sock)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_DeadlineHTTPConnection, req, deadline=self.deadline)  # type: ignore[arg-type]


class _HTTPSHandler(urllib.request.AbstractHTTPHandler):
    # Not a urllib.request.HTTPSHandler: from Python 3.12 on, that makes a TLS context (loading
    # the system's certificates) when it is created, even for an http:// URL.
    https_request = urllib.request.AbstractHTTPHandler.do_request_

    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            _DeadlineHTTPSConnection,  # type: ignore[arg-type]
            req,
            context=_tls_context(),
            deadline=self.deadline,
        )


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Certificates checked against the system's store (loaded once: it takes a while)."""
    return ssl.create_default_context()


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """At most MAX_REDIRECTS redirects, to http(s) only, never back to a URL visited."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.start = url
        self.visited = [url]

    @property
    def current(self) -> str:
        return self.visited[-1]

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        fp.close()  # the redirect's own body is not read (urllib would read all of it)
        if urlsplit(newurl).scheme.lower() not in SCHEMES:
            raise NetworkError(
                f"redirected to {_one_line(newurl)}, not an http(s) URL: {self.start}"
            )
        if newurl in self.visited:
            raise NetworkError(f"redirect loop (back to {newurl}): {self.start}")
        if len(self.visited) > MAX_REDIRECTS:
            raise NetworkError(f"too many redirects (more than {MAX_REDIRECTS}): {self.start}")
        self.visited.append(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)
