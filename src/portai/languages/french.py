"""French: Punkt's French model, Snowball, sumy's stop words (completed), French word lists
and French dates and bylines ("12 mars 2024", "Par …").

Page furniture and Edmundson's stigma words are still English's: the dev sets hold no French
page furniture to learn from.
"""

from __future__ import annotations

import re

from portai.languages import english
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

# sumy's French list lacks the commonest function words ("de", "un", "à"): without them they
# rank as content words.
EXTRA_STOP_WORDS = frozenset((
    "a", "à", "ai", "as", "au", "aux", "c", "d", "de", "des", "dont", "du", "en", "est",
    "j", "l", "lui", "m", "me", "n", "ne", "on", "qu", "s", "se", "t", "te", "un", "une",
    "y", "été", "être", "sera", "ont", "avait", "était", "selon", "après", "entre", "contre",
    "vers", "chez", "lors", "dès", "plus", "également", "ainsi", "cette", "cet", "leurs",
    "nos", "vos", "celui", "celle", "ceux", "celles", "quoi", "soit",
))  # fmt: skip

OPENERS = Openers(
    references=(
        "il", "elle", "ils", "elles", "lui", "leur", "leurs", "son", "sa", "ses",
        "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "cela", "ceci", "ça", "ce", "cet",
        "cette", "ces", "ce dernier", "cette dernière", "ces derniers", "ces dernières",
    ),
    connectives=(
        "mais", "et", "aussi", "donc", "pourtant", "cependant", "toutefois", "néanmoins",
        "or", "ainsi", "puis", "ensuite", "en outre", "par ailleurs", "de plus",
        "en revanche", "par conséquent", "d'ailleurs", "en effet", "de son côté",
        "de leur côté", "pour sa part", "pour leur part", "en même temps", "par exemple",
        "alors",
    ),
    self_contained=(
        "cette année", "cette semaine", "ce mois", "ce matin", "ce soir", "ce week-end",
        "cet été", "cet hiver", "cet automne", "ce printemps", "ce lundi", "ce mardi",
        "ce mercredi", "ce jeudi", "ce vendredi", "ce samedi", "ce dimanche", "ce jour",
        "ces derniers jours", "ces dernières années", "ces dernières semaines",
        "ces derniers mois", "c'est", "ce qui", "ce que", "ce sont", "ainsi que",
    ),
    phrase_final_references=("cela", "ceci", "ça", "celui-ci", "celle-ci", "lui", "eux"),
)  # fmt: skip

SHORTENING = ShorteningCues(
    that_optional_verbs="",
    reporting_verbs=(
        r"a\s+(?:déclaré|indiqué|affirmé|expliqué|annoncé|précisé|estimé|souligné|ajouté)|"
        r"déclare|indique|affirme|explique|annonce|précise|estime|souligne|ajoute"
    ),
    complementizer=r"qu'|que",
    according_to=r"selon|d'après",
    pronoun_sources=r"il|elle|ils|elles|on|nous",
    source_relatives=r"qui|que|dont",
    subordinate_tail=(
        r"qui|mais|alors\s+que|tandis\s+que|car|avec|après|avant|dont|notamment|"
        r"lorsque|puisque|malgré|selon|soit|contre|sans"
    ),
    contrast=r"alors\s+que|tandis\s+que",
    introductions=(
        r"après|avant|en|dans|depuis|lors|pendant|malgré|pour|selon|face\s+à|à|au|aux|"
        r"cette|ce|cet|aujourd'hui|hier"
    ),
    clause_openers=r"[A-ZÀ-Ý]|le\s|la\s|les\s|l'|un\s|une\s|des\s",
    relative=r"qui|dont|lequel|laquelle",
    coordinating_and="et",
    not_a_predicate=frozenset((
        "avec", "et", "ou", "mais", "comme", "qui", "dans", "sur", "pour", "par", "de", "du",
        "des", "à", "au", "aux", "après", "avant", "dont", "que",
    )),
)  # fmt: skip

WEAK_ENDINGS = frozenset((
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "à", "au", "aux", "et", "ou",
    "mais", "que", "qui", "dont", "en", "sur", "par", "pour", "avec", "dans", "est", "sont",
    "a", "ont", "sa", "son", "ses", "leur", "leurs",
))  # fmt: skip

KEYWORDS = KeywordCues(
    generic_words=frozenset((
        "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "fois",
        "temps", "aujourd'hui", "hier", "demain", "personnes", "gens", "cent", "chose",
        "choses", "partie", "nombre", "fin", "façon", "selon", "notamment", "grand", "grande",
        "petit", "petite", "nouveau", "nouvelle", "premier", "première", "dernier", "dernière",
    )),
    # French glues an elided article or pronoun to the next word: "l'épidémie".
    elision=re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE),
)  # fmt: skip


NEWS = news_patterns(
    month=(
        r"janvier|janv|février|févr|fév|mars|avril|avr|mai|juin|juillet|juil|août|"
        r"septembre|sept|octobre|oct|novembre|nov|décembre|déc"
    ),
    weekday=r"lun|mar|mer|jeu|ven|sam|dim",
    date_labels=r"publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?|modifié(?:\s+le)?|date",
    updated=r"mis\s+à\s+jour",
    at=r"à",
    byline_roles=r"auteure?|rédaction|texte|photos?|propos\s+recueillis\s+par",
    by=r"par",
    byline_joiners=("et", "de", "du", "des", "la", "le"),
    capitals="A-ZÀÂÇÉÈÊËÎÏÔÛÙÜ",
)


# Wikipedia's section names ("Annexes" groups its bibliography and links) and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"notes(?:\s+et\s+références)?|références(?:\s+bibliographiques)?|voir\s+aussi|"
        r"liens\s+externes|bibliographie|articles\s+connexes|annexes|sources|remerciements|"
        r"pour\s+en\s+savoir\s+plus"
    ),
    # A press release's boilerplate: "À propos de Acme", then its press contact.
    closing_matter=re.compile(r"[àa]\s+propos\s+d[e']\s*[\w&.,' -]{2,40}|contacts?(?:\s+presse)?"),
    own_summary=re.compile(r"résumé|abstract|synthèse|en\s+bref"),
    chrome=re.compile(r"partager(?:\s+cet\s+article)?|imprimer|publicité|lire\s+la\s+suite"),
    chrome_inside=re.compile(
        r"\bnous\s+utilisons\s+des\s+cookies\b|\bce\s+site\s+utilise\s+des\s+cookies\b|"
        r"\btous\s+droits\s+réservés\b"
    ),
    comments=re.compile(
        r"commentaires(?:\s*\(?\d+\)?)?|\d+\s+commentaires?|laisser\s+un\s+commentaire"
    ),
    memo_subject=re.compile(r"^objet\s*:\s*(?P<subject>.*)$", re.IGNORECASE),
)


def profile() -> Language:
    return Language(
        name="french",
        code="fr",
        sentence_splitter=punkt_splitter("french"),
        word_tokenizer=treebank_words(),
        stemmer=snowball_stemmer("french"),
        stop_words=sumy_stop_words("french") | EXTRA_STOP_WORDS,
        openers=OPENERS,
        shortening=SHORTENING,
        keywords=KEYWORDS,
        news=NEWS,
        page_furniture=english.FURNITURE,
        furniture_opener=english.FURNITURE_OPENER,
        stigma_words=english.STIGMA_WORDS,
        weak_endings=WEAK_ENDINGS,
        document=DOCUMENT,
    )
