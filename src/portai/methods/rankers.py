"""sumy's eight algorithms, rewritten over arrays: same definitions, same ratings, far less time.

sumy compares sentences pair by pair in pure Python and stems every word again at each step, so
LexRank, TextRank and Reduction grow with the square of the sentence count and KL-Sum with its
cube. Here each distinct word is stemmed once, sentences become rows of a sentence x term count
matrix, and pair similarities come from one matrix product (numpy; scipy.sparse for long
documents, where a dense product would cost too much time and memory).

Every function returns what ``portai.methods.sumy_engine`` gets from sumy's own class on the same
document: one rating per body sentence, in order. Three quirks of sumy are kept on purpose, so
that selections stay identical:

- sumy keys ratings by sentence text. A sentence that occurs twice gets the rating of its last
  occurrence (LexRank, TextRank, Edmundson), the sum of both (Reduction), or its greedy rank
  (KL-Sum, SumBasic).
- KL-Sum keeps stop words written with a capital ("The") in the document's distribution and
  counts the summary's raw words, as sumy does.
- LSA with sumy's settings keeps every singular value, so a sentence's rating is the length of
  its column in the smoothed term matrix; computing that directly skips the SVD.

Floating-point sums run in a different order than sumy's, so ratings can differ in the last
digits; ``selection.rank_order`` treats ratings equal to 9 significant digits as ties.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    FloatArray = NDArray[np.float64]
    IntArray = NDArray[np.intp]

Ratings = list[float]

LEXRANK_THRESHOLD = 0.1  # sumy's LexRankSummarizer.threshold
LEXRANK_EPSILON = 0.1  # sumy's LexRankSummarizer.epsilon
TEXTRANK_EPSILON = 1e-4  # sumy's TextRankSummarizer.epsilon
TEXTRANK_DAMPING = 0.85
TEXTRANK_ZERO_DIVISION_PREVENTION = 1e-7
LUHN_MAX_GAP = 4
KL_TIE_TOLERANCE = 1e-12
LSA_SMOOTH = 0.4
# A dense sentence x term product is quicker than importing scipy (0.13 s) up to about this many
# multiply-adds (~1,400 sentences of news); beyond it, or beyond this many cells (64 MB), the
# product goes sparse.
DENSE_WORK_LIMIT = 3_000_000_000
DENSE_CELLS_LIMIT = 8_000_000
# Pair products grow with the square of the sentences that share a word: 10,000 copies of one
# sentence make 10^8 pairs (5.5 GB). Beyond this many pairs (sum over terms of the sentences
# holding each term, squared), TextRank and Reduction sum by sentence length instead of by pair
# (the same ratings to rounding, in time linear in the words) and LexRank thresholds in blocks.
PAIR_LIMIT = 4_000_000
# LexRank's graph keeps every pair whose cosine passes the threshold: at most the square of the
# sentence count, held as bits. Beyond this many sentences it refuses (see LexRankTooLong).
LEXRANK_MAX_SENTENCES = 20_000
_LEXRANK_BLOCK = 512  # rows of the similarity matrix computed at once
_GROUP_CELLS = 4_000_000  # sentences x length groups summed at once (32 MB)
# KL-Sum and SumBasic pick greedily, each pick updating every sentence that shares a word:
# quadratic on a long text. They pick greedily while picks x sentences stay within this
# budget (every sentence of a text up to 3,162 sentences, as sumy does; at least
# GREEDY_MIN_PICKS), then the rest follow in the order of their last computed value.
GREEDY_WORK = 10_000_000
GREEDY_MIN_PICKS = 200


class DegenerateDocument(ArithmeticError):
    """The algorithm cannot rate this document (sumy divides by zero on it)."""


class TooLongForMethod(Exception):
    """The document has more sentences than this method can rank within bounded memory."""

    def __init__(self, method: str, sentences: int, limit: int, instead: str) -> None:
        super().__init__(
            f"{method} compares every pair of sentences and ranks at most {limit:,} of them;"
            f" this text has {sentences:,}: use --method {instead} for long texts"
        )


@dataclass
class RankerInput:
    """A document as sumy's algorithms see it: words of each body sentence, and of each heading.

    ``sentence_words`` are sumy's ``sentence.words`` (word tokens, original case);
    ``paragraph_sizes`` are the body sentences per paragraph (Edmundson's location method);
    ``texts`` identify repeated sentences. ``stem`` must lower-case like sumy's ``stem_word``
    (the language profile's ``stem`` does, and caches).
    """

    sentence_words: Sequence[Sequence[str]]
    heading_words: Sequence[Sequence[str]]
    paragraph_sizes: Sequence[int]
    texts: Sequence[str]
    stem: Callable[[str], str]
    stop_words: frozenset[str]

    @property
    def count(self) -> int:
        return len(self.sentence_words)

    def content_stems(self, words: Iterable[str]) -> list[str]:
        """Stems of the words whose lower case is not a stop word (sumy's ``_to_words_set``)."""
        stop_words, stem = self.stop_words, self.stem
        return [stem(w) for w in words if w.lower() not in stop_words]

    @cached_property
    def sentence_stems(self) -> list[list[str]]:
        """Each sentence's ``content_stems``: computed once for every algorithm that compares
        sentences (``auto`` runs five of them on a document that is not news)."""
        return [self.content_stems(words) for words in self.sentence_words]

    @cached_property
    def count_matrix(self) -> _CountMatrix:
        """The sentence x term counts of ``sentence_stems`` (read only: shared by the
        algorithms)."""
        return _count_matrix(self.sentence_stems)

    def all_words(self) -> Iterable[str]:
        """sumy's ``document.words``: the words of headings and sentences, paragraph by paragraph.

        Only the set and counts of these words matter to the algorithms, not their order.
        """
        for words in self.heading_words:
            yield from words
        for words in self.sentence_words:
            yield from words


# -- shared pieces -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _CountMatrix:
    """Sentence x term counts in coordinate form, one entry per (sentence, term) pair."""

    rows: IntArray
    cols: IntArray
    counts: FloatArray
    terms: int
    lengths: FloatArray  # words per sentence, repeats included


def scale(ratings: Sequence[float]) -> list[float]:
    """Ratings mapped to 0-1 within the article (1 = best); equal ratings all become 1."""
    low, high = min(ratings), max(ratings)
    if high == low:
        return [1.0] * len(ratings)
    return [(r - low) / (high - low) for r in ratings]


def _count_matrix(stems_by_sentence: Sequence[Sequence[str]]) -> _CountMatrix:
    import numpy as np

    term_ids: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    counts: list[int] = []
    for row, stems in enumerate(stems_by_sentence):
        for stem, count in Counter(stems).items():
            rows.append(row)
            cols.append(term_ids.setdefault(stem, len(term_ids)))
            counts.append(count)
    return _CountMatrix(
        rows=np.asarray(rows, dtype=np.intp),
        cols=np.asarray(cols, dtype=np.intp),
        counts=np.asarray(counts, dtype=np.float64),
        terms=len(term_ids),
        lengths=np.asarray([len(s) for s in stems_by_sentence], dtype=np.float64),
    )


def _pair_products(
    matrix: _CountMatrix, values: FloatArray, sentences: int
) -> tuple[IntArray, IntArray, FloatArray]:
    """Non-zero entries (i, j, v) of V Vᵀ for the sentence x term matrix V with ``values``.

    Rows are sorted, and columns within a row, so per-row sums run in column order.
    """
    import numpy as np

    cells = sentences * max(matrix.terms, 1)
    if cells <= DENSE_CELLS_LIMIT and cells * sentences <= DENSE_WORK_LIMIT:
        dense = np.zeros((sentences, matrix.terms))
        dense[matrix.rows, matrix.cols] = values
        products = dense @ dense.T
        first, second = np.nonzero(products)
        return first, second, products[first, second]
    from scipy import sparse

    weights = sparse.csr_matrix((values, (matrix.rows, matrix.cols)), (sentences, matrix.terms))
    result = (weights @ weights.T).tocsr()
    result.eliminate_zeros()
    result.sort_indices()
    first = np.repeat(np.arange(sentences), np.diff(result.indptr))
    return first, result.indices.astype(np.intp), result.data


def _pair_count(matrix: _CountMatrix) -> int:
    """How many (sentence, sentence, term) products V Vᵀ takes: an upper bound on its entries."""
    import numpy as np

    frequency = np.bincount(matrix.cols, minlength=matrix.terms).astype(np.int64)
    return int(np.dot(frequency, frequency))


def _by_length(matrix: _CountMatrix, sentences: int) -> tuple[IntArray, FloatArray]:
    """Each sentence's length group, and the log of each group's length (sentences without a
    word are in no pair; their group's log is 0)."""
    import numpy as np

    lengths, group = np.unique(matrix.lengths, return_inverse=True)
    with np.errstate(divide="ignore"):
        logs = np.where(lengths > 0, np.log(np.where(lengths > 0, lengths, 1.0)), 0.0)
    return group.astype(np.intp).reshape(sentences), logs


class _LengthGroups:
    """Overlaps summed per sentence-length group, for TextRank and Reduction on long texts.

    Both divide the overlap of sentences i and j by ``log lᵢ + log lⱼ``, which depends on the
    two lengths only. So Σⱼ wⱼ · overlap(i, j) / (log lᵢ + log lⱼ) is, over the groups of
    sentences of one length L, Σ_L (Vᵢ · Σ_{j of length L} wⱼ Vⱼ) / (log lᵢ + log L): linear in
    the words times the distinct lengths, where pair by pair it is quadratic. Two one-word
    sentences have a norm of 0: TextRank takes their overlap as the weight, Reduction leaves
    the pair out.
    """

    def __init__(self, matrix: _CountMatrix, sentences: int, *, textrank: bool) -> None:
        import numpy as np
        from scipy import sparse

        self.sentences = sentences
        self.textrank = textrank
        lengths, group = np.unique(matrix.lengths, return_inverse=True)
        self.group = group.astype(np.intp).reshape(sentences)
        self.logs = np.log(np.where(lengths > 0, lengths, 1.0))
        self.counts = sparse.csr_matrix(
            (matrix.counts, (matrix.rows, matrix.cols)), (sentences, matrix.terms)
        )
        self.self_overlap: FloatArray = np.bincount(
            matrix.rows, weights=matrix.counts**2, minlength=sentences
        ).astype(np.float64)

    def factors(self, columns: slice) -> FloatArray:
        """1 / (log lᵢ + log L) for every sentence i and the length groups in ``columns``."""
        import numpy as np

        norm = self.logs[self.group][:, None] + self.logs[None, columns]
        zero = np.isclose(norm, 0.0)
        result: FloatArray = np.where(
            zero, 1.0 if self.textrank else 0.0, 1.0 / np.where(zero, 1.0, norm)
        )
        return result

    def weighted_sums(self, weights: FloatArray) -> FloatArray:
        """Σⱼ weights[j] · overlap(i, j) / norm(i, j) for every sentence i, j = i included."""
        import numpy as np
        from scipy import sparse

        n, groups = self.sentences, len(self.logs)
        indicator = sparse.csr_matrix((weights, (np.arange(n), self.group)), (n, groups))
        by_term = (self.counts.T @ indicator).tocsc()
        totals = np.zeros(n)
        step = max(1, _GROUP_CELLS // max(n, 1))
        for start in range(0, groups, step):
            columns = slice(start, min(groups, start + step))
            part = (self.counts @ by_term[:, columns]).toarray()
            totals += np.einsum("ij,ij->i", part, self.factors(columns))
        return totals

    def own_pairs(self) -> FloatArray:
        """Each sentence's overlap with itself divided by its norm (the diagonal)."""
        import numpy as np

        norm: FloatArray = 2.0 * self.logs[self.group]
        zero = np.isclose(norm, 0.0)
        own: FloatArray = self.self_overlap * np.where(
            zero, 1.0 if self.textrank else 0.0, 1.0 / np.where(zero, 1.0, norm)
        )
        return own


def _last_occurrence(texts: Sequence[str]) -> IntArray:
    """For each sentence, the position of the last sentence with the same text."""
    import numpy as np

    last = {text: position for position, text in enumerate(texts)}
    return np.asarray([last[text] for text in texts], dtype=np.intp)


def _by_text(ratings: FloatArray, texts: Sequence[str]) -> Ratings:
    """sumy's ``dict(zip(sentences, scores))``: repeated sentences share the last one's rating."""
    return [float(r) for r in ratings[_last_occurrence(texts)]]


# -- the eight algorithms ----------------------------------------------------------------------


def lexrank(document: RankerInput) -> Ratings:
    """sumy's LexRankSummarizer: power method over the thresholded TF-IDF cosine graph."""
    import numpy as np

    n = document.count
    matrix = document.count_matrix
    row_max = np.zeros(n)
    np.maximum.at(row_max, matrix.rows, matrix.counts)
    tf = matrix.counts / row_max[matrix.rows]
    frequency = np.bincount(matrix.cols, minlength=matrix.terms)
    idf = np.log(n / (1.0 + frequency))
    values = tf * idf[matrix.cols]
    if _pair_count(matrix) > PAIR_LIMIT:
        return _by_text(_lexrank_in_blocks(matrix, values, n), document.texts)
    first, second, dot = _pair_products(matrix, values, n)
    norms = np.zeros(n)
    diagonal = first == second
    norms[first[diagonal]] = np.sqrt(dot[diagonal])
    denominator = norms[first] * norms[second]
    similar = np.zeros(len(dot), dtype=bool)
    positive = denominator > 0
    similar[positive] = dot[positive] / denominator[positive] > LEXRANK_THRESHOLD
    first, second = first[similar], second[similar]
    degrees = np.bincount(first, minlength=n).astype(np.float64)
    degrees[degrees == 0] = 1.0

    def spread(shares: FloatArray) -> FloatArray:
        spread_shares: FloatArray = np.bincount(second, shares[first], n).astype(np.float64)
        return spread_shares

    return _by_text(_lexrank_power_method(degrees, spread), document.texts)


def _lexrank_power_method(
    degrees: FloatArray, spread: Callable[[FloatArray], FloatArray]
) -> FloatArray:
    """sumy's power method: each sentence passes its score, shared out over its similar
    sentences (``degrees``), to them (``spread`` sums what each receives), until the scores
    settle."""
    import numpy as np

    n = len(degrees)
    scores = np.full(n, 1.0 / n)
    change = 1.0
    while change > LEXRANK_EPSILON:
        following = spread(scores / degrees)
        norm = float(np.linalg.norm(following))
        if norm == 0.0:
            raise DegenerateDocument("no sentence is similar to any other")
        following = following / norm
        change = float(np.linalg.norm(following - scores))
        scores = following
    return scores


def _lexrank_in_blocks(matrix: _CountMatrix, values: FloatArray, n: int) -> FloatArray:
    """LexRank for a long text: the similarity graph built a block of rows at a time and kept
    as one bit per pair (n²/8 bytes: 50 MB for ``LEXRANK_MAX_SENTENCES``), then the same power
    method, a block at a time."""
    import numpy as np
    from scipy import sparse

    if n > LEXRANK_MAX_SENTENCES:
        raise TooLongForMethod("lexrank", n, LEXRANK_MAX_SENTENCES, "textrank or auto")
    weights = sparse.csr_matrix((values, (matrix.rows, matrix.cols)), (n, matrix.terms))
    transposed = weights.T.tocsr()
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    bits = np.zeros((n, (n + 7) // 8), dtype=np.uint8)
    degrees = np.zeros(n)
    for start in range(0, n, _LEXRANK_BLOCK):
        rows = slice(start, min(n, start + _LEXRANK_BLOCK))
        dot = (weights[rows] @ transposed).toarray()
        denominator = norms[rows, None] * norms[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            similar = (denominator > 0) & (
                dot / np.where(denominator > 0, denominator, 1.0) > LEXRANK_THRESHOLD
            )
        degrees[rows] = similar.sum(axis=1)
        bits[rows] = np.packbits(similar, axis=1)
    degrees[degrees == 0] = 1.0

    def spread(shares: FloatArray) -> FloatArray:
        following: FloatArray = np.zeros(n)
        for start in range(0, n, _LEXRANK_BLOCK):
            rows = slice(start, min(n, start + _LEXRANK_BLOCK))
            block = np.unpackbits(bits[rows], axis=1, count=n).astype(np.float64)
            following += shares[rows] @ block
        return following

    return _lexrank_power_method(degrees, spread)


def _overlap_edges(
    matrix: _CountMatrix, sentences: int
) -> tuple[IntArray, IntArray, FloatArray, FloatArray]:
    """Shared words of every sentence pair, repeats multiplied (sumy's ``words2.count(w)`` sum),
    with the log-length norm TextRank and Reduction divide by; diagonal included."""
    import numpy as np

    first, second, overlap = _pair_products(matrix, matrix.counts, sentences)
    with np.errstate(divide="ignore"):
        log_lengths = np.log(matrix.lengths)
    return first, second, overlap, log_lengths[first] + log_lengths[second]


def textrank(document: RankerInput) -> Ratings:
    """sumy's TextRankSummarizer: PageRank with damping over word-overlap weights."""
    import numpy as np

    n = document.count
    matrix = document.count_matrix
    if _pair_count(matrix) > PAIR_LIMIT:
        return _by_text(_textrank_by_length(matrix, n), document.texts)
    first, second, overlap, norm = _overlap_edges(matrix, n)
    # sumy: a norm of 0 means two one-word sentences, whose overlap (1) is the weight.
    weights = np.where(np.isclose(norm, 0.0), overlap, overlap / np.where(norm == 0, 1.0, norm))
    row_sums = np.bincount(first, weights=weights, minlength=n)
    weights = weights / (row_sums[first] + TEXTRANK_ZERO_DIVISION_PREVENTION)
    teleport = (1.0 - TEXTRANK_DAMPING) / n

    scores = np.full(n, 1.0 / n)
    change = 1.0
    while change > TEXTRANK_EPSILON:
        following = teleport * scores.sum() + TEXTRANK_DAMPING * np.bincount(
            second, weights=weights * scores[first], minlength=n
        )
        change = float(np.linalg.norm(following - scores))
        scores = following
    return _by_text(scores, document.texts)


def reduction(document: RankerInput) -> Ratings:
    """sumy's ReductionSummarizer: each sentence's summed overlap with every other sentence."""
    import numpy as np

    matrix = document.count_matrix
    totals: FloatArray
    if _pair_count(matrix) > PAIR_LIMIT:
        totals = _reduction_by_length(matrix, document.count)
    else:
        first, second, overlap, norm = _overlap_edges(matrix, document.count)
        keep = (first != second) & (norm != 0)
        totals = np.bincount(
            first[keep], weights=overlap[keep] / norm[keep], minlength=document.count
        ).astype(np.float64)
    # sumy adds each pair into a dict keyed by sentence text: repeats pool their ratings.
    pooled: dict[str, float] = {}
    for text, total in zip(document.texts, totals.tolist(), strict=True):
        pooled[text] = pooled.get(text, 0.0) + total
    return [pooled[text] for text in document.texts]


def _reduction_by_length(matrix: _CountMatrix, n: int) -> FloatArray:
    """Reduction's totals for a long text (see ``_LengthGroups``), the pair with itself left out."""
    import numpy as np

    groups = _LengthGroups(matrix, n, textrank=False)
    totals: FloatArray = groups.weighted_sums(np.ones(n)) - groups.own_pairs()
    return np.maximum(totals, 0.0)


def _textrank_by_length(matrix: _CountMatrix, n: int) -> FloatArray:
    """TextRank's scores for a long text (see ``_LengthGroups``): each power step costs the
    words times the distinct sentence lengths."""
    import numpy as np

    groups = _LengthGroups(matrix, n, textrank=True)
    scale_out = 1.0 / (groups.weighted_sums(np.ones(n)) + TEXTRANK_ZERO_DIVISION_PREVENTION)
    teleport = (1.0 - TEXTRANK_DAMPING) / n
    scores = np.full(n, 1.0 / n)
    change = 1.0
    while change > TEXTRANK_EPSILON:
        following = teleport * scores.sum() + TEXTRANK_DAMPING * groups.weighted_sums(
            scores * scale_out
        )
        change = float(np.linalg.norm(following - scores))
        scores = following
    return scores


def lsa(document: RankerInput) -> Ratings:
    """sumy's LsaSummarizer with its defaults, without the SVD.

    sumy keeps all singular values (``REDUCTION_RATIO = 1``), so its rating
    ``sqrt(sum(sigma_k² · v_kj²))`` equals the norm of column j of the smoothed term x sentence
    matrix. Every row of a non-empty column is at least ``LSA_SMOOTH``, including the terms the
    sentence does not contain.
    """
    stop_words = document.stop_words
    dictionary = {document.stem(w) for w in document.all_words() if w.lower() not in stop_words}
    if not dictionary:
        return [0.0] * document.count  # sumy returns no sentences; ratings stay 0
    ratings = []
    for words in document.sentence_words:
        counts = Counter(s for s in map(document.stem, words) if s in dictionary)
        if not counts:
            ratings.append(0.0)
            continue
        most = max(counts.values())
        absent = len(dictionary) - len(counts)
        squares = sum((LSA_SMOOTH + (1.0 - LSA_SMOOTH) * c / most) ** 2 for c in counts.values())
        ratings.append(math.sqrt(absent * LSA_SMOOTH**2 + squares))
    return ratings


def luhn(document: RankerInput) -> Ratings:
    """sumy's LuhnSummarizer: the best cluster of significant words in each sentence."""
    stems = Counter(document.content_stems(document.all_words()))
    significant = {stem for stem, count in stems.items() if count > 1}
    return [
        float(_luhn_rating([document.stem(w) in significant for w in words]))
        for words in document.sentence_words
    ]


def _luhn_rating(flags: Sequence[bool]) -> float:
    """sumy's ``rate_sentence``: chunks open on a significant word and close after
    ``LUHN_MAX_GAP`` insignificant ones; a chunk scores significant² / length."""
    best = 0.0
    chunk: list[bool] = []
    in_chunk = False
    for flag in flags:
        if flag and not in_chunk:
            in_chunk = True
            best = max(best, _luhn_chunk_rating(chunk)) if chunk else best
            chunk = [True]
        elif in_chunk:
            chunk.append(flag)
        if chunk and len(chunk) >= LUHN_MAX_GAP and not any(chunk[-LUHN_MAX_GAP:]):
            in_chunk = False
    return max(best, _luhn_chunk_rating(chunk)) if chunk else best


def _luhn_chunk_rating(chunk: Sequence[bool]) -> float:
    length = len(chunk)
    while length and not chunk[length - 1]:
        length -= 1
    significant = sum(chunk[:length])
    return 0.0 if significant == 1 else significant**2 / length


def edmundson(
    document: RankerInput, bonus_words: Iterable[str], stigma_words: Iterable[str]
) -> Ratings:
    """sumy's EdmundsonSummarizer with its default weights: cue + title + location.

    Cue counts bonus minus stigma words; title and location each count the heading words (stop
    words excluded) that a sentence repeats, so they count twice; location adds 1 for the first
    paragraph (else the last) and 1 for a paragraph's first sentence (else its last).
    """
    stem = document.stem
    bonus = {stem(w) for w in bonus_words}
    stigma = {stem(w) for w in stigma_words}
    null = {stem(w) for w in document.stop_words}
    if not bonus or not stigma:
        raise ValueError("Edmundson needs bonus and stigma words")
    heading_stems = {stem(w) for words in document.heading_words for w in words} - null

    location: list[int] = []
    paragraphs = len(document.paragraph_sizes)
    for paragraph, size in enumerate(document.paragraph_sizes):
        paragraph_bonus = 1 if paragraph == 0 or paragraph == paragraphs - 1 else 0
        for order in range(size):
            location.append(paragraph_bonus + (1 if order == 0 or order == size - 1 else 0))
    ratings = []
    for words, place in zip(document.sentence_words, location, strict=True):
        stems = [stem(w) for w in words]
        cue = sum(s in bonus for s in stems) - sum(s in stigma for s in stems)
        ratings.append(float(cue + 2 * sum(s in heading_stems for s in stems) + place))
    last = _last_occurrence(document.texts)
    return [ratings[p] for p in last.tolist()]


def sumbasic(document: RankerInput) -> Ratings:
    """sumy's SumBasicSummarizer: greedy by mean word probability, squaring the probabilities
    of the words each pick uses.

    Only the sentences that share a word with the last pick change their mean, so only those
    are summed again, in word order as sumy sums them (the ratings are bit-for-bit sumy's).
    """
    import numpy as np

    n = document.count
    stems_by_sentence = document.sentence_stems
    entries, term_count = _term_ids(stems_by_sentence)
    rows, terms = _flatten(entries)
    frequency = np.bincount(terms, minlength=term_count).astype(np.float64)
    if len(terms):
        frequency /= len(terms)
    lengths = np.asarray([len(e) for e in entries], dtype=np.float64)
    postings = _postings(rows, terms, term_count)
    sums = np.bincount(rows, weights=frequency[terms], minlength=n)
    mean = np.divide(sums, lengths, out=np.zeros(n), where=lengths > 0)
    remaining = np.ones(n, dtype=bool)
    order: list[int] = []
    for _ in range(n):
        if len(order) >= _greedy_picks(n):  # a long text: the rest by their mean, best first
            rest = np.flatnonzero(remaining)
            order.extend(rest[np.argsort(-mean[rest], kind="stable")].tolist())
            break
        best = int(np.argmax(np.where(remaining, mean, -1.0)))
        order.append(best)
        remaining[best] = False
        for term in entries[best]:
            frequency[term] *= frequency[term]
        if entries[best]:
            changed = np.unique(np.concatenate([postings[t] for t in set(entries[best])]))
            selection = _entries_of(rows, changed)
            sums = np.bincount(rows[selection], weights=frequency[terms[selection]], minlength=n)
            mean[changed] = sums[changed] / lengths[changed]
    return _greedy_ratings(order, document.texts)


def kl(document: RankerInput) -> Ratings:
    """sumy's KLSummarizer: greedily add the sentence that brings the summary's word
    distribution closest (KL divergence) to the document's. See ``_Divergence``."""
    import numpy as np

    n = document.count
    divergence = _Divergence(document)
    remaining = np.ones(n, dtype=bool)
    order: list[int] = []
    for _ in range(n):
        if len(order) >= _greedy_picks(n):  # a long text: the rest by divergence, lowest first
            rest = np.flatnonzero(remaining)
            values = divergence.values()[rest]
            order.extend(rest[np.argsort(values, kind="stable")].tolist())
            break
        candidates = np.where(remaining, divergence.values(), np.inf)
        # Equal divergences (to rounding) go to the earlier sentence, as sumy's exact ties do.
        lowest = candidates.min()
        best = int(np.argmax(candidates <= lowest + KL_TIE_TOLERANCE * max(1.0, abs(lowest))))
        order.append(best)
        remaining[best] = False
        divergence.add_to_summary(document.sentence_words[best])
    return _greedy_ratings(order, document.texts)


class _Divergence:
    """KL-Sum's divergence for every candidate sentence, kept up to date as the summary grows.

    For a candidate s, sumy sums f(w) · log(f(w) / p(w)) over the words w of s and of the
    summary that the document has, where f is the document's word distribution and
    p(w) = (count in s + count in summary) / (len(s) + len(summary)). Splitting the log gives
    KL(s) = A + G(s) + log(len(s) + len(summary)) · (B + M(s)): A and B sum over the summary's
    words alone; G and M correct for the words s shares with it. Adding a sentence changes G and
    M only for the sentences that share a word with it.

    sumy's quirks are kept: the document's distribution filters stop words before lower-casing
    (so "The" counts as "the"), and the summary's words are its raw words.
    """

    def __init__(self, document: RankerInput) -> None:
        import numpy as np

        stop_words = document.stop_words
        doc_words = [w.lower() for ws in document.sentence_words for w in ws if w not in stop_words]
        self.term_ids: dict[str, int] = {}
        doc_ids = [self.term_ids.setdefault(w, len(self.term_ids)) for w in doc_words]
        # A stop word listed with a capital could be missing from the document's terms: it gets
        # frequency 0, which sumy skips.
        contents = [
            [w for w in (word.lower() for word in words) if w not in stop_words]
            for words in document.sentence_words
        ]
        entries, _ = _term_ids(contents, self.term_ids)
        counted = [Counter(e) for e in entries]
        self.rows, self.terms = _flatten([list(c) for c in counted])
        self.counts = np.asarray([c for counter in counted for c in counter.values()], float)
        self.lengths = np.asarray([len(e) for e in entries], dtype=np.float64)
        # For each term, the entries (sentence, term) that hold it.
        self.term_entries = _postings(
            np.arange(len(self.rows), dtype=np.intp), self.terms, len(self.term_ids)
        )
        self.frequency = np.bincount(
            np.asarray(doc_ids, dtype=np.intp), minlength=len(self.term_ids)
        ).astype(np.float64)
        if doc_words:
            self.frequency /= len(doc_words)
        self.log_frequency = np.log(np.where(self.frequency > 0, self.frequency, 1.0))
        self.summary_counts = np.zeros(len(self.term_ids))
        self.summary_length = 0
        self.summary_a = self.summary_b = 0.0
        self.entry_g, self.entry_m = self._entry_terms(np.arange(len(self.rows)))
        self.g = np.bincount(self.rows, weights=self.entry_g, minlength=document.count)
        self.m = np.bincount(self.rows, weights=self.entry_m, minlength=document.count)

    def values(self) -> FloatArray:
        import numpy as np

        total = self.lengths + self.summary_length
        log_total = np.log(np.where(total > 0, total, 1.0))
        divergence: FloatArray = self.summary_a + self.g + log_total * (self.summary_b + self.m)
        # sumy: nothing to compare (no words in s or the summary) is a divergence of 0.
        return np.where((self.lengths > 0) | (self.summary_b > 0), divergence, 0.0)

    def add_to_summary(self, words: Sequence[str]) -> None:
        import numpy as np

        self.summary_length += len(words)
        added = [self.term_ids[w] for w in words if w in self.term_ids]
        if not added:
            return
        terms, counts = np.unique(np.asarray(added, dtype=np.intp), return_counts=True)
        before = self.summary_counts[terms]
        after = before + counts
        self.summary_counts[terms] = after
        # A and B change only at the summary's new words.
        f, log_f = self.frequency[terms], self.log_frequency[terms]
        old_terms = np.where(before > 0, f * (log_f - np.log(np.where(before > 0, before, 1.0))), 0)
        self.summary_a += float(np.sum(f * (log_f - np.log(after)) - old_terms))
        self.summary_b += float(np.sum(np.where(before > 0, 0.0, f)))
        touched = np.concatenate([self.term_entries[t] for t in terms.tolist()])
        self.entry_g[touched], self.entry_m[touched] = self._entry_terms(touched)
        # Sum the changed sentences' entries again, in word order: no rounding drift.
        changed = np.unique(self.rows[touched])
        selection = _entries_of(self.rows, changed)
        rows, n = self.rows[selection], len(self.g)
        self.g[changed] = np.bincount(rows, self.entry_g[selection], n)[changed]
        self.m[changed] = np.bincount(rows, self.entry_m[selection], n)[changed]

    def _entry_terms(self, selection: IntArray) -> tuple[FloatArray, FloatArray]:
        """G and M contributions of the chosen (sentence, word) entries."""
        import numpy as np

        term = self.terms[selection]
        f, log_f = self.frequency[term], self.log_frequency[term]
        in_summary = self.summary_counts[term]
        shared = in_summary > 0
        log_summary = np.log(np.where(shared, in_summary, 1.0))
        g = f * (log_f - np.log(self.counts[selection] + in_summary))
        g -= np.where(shared, f * (log_f - log_summary), 0.0)
        return g, np.where(shared, 0.0, f)


# -- helpers for the greedy methods --------------------------------------------------------------


def _greedy_picks(sentences: int) -> int:
    """How many sentences KL-Sum and SumBasic pick greedily (see ``GREEDY_WORK``)."""
    return max(GREEDY_MIN_PICKS, GREEDY_WORK // max(sentences, 1))


def _flatten(entries: Sequence[Sequence[int]]) -> tuple[IntArray, IntArray]:
    """Row and term arrays for per-sentence term lists, in sentence then word order."""
    import numpy as np

    rows = np.repeat(np.arange(len(entries)), [len(e) for e in entries])
    terms = np.asarray([t for e in entries for t in e], dtype=np.intp)
    return rows.astype(np.intp), terms


def _postings(rows: IntArray, terms: IntArray, term_count: int) -> list[IntArray]:
    """For each term, the distinct ``rows`` values of its entries, sorted."""
    import numpy as np

    order = np.argsort(terms, kind="stable")
    bounds = np.searchsorted(terms[order], np.arange(term_count + 1))
    sorted_rows = rows[order]
    return [np.unique(sorted_rows[bounds[t] : bounds[t + 1]]) for t in range(term_count)]


def _entries_of(rows: IntArray, wanted: IntArray) -> IntArray:
    """Indices of the entries that belong to the ``wanted`` rows (rows are sorted)."""
    import numpy as np

    starts = np.searchsorted(rows, wanted, side="left")
    ends = np.searchsorted(rows, wanted, side="right")
    sizes = ends - starts
    if not sizes.sum():
        return np.zeros(0, dtype=np.intp)
    offsets = np.repeat(starts - np.cumsum(sizes) + sizes, sizes)
    indices: IntArray = (np.arange(sizes.sum()) + offsets).astype(np.intp)
    return indices


def _term_ids(
    words_by_sentence: Sequence[Sequence[str]], term_ids: dict[str, int] | None = None
) -> tuple[list[list[int]], int]:
    """Each sentence's words as term numbers (new words numbered in order of appearance)."""
    ids = {} if term_ids is None else term_ids
    entries = [[ids.setdefault(w, len(ids)) for w in words] for words in words_by_sentence]
    return entries, len(ids)


def _greedy_ratings(order: Sequence[int], texts: Sequence[str]) -> Ratings:
    """sumy's ``ratings[sentence] = -len(ratings)`` in pick order, keyed by sentence text."""
    ratings: dict[str, int] = {}
    for position in order:
        ratings[texts[position]] = -len(ratings)
    return [float(ratings[text]) for text in texts]
