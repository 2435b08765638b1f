"""Builds a deterministic, realistic corpus for measuring the newsroom at scale.

This module owns `generate_corpus`: a cast of public bodies (councils, children's services
trusts, schools, inspectorates, government departments, charities, care companies,
publishers) and the people who run them, with the names they go by (acronyms, former
names with the dates they were used, "the council" and its like, places, titled and
misspelt names), their posts over the years, and their inspections and grades; then
published articles, 2005 to 2026, whose sentences name that cast in every form the
linker reads: full and titled names, "Mr Surname" and the bare surname after the full
name, possessives with ' and ’, acronyms, acronyms the article defines ("... (ACR)"),
descriptions after the body is named, and quotes. One inspectorate, Ofsted, is the hub
that about half the articles mention.

Everything is drawn from `random.Random` seeded from the seed (each article from its own
generator, so article n is the same whatever the batch size): the same seed gives the
same corpus. Rows are written with `bulk_create` in batches, one transaction per batch,
and each article is linked with the current linker before its batch is written, so the
stored mentions are exactly what `relink` would make. `bulk_create` bypasses `save()`:
no django-simple-history rows are written for generated data (there is no history to
show for rows nobody edited), versions start at 1, and people's sort names are set here.
The search index needs nothing: the database triggers of `newsroom.search_index` fill
it as the rows go in.
"""

from __future__ import annotations

import json
import queue
import random
import threading
import time
from bisect import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate

from django.core.management.color import no_style
from django.db import connection, connections, transaction
from django.db.models import Max
from django.utils.text import slugify

from entities.aliases import current_linker
from entities.models import (
    Alias,
    DatePrecision,
    Identifier,
    Inspection,
    InspectionRating,
    Organisation,
    Person,
    Role,
)

from .freshness import content_changed
from .mentions import found_keys, link, unresolved_names
from .models import Article, Mention

FIRST_DAY, LAST_DAY = date(2005, 1, 1), date(2026, 10, 31)
# Generated rows are stamped with one fixed time, not the clock, so runs are identical.
CORPUS_TIME = datetime(2026, 11, 1, tzinfo=UTC)
HUB_SHARE = 0.5  # the share of articles that name the hub (Ofsted)
ORGANISATION_SHARE = 0.5  # of the entities; the rest are people

Kind = Organisation.Kind
Grade = InspectionRating.Grade
Area = InspectionRating.JudgementArea
Framework = Inspection.Framework

# Vocabulary ----------------------------------------------------------------------

_HEADS = """
    Ash Brad Don Shef Roth Barn Wake Hud Hal Kirk Mal Whit Scar Har Rip Thirsk Pont Bev
    Lin Grant Bos Stam Wor New Mans Bake Ilk Brig Cleck Dews Ed Elm Fen Gar Hath Ing Kel
    Lang Mid Nor Ot Pen Quen Red Sel Tad Ux Ven Wend Yar Ald Bram Cal Dun Eas Frod Glas
""".split()  # noqa: SIM905 - a word list reads best as words
_TAILS = """
    ford ley caster field ham sley bury ton wick by borough gate mouth worth well stead
    chester minster bridge thorpe holme dale combe hurst ington wood stow mere
""".split()  # noqa: SIM905
_PLACE_PREFIXES = ("North", "South", "East", "West", "Great", "Little", "Upper", "Market")
_MALE = """
    Michael Andrew David Mark Paul Neil Peter James Tom Simon Mohammed Richard John Steven
    Robert Christopher Daniel Matthew Anthony Ian Gary Stuart Graham Martin Colin Kevin
    Jonathan Nigel Adrian Raj Imran Tariq Owen Gareth Rhys Callum Liam Sean Patrick Alan
""".split()  # noqa: SIM905
_FEMALE = """
    Ros Sarah Helen Rebecca Ruth Amanda Gillian Anne Priya Aisha Kate Joanna Rachel Fiona
    Susan Karen Julie Lisa Claire Emma Nicola Louise Catherine Elizabeth Margaret Jane
    Victoria Deborah Alison Lucy Hannah Sophie Charlotte Nadia Yasmin Shabana Bethan Sian
""".split()  # noqa: SIM905
_FAMILY = """
    Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans
    Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips
    Mason Mitchell Rose Davis Rodgers Morris Cooper Ward Moore King Harrison Morgan Baker
    Allen Hussain Begum Ahmed Ali Shaw Holmes Kelly Parker Turner Hughes Edwards Collins
    Stewart Murphy Bell Bailey Cox Richardson Howard Gray Cook Foster Webb Price Barnes
    Fletcher Pearson Hunt Marshall Lloyd Kennedy Watts Palmer Butler Bennett Chapman
    Dixon Hayes Reid Owen Kaur Singh Gill Sharma Okafor Mensah Nowak Kowalski Byrne Quinn
    Doyle Gallagher Fraser Campbell Ross Murray Henderson Grant Burns Wallace Lawson Rowe
    Perry Wilshire Nelson Pennington Ashworth Hargreaves Sutcliffe Greenwood Haigh Firth
""".split()  # noqa: SIM905
_NICKNAMES = {
    "Michael": "Mike",
    "Andrew": "Andy",
    "David": "Dave",
    "Peter": "Pete",
    "James": "Jim",
    "Thomas": "Tom",
    "Robert": "Rob",
    "Christopher": "Chris",
    "Daniel": "Dan",
    "Matthew": "Matt",
    "Anthony": "Tony",
    "Stephen": "Steve",
    "Jonathan": "Jon",
    "Elizabeth": "Liz",
    "Catherine": "Kate",
    "Margaret": "Maggie",
    "Rebecca": "Becky",
    "Victoria": "Vicky",
    "Deborah": "Debbie",
    "Susan": "Sue",
    "Nicola": "Nicky",
}
_COUNCIL_FORMS = (
    "{} Council",
    "{} City Council",
    "{} Borough Council",
    "{} Metropolitan Borough Council",
    "{} County Council",
    "{} District Council",
)
_SCHOOL_FEATURES = """
    Park Grange Hill Road Valley Meadow Green Moor Church Brook Oak Field Bridge Castle
    Abbey Priory Lane Common Heath Vale Forest Springs Hall Manor
""".split()  # noqa: SIM905
_SCHOOL_TYPES = (
    "Primary School",
    "Academy",
    "High School",
    "Junior School",
    "Infant School",
    "Community School",
    "Church of England Primary School",
    "Catholic High School",
)
_CHARITY_FIRST = ("Action", "Voice", "Hope", "Future", "Justice", "Advocacy", "Homes")
_CHARITY_FOR = (
    "Children",
    "Young People",
    "Care Leavers",
    "Families",
    "Young Carers",
    "Foster Families",
    "Disabled Children",
    "Kinship Carers",
)
_CHARITY_SUFFIXES = ("Network", "Project", "Partnership", "Foundation", "Forum", "Alliance")
_COMPANY_FORMS = (
    "{} Care Homes Ltd",
    "{} Residential Services Ltd",
    "{} Fostering Services Ltd",
    "{} Childcare Group",
    "{} Supported Living Ltd",
)
_PAPERS = ("Herald", "Echo", "Gazette", "Star", "Post", "Chronicle", "Argus", "Examiner")

# The national bodies: (name, slug, kind, [(alias, alias kind, valid_from, valid_until)]).
_D = Alias.Kind.DESCRIPTION
_NATIONAL = (
    (
        "Ofsted",
        "ofsted",
        Kind.REGULATOR,
        [
            ("Office for Standards in Education", Alias.Kind.FORMER_NAME, None, date(2007, 3, 31)),
            (
                "Office for Standards in Education, Children's Services and Skills",
                Alias.Kind.NAME,
                date(2007, 4, 1),
                None,
            ),
            ("the watchdog", _D, None, None),
            ("the inspectorate", _D, None, None),
            ("the regulator", _D, None, None),
            ("the education watchdog", _D, None, None),
        ],
    ),
    (
        "Department for Education",
        "department-for-education",
        Kind.GOVERNMENT_DEPARTMENT,
        [
            ("DfE", Alias.Kind.ACRONYM, date(2010, 5, 12), None),
            (
                "Department for Education and Skills",
                Alias.Kind.FORMER_NAME,
                None,
                date(2007, 6, 27),
            ),
            ("DfES", Alias.Kind.ACRONYM, None, date(2007, 6, 27)),
            (
                "Department for Children, Schools and Families",
                Alias.Kind.FORMER_NAME,
                date(2007, 6, 28),
                date(2010, 5, 11),
            ),
            ("DCSF", Alias.Kind.ACRONYM, date(2007, 6, 28), date(2010, 5, 11)),
            ("the department", _D, None, None),
        ],
    ),
    (
        "Care Quality Commission",
        "care-quality-commission",
        Kind.REGULATOR,
        [("CQC", Alias.Kind.ACRONYM, None, None), ("the care watchdog", _D, None, None)],
    ),
    (
        "Ministry of Housing, Communities and Local Government",
        "ministry-of-housing-communities-and-local-government",
        Kind.GOVERNMENT_DEPARTMENT,
        [
            ("MHCLG", Alias.Kind.ACRONYM, None, None),
            (
                "Department for Communities and Local Government",
                Alias.Kind.FORMER_NAME,
                None,
                date(2018, 1, 7),
            ),
            ("DCLG", Alias.Kind.ACRONYM, None, date(2018, 1, 7)),
            (
                "Department for Levelling Up, Housing and Communities",
                Alias.Kind.FORMER_NAME,
                date(2021, 9, 19),
                date(2024, 7, 7),
            ),
            ("DLUHC", Alias.Kind.ACRONYM, date(2021, 9, 19), date(2024, 7, 7)),
        ],
    ),
    (
        "Department of Health and Social Care",
        "department-of-health-and-social-care",
        Kind.GOVERNMENT_DEPARTMENT,
        [
            ("DHSC", Alias.Kind.ACRONYM, date(2018, 1, 9), None),
            ("Department of Health", Alias.Kind.FORMER_NAME, None, date(2018, 1, 8)),
        ],
    ),
    ("HM Government", "hm-government", Kind.GOVERNMENT, [("the Government", _D, None, None)]),
    (
        "Local Government Association",
        "local-government-association",
        Kind.PROFESSIONAL_BODY,
        [("LGA", Alias.Kind.ACRONYM, None, None)],
    ),
    (
        "Association of Directors of Children's Services",
        "association-of-directors-of-childrens-services",
        Kind.PROFESSIONAL_BODY,
        [
            ("ADCS", Alias.Kind.ACRONYM, None, None),
            ("Association of Directors of Children Services", Alias.Kind.MISSPELLING, None, None),
        ],
    ),
    (
        "Children's Commissioner for England",
        "childrens-commissioner-for-england",
        Kind.OTHER,
        [("the children's commissioner", _D, None, None)],
    ),
    (
        "Labour Party",
        "labour-party",
        Kind.POLITICAL_PARTY,
        [("Labour", Alias.Kind.NAME, None, None)],
    ),
    (
        "Conservative Party",
        "conservative-party",
        Kind.POLITICAL_PARTY,
        [("Conservatives", Alias.Kind.NAME, None, None), ("Tories", Alias.Kind.NAME, None, None)],
    ),
    (
        "Liberal Democrats",
        "liberal-democrats",
        Kind.POLITICAL_PARTY,
        [("Lib Dems", Alias.Kind.NAME, None, None)],
    ),
)
# Posts each kind of body has: (title, honorific to prefer, terms from year, to year).
_POSTS = {
    "council": (
        ("chief executive", None),
        ("director of children's services", None),
        ("leader of the council", "Cllr"),
        ("cabinet member for children's services", "Cllr"),
    ),
    "trust": (("chief executive", None), ("chair", None)),
    "school": (("headteacher", None), ("chair of governors", None)),
    "charity": (("chief executive", None),),
    "company": (("managing director", None),),
}
_NATIONAL_POSTS = {
    "ofsted": (("chief inspector", "Sir"), ("national director for social care", None)),
    "department-for-education": (
        ("Education Secretary", None),
        ("children's minister", None),
    ),
    "association-of-directors-of-childrens-services": (("president", None),),
    "local-government-association": (("chair", "Cllr"),),
    "childrens-commissioner-for-england": (("children's commissioner", "Dame"),),
}
_FINDINGS = (
    "too many children waited too long for an assessment of their needs",
    "managers did not have clear oversight of casework",
    "the quality of social work practice was inconsistent",
    "children were seen regularly by social workers who knew them well",
    "leaders had a realistic understanding of the service's strengths and weaknesses",
    "plans for young people leaving care were too often weak",
    "the high turnover of social workers meant some children had many different workers",
    "risks to children at home were not always recognised quickly enough",
    "the front door service responded promptly to concerns",
    "pupils behaved well and were keen to learn",
    "the curriculum was not well planned in every subject",
    "safeguarding arrangements were effective",
    "disadvantaged pupils did not achieve as well as others",
    "too many children were placed a long way from home",
    "the voice of the child was evident in most records",
    "return home interviews for children who went missing were not always completed",
)
_SUBJECTS = (
    "The number of children in care",
    "Spending on agency social workers",
    "Demand for early help",
    "The cost of residential placements",
    "The average caseload for a social worker",
    "The number of referrals to children's social care",
    "The number of children on child protection plans",
    "Spending on home-to-school transport",
    "The number of pupils with education, health and care plans",
    "The number of unaccompanied asylum-seeking children",
    "Vacancy rates among children's social workers",
    "The number of pupils excluded",
)
_MOVES = (
    "rose by {n} per cent",
    "fell by {n} per cent",
    "has almost doubled",
    "reached a record high",
    "went up by {n} per cent",
    "dropped by a fifth",
    "climbed steadily",
)
_WHEN = (
    "last year",
    "in the past twelve months",
    "since {year}",
    "over the past decade",
    "between {year} and {later}",
    "in the year to March",
)
_CODAS = (
    "figures show",
    "according to official figures",
    "a report to councillors said",
    "the latest data shows",
    "a freedom of information request revealed",
    "",
)
_QUOTES = (
    "We are disappointed with the findings and accept that there is more to do",
    "Our staff work incredibly hard for children and families, and this report recognises that",
    "This is a significant step forward for children and young people",
    "We have already put in place an improvement plan and we are confident it will work",
    "Children deserve better, and we will not rest until they get it",
    "The pressures on children's services nationally are enormous",
    "I want to thank our social workers for their dedication",
    "We will study the report carefully and respond in full",
    "There is no more important job than keeping children safe",
    "We know we have a long way to go, but the direction of travel is clear",
    "Every child deserves a safe, stable and loving home",
    "Funding has not kept pace with demand, and that is the simple truth",
)
_SAYS = ("said", "says", "added")  # after the quote: "..., said Ms Jones."
_TELLS = ("said", "told the meeting", "told reporters", "added")  # before it
_PLACE_SENTENCES = (
    "Families in {place} have waited years for these changes.",
    "Campaigners in {place} said the decision was long overdue.",
    "Foster carers in {place} say they feel unsupported.",
    "Schools across {place} have reported rising numbers of children needing help.",
    "Residents in {place} were invited to give their views at a public meeting.",
)
_GLUE = (
    "The meeting heard that the service had struggled to recruit experienced staff.",
    "Councillors were told that the overspend would be met from reserves.",
    "Inspectors visited over two weeks and spoke to children, parents and carers.",
    "A full report is expected to be published later this year.",
    "The service supports around {n}00 children and young people.",
    "Some {n}0 social workers left the service in the past year.",
    "The improvement board will meet every month to check progress.",
    "Opposition councillors called for an independent review.",
    "The budget for children's services is now more than £{n}0m a year.",
    "A consultation on the plans closes next month.",
    "Parents said communication with the service had improved.",
    "The number of children placed outside the area remained high.",
)
_GRADE_WORDS = {
    Grade.OUTSTANDING: "outstanding",
    Grade.GOOD: "good",
    Grade.REQUIRES_IMPROVEMENT: "requires improvement",
    Grade.INADEQUATE: "inadequate",
}
_GRADE_WEIGHTS = (10, 40, 35, 15)  # outstanding, good, requires improvement, inadequate


# The cast ----------------------------------------------------------------------------


@dataclass
class Body:
    """An organisation as the generator knows it, before and after it is saved."""

    name: str
    slug: str
    kind: str
    group: str  # council, trust, school, charity, company, national, publisher
    place: str = ""
    aliases: list = field(default_factory=list)  # (text, kind, case, from, until)
    descriptions: tuple[str, ...] = ()
    acronym: str = ""  # an acronym in the alias table
    defined: str = ""  # an acronym the articles define themselves: "... (ACR)"
    former: list = field(default_factory=list)  # (name, until)
    parent: int | None = None  # index into Cast.bodies
    founded: date | None = None
    posts: list = field(default_factory=list)  # (title, person index, start, end)
    inspections: list = field(default_factory=list)  # index into Cast.inspections
    pk: int | None = None

    def name_on(self, day: date, rng: random.Random) -> str:
        """The name the body went by on that day (a former name, now and then)."""
        for name, until in self.former:
            if day <= until and rng.random() < 0.7:
                return name
        return self.name


@dataclass
class Someone:
    """A person as the generator knows them."""

    given: str
    family: str
    honorific: str
    female: bool
    slug: str
    aliases: list = field(default_factory=list)
    roles: list = field(default_factory=list)  # (title, body index or None, start, end)
    pk: int | None = None

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def short(self) -> str:
        """The name a second reference uses: "Sir Michael", "Cllr Jones", "Ms Jones"."""
        if self.honorific in ("Sir", "Dame"):
            return f"{self.honorific} {self.given}"
        if self.honorific in ("Dr", "Cllr", "Professor", "Mrs"):
            return f"{self.honorific} {self.family}"
        return f"{'Ms' if self.female else 'Mr'} {self.family}"

    @property
    def pronoun(self) -> str:
        return "she" if self.female else "he"


@dataclass
class Visit:
    """An inspection as the generator knows it."""

    body: int
    framework: str
    kind: str
    start: date
    published: date
    grades: dict  # judgement area -> grade
    pk: int | None = None
    rating_pks: list = field(default_factory=list)


@dataclass
class Cast:
    bodies: list[Body]
    people: list[Someone]
    visits: list[Visit]
    by_group: dict[str, list[int]]
    hub: int
    department: int
    journalists: list[tuple[int, int, str]]  # (person, publisher body, job title)
    weights: dict[str, list[float]] = field(default_factory=dict)  # cumulative, per group

    def pick(self, rng: random.Random, group: str) -> int:
        """A body of the group, the well-known ones far more often (Zipf-like)."""
        members, cumulative = self.by_group[group], self.weights[group]
        return members[bisect(cumulative, rng.random() * cumulative[-1])]


def _one(rng: random.Random, items):
    """rng.choice, at a third of its cost (one call into C); as deterministic."""
    return items[int(rng.random() * len(items))]


def _between(rng: random.Random, low: int, high: int) -> int:
    """rng.randint, cheaper in the same way."""
    return low + int(rng.random() * (high - low + 1))


def _listed(names: list[str]) -> str:
    """Join names as prose does: "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _initials(name: str) -> str:
    words = name.replace("'s", "").replace(",", "").split()
    return "".join(w[0] for w in words if w[0].isupper() and w not in ("Ltd",))


def _places(rng: random.Random, count: int) -> list[str]:
    names = [h + t for h in _HEADS for t in _TAILS]
    names += [f"{p} {n}" for p in _PLACE_PREFIXES for n in names]
    rng.shuffle(names)
    return names[:count]


def build_cast(entities: int, rng: random.Random) -> Cast:
    """Draw the organisations and people, their names, posts and inspections."""
    organisations = max(len(_NATIONAL) + 10, round(entities * ORGANISATION_SHARE))
    people_wanted = max(10, entities - organisations)
    local = organisations - len(_NATIONAL)
    publishers = max(2, local // 400)
    councils = max(2, round(local * 0.22))
    trusts = max(1, round(local * 0.05))
    charities = max(1, round(local * 0.12))
    companies = max(1, round(local * 0.08))
    schools = max(1, local - publishers - councils - trusts - charities - companies)
    places = _places(rng, councils + publishers)
    bodies: list[Body] = []
    taken_acronyms: set[str] = set()
    by_group: dict[str, list[int]] = {
        g: [] for g in ("national", "council", "trust", "school", "charity", "company")
    }
    by_group["publisher"] = []

    def add(body: Body) -> int:
        by_group[body.group].append(len(bodies))
        bodies.append(body)
        return len(bodies) - 1

    for name, slug, kind, aliases in _NATIONAL:
        body = Body(name, slug, kind, "national")
        for text, alias_kind, since, until in aliases:
            body.aliases.append((text, alias_kind, Alias.Case.AUTO, since, until))
            if alias_kind == Alias.Kind.ACRONYM:
                taken_acronyms.add(text)
        body.descriptions = tuple(a[0] for a in aliases if a[1] == _D)
        body.acronym = next((a[0] for a in aliases if a[1] == Alias.Kind.ACRONYM), "")
        add(body)
    hub, department = 0, 1

    council_places = places[:councils]
    for place in council_places:
        form = rng.choice(_COUNCIL_FORMS)
        body = Body(
            form.format(place),
            slugify(form.format(place)),
            Kind.LOCAL_AUTHORITY,
            "council",
            place=place,
        )
        body.descriptions = ("the council", "the local authority", "the authority")
        if form != "{} Council":
            body.aliases.append((f"{place} Council", Alias.Kind.NAME, Alias.Case.AUTO, None, None))
        body.aliases.append((place, Alias.Kind.PLACE, Alias.Case.CAPITALISED, None, None))
        body.aliases.append((f"{place} children's services", Alias.Kind.NAME, "any", None, None))
        body.aliases.append((f"{place} social services", Alias.Kind.NAME, "any", None, None))
        # The building, which papers name as a place: "a protest outside Leeds Town Hall".
        body.aliases.append((f"{place} Town Hall", Alias.Kind.NOT_A_MENTION, "any", None, None))
        tier = form.split()[-2].lower() if len(form.split()) > 2 else ""
        if tier in ("city", "borough", "county", "district"):
            body.descriptions += (f"the {tier} council",)
            letters = "".join(w[0] for w in form.split()[1:])  # "Doncaster MBC"
            body.aliases.append((f"{place} {letters}", Alias.Kind.ACRONYM, "exact", None, None))
        if rng.random() < 0.3:
            former = rng.choice([f for f in _COUNCIL_FORMS if f != form]).format(place)
            until = _day_between(rng, date(2008, 1, 1), date(2022, 12, 31))
            body.former.append((former, until))
            body.aliases.append((former, Alias.Kind.FORMER_NAME, Alias.Case.AUTO, None, until))
        acronym = _initials(body.name)
        if len(acronym) >= 3 and acronym not in taken_acronyms and rng.random() < 0.6:
            taken_acronyms.add(acronym)
            body.acronym = acronym
            body.aliases.append((acronym, Alias.Kind.ACRONYM, Alias.Case.AUTO, None, None))
        if rng.random() < 0.1:
            misspelt = place[:-2] + place[-1] + place[-2] if len(place) > 4 else place + "e"
            text = body.name.replace(place, misspelt, 1)
            body.aliases.append((text, Alias.Kind.MISSPELLING, Alias.Case.AUTO, None, None))
        add(body)
    councils_index = list(by_group["council"])

    for council in rng.sample(councils_index, min(trusts, len(councils_index))):
        place = bodies[council].place
        founded = _day_between(rng, date(2012, 1, 1), date(2021, 12, 31))
        name = rng.choice(
            [
                f"{place} Children's Services Trust",
                f"{place} Children's Trust",
                f"Achieving for Children in {place}",
            ]
        )
        body = Body(
            name,
            slugify(name),
            Kind.CHILDRENS_TRUST,
            "trust",
            place=place,
            parent=council,
            founded=founded,
        )
        body.descriptions = ("the trust",)
        acronym = _initials(name)
        if acronym not in taken_acronyms and rng.random() < 0.7:
            taken_acronyms.add(acronym)
            body.acronym = acronym
            body.aliases.append((acronym, Alias.Kind.ACRONYM, Alias.Case.AUTO, founded, None))
        elif acronym not in taken_acronyms:
            body.defined = acronym
        if rng.random() < 0.3 and "Services" in name:
            former = f"{place} Children's Trust"
            until = _day_between(rng, founded, date(2024, 12, 31))
            body.former.append((former, until))
            body.aliases.append((former, Alias.Kind.FORMER_NAME, Alias.Case.AUTO, founded, until))
        add(body)

    school_names: set[str] = set()
    while len(by_group["school"]) < schools:
        council = rng.choice(councils_index)
        place = bodies[council].place
        feature = rng.choice(_SCHOOL_FEATURES)
        kind = rng.choice(_SCHOOL_TYPES)
        name = f"{place} {feature} {kind}"
        if name in school_names:
            continue
        school_names.add(name)
        body = Body(name, slugify(name), Kind.OTHER, "school", place=place, parent=council)
        body.descriptions = ("the school",)
        body.aliases.append((f"{place} {feature}", Alias.Kind.SHORT, Alias.Case.AUTO, None, None))
        if kind.endswith(" School"):
            shorter = name.removesuffix(" School")
            body.aliases.append((shorter, Alias.Kind.NAME, Alias.Case.AUTO, None, None))
            if kind.count(" ") == 1:  # "Park Primary", as locals call it
                nickname = f"{feature} {kind.split()[0]}"
                body.aliases.append((nickname, Alias.Kind.SHORT, Alias.Case.AUTO, None, None))
        if kind != "Academy" and rng.random() < 0.35:
            academy = f"{place} {feature} Academy"
            if academy not in school_names:
                school_names.add(academy)
                until = _day_between(rng, date(2010, 9, 1), date(2022, 8, 31))
                body.former.append((name, until))
                body.aliases.append((name, Alias.Kind.FORMER_NAME, Alias.Case.AUTO, None, until))
                body.name, body.slug = academy, slugify(academy)
        add(body)

    charity_names: set[str] = set()
    while len(by_group["charity"]) < charities:
        if rng.random() < 0.3:
            name = f"{rng.choice(_CHARITY_FIRST)} for {rng.choice(_CHARITY_FOR)}"
            if rng.random() < 0.5:
                name = f"{name} {rng.choice(_CHARITY_SUFFIXES)}"
        else:
            place = bodies[rng.choice(councils_index)].place
            name = f"{place} {rng.choice(_CHARITY_FOR)} {rng.choice(_CHARITY_SUFFIXES)}"
        if name in charity_names:
            continue
        charity_names.add(name)
        body = Body(name, slugify(name), Kind.OTHER, "charity")
        body.descriptions = ("the charity",)
        acronym = _initials(name)
        if acronym not in taken_acronyms and len(acronym) >= 3:
            taken_acronyms.add(acronym)
            if rng.random() < 0.5:
                body.acronym = acronym
                body.aliases.append((acronym, Alias.Kind.ACRONYM, Alias.Case.AUTO, None, None))
            else:
                body.defined = acronym
        add(body)

    company_names: set[str] = set()
    while len(by_group["company"]) < companies:
        stem = (
            rng.choice(_FAMILY) if rng.random() < 0.4 else bodies[rng.choice(councils_index)].place
        )
        name = rng.choice(_COMPANY_FORMS).format(stem)
        if name in company_names:
            continue
        company_names.add(name)
        body = Body(name, slugify(name), Kind.COMPANY, "company")
        body.descriptions = ("the company", "the provider")
        short = name.removesuffix(" Ltd")
        if short != name:
            body.aliases.append((short, Alias.Kind.NAME, Alias.Case.AUTO, None, None))
        add(body)

    for place in places[councils:]:
        name = f"The {place} {rng.choice(_PAPERS)}"
        add(Body(name, slugify(name), Kind.PUBLISHER, "publisher", place=place))

    for body in bodies:
        for text in body.descriptions:
            if not any(a[0] == text for a in body.aliases):
                body.aliases.append((text, _D, Alias.Case.AUTO, None, None))

    people = _people(rng, people_wanted)
    journalists = _posts(rng, bodies, by_group, people)
    visits = _inspections(rng, bodies, by_group)
    cast = Cast(bodies, people, visits, by_group, hub, department, journalists)
    for group, members in by_group.items():
        # The best-known bodies are named far more often than the rest.
        cast.weights[group] = list(
            accumulate(1 / (rank + 1) ** 0.9 for rank in range(len(members)))
        )
    return cast


def _people(rng: random.Random, count: int) -> list[Someone]:
    people, names = [], set()
    while len(people) < count:
        female = rng.random() < 0.5
        given = rng.choice(_FEMALE if female else _MALE)
        family = rng.choice(_FAMILY)
        if rng.random() < 0.15:
            family = f"{family}-{rng.choice(_FAMILY)}"
        name = f"{given} {family}"
        if name in names:
            if len(names) > len(_FAMILY) ** 2:
                raise ValueError("Too many people for the name lists.")
            continue
        names.add(name)
        honorific = rng.choices(
            ["", "Dr", "Professor", "Mrs" if female else "Mr"], weights=[80, 8, 2, 10]
        )[0]
        person = Someone(given, family, honorific, female, slugify(name))
        nickname = _NICKNAMES.get(given)
        if nickname and rng.random() < 0.5:
            person.aliases.append((f"{nickname} {family}", Alias.Kind.NAME, None, None))
        if rng.random() < 0.3:
            middle = _one(rng, _FEMALE if female else _MALE)
            if middle != given:
                person.aliases.append((f"{given} {middle} {family}", Alias.Kind.NAME, None, None))
        if female and rng.random() < 0.06:
            maiden = _one(rng, _FAMILY)
            until = _day_between(rng, date(2005, 1, 1), date(2020, 12, 31))
            person.aliases.append((f"{given} {maiden}", Alias.Kind.FORMER_NAME, None, until))
        if rng.random() < 0.08 and len(family) > 4:
            misspelt = family[:-2] + family[-1] + family[-2]
            person.aliases.append((f"{given} {misspelt}", Alias.Kind.MISSPELLING, None, None))
        people.append(person)
    return people


def _tenures(rng: random.Random, first: int, last: int) -> list[tuple[date, date | None]]:
    """Back-to-back terms of office covering the years first to last."""
    terms, start = [], _day_between(rng, date(first - 6, 1, 1), date(first, 12, 31))
    while start.year <= last:
        end = start + timedelta(days=rng.randint(2 * 365, 9 * 365))
        terms.append((start, end if end < LAST_DAY else None))
        start = end + timedelta(days=rng.randint(1, 120))
    return terms


def _posts(rng, bodies, by_group, people) -> list[tuple[int, int, str]]:
    """Give people posts, the best-known bodies first, and reporters to the publishers."""
    free = list(range(len(people)))
    rng.shuffle(free)
    journalists = []
    for paper in by_group["publisher"]:
        for title in ("education correspondent", "chief reporter", "local democracy reporter"):
            if len(free) > 10:
                person = free.pop()
                people[person].roles.append((title.capitalize(), paper, None, None))
                journalists.append((person, paper, title.capitalize()))

    moved_on: list[tuple[date, int]] = []  # people whose post ended, who may take another

    def _veteran(start: date) -> int | None:
        """Someone whose last post ended before this one starts: careers move on."""
        for _ in range(3):
            if not moved_on:
                return None
            at = int(rng.random() * len(moved_on))
            end, index = moved_on[at]
            if end < start:
                moved_on[at] = moved_on[-1]
                moved_on.pop()
                return index
        return None

    def appoint(body_index, title, honorific):
        body = bodies[body_index]
        for start, end in _tenures(rng, FIRST_DAY.year, LAST_DAY.year):
            index = _veteran(start) if rng.random() < 0.35 else None
            if index is None:
                if not free:
                    return
                index = free.pop()
            person = people[index]
            if end is not None:
                moved_on.append((end, index))
            if honorific in ("Sir", "Dame"):
                honorific = "Dame" if person.female else "Sir"
            if honorific and rng.random() < 0.8:
                person.honorific = honorific
            person.roles.append((title, body_index, start, end))
            body.posts.append((title, index, start, end))
            if rng.random() < 0.8:
                person.aliases.append((f"{title} {person.name}", Alias.Kind.NAME, None, None))
            if body.place and rng.random() < 0.8:  # "Doncaster council leader Ros Jones"
                where = f"{body.place} {body.group}" if body.group != "school" else body.place
                written = f"{where} {title} {person.name}"
                person.aliases.append((written, Alias.Kind.NAME, None, None))

    for index, body in enumerate(bodies):
        if body.group == "national":
            for title, honorific in _NATIONAL_POSTS.get(body.slug, ()):
                appoint(index, title, honorific)
    rounds = ["council", "trust", "charity", "company", "school"]
    # Round robin over the groups, best-known first, until everyone has a post.
    queues = {g: list(by_group[g]) for g in rounds}
    depth = 0
    while free and any(queues.values()):
        for group in rounds:
            members = queues[group][depth : depth + 5]
            for body_index in members:
                for title, honorific in _POSTS[group]:
                    appoint(body_index, title, honorific)
        depth += 5
        if all(depth >= len(q) for q in queues.values()):
            break
    for index in free:  # the rest: MPs and councillors without a body the newsroom follows
        person = people[index]
        council = bodies[rng.choice(by_group["council"])]
        title = f"MP for {council.place}" if rng.random() < 0.3 else "councillor"
        if title == "councillor":
            person.honorific = "Cllr"
        start = _day_between(rng, FIRST_DAY, date(2024, 1, 1))
        person.roles.append((title, None, start, None))
    for person in people:
        if rng.random() < 0.85:
            person.aliases.append((person.short, Alias.Kind.SHORT, None, None))
        if person.honorific and rng.random() < 0.5:
            titled = f"{person.honorific} {person.name}"
            person.aliases.append((titled, Alias.Kind.NAME, None, None))
        if person.honorific == "Cllr":
            person.aliases.append((f"councillor {person.name}", Alias.Kind.NAME, None, None))
        elif person.female and not person.honorific and rng.random() < 0.3:
            person.aliases.append((f"Mrs {person.family}", Alias.Kind.SHORT, None, None))
    return journalists


def _inspections(rng, bodies, by_group) -> list[Visit]:
    """Ofsted's inspections of each council's children's services, over the frameworks."""
    visits = []
    areas = list(Area)
    for index in by_group["council"]:
        previous = rng.choices(range(1, 5), weights=_GRADE_WEIGHTS)[0]
        for framework, first, last in (
            (Framework.EARLIER, date(2008, 1, 1), date(2013, 9, 30)),
            (Framework.SIF, date(2013, 11, 1), date(2017, 12, 31)),
            (Framework.ILACS, date(2018, 1, 1), date(2026, 6, 30)),
        ):
            start = _day_between(rng, first, last)
            grade = previous if rng.random() < 0.5 else rng.choices(range(1, 5), _GRADE_WEIGHTS)[0]
            grades = {Area.OVERALL: grade}
            if framework != Framework.EARLIER:
                for area in areas[1:]:
                    grades[area] = min(4, max(1, grade + rng.choice((-1, 0, 0, 0, 1))))
            published = start + timedelta(days=rng.randint(30, 70))
            visit = Visit(index, framework, Inspection.Kind.FULL, start, published, grades)
            bodies[index].inspections.append(len(visits))
            visits.append(visit)
            if grade == Grade.INADEQUATE:
                for n in range(rng.randint(1, 3)):
                    later = start + timedelta(days=150 * (n + 1) + rng.randint(0, 60))
                    if (
                        later > LAST_DAY - timedelta(days=90)
                        or (framework == Framework.EARLIER and later >= date(2013, 11, 1))
                        or (framework == Framework.SIF and later >= date(2018, 1, 1))
                    ):
                        break
                    follow = Visit(
                        index,
                        framework,
                        Inspection.Kind.MONITORING_VISIT,
                        later,
                        later + timedelta(days=30),
                        {},
                    )
                    bodies[index].inspections.append(len(visits))
                    visits.append(follow)
            previous = grade
    return visits


# Articles ----------------------------------------------------------------------------


@dataclass
class Draft:
    headline: str
    standfirst: str
    body: str
    published_at: datetime
    byline: str
    author: int  # person index
    publication: int  # body index
    ratings: list[int] = field(default_factory=list)  # rating pks the article reports


class Story:
    """One article being written: who it names, how it has named them so far."""

    def __init__(self, cast: Cast, rng: random.Random, day: date):
        self.cast, self.rng, self.day = cast, rng, day
        self.paragraphs: list[str] = []
        self.length = 0
        self.named: set[int] = set()  # bodies named in full
        self.defined: set[int] = set()  # bodies whose acronym the article has defined
        self.people: set[int] = set()  # people named in full

    def add(self, *sentences: str) -> None:
        paragraph = " ".join(s for s in sentences if s)
        self.paragraphs.append(paragraph)
        self.length += len(paragraph) + 2

    def possessive(self, text: str) -> str:
        return text + _one(self.rng, ("'s", "’s"))

    def acronym(self, index: int) -> str:
        """The body's acronym in use on the article's day, or ""."""
        body = self.cast.bodies[index]
        for text, kind, _, since, until in body.aliases:
            if (
                kind == Alias.Kind.ACRONYM
                and (since is None or since <= self.day)
                and (until is None or self.day <= until)
            ):
                return text
        return body.defined if index in self.defined else ""

    def org(self, index: int, *, start: bool = False, full: bool = False) -> str:
        """Name a body: in full the first time, then by acronym, description or name."""
        body, rng = self.cast.bodies[index], self.rng
        if index not in self.named or full:
            self.named.add(index)
            name = body.name_on(self.day, rng)
            if body.defined and index not in self.defined and rng.random() < 0.8:
                self.defined.add(index)
                name = f"{name} ({body.defined})"
            return (
                "the " + name
                if body.group == "national" and name.startswith(("Dep", "Min")) and not start
                else name
            )
        choice = rng.random()
        acronym = self.acronym(index)
        if acronym and choice < 0.4:
            return acronym
        if body.descriptions and choice < 0.85:
            text = _one(rng, body.descriptions)
            return _capitalise(text) if start else text
        return body.name_on(self.day, rng)

    def holder(self, index: int, titles: tuple[str, ...] = ()) -> tuple[int, str] | None:
        """Someone holding a post at the body on the article's day, and the post."""
        posts = [
            (person, title)
            for title, person, since, until in self.cast.bodies[index].posts
            if since <= self.day
            and (until is None or self.day <= until)
            and (not titles or title in titles)
        ]
        return _one(self.rng, posts) if posts else None

    def person(self, index: int, title: str = "", at: int | None = None) -> str:
        """Name a person: in full (often with the post) the first time, then shortly."""
        someone, rng = self.cast.people[index], self.rng
        if index not in self.people:
            self.people.add(index)
            choice = rng.random()
            if someone.honorific in ("Sir", "Dame", "Dr", "Professor", "Cllr") and choice < 0.4:
                return f"{someone.honorific} {someone.name}"
            if title and choice < 0.75:
                return f"{title} {someone.name}"
            if title and at is not None:
                return f"{someone.name}, {title} of {self.org(at)},"
            return someone.name
        return someone.short if rng.random() < 0.7 else someone.family

    def quote(self, index: int, title: str = "", at: int | None = None) -> str:
        rng = self.rng
        words = _one(rng, _QUOTES)
        who = self.person(index, title, at)
        opening, closing = _one(rng, (("“", "”"), ('"', '"')))
        if rng.random() < 0.5:
            return f"{opening}{words},{closing} {_one(rng, _SAYS)} {who.rstrip(',')}."
        tells = _one(rng, _TELLS)
        return f"{_capitalise(who.rstrip(','))} {tells}: {opening}{words}.{closing}"

    def statistic(self) -> str:
        rng = self.rng
        year = _between(rng, 2005, max(2006, self.day.year - 1))
        when = _one(rng, _WHEN).format(year=year, later=min(year + _between(rng, 1, 5), 2026))
        move = _one(rng, _MOVES).format(n=_between(rng, 3, 40))
        coda = _one(rng, _CODAS)
        return f"{_one(rng, _SUBJECTS)} {move} {when}{', ' + coda if coda else ''}."

    def filler(self) -> str:
        return _one(self.rng, _GLUE).format(n=_between(self.rng, 2, 9))


class Writer:
    """Writes article n of the corpus; the same seed and n always give the same article."""

    def __init__(self, cast: Cast, seed: int):
        self.cast, self.seed = cast, seed
        self.span = (LAST_DAY - FIRST_DAY).days
        self.graded = [i for i, v in enumerate(cast.visits) if v.grades]
        self.monitoring = [i for i, v in enumerate(cast.visits) if not v.grades]

    def day(self, rng: random.Random) -> date:
        # More stories each year than the year before, as the archive grows.
        return FIRST_DAY + timedelta(days=int(self.span * rng.random() ** 0.6))

    def article(self, n: int) -> Draft:
        rng = random.Random(f"{self.seed}:{n}")  # noqa: S311 - test data, not secrets
        if rng.random() < HUB_SHARE:
            kind = rng.choices(("inspection", "school", "monitoring", "national"), (45, 30, 12, 13))
        else:
            kind = rng.choices(
                ("budget", "appointment", "charity", "company", "policy"), (35, 20, 15, 15, 15)
            )
        draft = getattr(self, f"_{kind[0]}")(rng)
        draft.headline = draft.headline[:300]
        return draft

    # The pieces every story is padded with until it is long enough.

    def _pad(self, story: Story, main: int, target: int, extra: tuple[int, ...] = ()) -> None:
        rng, cast = story.rng, self.cast
        body = cast.bodies[main]
        while story.length < target:
            roll = rng.random()
            if roll < 0.22:
                story.add(story.statistic(), story.filler())
            elif roll < 0.38:
                holder = story.holder(main)
                if holder:
                    story.add(story.quote(holder[0], holder[1], main))
                else:
                    story.add(f"A spokesperson for {story.org(main)} said: “{_one(rng, _QUOTES)}.”")
            elif roll < 0.52:
                action = _one(
                    rng,
                    (
                        "accepted the findings in full",
                        "had already begun to make changes",
                        "would publish an action plan within weeks",
                        "was recruiting more permanent social workers",
                        "disputed some of the figures",
                        "had invested heavily in early help",
                    ),
                )
                story.add(f"{story.org(main, start=True)} said it {action}.", story.filler())
            elif roll < 0.62 and body.place:
                story.add(_one(rng, _PLACE_SENTENCES).format(place=body.place))
            elif roll < 0.72 and story.people:
                person = cast.people[_one(rng, sorted(story.people))]
                since = [r[2] for r in person.roles if r[2] and r[2] <= story.day]
                if since:
                    year = max(since).year
                    story.add(f"{person.family} has been in post since {year}.", story.filler())
            elif roll < 0.8 and extra:
                other = _one(rng, extra)
                story.add(
                    f"{_capitalise(story.possessive(story.org(other)))} own figures "
                    f"tell a similar story.",
                    story.filler(),
                )
            elif roll < 0.9:
                story.add(f"Inspectors found that {_one(rng, _FINDINGS)}.", story.filler())
            else:
                story.add(story.filler(), story.statistic())

    def _finish(self, story: Story, rng, headline: str, standfirst: str, **extra) -> Draft:
        journalist, paper, title = _one(rng, self.cast.journalists)
        minute = rng.randrange(6 * 60, 22 * 60)
        moment = datetime(story.day.year, story.day.month, story.day.day, tzinfo=UTC)
        return Draft(
            headline=headline,
            standfirst=standfirst,
            body="\n\n".join(story.paragraphs),
            published_at=moment + timedelta(minutes=minute),
            byline=f"By {self.cast.people[journalist].name}, {title}",
            author=journalist,
            publication=paper,
            **extra,
        )

    def _target(self, rng) -> int:
        return int(rng.triangular(2000, 6000, 3200))

    def _neighbour(self, rng, index: int, group: str = "council") -> int:
        other = self.cast.pick(rng, group)
        return other if other != index else self.cast.by_group[group][0]

    # Stories that name the hub.

    def _inspection(self, rng) -> Draft:
        cast = self.cast
        visit = cast.visits[_one(rng, self.graded)]
        day = min(visit.published + timedelta(days=_between(rng, 0, 3)), LAST_DAY)
        story = Story(cast, rng, day)
        council, hub = visit.body, cast.hub
        grade = _GRADE_WORDS[visit.grades[Area.OVERALL]]
        place = cast.bodies[council].place
        standfirst = (
            f"Children's services at {story.org(council)} have been rated {grade} "
            f"by {story.org(hub)}."
        )
        story.add(
            f"{_capitalise(story.possessive(story.org(hub)))} inspectors judged the overall "
            f"effectiveness of services for children in {place} to be {grade}.",
            f"{story.org(hub, start=True)} found that {_one(rng, _FINDINGS)}.",
        )
        chief = story.holder(hub, ("chief inspector",))
        if chief and rng.random() < 0.5:
            story.add(story.quote(chief[0], chief[1], hub))
        for area, value in visit.grades.items():
            if area != Area.OVERALL and rng.random() < 0.6:
                story.add(f"{Area(area).label} was judged {_GRADE_WORDS[value]}.")
        other = self._neighbour(rng, council)
        story.add(
            f"Last year {story.org(other, full=True)} was rated "
            f"{_one(rng, list(_GRADE_WORDS.values()))} by {story.org(hub)}.",
        )
        self._pad(story, council, self._target(rng), (hub, other))
        ratings = list(visit.rating_pks)
        return self._finish(
            story,
            rng,
            f"{place} children's services rated '{grade}' by Ofsted",
            standfirst,
            ratings=ratings,
        )

    def _monitoring(self, rng) -> Draft:
        cast = self.cast
        if not self.monitoring:
            return self._inspection(rng)
        visit = cast.visits[_one(rng, self.monitoring)]
        story = Story(
            cast, rng, min(visit.published + timedelta(days=_between(rng, 0, 5)), LAST_DAY)
        )
        council, hub = visit.body, cast.hub
        standfirst = (
            f"Inspectors from {story.org(hub)} say {story.org(council)} is making "
            f"{_one(rng, ('slow', 'steady', 'good', 'uneven'))} progress."
        )
        story.add(
            f"The monitoring visit was the latest since {story.org(council)} was rated inadequate.",
            f"{_capitalise(story.org(hub))} said that {_one(rng, _FINDINGS)}.",
        )
        self._pad(story, council, self._target(rng), (hub,))
        place = cast.bodies[council].place
        return self._finish(
            story, rng, f"Ofsted monitoring visit finds {place} changes", standfirst
        )

    def _school(self, rng) -> Draft:
        cast = self.cast
        school = cast.pick(rng, "school")
        story = Story(cast, rng, self.day(rng))
        hub = cast.hub
        grade = rng.choices(list(_GRADE_WORDS.values()), _GRADE_WEIGHTS)[0]
        name = story.org(school)
        standfirst = f"{name} has been rated {grade} by {story.org(hub)}."
        head = story.holder(school, ("headteacher",))
        story.add(
            f"Inspectors said {_one(rng, _FINDINGS)} at the school, which has around "
            f"{_between(rng, 2, 16)}00 pupils.",
            f"In {_capitalise(story.possessive(story.org(hub)))} report, inspectors added that "
            f"{_one(rng, _FINDINGS)}.",
        )
        if head:
            story.add(story.quote(head[0], head[1], school))
        parent = cast.bodies[school].parent
        extra = (hub,) if parent is None else (hub, parent)
        if parent is not None:
            story.add(f"The school is maintained by {story.org(parent, full=True)}.")
        self._pad(story, school, self._target(rng), extra)
        return self._finish(story, rng, f"{cast.bodies[school].name} rated {grade}", standfirst)

    def _national(self, rng) -> Draft:
        cast = self.cast
        hub, department = cast.hub, cast.department
        story = Story(cast, rng, self.day(rng))
        councils = [cast.pick(rng, "council") for _ in range(_between(rng, 2, 4))]
        standfirst = (
            f"{_capitalise(story.possessive(story.org(hub)))} annual report warns that "
            f"children's services are under strain."
        )
        chief = story.holder(hub, ("chief inspector",))
        if chief:
            story.add(story.quote(chief[0], chief[1], hub))
        story.add(
            f"The report names {_listed([story.org(c, full=True) for c in councils])} among "
            f"the councils where {_one(rng, _FINDINGS)}.",
            f"{_capitalise(story.org(department))} said it would respond in due course.",
        )
        secretary = story.holder(department)
        if secretary:
            story.add(story.quote(secretary[0], secretary[1], department))
        self._pad(story, hub, self._target(rng), (department, *councils))
        return self._finish(
            story, rng, "Ofsted annual report warns of pressure on services", standfirst
        )

    # Stories that do not.

    def _budget(self, rng) -> Draft:
        cast = self.cast
        council = cast.pick(rng, "council")
        story = Story(cast, rng, self.day(rng))
        million = _between(rng, 2, 60)
        standfirst = (
            f"{story.org(council)} expects to overspend its children's services budget by "
            f"£{million}m this year."
        )
        leader = story.holder(
            council, ("leader of the council", "cabinet member for children's services")
        )
        if leader:
            story.add(story.quote(leader[0], leader[1], council))
        if rng.random() < 0.5:
            story.add(
                f"{_capitalise(story.org(cast.department))} said councils would receive extra "
                f"funding next year.",
            )
        other = self._neighbour(rng, council)
        story.add(f"{story.org(other, full=True)} faces a similar gap.")
        self._pad(story, council, self._target(rng), (other,))
        place = cast.bodies[council].place
        return self._finish(
            story, rng, f"{place} children's services £{million}m overspend", standfirst
        )

    def _appointment(self, rng) -> Draft:
        cast = self.cast
        group = _one(rng, ("council", "trust", "charity", "school"))
        index = cast.pick(rng, group)
        posts = cast.bodies[index].posts
        if not posts:
            return self._budget(rng)
        title, person, since, _ = _one(rng, posts)
        day = max(FIRST_DAY, since - timedelta(days=_between(rng, 10, 60)))
        story = Story(cast, rng, day)
        someone = cast.people[person]
        standfirst = f"{story.org(index)} has appointed a new {title}."
        story.people.add(person)
        story.add(
            f"{someone.name} will take up the post of {title} at "
            f"{story.org(index, full=True)} in the new year.",
            f"{_capitalise(someone.pronoun)} joins from a senior role elsewhere.",
        )
        story.add(story.quote(person, title, index))
        self._pad(story, index, self._target(rng))
        return self._finish(story, rng, f"New {title} for {cast.bodies[index].name}", standfirst)

    def _charity(self, rng) -> Draft:
        cast = self.cast
        charity, council = cast.pick(rng, "charity"), cast.pick(rng, "council")
        story = Story(cast, rng, self.day(rng))
        standfirst = f"{story.org(charity)} says {story.org(council)} is failing young carers."
        story.add(
            f"{_capitalise(story.org(charity))} published its findings after surveying "
            f"{_between(rng, 2, 9)}00 families.",
            f"{_capitalise(story.org(council, start=True))} said it was working with partners.",
        )
        self._pad(story, charity, self._target(rng), (council,))
        return self._finish(story, rng, "Charity criticises support for young carers", standfirst)

    def _company(self, rng) -> Draft:
        cast = self.cast
        company, council = cast.pick(rng, "company"), cast.pick(rng, "council")
        story = Story(cast, rng, self.day(rng))
        fee = _between(rng, 4, 15)
        standfirst = (
            f"{story.org(council)} is paying {story.org(company)} £{fee},000 a week for a "
            f"single placement."
        )
        story.add(
            f"{_capitalise(story.org(company, start=True))} said its fees reflected the cost "
            f"of care.",
            f"{_capitalise(story.possessive(story.org(council)))} spending on private "
            f"placements has risen sharply.",
        )
        self._pad(story, council, self._target(rng), (company,))
        return self._finish(story, rng, f"£{fee},000-a-week placement cost revealed", standfirst)

    def _policy(self, rng) -> Draft:
        cast = self.cast
        department = cast.department
        story = Story(cast, rng, self.day(rng))
        lga = next(i for i, b in enumerate(cast.bodies) if b.slug == "local-government-association")
        adcs = lga + 1
        standfirst = (
            f"{_capitalise(story.org(department))} has announced changes to children's social care."
        )
        secretary = story.holder(department)
        if secretary:
            story.add(story.quote(secretary[0], secretary[1], department))
        story.add(
            f"The {story.org(lga)} and the {story.org(adcs)} welcomed the plans but warned "
            f"that funding was still short.",
        )
        council = cast.pick(rng, "council")
        story.add(f"{story.org(council, full=True)} said it would study the detail.")
        self._pad(story, council, self._target(rng), (department, lga, adcs))
        return self._finish(
            story, rng, "Government unveils children's social care reforms", standfirst
        )


# Writing it all down ----------------------------------------------------------------------


class CorpusError(Exception):
    """The corpus cannot be generated into this database."""


@dataclass
class Summary:
    articles: int = 0
    organisations: int = 0
    people: int = 0
    aliases: int = 0
    roles: int = 0
    inspections: int = 0
    ratings: int = 0
    mentions: int = 0
    hub: str = ""
    hub_articles: int = 0
    timings: dict[str, float] = field(default_factory=dict)


def _unique_aliases(aliases):
    """Drop aliases that repeat one already given, whatever their case (a constraint)."""
    seen = set()
    for alias in aliases:
        if alias[0].lower() not in seen:
            seen.add(alias[0].lower())
            yield alias


def _sqlite_value(value):
    """What Django would store on SQLite for a date, a time or a list."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value)
    return value


def insert_rows(model, columns: tuple[str, ...], rows: list[tuple]) -> int:
    """Insert plain rows, ids included, past the ORM: COPY on PostgreSQL, executemany elsewhere.

    Django's bulk_create spends most of its time building model instances and SQL for
    each value; rows of plain values cost a tenth of that. Triggers still run, so the
    search index fills as the rows go in.
    """
    if not rows:
        return 0
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    names = ", ".join(quote(column) for column in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            lists = (json.dumps(v) if isinstance(v, list) else v for row in rows for v in row)
            width = len(columns)
            with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                values = list(lists)
                for at in range(0, len(values), width):
                    copy.write_row(values[at : at + width])
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({marks})",  # noqa: S608 - our names
                [tuple(_sqlite_value(v) for v in row) for row in rows],
            )
    return len(rows)


def reset_sequences(models) -> None:
    """Point PostgreSQL's id sequences past the ids given explicitly."""
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _next_id(model) -> int:
    return (model.objects.aggregate(top=Max("pk"))["top"] or 0) + 1


def save_cast(cast: Cast) -> Summary:
    """Write the organisations, people, aliases, posts and inspections, ids given here."""
    summary = Summary()
    stamp = CORPUS_TIME
    first = _next_id(Organisation)
    for n, body in enumerate(cast.bodies):
        body.pk = first + n
    summary.organisations = insert_rows(
        Organisation,
        (
            "id",
            "name",
            "slug",
            "kind",
            "description",
            "website",
            "founded_on",
            "parent_id",
            "founded_by_id",
            "source_note",
            "version",
            "created_at",
            "edited_at",
        ),
        [
            (
                b.pk,
                b.name,
                b.slug,
                b.kind,
                f"A {Kind(b.kind).label.lower()} followed by the newsroom.",
                "",
                b.founded,
                cast.bodies[b.parent].pk if b.parent is not None else None,
                cast.bodies[b.parent].pk if b.group == "trust" else None,
                "",
                1,
                stamp,
                stamp,
            )
            for b in cast.bodies
        ],
    )
    slugs: set[str] = {b.slug for b in cast.bodies}
    first = _next_id(Person)
    rows = []
    for n, someone in enumerate(cast.people):
        someone.pk = first + n
        slug = someone.slug
        while slug in slugs:
            slug += "-2"
        slugs.add(slug)
        rows.append(
            (
                someone.pk,
                someone.name,
                someone.honorific,
                someone.given,
                someone.family,
                f"{someone.family}, {someone.given}",
                slug,
                "",
                "",
                1,
                stamp,
                stamp,
            )
        )
    summary.people = insert_rows(
        Person,
        (
            "id",
            "name",
            "honorific_prefix",
            "given_name",
            "family_name",
            "sort_name",
            "slug",
            "description",
            "source_note",
            "version",
            "created_at",
            "edited_at",
        ),
        rows,
    )

    aliases = [
        (b.pk, None, text, kind, case, since, until)
        for b in cast.bodies
        for text, kind, case, since, until in _unique_aliases(b.aliases)
        if text.lower() != b.name.lower()
    ] + [
        (None, p.pk, text, kind, Alias.Case.AUTO, since, until)
        for p in cast.people
        for text, kind, since, until in _unique_aliases(p.aliases)
        if text.lower() != p.name.lower()
    ]
    first = _next_id(Alias)
    summary.aliases = insert_rows(
        Alias,
        (
            "id",
            "organisation_id",
            "person_id",
            "text",
            "kind",
            "case",
            "valid_from",
            "valid_until",
            "created_at",
            "edited_at",
        ),
        [(first + n, *row, stamp, stamp) for n, row in enumerate(aliases)],
    )

    roles, seen = [], set()
    for someone in cast.people:
        for title, body, start, end in someone.roles:
            organisation = cast.bodies[body].pk if body is not None else None
            key = (someone.pk, organisation, title, start)
            if key not in seen:
                seen.add(key)
                roles.append((someone.pk, organisation, _capitalise(title), start, end))
    first = _next_id(Role)
    summary.roles = insert_rows(
        Role,
        (
            "id",
            "person_id",
            "organisation_id",
            "title",
            "start_date",
            "end_date",
            "source_note",
            "created_at",
            "edited_at",
        ),
        [(first + n, *row, "", stamp, stamp) for n, row in enumerate(roles)],
    )

    identifiers = [
        (b.pk, Identifier.Scheme.GSS, f"E0{n:07d}")
        for n, b in enumerate(cast.bodies)
        if b.group == "council"
    ] + [
        (b.pk, Identifier.Scheme.OFSTED_URN, str(100000 + n))
        for n, b in enumerate(cast.bodies)
        if b.group == "school"
    ]
    first = _next_id(Identifier)
    insert_rows(
        Identifier,
        ("id", "organisation_id", "scheme", "identifier", "created_at", "edited_at"),
        [(first + n, *row, stamp, stamp) for n, row in enumerate(identifiers)],
    )

    hub = cast.bodies[cast.hub].pk
    first, first_rating = _next_id(Inspection), _next_id(InspectionRating)
    inspections, ratings = [], []
    for n, visit in enumerate(cast.visits):
        visit.pk = first + n
        inspections.append(
            (
                visit.pk,
                cast.bodies[visit.body].pk,
                hub,
                visit.framework,
                visit.kind,
                visit.start,
                visit.start + timedelta(days=11),
                visit.published,
                DatePrecision.DAY,
                "",
                "",
                stamp,
                stamp,
            )
        )
        for area, grade in visit.grades.items():
            visit.rating_pks.append(first_rating + len(ratings))
            ratings.append((visit.rating_pks[-1], visit.pk, area, grade, "", stamp, stamp))
    summary.inspections = insert_rows(
        Inspection,
        (
            "id",
            "organisation_id",
            "inspectorate_id",
            "framework",
            "kind",
            "start_date",
            "end_date",
            "published_on",
            "date_precision",
            "report_url",
            "notes",
            "created_at",
            "edited_at",
        ),
        inspections,
    )
    summary.ratings = insert_rows(
        InspectionRating,
        ("id", "inspection_id", "judgement_area", "grade", "notes", "created_at", "edited_at"),
        ratings,
    )
    return summary


def _slug(headline: str, n: int) -> str:
    return f"{slugify(headline)[:150].rstrip('-')}-{n + 1}"


_ARTICLE_COLUMNS = (
    "id",
    "headline",
    "slug",
    "standfirst",
    "body",
    "byline",
    "publication_id",
    "status",
    "published_at",
    "published_precision",
    "updated_at",
    "captions",
    "removed_text",
    "unresolved_names",
    "source_url",
    "source_file",
    "content_hash",
    "correction",
    "version",
    "created_at",
    "edited_at",
)
_MENTION_COLUMNS = (
    "article_id",
    "field",
    "start",
    "end",
    "text",
    "organisation_id",
    "person_id",
    "origin",
    "rejected",
)


class ArticleWriter:
    """Links batches of drafts and writes them with their mentions, authors and sources."""

    def __init__(self, cast: Cast, linker):
        self.cast, self.linker = cast, linker
        self.next_article = _next_id(Article)
        self.next_mention = _next_id(Mention)
        self.mentions = 0
        self.timings = {"link": 0.0, "write": 0.0}

    def prepare(self, drafts: list[Draft], first: int) -> tuple[list, ...]:
        """Link a batch of drafts and turn them into rows, ids given here."""
        began = time.perf_counter()
        cast, published = self.cast, Article.Status.PUBLISHED
        articles, mentions, authors, sources = [], [], [], []
        for n, draft in enumerate(drafts, first):
            pk = self.next_article
            self.next_article += 1
            article = Article(
                pk=pk,
                headline=draft.headline,
                standfirst=draft.standfirst,
                body=draft.body,
                published_at=draft.published_at,
            )
            result, layout = link(article, self.linker)
            for key in found_keys(result, layout):
                mentions.append((self.next_mention, pk, *key, Mention.Origin.LINKER, False))
                self.next_mention += 1
            articles.append(
                (
                    pk,
                    draft.headline,
                    _slug(draft.headline, n),
                    draft.standfirst,
                    draft.body,
                    draft.byline,
                    cast.bodies[draft.publication].pk,
                    published,
                    draft.published_at,
                    DatePrecision.MINUTE,
                    None,
                    "",
                    "",
                    unresolved_names(result, layout),
                    "",
                    "",
                    "",
                    "",
                    1,
                    draft.published_at,
                    draft.published_at,
                )
            )
            authors.append((pk, cast.people[draft.author].pk))
            sources += [(rating, pk) for rating in draft.ratings]
        self.mentions += len(mentions)
        self.timings["link"] += time.perf_counter() - began
        return articles, mentions, authors, sources

    def store(self, rows: tuple[list, ...]) -> None:
        """Write one batch's rows in one transaction."""
        began = time.perf_counter()
        articles, mentions, authors, sources = rows
        with transaction.atomic():
            insert_rows(Article, _ARTICLE_COLUMNS, articles)
            insert_rows(Mention, ("id", *_MENTION_COLUMNS), mentions)
            insert_rows(Article.authors.through, ("article_id", "person_id"), authors)
            insert_rows(
                InspectionRating.sources.through, ("inspectionrating_id", "article_id"), sources
            )
        self.timings["write"] += time.perf_counter() - began


class Overlapped:
    """Stores batches on a thread of its own while the next batch is drafted and linked.

    The database works (PostgreSQL in its own process, SQLite with the GIL released)
    while Python writes and links, which nearly halves the time on two cores.
    """

    def __init__(self, store: Callable[[tuple], None]):
        self.store, self.failure = store, None
        self.queue: queue.Queue = queue.Queue(maxsize=2)
        self.thread = threading.Thread(target=self._run, name="corpus-writer")
        self.thread.start()

    def _run(self) -> None:
        try:
            while (rows := self.queue.get()) is not None:
                self.store(rows)
        except BaseException as error:  # handed to the main thread by put() and close()
            self.failure = error
            while self.queue.get() is not None:
                continue  # drop what is still queued, so put() never blocks
        finally:
            connections.close_all()

    def put(self, rows: tuple) -> None:
        if self.failure is not None:
            self.close()
        self.queue.put(rows)

    def close(self) -> None:
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()
        if self.failure is not None:
            raise self.failure


def generate_corpus(
    *,
    articles: int,
    entities: int,
    seed: int,
    batch_size: int = 1000,
    progress: Callable[[int], None] | None = None,
) -> Summary:
    """Build the corpus into an empty database; `progress` gets each batch's article count."""
    if Article.objects.exists() or Organisation.objects.exists() or Person.objects.exists():
        raise CorpusError(
            "The database already holds articles or entities; generate a corpus only into "
            "an empty, migrated database."
        )
    timings: dict[str, float] = {}
    began, cpu = time.perf_counter(), time.process_time()
    cast = build_cast(entities, random.Random(seed))  # noqa: S311 - test data
    timings["cast"] = time.perf_counter() - began
    mark = time.perf_counter()
    with transaction.atomic():
        summary = save_cast(cast)
    timings["entities"] = time.perf_counter() - mark
    mark = time.perf_counter()
    writer = ArticleWriter(cast, current_linker())
    timings["linker build"] = time.perf_counter() - mark
    drafts = Writer(cast, seed)
    # Inside a caller's transaction (a test) every batch must use the caller's connection.
    overlapped = None if connection.in_atomic_block else Overlapped(writer.store)
    store = overlapped.put if overlapped else writer.store
    mark = time.perf_counter()
    try:
        for first in range(0, articles, batch_size):
            stop = min(first + batch_size, articles)
            store(writer.prepare([drafts.article(n) for n in range(first, stop)], first))
            if progress is not None:
                progress(stop - first)
    finally:
        if overlapped:
            overlapped.close()
    timings["articles"] = time.perf_counter() - mark
    timings.update(writer.timings)
    timings["drafting"] = (
        timings["articles"] - timings["link"] - (0 if overlapped else timings["write"])
    )
    if connection.vendor == "postgresql":
        reset_sequences(
            [
                Organisation,
                Person,
                Alias,
                Role,
                Identifier,
                Inspection,
                InspectionRating,
                Article,
                Mention,
            ]
        )
    content_changed()  # rows written past the ORM send no signals: tell the page caches
    mark = time.perf_counter()
    with connection.cursor() as cursor:
        # Fresh planner statistics: without them PostgreSQL scans a freshly filled table
        # whole rather than use its indexes.
        cursor.execute("ANALYZE")
    timings["analyze"] = time.perf_counter() - mark
    summary.articles, summary.mentions = articles, writer.mentions
    summary.hub = cast.bodies[cast.hub].name
    summary.hub_articles = (
        Mention.objects.filter(organisation_id=cast.bodies[cast.hub].pk)
        .values("article_id")
        .distinct()
        .count()
    )
    timings["total"] = time.perf_counter() - began
    timings["cpu (this process)"] = time.process_time() - cpu
    summary.timings = timings
    return summary
