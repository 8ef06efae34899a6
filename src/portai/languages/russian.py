"""Russian: Punkt's Russian model, NLTK's Snowball, stopwords-iso's stop words (sumy has none)."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
from portai.languages.build import punkt_language

OPENERS = Openers(
    references=(
        "он", "она", "оно", "они", "его", "её", "ее", "их", "ему", "ей", "им", "этот", "эта",
        "это", "эти", "этого", "этой", "этим", "об этом", "там", "тот", "та", "те",
    ),
    connectives=(
        "но", "и", "а", "также", "однако", "кроме того", "поэтому", "тем не менее", "при этом",
        "впрочем", "зато", "тогда", "к тому же",
    ),
    self_contained=("в этом году", "на этой неделе", "в этом месяце", "это первый"),
)  # fmt: skip

NEWS = news_patterns(
    month=(
        r"января|январь|февраля|февраль|марта|март|апреля|апрель|мая|май|июня|июнь|июля|июль|"
        r"августа|август|сентября|сентябрь|октября|октябрь|ноября|ноябрь|декабря|декабрь"
    ),
    weekday=r"пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье",
    date_labels=r"опубликовано|обновлено|дата(?:\s+публикации)?",
    updated=r"обновлено",
    at=r"в",
    byline_roles=r"автор|редактор|текст|фото|корреспондент",
    capitals=r"А-ЯЁ",
    caption=r"^[А-ЯЁA-Z][\w'’-]*:\s",
)


# Wikipedia's section names ("См. также") and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"примечания|сноски|литература|список\s+литературы|библиография|ссылки|см\.?\s+также|"
        r"источники|список\s+источников|благодарности"
    ),
    closing_matter=re.compile(
        r"о\s+компании(?:\s+[\w&.,' -]{2,40})?|контакты|контактная\s+информация"
    ),
    own_summary=re.compile(r"аннотация|резюме|abstract"),
    chrome=re.compile(r"поделиться|реклама"),
    chrome_inside=re.compile(r"\bмы\s+используем\s+(?:файлы\s+)?cookie|\bвсе\s+права\s+защищены\b"),
    comments=re.compile(
        r"комментарии(?:\s*\(?\d+\)?)?|\d+\s+комментари[йяев]{1,2}|оставить\s+комментарий"
    ),
)


def profile() -> Language:
    return punkt_language("russian", "ru", NEWS, openers=OPENERS, document=DOCUMENT)
