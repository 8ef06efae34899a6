"""English: Punkt's English model, Snowball, sumy's stop words, and every English word list."""

from __future__ import annotations

import re

from portai.languages.base import (
    DocumentCues,
    KeywordCues,
    Language,
    Openers,
    ShorteningCues,
    news_patterns,
)
from portai.languages.nltk_tools import (
    punkt_splitter,
    snowball_stemmer,
    sumy_stop_words,
    treebank_words,
)

# Abbreviations the bundled model misses (as Punkt stores them: lower case, no final full stop);
# sumy adds the first four to NLTK's model. The rest are papers' and encyclopedias' ("c.f. the
# core", "Vol. 3", "Fig. 2", "(H.D.) and Richard Aldington", "ca. 1850").
ABBREVIATIONS = (
    "e.g", "i.e", "al", "approx", "c.f", "cf", "vol", "vols", "h.d", "ca", "fig", "figs", "eq",
    "eqs", "sec",
)  # fmt: skip

# First- and second-person pronouns are left out on purpose: in news they are mostly the
# author or a quoted speaker, and flagging them would drop most quotes.
OPENERS = Openers(
    references=(
        "he", "she", "it", "its", "it's", "they", "their", "theirs", "them", "him", "his",
        "her", "this", "these", "those", "that", "such", "the latter", "the former",
    ),
    connectives=(
        "however", "but", "also", "and", "yet", "so", "or", "nor", "still", "moreover",
        "furthermore", "meanwhile", "nevertheless", "nonetheless", "instead", "thus",
        "therefore", "hence", "consequently", "additionally", "besides", "otherwise",
        "likewise", "similarly", "then", "accordingly", "indeed", "in addition",
        "at the same time", "on the other hand", "as a result", "for example",
        "for instance", "in contrast", "by contrast", "even so", "in turn", "in fact",
        "after that", "as such", "because of this", "despite this", "even then",
    ),
    self_contained=(
        "this year", "this week", "this month", "this morning", "this afternoon",
        "this evening", "this weekend", "this summer", "this winter", "this spring",
        "this autumn", "this fall", "this season", "this past", "these days",
        "that night", "that day", "that year", "it is not clear", "it is unclear",
        "so far", "so-called", "still to come", "then-",
        # The document itself: "This paper presents …" opens an abstract, not a reference back.
        "this document", "this paper", "this article", "this post", "this page", "this guide",
        "this specification", "this memo", "this memorandum", "this essay", "this tutorial",
        "this chapter", "this book", "this thesis", "this readme",
    ),
    phrase_final_references=("this", "that", "these", "those", "it", "them", "him", "her"),
    # Transcripts: "Uh, but uh, Yeah, someone noticed …". Not "well" or "like": "Well water",
    # "Like many towns" open real claims.
    fillers=("uh", "um", "uhm", "er", "erm", "hmm", "mm", "yeah", "yep", "uh-huh"),
)  # fmt: skip

SHORTENING = ShorteningCues(
    # "said" may drop its "that" ("Police said the road…"); other reporting verbs need it, or
    # "Utilities reported an average of…" would lose its verb and "A man found dead…" read as
    # an attribution.
    that_optional_verbs=r"said|says|added|told\s+(?:reporters|journalists|the\s+\w+|\w+)",
    reporting_verbs=(
        r"believes|believed|thinks|thought|found|finds|estimated|estimates|predicted|"
        r"predicts|suggested|suggests|expects|expected|announced|noted|stated|explained|"
        r"reported|warned|argued|claimed|insisted|confirmed|revealed|wrote|writes|mentioned|"
        r"pointed\s+out|stressed|emphasi[sz]ed|disclosed|indicated|acknowledged|admitted|said|"
        r"says|added"
    ),
    complementizer=r"that",
    according_to=r"according\s+to",
    pronoun_sources=r"he|she|it|they|we|i",
    source_relatives=r"who|which|that|whose",
    # Participles only where they follow a full clause: in "X's status, boasting that …,
    # indicated …" a participle opens a phrase inside the subject.
    subordinate_tail=(
        r"which|while|whereas|although|though|as|after|before|with|including|"
        r"amid|despite|because|since|when|where|who|up|down|accounting|making|leaving|bringing|"
        r"raising|adding|citing|prompting|sparking|forcing|causing|taking|giving|saying|"
        r"marking|noting|arguing|warning|claiming|calling|urging|describing|insisting|"
        r"suggesting|pointing"
    ),
    contrast=r"while|whereas|although",
    introductions=(
        r"now|after|before|in|on|at|during|since|following|amid|despite|with|by|for|"
        r"over|under|last|earlier|later|today|yesterday|this|meanwhile|as\s+of|as\s+part\s+of|"
        r"back\s+in|until|within|across|from|according\s+to"
    ),
    clause_openers=r"[A-Z]|the\s|a\s|an\s",
    relative=r"which|who|whose",
    coordinating_and="and",
    not_a_predicate=frozenset((
        "with", "and", "or", "but", "as", "while", "which", "who", "in", "on", "at", "for",
        "from", "by", "to", "of", "after", "before", "including", "than", "like", "into",
    )),
    # Not an appositive (", the …,"): on the eval sets that cut as often garbled a sentence
    # as helped.
    after_subject=r"\w+ing\b|\w+ed\b|\w+en\b",
    # Case matters: ", said John Smith." is a name.
    attribution_ignores_case=False,
    finite_verbs=(
        r"am|is|are|was|were|has|have|had|do|does|did|can|could|will|would|shall|should|may|"
        r"might|must|ought|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|don't|doesn't|"
        r"didn't|can't|cannot|couldn't|won't|wouldn't|shouldn't|mustn't|it's|that's|there's|"
        r"here's|what's|let's|(?:i|you|he|she|we|they|who|there)'(?:s|re|ve|m|ll|d)|said|made|took|began|became|found|gave|got|saw|came|went|told|"
        r"thought|knew|led|held|won|lost|left|brought|built|ran|met|paid|sent|spent|stood|"
        r"wrote|rose|fell|grew|drew|chose|spoke|broke|sold|taught|caught|fought|sought|bought|"
        r"felt|heard|meant|kept|lay|hit|cut|shot|struck|bore|forgot|understood|remains|seems"
    ),
    verb_ending=r"[a-z]{2,}ed|[a-z]{2,}[^suiy'’\W]s|[a-z]+ies",
    not_before_verb=frozenset((
        "a", "an", "the", "other", "some", "any", "many", "all", "more", "most", "few",
        "several", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those",
        "such", "no", "each", "every", "of", "for", "with", "by", "in", "on", "at", "to", "from",
        "and", "or", "nor", "newly", "well", "highly", "non", "two", "three", "four", "five",
        "both", "less", "fewer", "than", "as", "into", "about", "among", "between", "per",
    )),
    subjects=r"i|we|you|they|he|she|it|who|people|please",
    list_conjunctions=r"and|or|nor",
    object_clause=r"what|how|why|whether|which|who|whom|where|when",
    verb_objects=frozenset((
        "a", "an", "the", "that", "this", "these", "those", "its", "their", "his", "her", "our",
        "no", "some", "all", "us", "them", "him", "it", "me", "you", "back", "up", "out",
        "down", "off", "more", "many", "any", "each", "every", "several", "one", "two",
    )),
    not_a_verb=frozenset(("and", "or", "but", "also", "then", "still", "not", "now", "later")),
    grammatical_repeats=frozenset(("had", "that")),
    # A condition, a scope, or a period that bounds a state ("From the early 20th century
    # until the late 1960s,"): without it the bullet makes a general claim.
    restrictive_introductions=(
        r"for|until|till|up\s+to|from|within|under|across|among|amongst|except|unless|if|"
        r"when|whenever|where|without|given|in\s+(?:the\s+)?case|in\s+(?:most|many|some|all|"
        r"these|those|such|certain|both|each|either|other|rare|general)\b|"
        r"(?:in|during|over|through|throughout|by|before|since|for)\b[^,]*\b(?:centur(?:y|ies)|"
        r"decades?|era|ages|period|\d{2,4}s|years)\b"
    ),
    # "but"/"yet" never open a cut tail: the contrast is the point, not the concession before.
    contrast_turns=r"but|yet|however|though\s+not",
    subordinate_openers=(
        r"to|when|whenever|if|unless|as\s+far\s+as|as\s+long\s+as|having|being|although|"
        r"though|because|whereas"
    ),
    absolute_participles=r"having|being",
    number_words=(
        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
        r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion"
    ),
)  # fmt: skip

WEAK_ENDINGS = frozenset((
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
    "but", "as", "that", "which", "who", "whose", "its", "their", "his", "her", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "will", "would",
))  # fmt: skip

# Common words that the stop lists keep but that never tell what an article is about.
KEYWORDS = KeywordCues(
    generic_words=frozenset((
        "year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times",
        "today", "yesterday", "tomorrow", "people", "percent", "cent", "lot", "lots", "thing",
        "things", "part", "number", "end", "way", "ways", "mr", "mrs", "ms", "dr", "told",
        "according", "including", "open", "make", "made", "take", "took", "get", "got", "go",
        "going", "come", "came", "put", "set", "see", "saw", "use", "used", "want", "wanted",
        "say", "added", "asked", "called", "good", "great", "big", "small", "large", "high",
        "low", "long", "old", "young", "major", "important", "different", "able", "likely",
        "second", "third", "next", "previous", "recent", "future", "past", "current",
        "begin", "began", "start", "started", "change", "changed", "work", "worked",
        # Speech: the Treebank tokenizer's halves of "gonna"/"wanna"/"gotta", "'kay", and the
        # hedges of "sort of", "kind of", "blah blah".
        "gon", "wan", "got", "ta", "na", "kay", "okay", "ok", "sort", "kind", "blah", "stuff",
    )),
    adverb=re.compile(r"^\w+ly$", re.IGNORECASE),
    not_in_names=frozenset((
        "a", "an", "the", "this", "that", "these", "those", "i", "he", "she", "it", "we", "they",
        "you", "my", "his", "her", "its", "our", "their", "your", "of", "and", "or", "but", "to",
        "in", "on", "at", "for", "by", "with", "from", "as", "is", "are", "was", "were", "be",
        "if", "so", "not", "no", "how", "what", "when", "where", "why", "who", "which", "into",
        "about", "after", "before", "over", "under", "via", "vs",
        "mr", "mrs", "ms", "dr", "mx", "miss",  # a title before a name: "Mr Abbott" is "Abbott"
    )),
    labels=frozenset((
        "figure", "fig", "table", "note", "notes", "sec", "section", "chapter", "appendix",
        "eq", "equation", "paragraph", "clause", "subsection", "page", "pp", "vol", "no",
    )),
    credentials=frozenset((
        "md", "phd", "mph", "rn", "dds", "dmd", "mba", "jd", "esq", "jr", "sr", "facp", "facs",
        "np", "pa-c", "rd", "ldn", "msc", "bsc", "frcp",
    )),
)  # fmt: skip

# Page furniture that opens a sentence glued to the real one ("Scroll down for video The Prime
# Minister said ..."): the rest of the sentence is judged on its own.
FURNITURE_OPENER = re.compile(r"(?i)^\s*scroll down for videos?\b[.…:\s]*")
FURNITURE = re.compile(
    r"(?i)\b(?:click here|follow (?:us|@\w+)|copyright|all rights reserved|subscribe (?:to|now)"
    r"|sign up (?:for|to)|newsletter|read more|daily mail reporter|last updated|published:"
    r"|updated:)|©"
)

# Edmundson's stigma words mark sentences a reader does not want in a summary: page furniture
# and hedging. Kept short on purpose; sumy ships none.
STIGMA_WORDS = (
    "click", "subscribe", "newsletter", "advertisement", "sponsored", "copyright", "cookie",
    "cookies", "pictured", "caption", "photo", "follow", "share", "comment", "hardly", "perhaps",
    "maybe", "reportedly", "allegedly",
)  # fmt: skip

NEWS = news_patterns(
    month=(
        r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    ),
    weekday=r"Mon|Tue|Wed|Thu|Fri|Sat|Sun",
    date_labels=r"published|updated|last updated|posted|date|first published|released",
    updated=r"(?:last\s+)?updated",
    at=r"at",
    byline_roles=(
        r"authors?|editors?|reporters?|writers?|written by|reported by|translators?|"
        r"translated by|photographers?|photos? by|illustrations? by|correspondents?|reviewers?|"
        r"reviewed by|edited by|contributors?"
    ),
    by=r"by",
    byline_joiners=("and", "&", "de", "van"),
    # Photo captions (Daily Mail style): "Haul: The cherry picker…", "Terry Martin, 48,
    # pictured in…".
    caption=r"^[A-Z][\w'’-]*:\s|\bpictured\b|\(pictured\)",
    reading_time=r"^\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?\s+read(?:ing time)?$",
    by_word="By",
)


# The parts of a document that are not its body (see ``DocumentCues``): whole headings or lines,
# matched lower-cased. Chrome lists only what is common to many sites; menus and link runs are
# found by their shape in ``readers.cleaning``, so held-out pages need no phrase of their own.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        # "Appendix A. References": an appendix of back matter is back matter.
        r"(?:appendix\s+\w{1,3}[.:]?\s+)?(?:"
        r"(?:notes\s+and\s+)?references?(?:\s+and\s+notes)?|bibliography|notes|footnotes|"
        r"endnotes|see\s+also|external\s+links|further\s+reading|sources|citations|"
        r"works\s+cited|literature\s+cited|acknowledge?ments?|change\s*log|"
        r"(?:change|revision|version|release)\s+history|related\s+(?:articles|posts|stories|links|reading|"
        r"content|news|pages)|you\s+may\s+(?:also\s+)?like|author\s+information|"
        r"competing\s+interests|supporting\s+information|citation\s+information|"
        r"about\s+the\s+authors?|author\s+bio(?:graphy)?|"
        # A standard's boilerplate: its copyright notices and licence.
        r"(?:legal\s+)?notices?|copyright(?:\s+notice)?|licen[cs]e|licensing)"
    ),
    closing_matter=re.compile(
        r"about\s+(?:the\s+)?[\w&.,' -]{2,40}|media\s+inquiries|(?:media\s+|press\s+)?contacts?|"
        r"contact\s+(?:us|information)"
    ),
    own_summary=re.compile(
        r"abstract|summary|executive\s+summary|tl\s*;?\s*dr|overview|in\s+brief|"
        r"at\s+a\s+glance|key\s+points|highlights"
    ),
    chrome=re.compile(
        r"share(?:\s+this(?:\s+(?:article|story|post|page))?)?|sign\s+up(?:\s+for\b.*)?|"
        r"all\s+fields\s+(?:are\s+)?required|more\s+to\s+explore|view\s+all\b.*|"
        r"read\s+(?:the\s+blog|more|article|next)|more\s+news\s+releases\b.*|related|"
        r"get\s+(?:a\s+)?free\s+trial|advertisement|subscribe(?:\s+now)?|follow\s+us\b.*|"
        r"skip\s+to\s+(?:main\s+)?content|jump\s+to\s+navigation|skip\s+navigation|"
        r"reply|print|email|tweet|pin|log\s*in|sign\s+in|register|search|menu|close|"
        r"back\s+to\s+top|next\s+page|previous\s+page|load\s+more|show\s+more|"
        r"wikimedia\s+commons\s+has\s+media\s+related\s+to\b.*|"
        r"this\s+page\s+was\s+printed\s+from\b.*|found\s+this\s+helpful"
    ),
    chrome_inside=re.compile(
        r"\bwe\s+use\s+cookies\b|\b(?:this|our)\s+(?:web)?site\s+uses\s+cookies\b|"
        r"\baccept\s+(?:all\s+)?cookies\b|\ball\s+rights\s+reserved\b"
    ),
    # A bill's numbered sections and enacting formula (US and Canadian forms).
    legal=re.compile(
        r"^\s*(?:SECTION|SEC\.)\s+\d+\.\s|^\s*BILL\s+[A-Z]-\d+\s*$|"
        r"\benacts\s+as\s+follows\b|\bbe\s+it\s+enacted\s+by\b",
        re.MULTILINE,
    ),
    readme_sections=re.compile(
        r"install(?:ation|ing)?|usage|getting\s+started|quick\s*start|how\s+to\s+use|"
        r"build(?:ing)?(?:\s+from\s+source)?|requirements|dependencies|contributing|"
        r"configuration|examples?|features|development|running\s+(?:the\s+)?tests"
    ),
    encyclopedia_sections=re.compile(r"see\s+also|external\s+links|further\s+reading"),
    generic_headings=re.compile(
        r"introduction|background|abstract|overview|summary|contents|table\s+of\s+contents|"
        r"unreleased|change\s*log|changes|preface|foreword|motivation|conclusions?|discussion|"
        r"methods|results|main|untitled|readme"
    ),
    short_title=re.compile(
        r"\bmay\s+be\s+cited\s+as\s+(?:the\s+)?[“\"](?P<title>[^”\"\n]{3,200}?)[,.]?[”\"]"
    ),
    formula_hole=re.compile(
        r"\b(?:denoted|written|defined|given|expressed|represented|noted)\s+(?:as|by)\s*"
        r"(?=[,.;:]|$)|\b(?:equals|equal\s+to)\s*(?=[,.;]|$)"
    ),
    # Glued to the link's word or in brackets; "opens a new window for talks" is prose.
    link_chrome=re.compile(
        r"(?<=[^\W\d])Opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:window|tab)\b|"
        r"\s*\((?i:opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:window|tab))\)"
    ),
    # A comments section's heading or first line; "(27)" or "27" counts the comments.
    comments=re.compile(
        r"(?:(?:view|show|read|see|all)\s+)?comments?(?:\s*\(?\d+\)?)?|"
        r"\d+\s+(?:comments?|responses?|replies)(?:\s+(?:to|on)\b.*)?|\d+\s+thoughts\s+on\b.*|"
        r"(?:leave|post|add|write|submit)\s+(?:a\s+|your\s+)?(?:new\s+)?(?:comment|reply)|"
        r"join\s+the\s+(?:discussion|conversation)"
    ),
    memo_subject=re.compile(r"^(?:subject|subj|re)\s*:\s*(?P<subject>.*)$", re.IGNORECASE),
    dated_byline=re.compile(
        r"^(?:(?:posted|published|written)\s+)?(?:on\s+)?(?P<date>\S.{3,30}?),?\s+by\s+"
        r"(?P<name>@?[\w.'’-]+(?:\s+[\w.'’-]+){0,3})$",
        re.IGNORECASE,
    ),
)


def profile() -> Language:
    return Language(
        name="english",
        code="en",
        sentence_splitter=punkt_splitter("english", ABBREVIATIONS),
        word_tokenizer=treebank_words(),
        stemmer=snowball_stemmer("english"),
        stop_words=sumy_stop_words("english"),
        openers=OPENERS,
        shortening=SHORTENING,
        keywords=KEYWORDS,
        news=NEWS,
        page_furniture=FURNITURE,
        furniture_opener=FURNITURE_OPENER,
        stigma_words=STIGMA_WORDS,
        weak_endings=WEAK_ENDINGS,
        document=DOCUMENT,
    )
