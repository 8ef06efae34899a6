"""Russian: Punkt's Russian model, NLTK's Snowball, stopwords-iso's stop words (sumy has none)."""

from __future__ import annotations

from portai.languages.base import Language, news_patterns
from portai.languages.build import punkt_language

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


def profile() -> Language:
    return punkt_language("russian", "ru", NEWS)
