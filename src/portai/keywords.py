"""Keywords: the phrases an article is about, as it writes them ("WeChat Pay", "water utilities").

Candidates are runs of up to three content words: stop words and punctuation end a phrase.
They are scored by C-value (Frantzi, Ananiadou & Mima 2000), the classic term-extraction
measure: frequency, minus how often the phrase only occurs inside a longer candidate, times a
log-length factor, so "WeChat Pay" outranks both "WeChat" and "Pay". Two weights on top:

- a phrase in the title, deck or a heading counts double: the writer chose it to say what the
  article is about;
- a name (capitalized where it does not start a sentence) counts 1.5 times, as in YAKE
  (Campos et al. 2020): readers look for the people, firms and places.

A name keeps its parts: a capitalized stop word inside it mid-sentence ("New Zealand") and
names joined by a dash ("Kullback–Leibler") stay in the run. A lone roman numeral, section
label ("Figure", "SEC") or credential ("MD") marks the document's structure, not its topic.

A phrase must occur twice unless it is in the title, or it is a name in a note of under ten
sentences where almost nothing repeats (without a tagger, any other phrase seen once may be a
verb phrase). A lone word that says nothing about any one article (a unit of time,
"people", an adverb) is not a keyword. The ranked list drops any
phrase whose words overlap a better one, so each keyword names a different thing.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from portai.document import Document
from portai.languages import Language
from portai.languages.base import WORD_MARKS
from portai.models import Keyword

MAX_PHRASE_WORDS = 3
# A word, number-led names ("5G") included; not a clitic such as "n't" or "'s".
CONTENT_WORDS_LIMIT = 65_536
_TERM = re.compile(rf"^(?![nN]['’][tT]$)[^\W_][\w'’.&{WORD_MARKS}-]*$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# "ii", "XIV": numbered clauses and parts; only I, V and X, so "CD" and "mix" stay words.
_ROMAN = re.compile(r"^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$", re.IGNORECASE)
# "e.g.", "i.e.", "a.m.": a lower-case abbreviation with full stops; "U.S." names a place.
_DOTTED = re.compile(r"^(?:[^\W\d_A-Z]{1,2}\.)+[^\W\d_A-Z]{0,2}\.?$")
_NAME_DASHES = frozenset({"-", "–", "‐"})
# What a token of code or of a URL holds: "absolute_url", "Vec::new", "len()"; "https", "www".
_CODE_MARKS = ("_", "::", "()")
_URL_PARTS = frozenset({"http", "https", "www"})
_HEADLINE_WEIGHT = 2.0
_NAME_WEIGHT = 1.5
WEAK_AFTER, WEAK_SCORE = 5, 0.15
SHORT_NOTE = 10  # sentences


@dataclass
class _Candidate:
    count: int = 0
    in_title: bool = False
    in_headline: bool = False
    capitalized: int = 0  # occurrences written with a capital, not at the start of a sentence
    lowercase: int = 0  # occurrences written in lower case, not at the start of a sentence
    first_seen: int = 0
    forms: dict[str, int] = field(default_factory=dict)  # how the article writes it, counted

    def add(self, form: str, where: str, *, capitalized: bool, lowercase: bool) -> None:
        """One occurrence, written ``form``, in the "title", a "headline" or the "body"."""
        self.count += 1
        if where != "body":
            self.in_headline = True
            self.in_title |= where == "title"
        self.forms[form] = self.forms.get(form, 0) + 1
        self.capitalized += capitalized
        self.lowercase += lowercase


def extract_keywords(
    document: Document, count: int, *, keep_weak: bool = True
) -> tuple[Keyword, ...]:
    """Up to ``count`` keyphrases, best first, scores scaled to 0-1.

    With ``keep_weak=False`` phrases beyond the fifth that score under 0.15 of the best are
    left out: a long tail of common words helps no reader.
    """
    if count <= 0:
        return ()
    article, language = document.article, document.language
    headline = [h for h in (article.title, article.deck, *article.headings) if h]
    body = [sentence.tokens for sentence in document.sentences]
    candidates: dict[tuple[str, ...], _Candidate] = {}
    texts: list[tuple[Sequence[str], str]] = [
        (language.tokens(h), "title" if h == article.title else "headline") for h in headline
    ]
    texts += [(tokens, "body") for tokens in body]
    stem, joiner = language.stem, language.word_joiner
    content = _content_words(language)
    raw = [*headline, *(sentence.text for sentence in document.sentences)]
    names = _NameJoins(language.keywords.not_in_names)
    for position, (tokens, where) in enumerate(texts):
        in_body = where == "body"
        runs = _content_runs(tokens, content, raw[position], names if in_body else None)
        for run, written_tokens, starts_sentence in runs:
            run_stems = [stem(w) for w in run]
            for size in range(1, min(MAX_PHRASE_WORDS, len(run)) + 1):
                for start in range(len(run) - size + 1):
                    key = tuple(run_stems[start : start + size])
                    candidate = candidates.get(key)
                    if candidate is None:
                        candidate = candidates[key] = _Candidate(first_seen=position)
                    form = _written(
                        run[start : start + size], written_tokens[start : start + size], joiner
                    )
                    mid_sentence = in_body and not (starts_sentence and start == 0)
                    candidate.add(
                        form,
                        where,
                        capitalized=run[start][:1].isupper() and mid_sentence,
                        lowercase=mid_sentence and not run[start][:1].isupper(),
                    )

    speakers = {p.speaker.lower() for p in article.paragraphs if p.speaker}
    speaker_words = {word for speaker in speakers for word in speaker.split()}
    joined = {stem(word) for word in names.joined}
    scores = _c_values(candidates, joined)
    repeated = sum(score > 0 for score in scores.values())
    if len(body) < SHORT_NOTE and repeated < 2:
        scores = _c_values(candidates, joined, singles=True)  # a short note repeats little
    ranked = sorted(scores, key=lambda key: (-scores[key], candidates[key].first_seen))
    chosen: list[tuple[tuple[str, ...], float]] = []
    for key in ranked:
        if len(chosen) >= count or scores[key] <= 0:
            break
        if any(set(key) & set(other) for other, _ in chosen):
            continue
        surface = _surface(candidates[key])
        if len(key) == 1 and _not_a_topic(surface, language, article.code_terms, speaker_words):
            continue
        if surface.lower() in speakers:
            continue  # a transcript's "Project Manager" is who speaks, not what it is about
        chosen.append((key, scores[key]))
    best = chosen[0][1] if chosen else 1.0
    if not keep_weak:
        chosen = chosen[:WEAK_AFTER] + [c for c in chosen[WEAK_AFTER:] if c[1] / best >= WEAK_SCORE]
    return tuple(Keyword(_surface(candidates[key]), score / best) for key, score in chosen)


def _written(words: Sequence[str], tokens: Sequence[str], joiner: str) -> str:
    """A phrase as the article writes it. Content words lose a token's final full stop, which
    may end the sentence; an abbreviation keeps it inside a phrase ("D. Pedro") and when it
    holds another ("U.S.")."""
    last = len(words) - 1
    written = [
        token if token == word + "." and (position < last or token.count(".") > 1) else word
        for position, (word, token) in enumerate(zip(words, tokens, strict=True))
    ]
    return joiner.join(written)


def _not_a_topic(
    surface: str, language: Language, code_terms: frozenset[str] | set[str], speaker_words: set[str]
) -> bool:
    """Whether a lone word is no keyword: "г." (year), "c." (chapter); "ii", "Figure", "SEC",
    "MD" (a document's parts and bylines); "const" written as code more than as a word; a
    speaker's name."""
    cues = language.keywords
    lower = surface.lower().rstrip(".")
    return (
        len(lower) < 2
        or bool(_ROMAN.match(surface))
        or lower in cues.labels
        or lower in cues.credentials
        or surface.lower() in code_terms
        or surface.lower() in speaker_words
    )


@dataclass
class _NameJoins:
    """Which capitalized stop words may join a name, and the ones that did (lower case)."""

    not_in_names: frozenset[str]
    joined: set[str] = field(default_factory=set)


def _content_runs(
    tokens: Sequence[str],
    content: _ContentWords,
    text: str,
    names: _NameJoins | None,
) -> list[tuple[list[str], list[str], bool]]:
    """Maximal runs of content words, each with the tokens it was written as and whether it
    opens the sentence; a stop word or punctuation ends a run.

    Inside a name the run goes on (body sentences only, where Title Case is rare): over a
    capitalized stop word mid-sentence before a capitalized word ("New Zealand"), unless it
    is one of ``names.not_in_names`` ("The Hague"); and over a dash between two capitalized
    words written without spaces ("Kullback–Leibler" becomes one word).
    """
    runs: list[tuple[list[str], list[str], bool]] = []
    words: list[str] = []
    written: list[str] = []
    joining = False  # the word before ended on a dash inside a name
    last = len(tokens) - 1
    for offset, token in enumerate(tokens):
        word = content[token]
        if (
            not word
            and names is not None
            and 0 < offset < last
            and token[:1].isupper()
            and (token.lower() in content.stop_words or token.lower() in content.generic)
            and token.lower() not in names.not_in_names
            and content[tokens[offset + 1]][:1].isupper()
        ):
            word = token  # "New" in "New Zealand"
            names.joined.add(token.lower())
        if (
            token in _NAME_DASHES
            and words
            and 0 < offset < last
            and words[-1][:1].isupper()
            and content[tokens[offset + 1]][:1].isupper()
            and f"{tokens[offset - 1]}{token}{tokens[offset + 1]}" in text
        ):
            words[-1] += token  # "Kullback–" joined to "Leibler" next
            written[-1] += token
            joining = True
            continue
        if word:
            if joining:
                words[-1] += word
                written[-1] += token
                joining = False
                continue
            if not words:
                words, written = [], []
                runs.append((words, written, offset == 0))
            words.append(word)
            written.append(token)
        else:
            words, written = [], []
    return runs


class _ContentWords(dict[str, str]):
    """Token -> the content word it stands for, or "" for a stop word or punctuation.

    Tokens repeat a lot, within an article and across a batch, so each distinct token is
    checked once per process (up to ``CONTENT_WORDS_LIMIT`` kept, then the memo starts over).
    """

    def __init__(self, language: Language) -> None:
        super().__init__()
        self.stop_words = language.stop_words
        self.generic = language.keywords.generic_words
        self.adverb = language.keywords.adverb
        self.elision = language.keywords.elision
        self.accepts = language.keywords.accepts
        # Hesitations of speech ("uh", "yeah", "mm-hmm") fill a transcript but name nothing.
        self.fillers = frozenset(language.openers.fillers) if language.openers else frozenset()

    def __missing__(self, token: str) -> str:
        if len(self) >= CONTENT_WORDS_LIMIT:
            self.clear()
        word = self.elision.sub("", token) if self.elision else token  # "l'épidémie" -> "épidémie"
        lower = word.lower().rstrip(".")  # "OK." closing a sentence is "OK"
        is_content = (
            not _DOTTED.match(word)  # "e.g."
            and _TERM.match(word)
            and _HAS_LETTER.search(word)
            and len(word) > 1
            and not any(mark in word for mark in _CODE_MARKS)
            and lower not in _URL_PARTS
            and lower not in self.stop_words
            and lower not in self.generic
            and not (self.fillers and all(part in self.fillers for part in lower.split("-")))
            and not (self.adverb and self.adverb.match(word))
            and (self.accepts is None or self.accepts(word))
        )
        result = self[token] = word.rstrip(".") if is_content else ""
        return result


@cache
def _content_words(language: Language) -> _ContentWords:
    return _ContentWords(language)


def _c_values(
    candidates: dict[tuple[str, ...], _Candidate],
    joined: set[str],
    *,
    singles: bool = False,
) -> dict[tuple[str, ...], float]:
    """C-value of each candidate. A stop word joined into a name ("New" of "New Zealand")
    does not lengthen it: the name ranks where its content words would."""
    # Longer candidates that contain each shorter one, for the "nested" discount.
    containers: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for key in candidates:
        for size in range(1, len(key)):
            for start in range(len(key) - size + 1):
                inner = key[start : start + size]
                if inner in candidates:
                    containers[inner].append(key)
    scores: dict[tuple[str, ...], float] = {}
    for key, candidate in candidates.items():
        once = candidate.count < 2 and not candidate.in_title
        if once and not (singles and candidate.capitalized > candidate.lowercase):
            continue
        outer = [candidates[c].count for c in containers.get(key, ())]
        frequency = candidate.count - (sum(outer) / len(outer) if outer else 0.0)
        weight = _HEADLINE_WEIGHT if candidate.in_headline else 1.0
        if candidate.capitalized > candidate.lowercase:
            weight *= _NAME_WEIGHT
        length = max(1, sum(stem not in joined for stem in key))
        scores[key] = math.log2(length + 1) * frequency * weight
    # A word used mostly inside one phrase ("WeChat" in "WeChat Pay") ranks just below it, so
    # the phrase is the keyword and the word is not listed beside it.
    for key in sorted(scores, key=len, reverse=True):
        phrases = [c for c in containers.get(key, ()) if c in scores]
        dominant = max(phrases, key=lambda c: candidates[c].count, default=None)
        if dominant is not None and 2 * candidates[dominant].count >= candidates[key].count:
            scores[key] = min(scores[key], scores[dominant] * 0.99)
    return scores


def _surface(candidate: _Candidate) -> str:
    """How the article writes the phrase; a common word capitalized only at the start of a
    sentence or in a Title Case heading is shown in lower case."""
    form, _ = max(candidate.forms.items(), key=lambda item: (item[1], item[0] == item[0].lower()))
    if candidate.capitalized <= candidate.lowercase and form.istitle():
        return form.lower()
    return form
