"""Keywords: the phrases an article is about, as it writes them ("WeChat Pay", "water utilities").

Candidates are runs of up to three content words: stop words and punctuation end a phrase.
They are scored by C-value (Frantzi, Ananiadou & Mima 2000), the classic term-extraction
measure: frequency, minus how often the phrase only occurs inside a longer candidate, times a
log-length factor, so "WeChat Pay" outranks both "WeChat" and "Pay". Two weights on top:

- a phrase in the title, deck or a heading counts double: the writer chose it to say what the
  article is about;
- a name (capitalized where it does not start a sentence) counts 1.5 times, as in YAKE
  (Campos et al. 2020): readers look for the people, firms and places.

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
    for position, (tokens, where) in enumerate(texts):
        in_body, in_title = where == "body", where == "title"
        for run, run_start in _content_runs(tokens, content):
            run_stems = [stem(w) for w in run]
            for size in range(1, min(MAX_PHRASE_WORDS, len(run)) + 1):
                for start in range(len(run) - size + 1):
                    key = tuple(run_stems[start : start + size])
                    candidate = candidates.get(key)
                    if candidate is None:
                        candidate = candidates[key] = _Candidate(first_seen=position)
                    candidate.count += 1
                    if not in_body:
                        candidate.in_headline = True
                        candidate.in_title |= in_title
                    at = run_start + start
                    form = _written(run[start : start + size], tokens[at : at + size], joiner)
                    candidate.forms[form] = candidate.forms.get(form, 0) + 1
                    if in_body and run_start + start > 0:
                        if run[start][:1].isupper():
                            candidate.capitalized += 1
                        else:
                            candidate.lowercase += 1

    speakers = {p.speaker.lower() for p in article.paragraphs if p.speaker}
    speaker_words = {word for speaker in speakers for word in speaker.split()}
    scores = _c_values(candidates)
    repeated = sum(score > 0 for score in scores.values())
    if len(body) < SHORT_NOTE and repeated < 2:
        scores = _c_values(candidates, singles=True)  # a short note repeats little
    ranked = sorted(scores, key=lambda key: (-scores[key], candidates[key].first_seen))
    chosen: list[tuple[tuple[str, ...], float]] = []
    for key in ranked:
        if len(chosen) >= count or scores[key] <= 0:
            break
        if any(set(key) & set(other) for other, _ in chosen):
            continue
        if len(key) == 1 and len(key[0]) < 2:  # "г." (year), "c." (chapter): not a keyword
            continue
        if len(key) == 1 and _surface(candidates[key]).lower() in article.code_terms:
            continue  # "const", written as code more than as a word: an identifier, not a topic
        if _surface(candidates[key]).lower() in speakers or (
            len(key) == 1 and _surface(candidates[key]).lower() in speaker_words
        ):
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


def _content_runs(tokens: Sequence[str], content: _ContentWords) -> list[tuple[list[str], int]]:
    """Maximal runs of content words with their token offsets; a stop word or punctuation
    ends a run."""
    runs: list[tuple[list[str], int]] = []
    current: list[str] = []
    for offset, token in enumerate(tokens):
        word = content[token]
        if word:
            if not current:
                runs.append((current, offset))
            current.append(word)
        else:
            current = []
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
            _TERM.match(word)
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
    candidates: dict[tuple[str, ...], _Candidate], *, singles: bool = False
) -> dict[tuple[str, ...], float]:
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
        scores[key] = math.log2(len(key) + 1) * frequency * weight
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
