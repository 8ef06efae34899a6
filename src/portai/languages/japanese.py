"""Japanese: sentences at 。！？, words from fugashi (MeCab) with the unidic-lite dictionary,
sumy's and stopwords-iso's stop words, no stemming.

fugashi and unidic-lite are the ``portai[ja]`` extra: the dictionary is 250 MB installed. Of the
segmenters measured (``benchmarks/segmenters.py``) it agrees best with the gold words of UD
Japanese-GSD (F1 0.992; sudachipy 0.983, janome 0.922, tinysegmenter 0.874) and starts fastest.
Key points are at most 60 characters; a longer sentence is cut after a "、", with "…" since the
verb comes last. Keywords are nouns; reading time counts characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from portai.errors import MissingExtraError
from portai.languages.base import ClauseCuts, DocumentCues, Language, Openers, news_patterns
from portai.languages.cjk import cjk_language, sentence_splitter

OPENERS = Openers(
    references=(
        "彼ら", "彼女", "彼", "それら", "それ", "これら", "これ", "その", "この", "同社", "同氏",
    ),
    connectives=(
        "しかし", "また", "さらに", "一方", "だが", "ところが", "そして", "なお", "ただし",
        "ただ", "だから", "そのため", "このため", "それでも", "つまり",
    ),
    self_contained=("この日", "この年", "これまで", "このほか", "その後"),
)  # fmt: skip

# "、" is the Japanese comma; some text writes "，" or "," instead.
CLAUSE_CUTS = ClauseCuts(marks="、，,", finished=False, ending="…")

NEWS = news_patterns(
    date_labels=r"公開日|更新日|配信日|投稿日|掲載日|日付",
    updated=r"更新",
    byline_roles=r"記者|筆者|文|写真|編集|執筆",
)


# Wikipedia's section names and a paper's; a press release closes with its company profile
# and contacts, often in 【】.
DOCUMENT = DocumentCues(
    back_matter=re.compile(r"脚注|注釈|出典|参考文献|参考資料|関連項目|外部リンク|謝辞"),
    closing_matter=re.compile(r"【?(?:会社概要|(?:本件に関する)?お問い?合わ?せ(?:先)?)】?"),
    own_summary=re.compile(r"要旨|要約|概要|抄録|あらまし"),
    chrome=re.compile(r"シェア|共有|印刷|広告|ページの?先頭へ|ページトップへ"),
    chrome_inside=re.compile(r"無断転載(?:を)?禁(?:止|じます)"),
    comments=re.compile(r"コメント\s*[(（]?\d+[)）]?|コメントを(?:書く|する|残す)"),
)


def profile() -> Language:
    return cjk_language(
        "japanese",
        "ja",
        splitter=sentence_splitter("。！？!?", quote_continuations="とっ"),
        segmenter=_segmenter(),
        openers=OPENERS,
        news=NEWS,
        clause_cuts=CLAUSE_CUTS,
        characters_per_minute=500,
        document=DOCUMENT,
    )


def _segmenter() -> tuple[Callable[[str], list[str]], Callable[[str], bool]]:
    """fugashi's words of a sentence, and whether a word is a noun (UniDic's 名詞)."""
    tagger = _tagger()

    def words(sentence: str) -> list[str]:
        return [word.surface for word in tagger(sentence) if word.surface.strip()]

    def is_noun(word: str) -> bool:
        return all(piece.feature.pos1 == "名詞" for piece in tagger(word))

    return words, is_noun


@cache
def _tagger() -> Any:
    try:
        import fugashi
        import unidic_lite
    except ImportError:
        raise MissingExtraError("Japanese needs the fugashi segmenter", "ja") from None
    # unidic-lite's dictionary named outright: fugashi would prefer the full ``unidic`` package
    # when present, which is unusable until its 1 GB dictionary is downloaded.
    directory = unidic_lite.DICDIR
    return fugashi.Tagger(f'-r "{directory}/mecabrc" -d "{directory}"')
