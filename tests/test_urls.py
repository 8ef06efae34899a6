"""URLs as a user gives them to `portai summarize`: fetched from a server on 127.0.0.1, read as
the page or PDF they serve, each failure one line and its exit code. No test reaches any other
address (see tests/http_server.py)."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import ROOT, SAMPLES, Cli
from .http_server import HttpServer, http_server

__all__ = ["http_server"]  # the fixture, for pytest

PAGE = (ROOT / "tests" / "data" / "html" / "council_water_plan.html").read_bytes()
TITLE = "City council approves plan to replace lead water pipes"


def test_a_page_by_url_summarizes_to_its_article(cli: Cli, http_server: HttpServer) -> None:
    url = http_server.add("/news/water-plan", PAGE)
    result = cli("summarize", url, "-f", "json")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == TITLE and data["bylines"] == ["By Jane Okafor"]
    assert data["url"] == url and data["source"] == url and data["format"] == "html"
    assert "cookie" not in json.dumps(data) and "Related stories" not in json.dumps(data)
    text = cli("summarize", url, "-f", "text").stdout
    assert any(" · 127.0.0.1 · English · " in line for line in text.splitlines())


def test_the_type_comes_from_the_server_when_the_content_does_not_say(
    cli: Cli, http_server: HttpServer
) -> None:
    url = http_server.add(
        "/note", (SAMPLES / "short_note.txt").read_bytes(), content_type="text/plain"
    )
    result = cli("summarize", url, "-f", "json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "text"


def test_redirects_are_followed_and_the_final_url_reported(
    cli: Cli, http_server: HttpServer
) -> None:
    http_server.add("/story", PAGE)
    start = http_server.redirect("/old-story", "/story")
    result = cli("summarize", start, "-f", "json")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == start and data["url"] == http_server.url("/story")


def _one_error(cli: Cli, *args: str) -> tuple[int, str]:
    result = cli("summarize", *args)
    assert result.stdout == ""
    assert result.stderr.startswith("portai: error: ") and result.stderr.count("\n") == 1
    return result.code, result.stderr


def test_every_fetch_failure_is_one_line_and_its_exit_code(
    cli: Cli, http_server: HttpServer
) -> None:
    missing = http_server.add("/gone", b"<p>Not here</p>", status=404)
    broken = http_server.add("/broken", b"oops", status=500)
    slow = http_server.slow("/slow", 3.0)
    loop = http_server.redirect_loop("/a", "/b")
    binary = http_server.add("/file", b"\x00\x01binary", content_type="application/octet-stream")
    empty = http_server.add(
        "/empty", b"<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    cases = [
        ((missing,), 6, "404"),
        ((broken,), 6, "500"),
        ((slow, "--timeout", "0.5"), 6, "timed out"),
        ((loop,), 6, "redirect"),
        ((binary,), 4, "application/octet-stream"),
        ((empty,), 4, "no article text"),
        (("ftp://example.com/x",), 2, "http"),
    ]
    for args, code, words in cases:
        got, message = _one_error(cli, *args)
        assert (got, words in message) == (code, True), message


def test_a_refused_connection_is_a_network_error(cli: Cli, http_server: HttpServer) -> None:
    url = http_server.url("/x")
    http_server.close()  # nothing listens on that port any more
    code, message = _one_error(cli, url)
    assert code == 6 and "127.0.0.1" in message


def test_urls_mix_with_files_and_keep_their_order(
    cli: Cli, http_server: HttpServer, tmp_path: Path
) -> None:
    good = http_server.add("/story", PAGE)
    missing = http_server.add("/gone", b"", status=404)
    note = SAMPLES / "short_note.txt"
    result = cli("summarize", good, note, missing, "-f", "jsonl", "-j", "1")
    assert result.code == 5
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [good, str(note), missing]
    assert records[0]["title"] == TITLE and "error" in records[2]
    assert result.stderr.count("HTTP 404") == 1


def test_a_file_of_urls(cli: Cli, http_server: HttpServer, tmp_path: Path) -> None:
    first = http_server.add("/one", PAGE)
    second = http_server.add("/two", (SAMPLES / "short_note.txt").read_bytes(), content_type=None)
    listing = tmp_path / "reading-list.txt"
    listing.write_text(f"# my reading list\n{first}\n\n{second}\nnot a url\n", encoding="utf-8")
    result = cli("summarize", "--input-format", "urls", listing, "-f", "jsonl", "-j", "1")
    assert result.code == 5
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("source") for r in records[:2]] == [first, second]
    assert records[2]["error"] == f"{listing}:5: not an http(s) URL: not a url"


def test_summaries_of_urls_go_to_an_output_directory(
    cli: Cli, http_server: HttpServer, tmp_path: Path
) -> None:
    url = http_server.add("/news/water-plan.html", PAGE)
    out = tmp_path / "out"
    result = cli("summarize", url, "--output-dir", out, "-f", "json")
    assert result.code == 0, result.stderr
    assert (out / "water-plan.json").is_file()


def test_a_pdf_by_url_and_by_file(cli: Cli, http_server: HttpServer, tmp_path: Path) -> None:
    from .test_pdf import _report_pdf

    data = _report_pdf()
    url = http_server.add("/reports/q1", data, content_type="application/pdf")
    by_url = cli("summarize", url, "-f", "json", "-n", "10")
    assert by_url.code == 0, by_url.stderr
    record = json.loads(by_url.stdout)
    assert record["format"] == "pdf" and record["title"] == "Quarterly Water Report"
    assert record["headings"] == ["Reservoir Levels", "Water Quality"]
    everything = json.dumps(record)
    for furniture in ("Quarterly Water Report - Page", "Public edition", "infor-"):
        assert furniture not in everything
    assert "information about the rising water" in everything
    saved = tmp_path / "q1.pdf"
    saved.write_bytes(data)
    by_file = cli("summarize", saved, "-f", "json", "-n", "10")
    assert json.loads(by_file.stdout)["summary"] == record["summary"]
    facts = cli("summarize", saved, "-f", "text").stdout
    assert any(" · PDF · English · " in line for line in facts.splitlines())
