"""URL input (issue 14): fetching from a server on 127.0.0.1, each failure one line and its exit
code. No test reaches any other address: a DNS failure is a patched ``getaddrinfo``."""

from __future__ import annotations

import gzip
import socket
import time
import zlib
from collections.abc import Iterator

import pytest

from portai import __version__
from portai.errors import ExitCode, InputNotUsableError, NetworkError, PortaiError, UsageError
from portai.fetching import (
    DEFAULT_MAX_BYTES,
    MAX_REDIRECTS,
    Fetched,
    check_url,
    fetch,
)
from portai.reading import is_url, looks_like_url

from .http_server import HttpServer, clear_proxies, http_server

__all__ = ["http_server"]  # the fixture, for pytest

PAGE = (
    "<!doctype html><html><head><title>Caf\u00e9</title></head>"
    "<body><p>The caf\u00e9 opened on Monday.</p></body></html>"
)


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests without the server (refused, DNS) must not go through a proxy either."""
    clear_proxies(monkeypatch)


def failure(error: pytest.ExceptionInfo[PortaiError]) -> tuple[int, str]:
    """The exit code and message of an error; the message is one line."""
    message = str(error.value)
    assert "\n" not in message and message.strip() == message, message
    return error.value.exit_code, message


@pytest.fixture
def free_port() -> Iterator[int]:
    """A port on 127.0.0.1 with nothing listening on it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    yield port


# --- what is a URL


def test_is_url() -> None:
    assert is_url("http://example.com/story")
    assert is_url("HTTPS://example.com")
    assert not is_url("ftp://example.com/file.txt")
    assert not is_url("file:///etc/passwd")
    assert not is_url("story.html")
    assert not is_url("http.txt")
    assert looks_like_url("ftp://example.com/file.txt")
    assert looks_like_url("file:///etc/passwd")
    assert not looks_like_url("notes/http://.txt") and not looks_like_url("-")


def test_check_url_makes_it_ascii() -> None:
    assert check_url(" HTTP://Example.com ") == "http://example.com/"
    assert check_url("https://bücher.de/a b?q=ä#part") == (
        "https://xn--bcher-kva.de/a%20b?q=%C3%A4"
    )
    assert check_url("http://example.com/a%20b?x=1&y=2") == "http://example.com/a%20b?x=1&y=2"
    assert check_url("http://[::1]:8080/x") == "http://[::1]:8080/x"


@pytest.mark.parametrize("url", ["ftp://example.com/file.txt", "file:///etc/passwd"])
def test_other_schemes_are_a_usage_error(url: str) -> None:
    with pytest.raises(UsageError) as error:
        fetch(url)
    assert failure(error) == (
        ExitCode.USAGE,
        f"only http and https URLs are supported: {url}",
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://", "no host name in the URL: http://"),
        ("http://example.com:99999/", "not a valid URL: http://example.com:99999/"),
        ("http://" + "a" * 70 + ".com/", "not a valid host name in the URL: http://"),
    ],
)
def test_malformed_urls_are_a_usage_error(url: str, message: str) -> None:
    with pytest.raises(UsageError) as error:
        fetch(url)
    code, text = failure(error)
    assert code == ExitCode.USAGE and text.startswith(message)


def test_timeout_must_be_positive(http_server: HttpServer) -> None:
    url = http_server.add("/", b"x")
    for timeout in (0, -1, float("nan"), float("inf")):
        with pytest.raises(UsageError) as error:
            fetch(url, timeout=timeout)
        assert error.value.cli_message() == "--timeout must be a number of seconds more than 0"
    assert not http_server.requests


# --- pages that are fetched


def test_page_with_its_type_and_charset(http_server: HttpServer) -> None:
    body = PAGE.encode("iso-8859-1")
    url = http_server.add("/story", body, content_type='text/html; Charset="ISO-8859-1"')
    assert fetch(url) == Fetched(url, body, "text/html", "iso-8859-1")


def test_user_agent_names_portai_and_its_version(http_server: HttpServer) -> None:
    fetch(http_server.add("/", PAGE.encode()))
    (request,) = http_server.requests
    assert request.method == "GET"
    assert request.headers["user-agent"].startswith(f"PortAI/{__version__} ")
    assert request.headers["accept"].startswith("text/html,application/xhtml+xml")
    assert request.headers["accept-encoding"] == "gzip, deflate"


def test_unknown_charset_is_left_to_the_reader(http_server: HttpServer) -> None:
    url = http_server.add("/", b"Plain text.", content_type="text/plain; charset=klingon")
    fetched = fetch(url)
    assert (fetched.content_type, fetched.charset) == ("text/plain", None)


def test_pdf_is_accepted(http_server: HttpServer) -> None:
    body = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
    fetched = fetch(http_server.add("/paper.pdf", body, content_type="application/pdf"))
    assert (fetched.data, fetched.content_type, fetched.charset) == (body, "application/pdf", None)


@pytest.mark.parametrize("body", [PAGE.encode(), b"Just text.\n", b"%PDF-1.7\n..."])
def test_no_content_type_but_the_bytes_look_usable(http_server: HttpServer, body: bytes) -> None:
    fetched = fetch(http_server.add("/", body, content_type=None))
    assert (fetched.data, fetched.content_type) == (body, None)


@pytest.mark.parametrize(
    ("coding", "compress"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data, wbits=-15)),  # raw, as some servers do
    ],
)
def test_compressed_bodies_are_decompressed(
    http_server: HttpServer, coding: str, compress: object
) -> None:
    assert callable(compress)
    url = http_server.add("/", compress(PAGE.encode()), headers={"Content-Encoding": coding})
    assert fetch(url).data == PAGE.encode()


def test_deflate_arriving_a_byte_at_a_time(http_server: HttpServer) -> None:
    body = zlib.compress(PAGE.encode())
    url = http_server.add(
        "/",
        chunks=[body[i : i + 1] for i in range(len(body))],
        chunk_delay=0.002,
        headers={"Content-Encoding": "deflate"},
    )
    assert fetch(url).data == PAGE.encode()


# --- redirects


def test_redirect_is_followed(http_server: HttpServer) -> None:
    url = http_server.redirect("/old", "/new")
    http_server.add("/new", PAGE.encode())
    fetched = fetch(url)
    assert fetched.url == http_server.url("/new")
    assert fetched.data == PAGE.encode()


def test_relative_redirect_is_followed(http_server: HttpServer) -> None:
    url = http_server.add("/a/old", status=301, content_type=None, headers={"Location": "new"})
    http_server.add("/a/new", PAGE.encode())
    assert fetch(url).url == http_server.url("/a/new")


def test_five_redirects_are_followed(http_server: HttpServer) -> None:
    fetched = fetch(http_server.redirect_chain(MAX_REDIRECTS))
    assert fetched.url == http_server.url(f"/hop{MAX_REDIRECTS}")


def test_six_redirects_are_refused(http_server: HttpServer) -> None:
    url = http_server.redirect_chain(MAX_REDIRECTS + 1)
    with pytest.raises(NetworkError) as error:
        fetch(url)
    assert failure(error) == (ExitCode.NETWORK, f"too many redirects (more than 5): {url}")
    assert len(http_server.requests) == MAX_REDIRECTS + 1  # the sixth is not followed


@pytest.mark.parametrize("paths", [("/a", "/b"), ("/self",)])
def test_redirect_loop_is_refused(http_server: HttpServer, paths: tuple[str, ...]) -> None:
    url = http_server.redirect_loop(*paths)
    with pytest.raises(NetworkError) as error:
        fetch(url)
    assert failure(error) == (ExitCode.NETWORK, f"redirect loop (back to {url}): {url}")


def test_redirect_to_another_scheme_is_refused(http_server: HttpServer) -> None:
    url = http_server.redirect("/", "ftp://127.0.0.1/file.txt")
    with pytest.raises(NetworkError) as error:
        fetch(url)
    assert failure(error) == (
        ExitCode.NETWORK,
        f"redirected to ftp://127.0.0.1/file.txt, not an http(s) URL: {url}",
    )


# --- HTTP errors


@pytest.mark.parametrize(
    ("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error"), (410, "Gone")]
)
def test_http_error_status(http_server: HttpServer, status: int, reason: str) -> None:
    url = http_server.add("/page", b"<p>Sorry.</p>", status=status)
    with pytest.raises(NetworkError) as error:
        fetch(url)
    assert failure(error) == (6, f"HTTP {status} {reason}: {url}")


def test_http_error_after_a_redirect_names_both_urls(http_server: HttpServer) -> None:
    url = http_server.redirect("/old", "/gone")
    with pytest.raises(NetworkError) as error:
        fetch(url)
    gone = http_server.url("/gone")
    assert failure(error) == (6, f"HTTP 404 Not Found: {gone} (redirected from {url})")


def test_body_shorter_than_its_content_length(http_server: HttpServer) -> None:
    url = http_server.add("/cut", b"<p>Th", headers={"Content-Length": "100"}, content_length=False)
    with pytest.raises(NetworkError) as error:
        fetch(url)
    assert failure(error) == (
        6,
        f"the server closed the connection before the end of the page: {url}",
    )


# --- the time limit


def test_response_slower_than_the_timeout(http_server: HttpServer) -> None:
    url = http_server.slow("/slow", 10)
    start = time.monotonic()
    with pytest.raises(NetworkError) as error:
        fetch(url, timeout=0.5)
    assert time.monotonic() - start < 2
    assert failure(error) == (ExitCode.NETWORK, f"timed out after 0.5 s: {url}")


@pytest.mark.parametrize("content_length", [True, False])
def test_trickling_body_stops_at_the_deadline(
    http_server: HttpServer, content_length: bool
) -> None:
    # A byte every 0.05 s: every read is in time, the whole would take 50 s.
    url = http_server.trickle("/drip", 1000, every=0.05, content_length=content_length)
    start = time.monotonic()
    with pytest.raises(NetworkError) as error:
        fetch(url, timeout=0.5)
    assert time.monotonic() - start < 2
    assert failure(error) == (ExitCode.NETWORK, f"timed out after 0.5 s: {url}")


# --- the size limit


@pytest.mark.parametrize(
    ("content_length", "chunked"), [(True, False), (False, False), (False, True)]
)
def test_body_over_the_limit(http_server: HttpServer, content_length: bool, chunked: bool) -> None:
    url = http_server.large("/big", 300_000, content_length=content_length, chunked=chunked)
    with pytest.raises(InputNotUsableError) as error:
        fetch(url, max_bytes=100_000)
    expected = (
        f"{url} is 293 KB, larger than the limit of 97.7 KB"
        if content_length
        else f"{url} is larger than the limit of 97.7 KB"
    )
    assert failure(error) == (ExitCode.INPUT_NOT_USABLE, expected)


def test_body_at_the_limit_is_accepted(http_server: HttpServer) -> None:
    url = http_server.large("/big", 1000, content_length=False)
    assert len(fetch(url, max_bytes=1000).data) == 1000


def test_default_limit_is_10_mb(http_server: HttpServer) -> None:
    url = http_server.large("/huge", DEFAULT_MAX_BYTES + 1, content_length=False)
    with pytest.raises(InputNotUsableError) as error:
        fetch(url)
    assert failure(error)[1] == f"{url} is larger than the limit of 10 MB"


def test_compressed_body_over_the_limit(http_server: HttpServer) -> None:
    bomb = gzip.compress(b"a" * 1_000_000)  # 1 KB that grows to 1 MB
    url = http_server.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(InputNotUsableError) as error:
        fetch(url, max_bytes=10_000)
    assert failure(error)[1] == f"{url} is larger than the limit of 9.77 KB"


# --- content that is not a page, text or PDF


def test_octet_stream_is_refused(http_server: HttpServer) -> None:
    url = http_server.add("/blob", b"\x00\x01\x02", content_type="application/octet-stream")
    with pytest.raises(InputNotUsableError) as error:
        fetch(url)
    assert failure(error) == (
        ExitCode.INPUT_NOT_USABLE,
        f"{url} serves application/octet-stream, not a web page, text or PDF",
    )


def test_binary_without_content_type_is_refused(http_server: HttpServer) -> None:
    url = http_server.add("/blob", b"\x89PNG\r\n\x1a\n\x00\x00", content_type=None)
    with pytest.raises(InputNotUsableError) as error:
        fetch(url)
    assert failure(error)[1] == (
        f"{url} serves no content type and does not look like a web page, text or PDF"
    )


def test_unknown_content_coding_is_refused(http_server: HttpServer) -> None:
    url = http_server.add("/", b"\x1b\x00", headers={"Content-Encoding": "br"})
    with pytest.raises(InputNotUsableError) as error:
        fetch(url)
    assert failure(error)[1] == f"{url} is sent with br content coding, which PortAI cannot read"


# --- the network


def test_connection_refused(free_port: int) -> None:
    url = f"http://127.0.0.1:{free_port}/story"
    with pytest.raises(NetworkError) as error:
        fetch(url, timeout=2)
    assert failure(error) == (ExitCode.NETWORK, f"connection refused: {url}")


def test_host_that_does_not_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> list[object]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(NetworkError) as error:
        fetch("http://example.invalid/story")
    assert failure(error) == (
        ExitCode.NETWORK,
        "cannot resolve host example.invalid: Name or service not known",
    )


def test_tls_failure(http_server: HttpServer) -> None:
    # https:// to a server that speaks plain HTTP: the TLS handshake fails.
    url = http_server.url("/").replace("http://", "https://")
    with pytest.raises(NetworkError) as error:
        fetch(url, timeout=2)
    code, message = failure(error)
    assert code == ExitCode.NETWORK
    assert message.startswith("TLS error with 127.0.0.1 (") and message.endswith(f"): {url}")
