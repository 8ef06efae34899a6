"""The body of documents that are not news (issue 15): back matter, markup, citation markers,
page chrome and transcript tags never become sentences; speakers and a document's own summary
are read."""

from __future__ import annotations

import re

import pytest

from portai.languages import Language
from portai.readers.text import parse_article

LEAD = (
    "The Mozilla project builds a free web browser and several other programs. "
    "It was founded in 1998 by members of Netscape, who released the browser's source code."
)


def sentences(text: str, language: Language) -> tuple[str, ...]:
    return parse_article(text, language).body_sentences


# --- back matter ------------------------------------------------------------------------------


def test_wiki_back_matter_is_not_body(english: Language) -> None:
    text = (
        f"{LEAD}\n\n== History ==\n\nThe project was named after the browser's code name. "
        "Its first release came in 2002, after four years of work.\n\n"
        "== See also ==\n\nTimeline of web browsers\n\nThe Book of Mozilla\n\n"
        "== References ==\n\n^ Smith, John (2003). Mozilla history. Retrieved 5 May 2010.\n\n"
        "== External links ==\n\nOfficial website of the Mozilla project, with its news.\n"
    )
    article = parse_article(text, english)
    body = " ".join(article.body_sentences)
    assert "Timeline" not in body
    assert "Smith" not in body
    assert "Official website" not in body
    assert "History" in article.headings
    assert not {"See also", "References", "External links"} & set(article.headings)


def test_body_resumes_after_back_matter_only_under_a_body_heading(english: Language) -> None:
    text = (
        f"# Two companies\n\n{LEAD}\n\n## Notes\n\nItalian words for abstract concepts are "
        "used throughout the essay.\n\n### Sources\n\nAn interview given in 2004 to a magazine.\n\n"
        "## Later years\n\nThe foundation grew to a thousand staff members by 2015."
    )
    body = sentences(text, english)
    assert not any("Italian" in s or "interview" in s for s in body)
    assert "The foundation grew to a thousand staff members by 2015." in body


def test_footnote_lines_are_not_body(english: Language) -> None:
    text = (
        f"{LEAD}\n\n[2] Italian words for abstract concepts, used in the essay.\n\n"
        "1. ^ Jones, Mary. The browser wars. Retrieved 2011.\n\n"
        "[^3]: https://example.org/notes\n\nThe browser later became Firefox."
    )
    body = sentences(text, english)
    assert not any("Italian" in s or "Jones" in s or "example.org" in s for s in body)
    assert body[-1] == "The browser later became Firefox."


def test_about_the_company_closes_a_press_release(english: Language) -> None:
    paragraph = (
        "Acme Corp. today announced a new line of electric delivery vans for city fleets. "
        "The vans carry two tonnes and charge in forty minutes at public stations. "
    )
    text = (
        f"{paragraph * 2}\n\n{paragraph}\n\n## About Acme\n\nAcme Corp. is a maker of vans "
        "based in Dallas, with 4,000 employees worldwide.\n\n## Media contact\n\n"
        "Jane Roe, press office, at the company's headquarters.\n"
    )
    body = sentences(text, english)
    assert not any("based in Dallas" in s or "Jane Roe" in s for s in body)


# --- markup -----------------------------------------------------------------------------------


def test_wikitext_tokens_and_headings_are_undone(english: Language) -> None:
    text = (
        " = Du Fu = \n Du Fu was a prominent Chinese poet of the Tang dynasty . \n"
        " = = Early years = = \n The son of a minor scholar @-@ official , his youth was spent "
        "on study ( as was usual ) . He weighed 1 @.@ 5 tons , and lived in Chang 'an 's west . \n"
    )
    article = parse_article(text, english)
    body = " ".join(article.body_sentences)
    assert "Early years" in article.headings
    assert "scholar-official, his youth" in body
    assert "(as was usual)." in body
    assert "1.5 tons" in body
    assert "@" not in body and " ," not in body and " ." not in body


def test_citation_markers_never_reach_a_sentence(english: Language) -> None:
    text = (
        "The project was renamed in 2003.[3] One day later, a developer registered the "
        "domain.[11] Growth followed [2,3] and usage doubled [4–6].[citation needed] "
        "Critics disagreed.[a]"
    )
    body = sentences(text, english)
    assert all(not re.search(r"\[(?:\d|[a-z]\]|citation)", s) for s in body)
    assert body[1].startswith("One day later")


def test_transcript_tags_are_removed(english: Language) -> None:
    text = "\n\n".join(
        f"{speaker}: So we {{disfmarker}} we should {{vocalsound}} decide the budget {{gap}} now ."
        for speaker in ("Project Manager", "Marketing", "Industrial Designer", "PhD B", "Grad A")
    )
    body = sentences(text, english)
    assert all("{" not in s and "}" not in s for s in body)
    assert "So we we should decide the budget now." in body


def test_latex_leftovers_are_cleaned(english: Language) -> None:
    text = (
        "Astropy is developed by a broad community~\\cite{astropy2013}, as shown in "
        "Section~\\ref{sec:intro}. It is \\emph{open} software used by $\\sim$20 teams."
    )
    body = " ".join(sentences(text, english))
    assert "\\" not in body and "$" not in body and "~\\" not in body
    assert "It is open software" in body


def test_stray_urls_and_link_syntax_leave_the_words(english: Language) -> None:
    text = (
        "The package is on PyPI (https://pypi.org/project/x) and on GitHub <https://github.com/x>. "
        "See the [upgrade guide](/docs/upgrading/) and [[T]::is_sorted](https://doc.rust-lang.org)."
    )
    body = " ".join(sentences(text, english))
    assert "http" not in body and "](" not in body
    assert "The package is on PyPI and on GitHub." in body
    assert "See the upgrade guide and [T]::is_sorted." in body


def test_tables_link_lists_badges_and_code_are_not_body(english: Language) -> None:
    text = (
        "[![Build](https://ci.example/badge.svg)](https://ci.example)\n\n"
        "The tool searches files for a pattern and prints the lines that match it.\n\n"
        "| name | train | test |\n|---|---:|---:|\n| main | 7473 | 1319 |\n\n"
        "- [Install](#install)\n- [Usage](#usage)\n\n"
        '    let x = search(pattern);\n    println!("{}", x);\n\n'
        "$ rustup update stable\n\nfn main() {\n\n"
        "[Thanks!](https://example.org/thanks)\n\nIt runs on every major system."
    )
    body = sentences(text, english)
    assert body == (
        "The tool searches files for a pattern and prints the lines that match it.",
        "It runs on every major system.",
    )


# --- page chrome ------------------------------------------------------------------------------


def test_web_page_chrome_is_not_body(english: Language) -> None:
    menu = "\n\n".join(("Home", "News", "Insights", "Pricing", "Blog"))
    paragraph = (
        "This year's survey of more than 5,000 professionals suggests that teams are "
        "rethinking their priorities as they adopt new tools such as AI assistants."
    )
    text = (
        f"{menu}\n\n{paragraph}\n\nShare this article\n\n{paragraph.replace('This', 'Last')}"
        "\n\nSign up for our newsletter\n\nAll fields required\n\nMore to explore\n\n"
        "View all blog posts\n\nInsights\n\nHow we overhauled our navigation\n\nRead the blog\n\n"
        "Get free trial\n\nWe use cookies to improve your experience on this site."
    )
    body = sentences(text, english)
    assert body == (paragraph, paragraph.replace("This", "Last"))


def test_a_repeated_short_line_is_chrome(english: Language) -> None:
    paragraph = "The city council approved the budget on Tuesday after a long debate."
    text = f"{paragraph}\n\nreply\n\n{paragraph.replace('Tuesday', 'Monday')}\n\nreply\n\nreply"
    assert "reply" not in " ".join(sentences(text, english))


# --- transcripts ------------------------------------------------------------------------------


def test_speakers_are_read_from_a_transcript(english: Language) -> None:
    text = (
        "Project Manager: Okay, let's start with the budget for the remote control.\n\n"
        "Marketing: I think we should aim for twenty-five euros at most.\n\n"
        "Professor C: Mm-hmm. And the battery?\n\n"
        "PhD B: We could use a kinetic one, which lasts longer.\n\n"
        "Project Manager: Fine, let's decide that next time."
    )
    article = parse_article(text, english)
    speakers = [p.speaker for p in article.paragraphs]
    assert speakers == ["Project Manager", "Marketing", "Professor C", "PhD B", "Project Manager"]
    assert not any(":" in s.split()[0] for s in article.body_sentences)
    assert article.body_sentences[0] == "Okay, let's start with the budget for the remote control."


def test_a_few_colons_do_not_make_a_transcript(english: Language) -> None:
    text = (
        "Update: the council approved the budget on Tuesday after a long debate.\n\n"
        "The vote was seven to two, and work on the roads will start in May.\n\n"
        "The mayor welcomed the decision and thanked the residents for their patience."
    )
    article = parse_article(text, english)
    assert all(p.speaker is None for p in article.paragraphs)


# --- the document's own summary ----------------------------------------------------------------


def test_an_abstract_is_the_documents_own_summary(english: Language) -> None:
    text = (
        "# Why Most Published Research Findings Are False\n\n## Abstract\n\n"
        "There is increasing concern that most published research findings are false. "
        "Simulations show that for most study designs a claim is more likely false than true.\n\n"
        "## Introduction\n\nPublished research findings are sometimes refuted by later evidence. "
        "Refutation is seen across the range of research designs."
    )
    article = parse_article(text, english)
    roles = {p.heading: p.role for p in article.paragraphs}
    assert roles == {"Abstract": "summary", "Introduction": "body"}
    assert article.body_sentences[0].startswith("There is increasing concern")


def test_a_tldr_paragraph_is_the_documents_own_summary(english: Language) -> None:
    text = (
        "TL;DR: crates.io will stop counting downloads of non-canonical names in March.\n\n"
        "The registry counts every download of a crate. From March, only downloads through "
        "the canonical name will count."
    )
    article = parse_article(text, english)
    assert article.paragraphs[0].role == "summary"
    assert article.body_sentences[0].startswith("crates.io will stop counting")
    assert article.paragraphs[1].role == "body"


# --- issue 15: markup, back matter and titles of bills, maths and pages -------------------------


def test_tex_quotes_of_a_bill_read_as_typographic_quotes(english: Language) -> None:
    text = (
        "SECTION 1. SHORT TITLE.\n\n"
        "This Act may be cited as the ``Midway Memorial Act''. The Foundation shall establish "
        "a fund to be known as the ``Battle of Midway Memorial Fund'' for the memorial.\n\n"
        "``(d) The Secretary may revoke the acceptance of any bid, and the term `Action Plan' "
        "means the plan developed under this section.''\n"
    )
    body = " ".join(sentences(text, english))
    assert "`" not in body and "''" not in body
    assert "“Battle of Midway Memorial Fund”" in body
    assert "‘Action Plan’" in body


def test_wikipedia_inline_latex_is_read_as_text_or_left_out(english: Language) -> None:
    text = (
        f"{LEAD}\n\n"
        "Given a set of N objects \\mathbf {x} _{1},\\dots ,\\mathbf {x} _{N} , the method "
        "computes probabilities p_{ij} for objects \\mathbf {x} _{i} and \\mathbf {x} _{j} .\n\n"
        "The bandwidth \\sigma _{i} of each kernel is set by the bisection method.\n\n"
        "The similarity is p = \\frac {a}{b} over all the pairs of the points in the map.\n"
    )
    body = sentences(text, english)
    assert all(not re.search(r"\\[A-Za-z]+|[_^]\{", s) for s in body)
    assert any("x_1,…,x_N" in s for s in body)
    assert any("σ_i" in s for s in body)
    assert not any("similarity is" in s for s in body)  # a fraction left: not body


def test_a_url_the_sentence_states_is_kept_without_its_scheme(english: Language) -> None:
    text = (
        f"{LEAD}\n\nAgencies shall make their code inventories discoverable at "
        "https://www.code.gov for reuse across the Government. The server starts at "
        "http://localhost:4000 during development of the site.\n"
    )
    body = " ".join(sentences(text, english))
    assert "http" not in body and "www." not in body
    assert "at code.gov for reuse" in body and "localhost:4000" in body


def test_an_about_the_author_line_closes_a_pasted_page(english: Language) -> None:
    body_text = " ".join(
        f"Ad blocking grew again in year {n} as readers tired of slow pages and trackers."
        for n in range(8)
    )
    text = (
        f"{body_text}\n\n{body_text}\n\nAbout the author\n\nScott Cunningham\n\n"
        "Senior Vice President of Technology and Ad Operations at IAB, and General Manager of "
        "the IAB Tech Lab\n\nRelated Content\n\n"
        "IAB CEO Randall Rothenberg on Ad Blocking in The Wall Street Journal\n\n09.21.15\n\n"
        "Ad Blocking: The Unnecessary Internet Apocalypse\n\n09.22.15\n\n"
        + "Get connected with IAB\n\nBe the first to know. Sign up to receive news about the "
        "IAB programs, standards, events, classes, and more!\n\nSign up now\n"
    )
    body = " ".join(sentences(text, english))
    assert "Senior Vice President" not in body
    assert "Rothenberg" not in body


def test_a_footer_after_about_us_stays_out_of_the_body(english: Language) -> None:
    story = " ".join(
        f"Breakfast mattered less than once thought in trial number {n}, the authors say."
        for n in range(10)
    )
    text = (
        f"{story}\n\n{story}\n\nAbout us\n\nOur editorial team\n\nContact us\n\n"
        "Health tips, wellness advice and more.\n\nSubscribe\n\n"
        "Your privacy is important to us. Any information you provide to us via this website "
        "may be placed by us on servers located in countries outside of the EU.\n"
    )
    body = " ".join(sentences(text, english))
    assert "privacy" not in body
    assert "Health tips" not in body


def test_a_bill_s_title_is_its_act_line_not_its_number(english: Language) -> None:
    text = (
        "BILL C-12\n1st Session, 45th Parliament\n"
        "An Act to amend the Fisheries Act and to make related amendments to other Acts\n\n"
        "His Majesty, by and with the advice and consent of the Senate and House of Commons "
        "of Canada, enacts as follows:\n\n"
        "1 The definition of fish in section 2 of the Act is replaced by the following text.\n"
    )
    article = parse_article(text, english)
    assert article.title == (
        "An Act to amend the Fisheries Act and to make related amendments to other Acts"
    )
    assert not any("Session" in s for s in article.body_sentences)


def test_an_html_line_break_parts_two_lines(english: Language) -> None:
    text = (
        "## M-16-21<br/>MEMORANDUM FOR THE HEADS OF DEPARTMENTS AND AGENCIES\n\n"
        "The Government is committed to improving the way agencies buy and build software. "
        "Each year it spends more than six billion dollars on software.\n"
    )
    article = parse_article(text, english)
    assert article.title == "M-16-21"
    assert "M-16-21MEMORANDUM" not in " ".join([article.title or "", article.deck or ""])


# --- readers' comments, glued citations, numbered section headings, wrapped bills -------------

ARTICLE_PARAGRAPHS = "\n\n".join(
    f"Paragraph {n} explains how the tracking works and why the author avoids the network, "
    "with details that a reader of the article needs to follow the argument."
    for n in range(1, 7)
)
COMMENTS = (
    "\n\nRead the Terms of Use\n\nYour name *\n\nComment *\n\n"
    "Web page addresses and e-mail addresses turn into links automatically.\n\n"
    "Add comment\n\nAnonymous\n\n"
    "Congress has no such authority under Article VI, and the whole case shows it clearly.\n\n"
    "reply\n\nApril 6, 2018\n\nLars\n\nCouldn't I just block the network in my own filter?\n"
)


@pytest.mark.parametrize(
    "opening",
    ["View comments (27)", "27 Comments", "Comments", "Leave a Reply", "Join the discussion"],
)
def test_a_pages_comments_are_not_body(english: Language, opening: str) -> None:
    article = parse_article(f"{ARTICLE_PARAGRAPHS}\n\n{opening}{COMMENTS}", english)
    body = " ".join(article.body_sentences)
    assert "Paragraph 6 explains" in body
    for said in ("Web page addresses", "Congress has no such authority", "Couldn't I"):
        assert said not in body


def test_a_comments_margin_note_over_a_clause_stays_body(english: Language) -> None:
    clause = (
        "(4) Within 60 days after the publication of the notice, any person may file with the "
        "Minister written comments on the proposed plan."
    )
    article = parse_article(f"{ARTICLE_PARAGRAPHS}\n\nComments\n\n{clause}\n", english)
    assert any(s.startswith("(4) Within 60 days") for s in article.body_sentences)


def test_adjacent_citation_markers_leave_no_number_behind(english: Language) -> None:
    text = (
        f"{LEAD}\n\nIsolation has produced distinctive plants and populations of widespread "
        "species.[166][167] About 82% of the indigenous vascular plants are endemic.[168][a]\n"
    )
    body = parse_article(text, english).body_sentences
    assert not any(re.search(r"\d\s*About|\b16[678]\b|\[a\]", s) for s in body), body
    assert any(s.startswith("About 82%") for s in body)


@pytest.mark.parametrize("heading", ["== Etymology ==", " = = Etymology = = ", "=== Etymology ==="])
def test_a_wiki_section_heading_is_never_the_title(english: Language, heading: str) -> None:
    article = parse_article(f"{heading}\n\n{LEAD}\n\n== History ==\n\n{LEAD}\n", english)
    assert article.title is None
    assert "Etymology" in article.headings


SECTION_PROSE = (
    "This year we looked at how teams feel about their tools, and the findings were somewhat "
    "surprising to everyone who took part in the survey."
)


@pytest.mark.parametrize("first", [1, 3])
def test_numbered_section_headings_of_a_page_are_headings(english: Language, first: int) -> None:
    titles = ["AI shines a light on toolchains", "AI speeds up onboarding", "The cloud matters"]
    sections = "\n\n".join(
        f"{n}. {title}\n\n{SECTION_PROSE}" for n, title in enumerate(titles, first)
    )
    article = parse_article(f"{LEAD}\n\n{sections}\n", english)
    assert not any(title in s for s in article.body_sentences for title in titles)
    assert all(title in article.headings for title in titles)


def test_a_numbered_list_of_sentences_stays_body(english: Language) -> None:
    items = "\n\n".join(
        f"{n}. Step {n} installs the package and checks that it runs." for n in (1, 2, 3)
    )
    article = parse_article(f"{LEAD}\n\n{items}\n\n{SECTION_PROSE}\n", english)
    assert sum(s.startswith("Step ") for s in article.body_sentences) == 3


BILL = """\
SEC. 3. DEFINITIONS.

    In this Act:
            (1) The term ``Director'' means the Director of the Office
        of Science and Technology Policy.
            (2) The term ``State'' means each of the States of the
        United States, the District of Columbia, the Commonwealth of
        Puerto Rico, the United States Virgin Islands, Guam, American
        Samoa, the Commonwealth of the Northern Mariana Islands, and
        any other territory or possession of the United States.
    (c) Biennial Report.--At least once every two years, the Advisory
Committee shall report to Congress and the Interagency Working Group on
the assessment carried out under subsection (b).
"""


def test_a_hard_wrapped_bill_reads_in_whole_sentences(english: Language) -> None:
    body = parse_article(BILL, english).body_sentences
    starts = ("(1) The term", "(2) The term", "(c) Biennial Report")
    assert all(any(s.startswith(start) for s in body) for start in starts), body
    assert not any(s.startswith(("Samoa", "Committee", "Puerto", "United States,")) for s in body)
    assert any("American Samoa, the Commonwealth" in s for s in body)


def test_an_autolink_the_sentence_points_to_stays_as_its_address() -> None:
    from portai import summarize

    text = (
        "# Getting started\n\nRun the server and wait a second for it to build the site.\n\n"
        "If you point your web browser to <http://127.0.0.1:1111>, you will see a message"
        " saying that the blog works.\n\nRead the manual <https://example.org/manual> for"
        " every option the server takes."
    )
    sentences = [s.text for s in summarize(text, sentences=3).sentences]
    assert any("browser to 127.0.0.1:1111, you will see" in s for s in sentences)
    assert not any("example.org" in s or "<" in s for s in sentences)


def test_a_sentence_split_inside_code_is_never_a_summary_sentence() -> None:
    from portai import summarize

    text = (
        "Templates use expressions such as `{{ section.[...] }}` and `{{ page.[...] }}` which"
        " will be replaced with values from the content when the site is built from the"
        " templates. The site generator reads every page of content once. It then writes"
        " each page to the public folder of the site. Templates can extend other templates"
        " so that the header of the site is written only once."
    )
    assert not any(s.text.startswith("}") for s in summarize(text, sentences=3).sentences)


# --- residue of tokenization, footnotes, removed citations and formulas (issue 15) --------------


def test_tokenized_compounds_possessives_and_units_read_as_written(english: Language) -> None:
    meeting = " ".join(["Grad A: So , we got about fifty - four , with the belief - net ."] * 6)
    wiki = (
        " = = History = = \n\n In 1909 , Hulme left the Poets ' Club after Britannicus ' death . "
        "It was a ' perfect ' ship @-@ of @-@ the @-@ line . It sailed at 12 knots ( 22 km / h ) ."
    )
    body = " ".join(sentences(meeting, english) + sentences(wiki, english))
    for written in ("fifty-four", "belief-net", "Poets' Club", "Britannicus' death", "22 km/h"):
        assert written in body
    assert "' perfect '" in body  # a quotation's marks are not a possessive


def test_a_footnote_reference_is_not_glued_to_its_word(english: Language) -> None:
    text = (
        "The project has received contributions from more than 100 individuals[^2]. "
        "It was downloaded 5000 times from PyPI[^8].\n\n"
        "[^2]: https://www.example.org/contributors\n\n[^8]: https://pypi.org/project/x"
    )
    body = " ".join(sentences(text, english))
    assert "individuals." in body and "PyPI." in body
    assert "^" not in body


def test_removed_citations_and_formulas_leave_no_holes(english: Language) -> None:
    text = (
        "Open Access initiatives (e.g., [13]–[16]) are growing. Tools join disparate concepts "
        "[43],[44], for discovery. The estimate carries uncertainty [152]–[153].\n\n"
        "The transpose of A is denoted as {\\displaystyle A^{\\mathsf {T}}} in this section. "
        "The conjugate of A is denoted as {\\displaystyle {\\overline {A}}} . "
        "A Hermitian matrix equals its conjugate transpose."
    )
    body = sentences(text, english)
    joined = " ".join(body)
    for hole in ("(e.g.", "–)", " ,", "–.", "denoted as ."):
        assert hole not in joined
    assert "The transpose of A is denoted as A^T in this section." in body
    assert not any("conjugate of A" in s for s in body)  # its object was removed


def test_a_link_opening_a_new_window_leaves_its_word(english: Language) -> None:
    text = (
        "The company saidOpens a new window that the new lineup answers demand. "
        "Its report (opens in a new tab) is online. The deal opens a new window for talks."
    )
    body = " ".join(sentences(text, english))
    assert "said that the new lineup" in body
    assert "Opens" not in body and "new tab" not in body
    assert "opens a new window for talks" in body
