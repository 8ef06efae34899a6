"""What PortAI knows about one language: a ``Language`` profile and the lexicons it holds.

A profile owns everything language-specific: how text splits into sentences and words, how
words are counted and stemmed, stop words, and every word list and pattern the stages use
(openers that point back, shortening cues, keyword filters, page furniture, Edmundson's stigma
words, byline and date patterns). Stages take the profile and never name a language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

# Sentences whose tokens are kept, so reading, ranking and keywords tokenize each sentence once.
# A 10,000-sentence book fits; a batch job's memory stays bounded.
TOKEN_CACHE_SIZE = 32_768
STEM_CACHE_SIZE = 65_536

# Combining marks that are part of a word but not letters to ``str.isalpha``: Malayalam's and
# the other Indic scripts' vowel signs, decomposed accents, Cyrillic titlos, kana voicing marks.
WORD_MARKS = "\u0300-\u036f\u0483-\u0489\u0900-\u0dff\u3099\u309a"
# sumy's own notion of a word: letters, with inner apostrophes or hyphens (and marks).
_WORD_PATTERN = re.compile(rf"^[^\W\d_](?:[^\W\d_]|['-]|[{WORD_MARKS}])*$")
_HAS_ALNUM = re.compile(r"[^\W_]")

# A pattern that never matches: for a language without a list.
NEVER = r"(?!)"


@dataclass(frozen=True)
class Openers:
    """Sentence openers that lean on the sentence before.

    ``references`` are pronouns and demonstratives that need an antecedent; ``connectives``
    link to the previous sentence and can be dropped from a bullet without changing its claim;
    ``self_contained`` are demonstrative phrases that resolve on their own ("This year");
    ``phrase_final_references`` close a short opening phrase that points back ("Behind this,");
    ``fillers`` are the hesitations of speech ("Uh,", "Yeah,") a bullet drops like a
    connective, but which do not make a sentence lean on the one before.
    """

    references: tuple[str, ...]
    connectives: tuple[str, ...]
    self_contained: tuple[str, ...] = ()
    phrase_final_references: tuple[str, ...] = ()
    fillers: tuple[str, ...] = ()


@dataclass(frozen=True)
class ShorteningCues:
    """Regex alternations (and word sets) the key-point cuts look for (see ``shortening``)."""

    that_optional_verbs: str  # reporting verbs that may drop "that" ("Police said the road…")
    reporting_verbs: str  # verbs that need the complementizer
    complementizer: str
    according_to: str
    pronoun_sources: str  # "He said …": an attribution whose subject would dangle
    source_relatives: str  # a source holding one ("The man who …") is not an attribution
    subordinate_tail: str  # ", which …", ", accounting for …"
    contrast: str  # " while …" without a comma
    introductions: str  # words that open a phrase of time, place or circumstance
    clause_openers: str  # what a clause left after an introduction must start with
    relative: str  # relative pronouns opening an inserted clause
    coordinating_and: str
    # What may follow a leading attribution's verb ("said on Monday", "in a statement") and
    # start the words after a trailing one's (", he told the BBC on Monday").
    attribution_when: str = r"\s+on\s+\w+|\s+in\s+a\s+statement"
    attribution_followers: str = r"on|last|this|in|at|to|earlier|later"
    not_a_predicate: frozenset[str] = frozenset()
    # A participle phrase after a short subject ("The agreement, reached after talks, …").
    after_subject: str | None = None
    # Whether a trailing attribution's words may be matched in any case (names keep theirs).
    attribution_ignores_case: bool = True
    # Whether a cut keeps a clause (issue 15: a bullet is a full clause, never a list tail or
    # an appositive). ``finite_verbs``: auxiliaries and common irregular finite verbs;
    # ``verb_ending``: a regular finite form ("adopted", "contains"), a verb unless it follows
    # one of ``not_before_verb`` ("other approved methods", "the results") or a comma;
    # ``subjects``: pronouns whose next word is a verb ("we go"). Without ``finite_verbs``
    # every text counts as holding a verb, and no cut is refused for lack of one.
    finite_verbs: str | None = None
    verb_ending: str | None = None
    not_before_verb: frozenset[str] = frozenset()
    subjects: str | None = None
    # A tail opening so is a list's last item or an object ("…, and what they mean").
    list_conjunctions: str | None = None
    object_clause: str | None = None
    # Words after which a word in "-s" is a verb ("contains a", "tells us"), not a plural.
    verb_objects: frozenset[str] = frozenset()
    # Words between a relative clause and the predicate it interrupted ("…, and also is").
    not_a_verb: frozenset[str] = frozenset()
    # Words a sentence may say twice in a row and still be fluent ("they had had", "that
    # that"); any other repeated run reads as a speaker's stumble ("the only the only").
    grammatical_repeats: frozenset[str] = frozenset()
    # An introductory phrase that bounds the claim (a condition, a scope, a period that bounds
    # a state: "For weakening systems,", "Until the 13th century,") is never cut; only a time
    # stamp of an event ("On Tuesday,") may go (issue 15). Matched at the start of each part.
    restrictive_introductions: str | None = None
    # A tail opening with one of these carries the point (", but our survey showed …"): cutting
    # it keeps only the concession, so it is never cut.
    contrast_turns: str | None = None
    # Openers of a subordinate phrase ("To have been …", "As far as X are concerned") and the
    # participles of an absolute one ("the last ones having been built …"): without a main
    # clause after them they are no bullet.
    subordinate_openers: str | None = None
    absolute_participles: str | None = None
    # Number words: " - " between two is a tokenized compound ("fifty - four"), not a dash.
    number_words: str | None = None


@dataclass(frozen=True)
class KeywordCues:
    """Words that are never keywords on their own, and how elided articles attach."""

    generic_words: frozenset[str] = frozenset()
    adverb: re.Pattern[str] | None = None  # a lone adverb says nothing about the article
    elision: re.Pattern[str] | None = None  # "l'épidémie" -> "épidémie"
    # Whether a word may be part of a keyword, where a segmenter knows parts of speech: in
    # Chinese and Japanese only nouns are (verbs such as 表示 "said" fill every article).
    accepts: Callable[[str], bool] | None = None
    # Capitalized stop words that never begin or join a name ("The" of "The Hague" is left
    # out); any other ("New" of "New Zealand") stays in the name's phrase.
    not_in_names: frozenset[str] = frozenset()
    # Lone words that mark a document's structure, not its topic: section labels ("Figure",
    # "SEC") and a byline's credentials ("MD"), lower case.
    labels: frozenset[str] = frozenset()
    credentials: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ClauseCuts:
    """How a key point is cut in a language written without spaces (Chinese, Japanese).

    A sentence too long for a bullet is cut after the last clause mark (``marks``) that leaves a
    head of ``min_head`` characters or more, unless the head matches ``incomplete_head`` (it
    opens a subordinate clause, "虽然…", or ends on a reporting verb, "…表示"). With
    ``finished`` the head is a sentence of its own and ends in ``ending``; otherwise (Japanese,
    whose verb comes last) the cut is marked with "…".
    """

    marks: str
    finished: bool
    ending: str = "。"
    incomplete_head: re.Pattern[str] | None = None
    min_head: int = 12


@dataclass(frozen=True)
class NewsPatterns:
    """How a news page writes its front matter: dates, datelines, bylines and captions."""

    date_only: re.Pattern[str]  # a line that is only a date
    date_labelled: re.Pattern[str]  # "Published: <rest>"
    date_inside: re.Pattern[str]
    dateline: re.Pattern[str]  # "GENEVA, June 12 —", "(CNN) --"
    dateline_date: re.Pattern[str]
    byline_labelled: re.Pattern[str]  # "Author | Liu Baodan"
    byline_by: re.Pattern[str]  # "By Jane Doe"
    byline_joiners: frozenset[str]  # lower-case words inside names ("and", "van")
    caption: re.Pattern[str]  # photo captions are neither titles nor headings
    # Non-news tops (readers/text.py front matter): "February 2021", a press release's wire
    # dateline ("DALLAS, July 31, 2017 /PRNewswire/ --"), a web page's "5 min read", and the
    # word put before a post's front-matter author ("By").
    month_year: re.Pattern[str] = re.compile(NEVER)
    wire_dateline: re.Pattern[str] = re.compile(NEVER)
    reading_time: re.Pattern[str] = re.compile(NEVER)
    by_word: str = ""


def news_patterns(
    *,
    month: str = NEVER,
    weekday: str = NEVER,
    date_labels: str = NEVER,
    updated: str = NEVER,
    at: str = NEVER,
    byline_roles: str = NEVER,
    by: str = NEVER,
    byline_joiners: Iterable[str] = (),
    caption: str = r"^[A-Z][\w'’-]*:\s",
    date_joiner: str = "",
    capitals: str = "A-Z",
    reading_time: str = NEVER,
    by_word: str = "",
) -> NewsPatterns:
    """Front-matter patterns from a language's words; numeric dates, CJK dates ("2024年3月12日")
    and wire datelines are common to all. ``month`` and ``weekday`` are alternations of names
    and abbreviations; ``date_joiner`` is a word between day, month and year ("de" in "12 de
    marzo de 2024"); ``capitals`` the upper-case letters a dateline's place is written in."""
    month = rf"(?:{month})\.?"
    weekday = rf"(?:{weekday})\w*\.?,?"
    joiner = rf"(?:\s+(?:{date_joiner}))?" if date_joiner else ""
    time = r"(?:\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[AP]M)?(?:\s*[A-Z]{2,4})?)"
    date = (
        rf"(?:{weekday}\s+)?(?:"
        r"\d{4}[./-]\d{1,2}[./-]\d{1,2}"  # 2024.09.04, 2024-09-04
        r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"  # 04/09/2024
        r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"  # 2024年3月12日
        rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?{joiner}\s+{month}{joiner},?\s+\d{{4}}"  # 3 March 2024
        rf"|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # March 3, 2024
        r")"
    )
    city = rf"[{capitals}][{capitals}.'-]+"
    return NewsPatterns(
        date_only=re.compile(
            # "【2008年12月5日讯】": a Chinese wire's date line.
            rf"^[【\[（(]?(?:{time}\s*,?\s*)?{date}(?:\s*,?\s*(?:(?:{at})\s+)?{time})?"
            rf"(?:\s*(?:\||-|—)?\s*(?:{updated})(?:\s+(?:at|on))?\s+{time})?(?:讯|電|电)?[】\]）)]?$",
            re.IGNORECASE,
        ),
        date_labelled=re.compile(
            rf"^(?:{date_labels})\b\s*(?:on)?\s*[:|｜：]?\s*(?P<rest>.+)$", re.IGNORECASE
        ),
        date_inside=re.compile(date, re.IGNORECASE),
        dateline=re.compile(
            r"^(?P<dateline>"
            r"\([A-Z][A-Za-z .&]{1,25}\)"  # (CNN)
            rf"|{city}(?:\s+{city}){{0,3}}"  # GENEVA, NEW YORK
            rf"(?:,\s*[{capitals}][\w.]+(?:\s+[{capitals}][\w.]+)?)?"
            rf"(?:,?\s*(?:{month}\s+\d{{1,2}}|\d{{1,2}}\.?{joiner}\s+{month})(?:,?\s*\d{{4}})?)?"
            r"(?:\s*\([A-Za-z][A-Za-z .&]{1,25}\))?"  # (Reuters), (dpa)
            r")\s*(?:—|–|--|-)\s*(?=\S)"
        ),
        dateline_date=re.compile(
            rf"{month}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\.?{joiner}\s+{month}(?:\s+\d{{4}})?"
        ),
        byline_labelled=re.compile(
            rf"^(?P<role>{byline_roles})\s*(?:[|:｜：]\s*|\s+)(?P<name>\S.*)$", re.IGNORECASE
        ),
        byline_by=re.compile(rf"^(?P<by>{by})\s*[.:]?\s+(?P<name>[^\W\d_][^.!?]*)$", re.IGNORECASE),
        byline_joiners=frozenset(byline_joiners),
        caption=re.compile(caption, re.IGNORECASE),
        month_year=re.compile(rf"^{month},?\s+\d{{4}}$", re.IGNORECASE),
        wire_dateline=re.compile(
            # A press release's dateline: place, date, then the wire service between slashes
            # ("/PRNewswire-USNewswire/", "/CNW/") or in brackets ("(BUSINESS WIRE)",
            # "(GLOBE NEWSWIRE)"), then a dash: "SEATTLE--(BUSINESS WIRE)--".
            r"^(?P<dateline>"
            rf"{city}(?:\s+{city}){{0,3}}"
            rf"(?:,\s*[{capitals}][\w.]+(?:\s+[{capitals}][\w.]+)?)?"
            rf"(?:,?\s*(?:{month}\s+\d{{1,2}}|\d{{1,2}}\.?{joiner}\s+{month})(?:,?\s*\d{{4}})?)?"
            r"\s*(?:--|—|–)?\s*"
            r"(?:/[A-Z][\w.' -]{1,40}/|\([A-Z][\w.' -]{0,30}(?:WIRE|[Ww]ire(?:d)?)\))"
            r")\s*(?:—|–|--|-)?\s*(?=\S)"
        ),
        reading_time=re.compile(reading_time, re.IGNORECASE),
        by_word=by_word,
    )


_NEVER_PATTERN = re.compile(NEVER)


@dataclass(frozen=True)
class DocumentCues:
    """How a language names the parts of a document that are not its body (``readers.cleaning``).

    Each pattern matches a whole heading or line, lower-cased and stripped of marks:
    ``back_matter`` closes the body wherever it stands (References, See also, Changelog);
    ``closing_matter`` only in the last part of the document ("About Acme" in a press release);
    ``own_summary`` heads the document's own summary near its start (Abstract, TL;DR);
    ``chrome`` is a web page's furniture line ("Share this article"), and ``chrome_inside`` a
    phrase that makes any line furniture ("We use cookies").
    """

    back_matter: re.Pattern[str] = _NEVER_PATTERN
    closing_matter: re.Pattern[str] = _NEVER_PATTERN
    own_summary: re.Pattern[str] = _NEVER_PATTERN
    chrome: re.Pattern[str] = _NEVER_PATTERN
    chrome_inside: re.Pattern[str] = _NEVER_PATTERN
    # Numbered provisions of a bill or act ("SECTION 1.", "enacts as follows"): ``readers.kinds``
    # reads such a text as a legal one, not as news.
    legal: re.Pattern[str] = _NEVER_PATTERN
    # A page's comments section ("View comments (27)", "Leave a reply"): readers' words, not the
    # author's; it closes the body once the body is well under way.
    comments: re.Pattern[str] = _NEVER_PATTERN
    # A memo's subject line ("SUBJECT: Federal Source Code Policy"): the memo's title, in the
    # group named ``subject`` (empty when the subject is on the next line).
    memo_subject: re.Pattern[str] = _NEVER_PATTERN
    # A post's date and author on one line ("On 6/13/2018 by @lazharichir"): groups ``date``
    # (the reader checks it is a date) and ``name``.
    dated_byline: re.Pattern[str] = _NEVER_PATTERN
    # Headings that tell a kind of document (``readers.kinds``), matched like ``back_matter``:
    # a README's or a project's docs ("Installation", "Usage") and an encyclopedia page's own
    # sections ("See also", "External links").
    readme_sections: re.Pattern[str] = _NEVER_PATTERN
    encyclopedia_sections: re.Pattern[str] = _NEVER_PATTERN
    # A generic section heading ("Introduction", "Overview", "Unreleased"), matched like
    # ``back_matter``: it names a part, never the document, so it is never its title.
    generic_headings: re.Pattern[str] = _NEVER_PATTERN
    # A bill's short title ("This Act may be cited as the “Clean Air Act”"), group ``title``:
    # the bill's title when its top gives none.
    short_title: re.Pattern[str] = _NEVER_PATTERN
    # A verb left without its object where a formula was taken out ("is denoted as ."): such
    # a sentence reads wrong, so it is not body.
    formula_hole: re.Pattern[str] = _NEVER_PATTERN
    # A web page's screen-reader text glued to a link's word ("saidOpens a new window that"):
    # page chrome, taken out of the sentence.
    link_chrome: re.Pattern[str] = _NEVER_PATTERN


@dataclass(frozen=True, eq=False)
class Language:
    """One language's profile. Build it once (``get_language`` caches it): tokens and stems are
    cached (``TOKEN_CACHE_SIZE``, ``STEM_CACHE_SIZE``), since reading, ranking, key points and
    keywords all ask for the same sentences and words.

    ``sentence_splitter`` splits one paragraph; ``word_tokenizer`` gives every token of a
    sentence, punctuation included; ``stemmer`` is what sumy's ``Stemmer`` would call.
    """

    name: str
    code: str
    sentence_splitter: Callable[[str], Iterable[str]]
    word_tokenizer: Callable[[str], Iterable[str]]
    stemmer: Callable[[str], str]
    stop_words: frozenset[str] = frozenset()
    openers: Openers | None = None
    shortening: ShorteningCues | None = None
    keywords: KeywordCues = KeywordCues()
    news: NewsPatterns = field(default_factory=news_patterns)
    page_furniture: re.Pattern[str] | None = None  # "Click here", "Copyright", "©"
    furniture_opener: re.Pattern[str] | None = None  # glued before a real sentence
    stigma_words: tuple[str, ...] = ()  # Edmundson's: sentences a reader does not want
    weak_endings: frozenset[str] = frozenset()  # words a cut bullet must not end on
    # Chinese and Japanese are written without spaces: words come from a segmenter, a phrase
    # is its words run together, and reading time counts characters, not words.
    spaced: bool = True
    characters_per_minute: int | None = None
    # How long a key point should be (``shortening``): what a cut aims for, and the most kept
    # before a sentence is cut mid-way. CJK packs a word into one or two characters.
    bullet_target_chars: int = 100
    bullet_max_chars: int = 120
    clause_cuts: ClauseCuts | None = None  # for a language written without spaces
    document: DocumentCues = DocumentCues()  # back matter, chrome, own summary

    @cached_property
    def _tokens(self) -> Callable[[str], tuple[str, ...]]:
        tokenize = self.word_tokenizer
        return lru_cache(TOKEN_CACHE_SIZE)(lambda sentence: tuple(tokenize(sentence)))

    @cached_property
    def _words(self) -> Callable[[str], tuple[str, ...]]:
        tokens = self._tokens
        return lru_cache(TOKEN_CACHE_SIZE)(lambda sentence: self.words_of(tokens(sentence)))

    @cached_property
    def stem(self) -> Callable[[str], str]:
        """sumy's ``stem_word``: the stem of the lower-cased word (the one stem cache)."""
        stemmer = self.stemmer
        return lru_cache(STEM_CACHE_SIZE)(lambda word: str(stemmer(word.lower())))

    def split_sentences(self, paragraph: str) -> list[str]:
        """Sentences of one paragraph, stripped: no sentence runs across paragraphs. A
        quotation in « » or „ “ that Punkt split at its inner full stops is one sentence again."""
        sentences = [s.strip() for s in self.sentence_splitter(paragraph) if s.strip()]
        if not _OPEN_QUOTES.search(paragraph):
            return sentences
        # Punkt does not know « „ ‹: it leaves an opening mark at the end of the sentence before
        # ("rassurants. «" + "C'est …"), or no sentence end before it. Mend both, then rejoin
        # quotations split at their inner full stops.
        pieces = [piece for s in sentences for piece in _QUOTATION_STARTS.split(s) if piece]
        for position in range(len(pieces) - 1):
            if pieces[position][-1] in _OPENING_MARKS:
                mark = pieces[position][-1]
                pieces[position] = pieces[position][:-1].rstrip()
                pieces[position + 1] = f"{mark} {pieces[position + 1]}"
        return _rejoin_quotations([piece for piece in pieces if piece])

    def tokens(self, sentence: str) -> tuple[str, ...]:
        """All tokens of a sentence, punctuation included (phrase boundaries need it)."""
        return self._tokens(sentence)

    def words(self, sentence: str) -> tuple[str, ...]:
        """Word tokens of a sentence, without punctuation and numbers (as sumy counts words)."""
        return self._words(sentence)

    @staticmethod
    def words_of(tokens: Iterable[str]) -> tuple[str, ...]:
        """The tokens that are words (see ``words``), for callers that already tokenized."""
        return tuple(w for w in tokens if _WORD_PATTERN.match(w))

    def split_words(self, text: str) -> list[str]:
        """The text's words as a reader sees them: for languages written with spaces, what
        lies between spaces (what ``wc -w`` counts); otherwise the segmenter's words and
        numbers."""
        if self.spaced:
            return text.split()
        return [token for token in self._tokens(text) if _HAS_ALNUM.search(token)]

    @property
    def word_joiner(self) -> str:
        """What goes between the words of a phrase: a space, or nothing in Chinese."""
        return " " if self.spaced else ""

    @staticmethod
    def count_characters(text: str) -> int:
        """Letters and digits: what a CJK reader's reading speed is counted in."""
        return sum(1 for ch in text if ch.isalnum())

    def count_words(self, text: str) -> int:
        """How many words a reader counts in ``text``: for ``--words``, stats, reading time."""
        return len(self.split_words(text))

    def content_stems(self, words: Iterable[str]) -> list[str]:
        """Stems of the words that are not stop words."""
        stop_words, stem = self.stop_words, self.stem
        return [stem(w) for w in words if w.lower() not in stop_words]

    # sumy's Sentence asks its tokenizer for ``to_words``; sumy's own Tokenizer would load
    # punkt_tab from NLTK's data directory, so the sumy engine hands sumy this object instead.
    def to_words(self, sentence: str) -> tuple[str, ...]:
        return self.words(sentence)

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(self.split_sentences(paragraph))


# Quotation marks Punkt does not know: a sentence that opens one and leaves it open goes on in
# the next (at most _QUOTED_SENTENCES of them, when one of those closes it).
_QUOTE_PAIRS = (("«", "»"), ("„", "“"), ("‹", "›"))
_OPENING_MARKS = "«„‹"
_OPEN_QUOTES = re.compile(f"[{_OPENING_MARKS}]")
_QUOTATION_STARTS = re.compile(r"(?<=[.!?…])\s+(?=[«„‹]\s?[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω])")
_QUOTED_SENTENCES = 4


def _rejoin_quotations(sentences: list[str]) -> list[str]:
    joined: list[str] = []
    position = 0
    while position < len(sentences):
        sentence = sentences[position]
        for opening, closing in _QUOTE_PAIRS:
            if sentence.count(opening) > sentence.count(closing):
                following = sentences[position + 1 : position + 1 + _QUOTED_SENTENCES]
                closes = next((i for i, s in enumerate(following) if closing in s), None)
                if closes is not None:
                    sentence = " ".join([sentence, *following[: closes + 1]])
                    position += closes + 1
                break
        joined.append(sentence)
        position += 1
    return joined


def identity_stemmer(word: str) -> str:
    """For a language without a stemmer: the word itself (already lower-cased)."""
    return word
