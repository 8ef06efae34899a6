"""scripts/check_properties.py, the oracle of issue 15's properties: each check on a violating and
a clean hand-made summary, and the whole checker on samples/."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from portai.models import Article, KeyPoint, Keyword, ScoredSentence, Stats, Summary

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    path = ROOT / "scripts" / "check_properties.py"
    spec = importlib.util.spec_from_file_location("check_properties", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


cp = _load()


def summary(
    sentences: tuple[str, ...] = ("A plain sentence about the subject.",),
    points: tuple[str, ...] = (),
    keywords: tuple[str, ...] = (),
    title: str | None = None,
    language: str = "english",
) -> Summary:
    return Summary(
        article=Article(title=title),
        language=language,
        method="auto",
        sentences=tuple(ScoredSentence(text, i, 1.0) for i, text in enumerate(sentences)),
        key_points=tuple(KeyPoint(text, 0, 1.0) for text in points),
        stats=Stats(10, 100, len(sentences), 20),
        keywords=tuple(Keyword(text, 1.0) for text in keywords),
    )


def props(found: list[object]) -> set[int]:
    return {v.prop for v in found}  # type: ignore[attr-defined]


CLEAN = "The council approved the plan on Monday after a long debate."

# (property, a sentence that breaks it); each is checked as a summary sentence.
BROKEN_SENTENCES = [
    (1, "See [the guide](https://example.org/guide) for details."),
    (1, "Pictures are at https://example.org and on the wiki."),
    (1, "Visit www.example.org for the full list."),
    (1, "The <strong>new</strong> rule starts today."),
    (1, "Run `cargo build` to compile the crate."),
    (1, "| Name | Value |"),
    (1, "As shown by Smith \\cite{smith2004}, the effect is small."),
    (1, "We {disfmarker} we should start the meeting now."),
    (1, "The fleet had 30 @-@ gun ships in the harbour."),
    (1, "== Early life == He was born in Antium."),
    (1, "He was born in Antium. = = Family = = His father was a consul."),
    (1, "This Act may be cited as the ``Battle of Midway Act''."),
    (2, 'title = "Interview with Ada Lovelace"'),
    (2, "title: Jekyll 4.0.0 Released"),
    (2, '+++ path = "2024/09/05/impl-trait" +++'),
    (3, "[11] This growth continued through the decade."),
    (3, "The city grew quickly.[2,3] It became the capital."),
    (3, "Rainfall doubled [4–6] in the following years."),
    (3, "He was born in 1901 [citation needed] in Lyon."),
    (4, "Share this article on social media."),
    (4, "More news releases in similar topics."),
    (4, "Sign up for our newsletter."),
    (4, "Cookie policy"),
]


@pytest.mark.parametrize(("prop", "text"), BROKEN_SENTENCES)
def test_each_markup_front_matter_citation_and_chrome_case_is_caught(prop: int, text: str) -> None:
    found = cp.violations(summary((text,)), text)
    assert prop in props(found), text


@pytest.mark.parametrize(
    "text",
    [
        CLEAN,
        "Vec<T> grows as needed, and Option<T> may be empty.",  # generics in prose, not tags
        "Cookies, or some form of tracking, are needed for shopping carts.",  # an article's topic
        "The results (Table 2) hold for 3 of 4 sites — a clear effect.",
        "Subscribers to the plan pay less.",
        "Em dashes in LaTeX are written word---word.",
    ],
)
def test_clean_sentences_pass_properties_1_to_4(text: str) -> None:
    assert not props(cp.violations(summary((text,)), text)) & {1, 2, 3, 4}


def test_key_points_keywords_and_the_title_get_the_same_checks() -> None:
    found = cp.violations(
        summary(
            points=("Read more about [impl Default](https://doc.rust-lang.org)",),
            keywords=("[11]",),
            title='title = "Post"',
        ),
        CLEAN,
    )
    assert {(v.prop, v.where) for v in found} >= {
        (1, "key point"),
        (4, "key point"),
        (3, "keyword"),
        (2, "title"),
    }


RAW_WITH_BACK_MATTER = """\
== History ==

Mozilla was founded in 1998 when Netscape released the source code of its browser.

The foundation now makes the Firefox web browser and the Thunderbird mail client.

== See also ==

The Book of Mozilla, a series of Easter eggs hidden in the browsers.

== References ==

Smith, J. (2004). The browser wars and what came after them. Web Press.

[2] Italian words for abstract concepts tend to be borrowed from Latin roots.
"""


@pytest.mark.parametrize(
    "text",
    [
        "The Book of Mozilla, a series of Easter eggs hidden in the browsers.",
        "Smith, J. (2004). The browser wars and what came after them.",
        "Italian words for abstract concepts tend to be borrowed from Latin roots.",
    ],
)
def test_a_sentence_from_back_matter_or_a_footnote_is_caught(text: str) -> None:
    found = cp.violations(summary((text,), points=(text,)), RAW_WITH_BACK_MATTER)
    assert {(v.prop, v.where) for v in found} >= {(5, "sentence"), (5, "key point")}


def test_a_body_sentence_is_not_back_matter() -> None:
    text = "The foundation now makes the Firefox web browser and the Thunderbird mail client."
    assert 5 not in props(cp.violations(summary((text,)), RAW_WITH_BACK_MATTER))


def test_back_matter_headings_in_every_syntax() -> None:
    body = "A body paragraph that says what the document is about, at some length. " * 8
    note = "This footnote line is only a note about the sources of the text."
    for heading in ("## References", "== Notes ==", " = = External links = = ", "Further reading"):
        raw = f"{body}\n\n{heading}\n\n{note}\n"
        assert cp.in_back_matter(note, cp.back_matter_regions(raw)), heading
    # A short line alone near the top is a menu item, not the start of back matter.
    menu = f"Contact\n\n{note}\n\n{body}\n"
    assert not cp.in_back_matter(note, cp.back_matter_regions(menu))


RUST_TITLE = "Changes to `impl Trait` in Rust 2024"
TOML_POST = f'+++\ntitle = "{RUST_TITLE}"\n+++\n\nBody.'
WEB_PAGE = "Home\n\nHow to Build a Terrarium\n\nBody."


@pytest.mark.parametrize(
    ("raw", "record_title", "got", "status"),
    [
        (TOML_POST, RUST_TITLE, "Changes to impl Trait in Rust 2024", "ok"),
        (TOML_POST, RUST_TITLE, None, "fail"),
        (WEB_PAGE, "How to Build a Terrarium | eHow", "How to Build a Terrarium", "ok"),
        (WEB_PAGE, "How to Build a Terrarium | eHow", "Home", "fail"),
        ("== History ==\n\nNetscape released Mozilla in 1998.", "Mozilla", "History", "n/a"),
        ("Body without a title.", None, "Body", "n/a"),
    ],
)
def test_title_found_when_the_text_shows_it(
    raw: str, record_title: str | None, got: str | None, status: str
) -> None:
    assert cp.title_status(got, record_title, raw) == status
    found = cp.violations(summary(title=got), raw, record_title)
    assert (6 in props(found)) == (status == "fail")


@pytest.mark.parametrize(
    ("keyword", "raw", "bad"),
    [
        ("the", CLEAN, True),
        ("https", "See https://example.org for more.", True),
        ("github.com", "Code at https://github.com/x/y.", True),
        ("crates.io", "crates.io stops serving old downloads. https://crates.io/x", False),
        ("GitHub", "Open an issue on GitHub.", False),
        ("from_str", CLEAN, True),
        ("str", "Call `parse::<str>()` on it.", True),
        ("str", "The str river floods each spring.", False),
        ("x", CLEAN, True),
        ("2024", CLEAN, True),
        ("Rust 1.82", CLEAN, False),
        ("identity theft", CLEAN, False),
    ],
)
def test_keywords(keyword: str, raw: str, bad: bool) -> None:
    found = cp.violations(summary(keywords=(keyword,)), raw)
    assert (7 in props(found)) == bad, keyword


def test_a_one_character_keyword_is_a_word_in_chinese() -> None:
    assert cp.keyword_problem("税", frozenset(), "税", spaced=False) is None


@pytest.mark.parametrize(
    ("point", "bad"),
    [
        ("PayPal account, or other approved methods of payment.", False),
        ("t-SNE maps high-dimensional data to two dimensions.", False),  # a name written so
        ('"We will finish the bridge," the mayor said.', False),
        ("The mayor said the bridge would open in May and that the…", False),
        ("“We will finish the bridge by May, and then the…", False),  # cut inside the quote
        ("and the council approved it.", True),
        ("(a) In General.--There is established the memorial.", True),
        ('Everybody said "Well but this is not fair.', True),
        ("In fairness, there is no real definition.”", True),
    ],
)
def test_key_points_are_not_fragments(point: str, bad: bool) -> None:
    found = cp.violations(summary(points=(point,)), point)
    assert (8 in props(found)) == bad, point


def test_every_sample_is_free_of_markup_front_matter_citations_chrome_and_bad_keywords() -> None:
    items = cp.load_files(ROOT / "samples", "samples")
    assert items
    broken = [
        (item.id, v.prop, v.text[:100])
        for item in items
        for v in cp.check(item).found
        if v.prop in (1, 2, 3, 4, 7)
    ]
    assert broken == []


def test_without_the_shared_data_it_says_so_and_checks_the_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cp.main(["--records", str(tmp_path / "missing.jsonl"), "--only", "samples/short"])
    out, err = capsys.readouterr()
    assert "checking the files only" in err
    assert "| samples | 1 |" in out
    assert code == ("Violations:" in out)


def test_a_files_front_matter_title_is_the_title_to_find() -> None:
    assert cp.front_matter_title(TOML_POST) == RUST_TITLE
    assert cp.front_matter_title("---\ntitle: 'Jekyll 4.0.0 Released'\n---\nBody.") == (
        "Jekyll 4.0.0 Released"
    )
    assert cp.front_matter_title(WEB_PAGE) is None
