"""Documents that are not news, in languages other than English (issue 15): an encyclopedia
page's back matter under its own language's Wikipedia names ("Einzelnachweise", "Voir aussi",
"参考文献") is never a summary sentence or a key point, and a paper's abstract under its own
language's name ("Zusammenfassung", "Résumé", "要旨") is read as the document's own summary.

The pages and papers are short texts written for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from portai import summarize
from portai.languages import get_language
from portai.readers import read_article
from portai.readers.cleaning import is_back_matter, is_own_summary


@dataclass(frozen=True)
class Page:
    code: str
    text: str
    back_matter: tuple[str, ...]  # words found only in the back matter
    segmenter: str | None = None  # the extra a language written without spaces needs


PAGES = {
    "german": Page(
        "de",
        "Die Göltzschtalbrücke ist eine Eisenbahnbrücke im Vogtland in Sachsen. Sie gilt als "
        "die größte Ziegelsteinbrücke der Welt und wurde zwischen 1846 und 1851 gebaut.\n\n"
        "== Geschichte ==\n\nFür die Eisenbahn zwischen Leipzig und Nürnberg musste das tiefe "
        "Tal überquert werden. Der Ingenieur Johann Andreas Schubert berechnete als Erster die "
        "Statik der Brücke.\n\n"
        "== Bauwerk ==\n\nDie Brücke ist 574 Meter lang und 78 Meter hoch. Für den Bau wurden "
        "mehr als 26 Millionen Ziegel verwendet.\n\n"
        "== Siehe auch ==\n\nDie Elstertalbrücke ist eine ähnliche Brücke in der Nähe.\n\n"
        "== Literatur ==\n\nWerner Beyer: Die Brücke im Tal. Eine Geschichte des Bauwerks. "
        "Verlag Beispiel, Plauen 2001.\n\n"
        "== Einzelnachweise ==\n\nAngaben der Bahn zur Sanierung der Brücke im Jahr 2009, "
        "abgerufen am 3. Mai 2012.\n\n"
        "== Weblinks ==\n\nDie offizielle Seite des Fördervereins zeigt Bilder und erzählt die "
        "Geschichte der Brücke.\n",
        ("Elstertal", "Beyer", "abgerufen", "Fördervereins"),
    ),
    "french": Page(
        "fr",
        "Le canal du Midi est un canal de navigation qui relie Toulouse à la mer Méditerranée. "
        "Il a été construit entre 1666 et 1681 sous la direction de Pierre-Paul Riquet.\n\n"
        "== Histoire ==\n\nLe projet devait relier l'Atlantique à la Méditerranée sans passer "
        "par l'Espagne. Riquet a financé une grande partie des travaux avec sa propre fortune.\n\n"
        "== Description ==\n\nLe canal mesure environ 240 kilomètres et compte plus de soixante "
        "écluses. Il est inscrit au patrimoine mondial de l'UNESCO depuis 1996.\n\n"
        "== Notes et références ==\n\nJean Dupont, Histoire du canal, Éditions Exemple, "
        "Toulouse, 1998, page 45.\n\n"
        "== Voir aussi ==\n\nLe canal latéral à la Garonne prolonge la voie d'eau jusqu'à "
        "Bordeaux.\n\n"
        "=== Bibliographie ===\n\nMarie Martin, Les écluses du Midi, Presses universitaires, "
        "2005.\n\n"
        "== Liens externes ==\n\nLe site officiel des Voies navigables de France présente le "
        "canal, consulté le 12 mars 2015.\n",
        ("Dupont", "Garonne", "Martin", "consulté"),
    ),
    "spanish": Page(
        "es",
        "La Alhambra es un conjunto de palacios y fortalezas situado en Granada, en España. Fue "
        "construida principalmente durante el siglo XIV por la dinastía nazarí.\n\n"
        "== Historia ==\n\nLos reyes nazaríes convirtieron la antigua fortaleza en una "
        "residencia real. Tras la conquista de Granada en 1492, los Reyes Católicos ocuparon "
        "los palacios.\n\n"
        "== Arquitectura ==\n\nLos palacios destacan por sus patios, fuentes y decoración de "
        "yeso. El Patio de los Leones es el espacio más conocido del conjunto.\n\n"
        "== Véase también ==\n\nEl Generalife es un jardín cercano que pertenecía a los mismos "
        "reyes.\n\n"
        "== Referencias ==\n\nJuan Pérez, Historia de Granada, Editorial Ejemplo, Madrid, 2003, "
        "página 112.\n\n"
        "== Bibliografía ==\n\nAna López, Los palacios nazaríes, Ediciones Ejemplo, 2010.\n\n"
        "== Enlaces externos ==\n\nLa página oficial del Patronato de la Alhambra fue "
        "consultada el 4 de mayo de 2016.\n",
        ("Generalife", "Pérez", "López", "Patronato"),
    ),
    "russian": Page(
        "ru",
        "Транссибирская магистраль — железная дорога, которая соединяет Москву с Владивостоком. "
        "Это самая длинная железная дорога в мире.\n\n"
        "== История ==\n\nСтроительство дороги началось в 1891 году во Владивостоке. Основные "
        "работы были завершены в начале двадцатого века.\n\n"
        "== Маршрут ==\n\nДлина магистрали составляет более девяти тысяч километров. Поезд "
        "проходит через Урал, Сибирь и Дальний Восток.\n\n"
        "== См. также ==\n\nБайкало-Амурская магистраль проходит севернее по другой трассе.\n\n"
        "== Примечания ==\n\nИванов И. И. История железных дорог России. Москва, 2005. "
        "С. 120.\n\n"
        "== Литература ==\n\nПетров П. П. Великий сибирский путь. Санкт-Петербург: Пример, "
        "2010.\n\n"
        "== Ссылки ==\n\nОфициальный сайт компании, дата обращения 12 мая 2015 года.\n",
        ("Байкало", "Иванов", "Петров", "обращения"),
    ),
    "chinese": Page(
        "zh",
        "长城是中国古代修建的大型军事防御工程。它东起山海关，西至嘉峪关，全长数千公里。\n\n"
        "== 历史 ==\n\n早在春秋战国时期，各国就开始修建城墙。秦始皇统一中国后，把各段城墙连接"
        "起来。\n\n"
        "== 建筑 ==\n\n明代长城大多用砖石砌成，十分坚固。城墙上每隔一段距离就建有烽火台。\n\n"
        "== 参见 ==\n\n八达岭是长城最著名的一段，每年吸引大量游客。\n\n"
        "== 注释 ==\n\n张三：《长城史话》，示例出版社，2005年，第12页。\n\n"
        "== 参考文献 ==\n\n李四：《中国古代建筑》，示例出版社，2010年。\n\n"
        "== 外部链接 ==\n\n联合国教科文组织世界遗产中心的官方网站介绍了长城。\n",
        ("八达岭", "张三", "李四", "教科文"),
        segmenter="rjieba",
    ),
    "japanese": Page(
        "ja",
        "富士山は、静岡県と山梨県にまたがる活火山である。標高は3776メートルで、日本で最も高い山"
        "である。\n\n"
        "== 歴史 ==\n\n富士山は古くから信仰の対象とされてきた。最後の噴火は1707年の宝永大噴火で"
        "ある。\n\n"
        "== 登山 ==\n\n夏の登山シーズンには多くの人が山頂を目指す。山頂からの日の出は御来光と"
        "呼ばれる。\n\n"
        "== 関連項目 ==\n\n日本の山の一覧には、ほかの高い山も載っている。\n\n"
        "== 脚注 ==\n\n山田太郎『富士山の歴史』例示出版、2005年、12頁。\n\n"
        "== 参考文献 ==\n\n鈴木花子『日本の火山』例示書房、2010年。\n\n"
        "== 外部リンク ==\n\n富士山の公式サイトでは登山の情報を紹介している。\n",
        ("一覧", "山田", "鈴木", "公式サイト"),
        segmenter="fugashi",
    ),
}


def _page(name: str) -> Page:
    page = PAGES[name]
    if page.segmenter:
        pytest.importorskip(page.segmenter)
    return page


@pytest.mark.parametrize("name", sorted(PAGES))
def test_an_encyclopedia_pages_back_matter_is_not_its_body(name: str) -> None:
    page = _page(name)
    article = read_article(page.text, get_language(name))
    body = " ".join(article.body_sentences)
    assert not [word for word in page.back_matter if word in body]
    assert len(article.headings) == 2  # the two body sections; back matter is no section
    assert article.body_sentences  # the lead and both sections are read


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_summary_sentence_or_key_point_comes_from_the_back_matter(name: str) -> None:
    page = _page(name)
    # More sentences and points than the body holds: any back matter read as body would show.
    summary = summarize(page.text, language=page.code, sentences=20, points=20)
    shown = [s.text for s in summary.sentences] + [p.text for p in summary.key_points]
    assert len(summary.sentences) == 6  # the lead's and the two sections' sentences
    assert not [word for word in page.back_matter for text in shown if word in text]


# A paper: its title, its abstract under the language's own name, then its introduction.
PAPERS = {
    "german": (
        "Verkehr und Luft in der Stadt",
        "Zusammenfassung",
        "Einleitung",
        "Wir untersuchen, wie sich der Verkehr in einer Großstadt auf die Luft auswirkt. Die "
        "Messungen zeigen, dass Stickstoffdioxid an Hauptstraßen doppelt so hoch ist.",
        "Luftverschmutzung ist in vielen Städten ein großes Problem. Frühere Studien haben vor "
        "allem ländliche Gebiete betrachtet.",
    ),
    "french": (
        "Circulation et air en ville",
        "Résumé",
        "Introduction",
        "Nous étudions l'effet de la circulation sur la qualité de l'air dans une grande ville. "
        "Les mesures montrent que le dioxyde d'azote double près des grands axes.",
        "La pollution de l'air est un problème important dans de nombreuses villes. Les études "
        "précédentes portaient surtout sur les zones rurales.",
    ),
    "spanish": (
        "Tráfico y aire en la ciudad",
        "Resumen",
        "Introducción",
        "Estudiamos el efecto del tráfico sobre la calidad del aire en una gran ciudad. Las "
        "mediciones muestran que el dióxido de nitrógeno se duplica cerca de las avenidas.",
        "La contaminación del aire es un problema importante en muchas ciudades. Los estudios "
        "anteriores se centraron sobre todo en zonas rurales.",
    ),
    "russian": (
        "Транспорт и воздух в городе",
        "Аннотация",
        "Введение",
        "Мы изучаем, как транспорт влияет на качество воздуха в большом городе. Измерения "
        "показывают, что у крупных дорог концентрация диоксида азота вдвое выше.",
        "Загрязнение воздуха — серьёзная проблема во многих городах. Прежние исследования "
        "касались в основном сельских районов.",
    ),
    "chinese": (
        "城市交通与空气质量",
        "摘要",
        "引言",
        "本文研究大城市交通对空气质量的影响。测量结果表明，主干道附近的二氧化氮浓度高出一倍。",
        "空气污染是许多城市面临的重要问题。以往的研究主要关注农村地区。",
    ),
    "japanese": (
        "都市の交通と大気",
        "要旨",
        "はじめに",
        "本研究では、大都市の交通が空気の質に与える影響を調べた。測定の結果、幹線道路の近くでは"
        "二酸化窒素の濃度が二倍になることが分かった。",
        "大気汚染は多くの都市で重要な問題である。これまでの研究は主に農村部を対象としていた。",
    ),
}


@pytest.mark.parametrize("name", sorted(PAPERS))
def test_a_papers_abstract_is_read_as_its_own_summary(name: str) -> None:
    _page(name)  # the segmenter it needs
    title, abstract_heading, intro_heading, abstract, intro = PAPERS[name]
    text = f"# {title}\n\n## {abstract_heading}\n\n{abstract}\n\n## {intro_heading}\n\n{intro}\n"
    article = read_article(text, get_language(name), format="markdown")
    roles = {paragraph.heading: paragraph.role for paragraph in article.paragraphs}
    assert roles == {abstract_heading: "summary", intro_heading: "body"}


# Every other language with a Punkt model names its Wikipedia back matter and its abstract.
WIKIPEDIA_NAMES = {
    "italian": (("Note", "Voci correlate", "Collegamenti esterni", "Bibliografia"), "Riassunto"),
    "portuguese": (("Referências", "Ver também", "Ligações externas"), "Resumo"),
    "dutch": (
        ("Bronnen", "Zie ook", "Externe links", "Bronnen, noten en/of referenties"),
        "Samenvatting",
    ),
    "danish": (("Referencer", "Se også", "Eksterne henvisninger"), "Resumé"),
    "norwegian": (("Referanser", "Se også", "Eksterne lenker"), "Sammendrag"),
    "swedish": (("Referenser", "Se även", "Externa länkar", "Källor"), "Sammanfattning"),
    "finnish": (("Lähteet", "Katso myös", "Aiheesta muualla"), "Tiivistelmä"),
    "czech": (("Reference", "Související články", "Externí odkazy"), "Abstrakt"),
    "polish": (("Przypisy", "Zobacz też", "Linki zewnętrzne"), "Streszczenie"),
    "turkish": (("Kaynakça", "Ayrıca bakınız", "DIŞ BAĞLANTILAR"), "Özet"),
    "greek": (("Παραπομπές", "Δείτε επίσης", "ΕΞΩΤΕΡΙΚΟΙ ΣΥΝΔΕΣΜΟΙ"), "Περίληψη"),
    "estonian": (("Viited", "Vaata ka", "Välislingid"), "Kokkuvõte"),
    "slovene": (("Sklici", "Glej tudi", "Zunanje povezave"), "Povzetek"),
}


@pytest.mark.parametrize("name", sorted(WIKIPEDIA_NAMES))
def test_each_language_names_its_back_matter_and_abstract(name: str) -> None:
    back_matter, abstract = WIKIPEDIA_NAMES[name]
    cues = get_language(name).document
    assert [h for h in back_matter if not is_back_matter(h, cues, near_end=False)] == []
    assert is_own_summary(abstract, cues)
