"""Chinese: sentences at 。！？；, words from rjieba (jieba's dictionary and algorithm in Rust,
dictionary inside its wheel), sumy's and stopwords-iso's stop words, no stemming.

Key points are at most 60 characters, cut after a "，" or "；" that leaves a whole clause;
keywords are words or runs of words, never single characters; reading time counts characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from portai.errors import MissingExtraError
from portai.languages.base import ClauseCuts, DocumentCues, Language, Openers, news_patterns
from portai.languages.cjk import cjk_language, sentence_splitter

# Simplified and Traditional forms: the profile serves both scripts.
OPENERS = Openers(
    references=(
        "他们", "她们", "它们", "他們", "她們", "它們", "他", "她", "它", "这些", "這些", "这",
        "這", "那些", "那", "此", "该", "該", "其",
    ),
    connectives=(
        "但是", "但", "然而", "因此", "所以", "此外", "另外", "同时", "同時", "而且", "并且",
        "並且", "不过", "不過", "于是", "於是", "此后", "此後", "随后", "隨後", "与此同时",
        "與此同時", "另一方面", "总之", "總之", "因而", "可是", "而",
    ),
    self_contained=(
        "这是", "這是", "这次", "這次", "这一", "這一", "此前", "此次", "其中", "其他", "其實",
        "其实", "该国", "該國",
    ),
)  # fmt: skip

CLAUSE_CUTS = ClauseCuts(
    marks="，；",
    finished=True,
    # A head that opens a subordinate clause ("虽然…", "在…") or ends on a reporting verb or
    # colon ("…表示") says nothing without what follows.
    incomplete_head=re.compile(
        r"^(?:虽然|尽管|如果|假如|倘若|因为|由于|随着|为了|即使|只要|除了|无论|不管|当|在|据|对于|关于|自从)"
        r"|(?:表示|说|称|指出|认为|强调|透露|介绍|显示|表明|获悉|了解到|报道|发现|预计|宣布|：|:)$"
    ),
)

NEWS = news_patterns(
    date_labels=r"发布时间|发布日期|更新时间|时间|日期|来源时间",
    updated=r"更新",
    byline_roles=r"作者|记者|编辑|责任编辑|责编|撰文|文|图|摄影|通讯员|编译",
)


# Wikipedia's section names in both scripts, a paper's, and a news page's related links.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"参考文献|參考文獻|参考资料|參考資料|参见|參見|外部链接|外部連結|注释|註釋|脚注|腳註|"
        r"延伸阅读|延伸閱讀|相关条目|相關條目|致谢|致謝|相关(?:新闻|阅读|文章)|相關(?:新聞|閱讀|文章)"
    ),
    closing_matter=re.compile(r"关于我们|關於我們|联系我们|聯絡我們|聯繫我們"),
    own_summary=re.compile(r"摘要|内容提要|內容提要|提要|概要"),
    chrome=re.compile(r"分享(?:到|本文)?|打印|广告|廣告|返回顶部|返回頂部"),
    chrome_inside=re.compile(r"版权所有|版權所有"),
    # Not a bare "评论": it also heads a commentary or a work's reception.
    comments=re.compile(r"(?:网友|網友|\d+\s*条)(?:评论|評論)|(?:发表|發表)(?:评论|評論)"),
)


def profile() -> Language:
    return cjk_language(
        "chinese",
        "zh",
        splitter=sentence_splitter("。！？；!?…"),
        segmenter=_segmenter(),
        openers=OPENERS,
        news=NEWS,
        clause_cuts=CLAUSE_CUTS,
        characters_per_minute=450,
        document=DOCUMENT,
    )


# jieba's part-of-speech tags that a keyword may be made of: nouns (n, nr "person", ns "place",
# nt "organisation", nz "other proper noun"), abbreviations (j), verbal nouns (vn), Latin words.
_KEYWORD_TAGS = ("n", "j", "vn", "eng")


def _segmenter() -> tuple[Callable[[str], list[str]], Callable[[str], bool]]:
    """rjieba's words of a sentence, and whether a word is a noun (rjieba's tags)."""
    try:
        import rjieba
    except ImportError:
        raise MissingExtraError("Chinese needs the rjieba segmenter", "zh") from None
    cut, tag = rjieba.cut, rjieba.tag

    def words(sentence: str) -> list[str]:
        return [token for token in cut(sentence) if not token.isspace()]

    def is_noun(word: str) -> bool:
        return all(flag.startswith(_KEYWORD_TAGS) for _, flag in tag(word))

    return words, is_noun
