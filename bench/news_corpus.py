"""Generated bilingual news copy for the search benchmark, as import records.

Pure Python, no Django: ``records(count, seed)`` yields the records of
``manage.py import_articles`` (see docs/importing.md), English and Serbian in
pairs that share a translation key. The Serbian is Cyrillic news copy whose
names, places and subjects are declined as the sentence needs (у Србији, из
Србије, са Србијом; Петровић, Петровића, Петровићем); one Serbian record in
ten arrives in Latin script, as an old site's export might. Each English
record says the same things as its Serbian pair.

Word frequencies are uneven on purpose, as in real copy: a few subjects
(cooperation, security, the ministry) and places are everywhere, most
surnames occur in a few per cent of articles.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from pressroom.serbian.script import serbian_slug, to_latin

KINDS = [
    ("news", 50),
    ("press_release", 20),
    ("statement", 10),
    ("speech", 8),
    ("interview", 7),
    ("photo_story", 5),
]
FIRST_DAY = date(2012, 1, 1)
DAYS = (date(2026, 10, 31) - FIRST_DAY).days


@dataclass(frozen=True)
class Word:
    """A declined Serbian word (nominative, genitive, dative/locative,
    accusative, instrumental) and its English."""

    nom: str
    gen: str
    loc: str
    acc: str
    ins: str
    en: str


def _w(forms: str, en: str) -> Word:
    return Word(*forms.split("|"), en=en)


PLACES = [
    _w("Србија|Србије|Србији|Србију|Србијом", "Serbia"),
    _w("Београд|Београда|Београду|Београд|Београдом", "Belgrade"),
    _w("Нови Сад|Новог Сада|Новом Саду|Нови Сад|Новим Садом", "Novi Sad"),
    _w("Ниш|Ниша|Нишу|Ниш|Нишем", "Niš"),
    _w("Крагујевац|Крагујевца|Крагујевцу|Крагујевац|Крагујевцем", "Kragujevac"),
    _w("Брисел|Брисела|Бриселу|Брисел|Бриселом", "Brussels"),
    _w("Европа|Европе|Европи|Европу|Европом", "Europe"),
    _w("Чачак|Чачка|Чачку|Чачак|Чачком", "Čačak"),
    _w("Ужице|Ужица|Ужицу|Ужице|Ужицем", "Užice"),
    _w("Шабац|Шапца|Шапцу|Шабац|Шапцем", "Šabac"),
    _w("Суботица|Суботице|Суботици|Суботицу|Суботицом", "Subotica"),
    _w("Краљево|Краљева|Краљеву|Краљево|Краљевом", "Kraljevo"),
    _w("Пожаревац|Пожаревца|Пожаревцу|Пожаревац|Пожаревцем", "Požarevac"),
    _w("Зрењанин|Зрењанина|Зрењанину|Зрењанин|Зрењанином", "Zrenjanin"),
    _w("Панчево|Панчева|Панчеву|Панчево|Панчевом", "Pančevo"),
    _w("Лесковац|Лесковца|Лесковцу|Лесковац|Лесковцем", "Leskovac"),
    _w("Врање|Врања|Врању|Врање|Врањем", "Vranje"),
    _w("Сомбор|Сомбора|Сомбору|Сомбор|Сомбором", "Sombor"),
    _w("Грчка|Грчке|Грчкој|Грчку|Грчком", "Greece"),
    _w("Италија|Италије|Италији|Италију|Италијом", "Italy"),
    _w("Норвешка|Норвешке|Норвешкој|Норвешку|Норвешком", "Norway"),
    _w("Напуљ|Напуља|Напуљу|Напуљ|Напуљем", "Naples"),
    _w("Вашингтон|Вашингтона|Вашингтону|Вашингтон|Вашингтоном", "Washington"),
    _w("Подгорица|Подгорице|Подгорици|Подгорицу|Подгорицом", "Podgorica"),
]
SUBJECTS = [
    _w("сарадња|сарадње|сарадњи|сарадњу|сарадњом", "cooperation"),
    _w("безбедност|безбедности|безбедности|безбедност|безбедношћу", "security"),
    _w("вежба|вежбе|вежби|вежбу|вежбом", "exercise"),
    _w("одбрана|одбране|одбрани|одбрану|одбраном", "defence"),
    _w("споразум|споразума|споразуму|споразум|споразумом", "agreement"),
    _w("партнерство|партнерства|партнерству|партнерство|партнерством", "partnership"),
    _w("конференција|конференције|конференцији|конференцију|конференцијом",
       "conference"),
    _w("радионица|радионице|радионици|радионицу|радионицом", "workshop"),
    _w("стипендија|стипендије|стипендији|стипендију|стипендијом", "scholarship"),
    _w("делегација|делегације|делегацији|делегацију|делегацијом", "delegation"),
    _w("мисија|мисије|мисији|мисију|мисијом", "mission"),
    _w("обука|обуке|обуци|обуку|обуком", "training"),
    _w("поплава|поплаве|поплави|поплаву|поплавом", "flood"),
    _w("помоћ|помоћи|помоћи|помоћ|помоћи", "assistance"),
    _w("реформа|реформе|реформи|реформу|реформом", "reform"),
    _w("деминирање|деминирања|деминирању|деминирање|деминирањем", "demining"),
    _w("истраживање|истраживања|истраживању|истраживање|истраживањем", "research"),
    _w("изложба|изложбе|изложби|изложбу|изложбом", "exhibition"),
    _w("конкурс|конкурса|конкурсу|конкурс|конкурсом", "call for applications"),
    _w("мост|моста|мосту|мост|мостом", "bridge"),
    _w("хеликоптер|хеликоптера|хеликоптеру|хеликоптер|хеликоптером", "helicopter"),
    _w("болница|болнице|болници|болницу|болницом", "hospital"),
    _w("школа|школе|школи|школу|школом", "school"),
    _w("енергетика|енергетике|енергетици|енергетику|енергетиком", "energy"),
    _w("климатска промена|климатске промене|климатској промени|климатску промену|"
       "климатском променом", "climate change"),
    _w("сајбер одбрана|сајбер одбране|сајбер одбрани|сајбер одбрану|сајбер одбраном",
       "cyber defence"),
    _w("цивилна заштита|цивилне заштите|цивилној заштити|цивилну заштиту|"
       "цивилном заштитом", "civil protection"),
    _w("дезинформација|дезинформације|дезинформацији|дезинформацију|"
       "дезинформацијом", "disinformation"),
    _w("ватрогасац|ватрогасца|ватрогасцу|ватрогасца|ватрогасцем", "firefighter"),
    _w("пилот|пилота|пилоту|пилота|пилотом", "pilot"),
    _w("ученик|ученика|ученику|ученика|учеником", "pupil"),
    _w("студент|студента|студенту|студента|студентом", "student"),
    _w("новинар|новинара|новинару|новинара|новинаром", "journalist"),
    _w("амбасада|амбасаде|амбасади|амбасаду|амбасадом", "embassy"),
    _w("парламент|парламента|парламенту|парламент|парламентом", "parliament"),
    _w("министарство|министарства|министарству|министарство|министарством",
       "ministry"),
]  # fmt: skip
FIRST_NAMES = [
    _w("Марко|Марка|Марку|Марка|Марком", "Marko"),
    _w("Никола|Николе|Николи|Николу|Николом", "Nikola"),
    _w("Милош|Милоша|Милошу|Милоша|Милошем", "Miloš"),
    _w("Ђорђе|Ђорђа|Ђорђу|Ђорђа|Ђорђем", "Đorđe"),
    _w("Душан|Душана|Душану|Душана|Душаном", "Dušan"),
    _w("Бранко|Бранка|Бранку|Бранка|Бранком", "Branko"),
    _w("Жељко|Жељка|Жељку|Жељка|Жељком", "Željko"),
    _w("Лазар|Лазара|Лазару|Лазара|Лазаром", "Lazar"),
    _w("Стефан|Стефана|Стефану|Стефана|Стефаном", "Stefan"),
    _w("Александар|Александра|Александру|Александра|Александром", "Aleksandar"),
    _w("Јован|Јована|Јовану|Јована|Јованом", "Jovan"),
    _w("Вук|Вука|Вуку|Вука|Вуком", "Vuk"),
]
# Surnames: a root and -ић, declined like Петровић, Петровића, Петровићем.
SURNAME_ROOTS = [
    "Петров",
    "Јованов",
    "Ђорђев",
    "Николов",
    "Стојанов",
    "Милошев",
    "Вучет",
    "Радов",
    "Марков",
    "Живков",
    "Лазарев",
    "Павлов",
    "Тодоров",
    "Станков",
    "Илијев",
    "Симов",
    "Ђурђев",
    "Костов",
    "Митров",
    "Пејов",
    "Јоксимов",
    "Милутинов",
    "Драгов",
    "Бошков",
    "Ранков",
    "Пешов",
    "Љубисављев",
    "Чолов",
    "Шаков",
    "Жарков",
    "Ћурч",
    "Његов",
    "Џаферов",
    "Анђелков",
    "Благојев",
    "Влајков",
    "Гавриловић",
    "Дим",
    "Јакш",
    "Лук",
    "Мићов",
    "Ненадов",
    "Обрадов",
    "Перов",
    "Ристов",
    "Савов",
    "Трифунов",
    "Ћосов",
    "Урошев",
    "Филипов",
    "Хаџ",
    "Цвијов",
    "Чубр",
    "Шапон",
    "Јев",
    "Мијајлов",
    "Бабов",
    "Вељков",
    "Гвозден",
    "Деспотов",
    "Ердељан",
    "Живанов",
    "Зечев",
    "Игњатов",
    "Јелисав",
    "Крстов",
    "Лаков",
    "Мандов",
    "Нинков",
    "Остојев",
    "Пантел",
    "Радосављев",
    "Сретенов",
    "Тасков",
    "Убипариков",
    "Хаџиј",
    "Црњан",
    "Чанков",
    "Шуљаг",
    "Букв",
    "Алексов",
    "Бајков",
    "Војинов",
    "Гајов",
    "Драшков",
    "Ђуров",
    "Жугов",
    "Зорков",
    "Ивков",
    "Јанков",
    "Ковачев",
    "Луков",
    "Мирков",
    "Новаков",
    "Огњанов",
    "Петраков",
    "Ракоч",
    "Сав",
    "Тошков",
    "Ђок",
]


def _surname(root: str) -> Word:
    base = root.removesuffix("ић") + "ић"
    return Word(base, base + "а", base + "у", base + "а", base + "ем", to_latin(base))


SURNAMES = [_surname(root) for root in SURNAME_ROOTS]
TOPICS = [("Партнерство", "Partnership"), ("Вежбе", "Exercises"),
          ("Безбедност", "Security"), ("Образовање", "Education"),
          ("Цивилна заштита", "Civil protection"), ("Наука", "Science"),
          ("Култура", "Culture"),
          ("Хуманитарна помоћ", "Humanitarian aid")]  # fmt: skip


@dataclass(frozen=True)
class Person:
    first: Word
    last: Word

    def case(self, name: str) -> str:
        return f"{getattr(self.first, name)} {getattr(self.last, name)}"

    @property
    def en(self) -> str:
        return f"{self.first.en} {self.last.en}"


# (Serbian, English) sentence templates: p, q people; a, b places; s, t subjects.
SENTENCES = [
    ("{p.nom} је у {a.loc} разговарао са {q.ins} о {s.loc}.",
     "{p} talked with {q} in {a} about {s}."),
    ("Делегација из {a.gen} посетила је {b.acc} и разговарала о {s.loc}.",
     "A delegation from {a} visited {b} and discussed {s}."),
    ("Према речима {p.gen}, {s.nom} ће бити настављена до {year}. године.",
     "According to {p}, {s} will continue until {year}."),
    ("Без {s.gen} нема ни {t.gen}, истакао је {p.nom} у {a.loc}.",
     "Without {s} there is no {t}, {p} said in {a}."),
    ("{p.dat} је у {a.loc} уручено признање за допринос {s.loc}.",
     "{p} received an award in {a} for contributing to {s}."),
    ("Учесници из {a.gen} и {b.gen} завршили су обуку са {s.ins}.",
     "Participants from {a} and {b} completed training with {s}."),
    ("Министарство одбране најавило је нову сарадњу са {a.ins} у области {s.gen}.",
     "The Ministry of Defence announced new cooperation with {a} on {s}."),
    ("Састанак у {a.loc} трајао је дуже од очекиваног, а главна тема била је {s.nom}.",
     "The meeting in {a} lasted longer than expected; the main subject was {s}."),
    ("„Ово је важан дан за {s.acc}”, рекао је {p.nom} новинарима у {a.loc}.",
     "“This is an important day for {s},” {p} told journalists in {a}."),
    ("Више од {n} људи из {a.gen} учествовало је у програму {s.gen}.",
     "More than {n} people from {a} took part in the {s} programme."),
    ("{p.nom} и {q.nom} потписали су споразум о {s.loc} у {a.loc}.",
     "{p} and {q} signed an agreement on {s} in {a}."),
    ("Са {p.ins} су у {a.loc} разговарали и представници {s.gen}.",
     "Representatives of {s} also met {p} in {a}."),
]  # fmt: skip
TITLES = [
    ("{s.nom} у {a.loc}", "{S} in {a}"),
    ("{p.nom}: {s.nom} је приоритет", "{p}: {s} is a priority"),
    ("{p.nom} у посети {a.loc}", "{p} visits {a}"),
    ("Разговори о {s.loc} у {a.loc}", "Talks on {s} in {a}"),
    ("Из {a.gen} у {b.acc}: {s.nom} и {t.nom}", "From {a} to {b}: {s} and {t}"),
    ("{p.nom} о {s.loc} и {t.loc}", "{p} on {s} and {t}"),
]  # fmt: skip


def _weights(items: list, offset: float) -> list[float]:
    # Uneven frequencies: the first items of a list are the common ones.
    total, weights = 0.0, []
    for rank in range(len(items)):
        total += 1 / (rank + offset)
        weights.append(total)
    return weights


_PLACE_WEIGHTS = _weights(PLACES, 4)
_SUBJECT_WEIGHTS = _weights(SUBJECTS, 4)
_SURNAME_WEIGHTS = _weights(SURNAMES, 3)


class Draw:
    """The people, places and subjects of one article, shared by its languages.

    An article is about a few of each, as real copy is; its sentences draw
    from those.
    """

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.people = [
            Person(rng.choice(FIRST_NAMES), surname)
            for surname in _distinct(rng, SURNAMES, _SURNAME_WEIGHTS, 3)
        ]
        self.places = _distinct(rng, PLACES, _PLACE_WEIGHTS, 3)
        self.subjects = _distinct(rng, SUBJECTS, _SUBJECT_WEIGHTS, 4)


def _distinct(rng: random.Random, items: list, weights: list[float], count: int):
    chosen: list = []
    while len(chosen) < count:
        item = rng.choices(items, cum_weights=weights)[0]
        if item not in chosen:
            chosen.append(item)
    return chosen


def _fill(pair: tuple[str, str], draw: Draw) -> tuple[str, str]:
    rng = draw.rng
    p, q = rng.sample(draw.people, 2)
    a, b = rng.sample(draw.places, 2)
    s, t = rng.sample(draw.subjects, 2)
    year, n = rng.randint(2013, 2030), rng.randint(2, 40) * 10
    serbian = pair[0].format(
        p=_Cases(p), q=_Cases(q), a=a, b=b, s=s, t=t, year=year, n=n
    )
    english = pair[1].format(
        p=p.en, q=q.en, a=a.en, b=b.en, s=s.en, t=t.en, S=s.en.capitalize(),
        year=year, n=n,
    )  # fmt: skip
    return serbian[0].upper() + serbian[1:], english[0].upper() + english[1:]


class _Cases:
    def __init__(self, person: Person):
        self.nom, self.gen = person.case("nom"), person.case("gen")
        self.loc, self.acc = person.case("loc"), person.case("acc")
        self.ins, self.dat = person.case("ins"), person.case("loc")


def article(number: int, rng: random.Random) -> tuple[dict, dict]:
    """One English record and its Serbian translation."""
    draw = Draw(rng)
    title_sr, title_en = _fill(rng.choice(TITLES), draw)
    lead = [_fill(rng.choice(SENTENCES), draw) for _ in range(2)]
    paragraphs_sr, paragraphs_en = [], []
    for i in range(rng.randint(3, 6)):
        if i and rng.random() < 0.25:
            heading = _fill(rng.choice(TITLES), draw)
            paragraphs_sr.append(f"<h2>{heading[0]}</h2>")
            paragraphs_en.append(f"<h2>{heading[1]}</h2>")
        sentences = [
            _fill(rng.choice(SENTENCES), draw) for _ in range(rng.randint(2, 4))
        ]
        sr = " ".join(s for s, _ in sentences)
        en = " ".join(e for _, e in sentences)
        if rng.random() < 0.3:
            sr, en = f"<strong>{sr}</strong>", f"<strong>{en}</strong>"
        paragraphs_sr.append(f"<p>{sr}</p>")
        paragraphs_en.append(f"<p>{en}</p>")
    kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
    day = (FIRST_DAY + timedelta(days=rng.randrange(DAYS))).isoformat()
    topics = rng.sample(TOPICS, rng.randint(0, 2))
    key = f"bench-{number:06d}"
    english = {
        "locale": "en",
        "slug": serbian_slug(f"{key} {title_en}", max_length=60),
        "title": title_en,
        "lead": " ".join(e for _, e in lead),
        "body_html": "".join(paragraphs_en),
        "date": day,
        "kind": kind,
        "topics": [en for _, en in topics],
        "translation_key": key,
    }
    serbian = {
        "locale": "sr",
        "slug": f"{key}-{title_sr}",  # serbian_slug makes it ASCII Latin
        "title": title_sr,
        "lead": " ".join(s for s, _ in lead),
        "body_html": "".join(paragraphs_sr),
        "date": day,
        "kind": kind,
        "topics": [sr for sr, _ in topics],
        "translation_key": key,
    }
    if rng.random() < 0.1:  # an old site's export in Latin script
        for name in ("slug", "title", "lead", "body_html"):
            serbian[name] = to_latin(serbian[name])
        serbian["topics"] = [to_latin(name) for name in serbian["topics"]]
    return english, serbian


def records(count: int, seed: int = 20251123) -> Iterator[dict]:
    """``count`` import records, English and Serbian alternating in pairs."""
    rng = random.Random(seed)
    for number in range((count + 1) // 2):
        english, serbian = article(number, rng)
        yield english
        if 2 * number + 1 < count:
            yield serbian
