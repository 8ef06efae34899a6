"""The ``auto`` method, PortAI's default: what an editor would pick, from the article's shape.

Each body sentence gets

    rating = position prior × (lead weight + centrality + title similarity) × boilerplate factor

- **Position prior** ``1 / (1 + i / 1.5k)`` for the i-th body sentence (from 0) of a k-sentence
  summary: news puts the point first, and the prior halves 1.5 summary lengths in. In a text
  with section headings, i counts from each section's start, so every section's opening counts.
- **Lead weight** ``8 × max(0, 1 − 4 k / n)`` for an n-sentence body. A short summary of a long
  article (Lead-3 of a 30-sentence story) leans on position; the weight fades as the summary
  grows and is gone once it takes a quarter of the article, where the reader wants coverage.
- **Centrality**: sumy's Reduction rating (summed word overlap with every other sentence),
  scaled to 0-1 within the article: of sumy's rankers, the one closest to the extractive BBC
  references and, with LSA, the best on XSum.
- **Title similarity**: cosine of the sentence's content stems with the title's and headings'.
- **Boilerplate factor** 0.1 for sentences a reader does not want in a summary: under six words,
  questions, photo captions ("Haul: The cherry picker ...") and the fragments they leave
  (": First lady ..."), and page furniture ("Scroll down for video", "Click here", "Follow us
  on", "Copyright", "By . Daily Mail Reporter").

The weights were tuned on the dev sets in ``../shared/eval`` (``docs/benchmarks.md`` has the
results and what each part contributes).

**Documents that are not news** (a paper, an encyclopedia page, a transcript, a bill, a post:
``Article.kind``, see ``readers.kinds``) do not put their point first, and their sections are
not a quota: there the rating is

    rating = (consensus + title similarity + own-summary similarity)
             × fullness × boilerplate × unfinished × stumble

- **Consensus**: the mean of five of sumy's rankers, each scaled to 0-1 (TextRank, LSA, Luhn,
  KL-Sum, Reduction). Each is best on some genre and poor on another; their mean is above
  every single one overall on the genres dev set (``scripts/genre_eval.py``).
- **Own summary**: sentences of the document's own summary (an abstract, a TL;DR, an
  encyclopedia page's lead; ``Paragraph.role == "summary"``) gain ``own_summary``, and every
  sentence gains its similarity to that summary: what the author said matters most.
- **Fullness** ``min(1, words / 20)``: a five-word turn ("Yeah, I think so.") is rarely what a
  document is about (the document's own summary is exempt: it is dense by design).
- **Unfinished** 0.5 for a sentence that does not end as one (a turn cut off at ",", a line
  introducing a code block with ":"), **stumble** 0.4 for a run said twice ("the only the
  only") or, in a transcript, a sentence that starts again (``coherence.stumbles``).

The page-furniture phrases are the language profile's; this module works on the analysed
``Document``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from portai.coherence import stumbles
from portai.document import Document
from portai.languages import Language
from portai.methods import rankers
from portai.methods.rankers import RankerInput


@dataclass(frozen=True)
class AutoWeights:
    """The knobs of ``auto``; the defaults are the tuned ones (zero a part to switch it off)."""

    position_scale: float = 1.5  # the prior halves at this many summary lengths
    lead_weight: float = 8.0
    lead_fade: float = 4.0  # lead weight reaches 0 when the summary is 1/lead_fade of the body
    centrality: float = 1.0
    title: float = 1.0
    boilerplate_factor: float = 0.1  # 1.0 switches the penalty off
    short_sentence_words: int = 6


DEFAULT_WEIGHTS = AutoWeights()


@dataclass(frozen=True)
class DocumentWeights:
    """The knobs of ``auto`` for documents that are not news (see the module docstring)."""

    rankers: tuple[str, ...] = ("textrank", "lsa", "luhn", "kl", "reduction")
    title: float = 0.6
    own_summary: float = 1.0
    full_sentence_words: int = 20
    # A sentence that does not end as one (",", ":" before a code block, a heading-like line)
    # leaves the reader hanging: it counts this much.
    unfinished_factor: float = 0.5
    # A stumble ("the only the only", a turn that starts again) reads badly in a summary.
    stumble_factor: float = 0.4


DOCUMENT_WEIGHTS = DocumentWeights()
# Kinds whose point comes first, as in news: the news rating suits them.
NEWS_LIKE_KINDS = frozenset({None, "press_release", "web_page"})
_RANKERS = {
    "textrank": rankers.textrank,
    "lsa": rankers.lsa,
    "luhn": rankers.luhn,
    "kl": rankers.kl,
    "reduction": rankers.reduction,
    "lexrank": rankers.lexrank,
}
# What a ranker may raise on a degenerate or over-long text: it is then left out of the mean.
# A sentence's last mark, through closing quotes and brackets: ". ! ? …" and CJK full stops.
_ENDS_A_SENTENCE = re.compile(r"[.!?…;。！？；][\"'”’»)\]]*\s*$")
_RANKER_FAILURES = (ArithmeticError, LookupError, ValueError, rankers.TooLongForMethod)

# A photo caption's label: one or two words and a colon at the very start ("Haul: ...").
_CAPTION_LABEL = re.compile(r"^[^\W\d_][\w'’-]*(?: [\w'’-]+)?:(?:\s|$)")
_CLOSING_QUOTES = "\"'”’»)"
# A fragment left by a caption split off before it (": First lady Michelle Obama walks ..."), or
# by a split inside code or brackets ("}} which will be replaced …").
_FRAGMENT_OPENER = re.compile(r"^\s*[:;,|}\])]")


def is_boilerplate(
    sentence: str,
    word_count: int,
    language: Language,
    short_words: int = DEFAULT_WEIGHTS.short_sentence_words,
) -> bool:
    """True for a sentence an editor would not put in a summary (see the module docstring).

    ``word_count`` is the sentence's word tokens (punctuation and numbers left out).
    """
    if language.page_furniture and language.page_furniture.search(sentence):
        return True
    rest = sentence
    if language.furniture_opener:
        rest = language.furniture_opener.sub("", sentence, count=1)
    if rest != sentence:
        word_count = language.count_words(rest)
    if word_count < short_words or _FRAGMENT_OPENER.match(rest):
        return True
    if rest.rstrip().rstrip(_CLOSING_QUOTES).endswith("?"):
        return True
    return word_count < 25 and rest[:1].isupper() and _CAPTION_LABEL.match(rest) is not None


def auto_ratings(
    analysed: Document, summary_size: int, weights: AutoWeights = DEFAULT_WEIGHTS
) -> list[float]:
    """One rating per body sentence (higher is better) for a ``summary_size``-sentence summary.

    The position prior counts each sentence's position within its section. A document that is
    not news (``Article.kind``) is rated by ``document_ratings``.
    """
    if analysed.article.kind not in NEWS_LIKE_KINDS:
        return document_ratings(analysed, DOCUMENT_WEIGHTS, weights)
    document = analysed.ranker_input
    language = analysed.language
    positions = [sentence.position_in_section for sentence in analysed.sentences]
    count = document.count
    if count == 0:
        return []
    size = max(1, summary_size)
    lead = weights.lead_weight * max(0.0, 1.0 - weights.lead_fade * min(1.0, size / count))
    centrality = rankers.scale(rankers.reduction(document)) if weights.centrality else [0.0] * count
    title = _title_similarity(document) if weights.title else [0.0] * count
    scale = weights.position_scale * size
    ratings = []
    for position in range(count):
        prior = 1.0 / (1.0 + positions[position] / scale) if scale else 1.0
        content = lead + weights.centrality * centrality[position] + weights.title * title[position]
        words = len(document.sentence_words[position])
        penalty = (
            weights.boilerplate_factor
            if is_boilerplate(
                document.texts[position], words, language, weights.short_sentence_words
            )
            else 1.0
        )
        ratings.append(prior * content * penalty)
    return ratings


def document_ratings(
    analysed: Document,
    weights: DocumentWeights = DOCUMENT_WEIGHTS,
    news: AutoWeights = DEFAULT_WEIGHTS,
) -> list[float]:
    """Ratings for a document that is not news (see the module docstring)."""
    document = analysed.ranker_input
    count = document.count
    if count == 0:
        return []
    consensus = [0.0] * count
    used = 0
    for name in weights.rankers:
        try:
            ratings = _RANKERS[name](document)
        except _RANKER_FAILURES:
            continue
        if len(ratings) != count or not all(map(math.isfinite, ratings)):
            continue
        used += 1
        consensus = [
            total + rating for total, rating in zip(consensus, rankers.scale(ratings), strict=True)
        ]
    if used:
        consensus = [total / used for total in consensus]
    title = _title_similarity(document) if weights.title else [0.0] * count
    own = [p.role == "summary" for p in analysed.article.paragraphs]
    in_summary = [own[sentence.paragraph] for sentence in analysed.sentences]
    summary_words = [
        word
        for sentence in analysed.sentences
        if in_summary[sentence.index]
        for word in sentence.words
    ]
    echo = _similarity_to(document, [summary_words]) if summary_words else [0.0] * count
    speech = analysed.article.kind == "transcript"
    ratings = []
    for position in range(count):
        words = len(document.sentence_words[position])
        content = (
            consensus[position]
            + weights.title * title[position]
            + weights.own_summary * (echo[position] + in_summary[position])
        )
        # The author's own summary is dense: its short sentences are not filler turns.
        fullness = 1.0 if in_summary[position] else min(1.0, words / weights.full_sentence_words)
        boilerplate = is_boilerplate(
            document.texts[position], words, analysed.language, news.short_sentence_words
        )
        text = document.texts[position]
        finished = _ENDS_A_SENTENCE.search(text) is not None
        stumble = weights.stumble_factor != 1.0 and stumbles(text, analysed.language, speech)
        ratings.append(
            content
            * fullness
            * (news.boilerplate_factor if boilerplate else 1.0)
            * (1.0 if finished else weights.unfinished_factor)
            * (weights.stumble_factor if stumble else 1.0)
        )
    return ratings


def _title_similarity(document: RankerInput) -> list[float]:
    return _similarity_to(document, document.heading_words)


def _similarity_to(document: RankerInput, texts: Sequence[Sequence[str]]) -> list[float]:
    """Each sentence's cosine with the content stems of ``texts`` (words), taken together."""
    title = Counter(stem for words in texts for stem in document.content_stems(words))
    if not title:
        return [0.0] * document.count
    title_norm = math.sqrt(sum(v * v for v in title.values()))
    similarities = []
    for stems in document.sentence_stems:
        sentence = Counter(stems)
        dot = sum(count * title[stem] for stem, count in sentence.items())
        norm = math.sqrt(sum(v * v for v in sentence.values())) * title_norm
        similarities.append(dot / norm if norm else 0.0)
    return similarities
