"""Find mentions of known organisations and people in a text.

This module owns the matcher: an alias table goes in once (``Linker.build``), and
``Linker.find`` turns a text into sorted, non-overlapping spans that each name one
entity, plus the capitalised names and ambiguous aliases it could not resolve. It
knows nothing of Django; ``entities.aliases`` loads the table and caches the linker.

Every alias is matched at once by one Aho-Corasick automaton (ahocorasick_rs) over a
copy of the text that keeps its offsets: case folded, and every character that is not a
letter or digit turned into a space. The copy is Latin-1 bytes, made by two C-speed
passes, searched 64 KB at a time; a second automaton holds the few aliases with letters
beyond Latin-1. Patterns are `` alias `` with a space on each side, so a match always
sits on word boundaries and "Ofsted's" or "Jones'" match "Ofsted" and "Jones".
Matching reports every overlapping match, because keeping only the leftmost-longest
one loses a shorter alias when a longer one fails later ("Acme" in "Acme Corp" when
"Acme Co" is also an alias); the choice between overlapping matches is made here, in
three rounds: names first, then short forms that need an earlier full name, then
descriptions ("the council") that need the entity named somewhere in the text.
"""

from __future__ import annotations

import functools
import gc
import re
import string
from array import array
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import chain, pairwise, product
from operator import itemgetter
from typing import NamedTuple

import ahocorasick_rs

from .council_areas import COUNCIL_AREAS, REGIONS
from .other_bodies import OTHER_BODIES, REPORTED

__all__ = [
    "AliasRef",
    "EntityRef",
    "LinkResult",
    "Linker",
    "Span",
    "Unresolved",
    "default_case",
    "normalise",
]

CASES = frozenset({"any", "capitalised", "exact"})
# Titles that may stand before anyone's surname, besides people's own honorifics.
TITLES = frozenset(
    {
        *("Mr", "Mrs", "Ms", "Miss", "Dr", "Professor", "Prof"),
        *("Cllr", "Coun", "Councillor", "Mayor"),
    }
)
# Titles used with the given name ("Sir Michael"), never with the surname alone.
GIVEN_NAME_TITLES = frozenset({"Sir", "Dame"})
# A councillor's titles: "Cllr Douglas" is no trust's chief executive.
COUNCILLOR_TITLES = frozenset({"Cllr", "Coun", "Councillor"})
# Titles a degree or a chair gives: "Dr Cameron" is not David Cameron, unless the story
# or the person's honorific gives him that title.
_ACADEMIC = "Prof|Professor|Dr|Doctor"  # one group: a professor may be called doctor
_ACADEMIC_TITLES = frozenset(_ACADEMIC.split("|"))
# Titles that say whether a man or a woman is meant: "Mr Jones" is not Ms Ros Jones.
_TITLE_SEX = {"Mr": "m", "Sir": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Dame": "f"}

_STRONG, _SHORT, _CONTEXTUAL = 0, 1, 2
# Not a form of any entity: a word a description ends in ("trust"), found so that the
# unknown bodies a description may mean ("Slough Children's Trust") cost no search.
_KIND = 3
_ANY, _CAPITALISED, _EXACT = 0, 1, 2
# A description with describing words ("the new trust"), which must be lowercase.
_DESCRIBED = 3
# A description with a party inside ("the Labour leader"): the person, not the party.
_PARTY_DESCRIBED = 4
# How a description after a place links: "Doncaster's trust", "the Doncaster trust".
_PLACED = frozenset({"possessive", "place description"})
# How an editor's "not a mention" phrase is found ("Westminster Hall"): it takes its words
# from every other name and links nothing.
_EXCLUDED = "excluded"
_CASE_CODES = {"any": _ANY, "capitalised": _CAPITALISED, "exact": _EXACT}
# In Linker._fast, a pattern whose forms all need a capital first letter (a surname
# several people share, say) is marked so that a lowercase match is dropped at once.
_CAPITAL_FIRST = -2
# A pattern that is only a description's last word ("council"): where it is capitalised
# it may end an unknown name, and is noted.
_KIND_ONLY = -3
# A pattern that is only a place no alias holds ("Rotherham"), where a body no alias
# knows may be: a description after it means that body (see _Resolution._unknown_heads).
_PLACE_ONLY = -4
# A pattern that is a body of a described kind told apart by a word before its kind
# ("the NHS trust", "the county council"): a description after it means that body.
_OTHER_BODY = -5
# A body no alias knows whose name ends in no word of its kind ("Social Work England").
_OTHER_NAMED = -6
# The kinds of body a place stands for: "In Slough, the trust ...", "the council".
_PLACE_KINDS = frozenset({"council", "trust"})
# Bytes of the folded text searched at once (see Linker._windows).
_WINDOW = 1 << 16
# Past this many entities, finding a description's nearest mention walks back through
# the text's mentions instead of looking each entity up.
_FEW = 8


@dataclass(frozen=True, slots=True)
class EntityRef:
    key: str
    name: str
    is_person: bool = False
    kind: str = ""
    honorific: str = ""
    given_name: str = ""
    family_name: str = ""
    weight: int = 0
    bodies: tuple[str, ...] = ()  # a person's: the keys of the bodies they hold posts at


@dataclass(frozen=True, slots=True)
class AliasRef:
    text: str
    entity: str
    case: str = "auto"
    contextual: bool = False
    short: bool = False
    place: bool = False  # a place standing for the entity: lets descriptions link, never linked
    excluded: bool = False  # a phrase holding the name that means something else: no link
    valid_from: date | None = None
    valid_until: date | None = None


# Spans and unresolved names are named tuples: a long text holds thousands, and
# find() is on the publishing path; a tuple is made in one step, a dataclass in six.
class Span(NamedTuple):
    start: int
    end: int
    text: str
    entity: str
    how: str


class Unresolved(NamedTuple):
    start: int
    end: int
    text: str
    candidates: tuple[str, ...] = ()


class LinkResult:
    """What find() decided: the linked spans, and what it could not resolve.

    The unresolved list (ambiguous aliases and capitalised names no alias knows) is
    worked out on first use: linking does not need it, and finding unknown names costs
    as much as the rest of a search for mentions.
    """

    __slots__ = ("_resolution", "_unresolved", "spans")

    def __init__(self, spans: list[Span], resolution: _Resolution):
        self.spans = spans
        self._resolution = resolution
        self._unresolved: list[Unresolved] | None = None

    @property
    def unresolved(self) -> list[Unresolved]:
        if self._unresolved is None:
            self._unresolved = self._resolution.report()
            self._resolution = None
        return self._unresolved

    def __repr__(self) -> str:
        return f"LinkResult(spans={self.spans!r}, unresolved={self.unresolved!r})"


def _collector_paused(method):
    """Run a method with Python's cycle collector paused, as long as it was running.

    Linking a long text makes hundreds of thousands of small tuples, none in a cycle,
    and each few thousand set off a collection that walks every object the process
    holds, the linker's large tables included: a third of the time on dense text.
    Reference counting still frees everything as usual. The switch is the process's:
    a thread linking at the same time finds it off and leaves it to the first caller.
    """

    @functools.wraps(method)
    def paused(*args, **kwargs):
        if not gc.isenabled():  # paused already, by another call or by the caller
            return method(*args, **kwargs)
        gc.disable()
        try:
            return method(*args, **kwargs)
        finally:
            gc.enable()

    return paused


# Normalisation ------------------------------------------------------------------

_NOT_ALNUM = re.compile(r"[\W_]")
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")
_ALNUM_RUN = re.compile(r"[^\W_]+")
_INNER_CAPITAL_ASCII = re.compile(r"[A-Za-z0-9][A-Z]")


def _fold_latin1(i: int) -> int:
    """Return what normalise() makes of the Latin-1 character numbered i."""
    char = chr(i)
    if not char.isalnum():
        return 32
    low = char.lower()
    return ord(low) if len(low) == 1 and ord(low) < 256 else i


# One C-speed pass over Latin-1 bytes does the work of normalise() for most news text.
_BYTE_TABLE = bytes(_fold_latin1(i) for i in range(256))


def _fold(text: str) -> str:
    """Lower-case the text without changing its length."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # Fold case per character: str.lower() turns "İ" into two code points and shifts spans.
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def normalise(text: str) -> str:
    """Fold case and blank out everything but letters and digits, keeping offsets."""
    return _NOT_ALNUM.sub(" ", _fold(text))


def default_case(text: str) -> str:
    """Say how strictly an alias's capitals must match when its table says "auto".

    Acronyms and names with capitals inside a word ("ADCS", "iMPOWER") must match
    exactly, a single word must keep its capitals ("Hill" is not "hill"), and a name
    of several words is distinctive enough to match in any case.
    """
    if text.isascii():
        inner = _INNER_CAPITAL_ASCII.search(text) is not None
    else:
        inner = any(c.isupper() for run in _ALNUM_RUN.findall(text) for c in run[1:])
    if inner:
        return "exact"
    return "capitalised" if len(text.split()) <= 1 else "any"


def _looks_like_acronym(text: str) -> bool:
    """Say whether an alias is written like an acronym ("ADCS", "DfE"), not a name."""
    if len(text) > 12 or not text[:1].isupper() or " " in text:
        return False
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= 8 and capitals >= 2 and capitals * 2 >= len(letters)


def _same_case(found: str, exact: str) -> bool:
    """Compare letters exactly, allowing any punctuation where the alias has some, and a
    capital on "the" opening a sentence: "The PM" for "the PM"."""
    if found[:4] == "The " and exact[:4] == "the ":
        found = f"t{found[1:]}"
    return found == exact or _NOT_ALNUM.sub(" ", found) == _NOT_ALNUM.sub(" ", exact)


def _letters_beyond_latin1(text: str, encoded: bytes) -> set[int]:
    """Return the offsets of the letters and digits that the Latin-1 copy shows as "?".

    Most characters beyond Latin-1 in news are curly quotes: a search for "?" in the
    bytes finds them far faster than a regular expression over the text.
    """
    letters = set()
    at = encoded.find(b"?")
    while at != -1:
        if text[at].isalnum():  # a "?" of the text itself is not
            letters.add(at)
        at = encoded.find(b"?", at + 1)
    return letters


_POSSESSIVE_S = re.compile(r"(?<=[^\W\d_])['’]s\b")


def _spellings(text: str) -> list[str]:
    """Return a name as written and the other ways papers write the same words.

    "Kensington & Chelsea" is "Kensington and Chelsea", "Solihull Metropolitan Borough
    Council" is "Solihull MBC", and the web often drops the apostrophe of a possessive
    or puts it after the s: "Doncaster Childrens Services Trust", "Doncaster Childrens'
    Services Trust".
    """
    spellings = [text]
    if text.endswith(" Metropolitan Borough Council"):
        spellings.append(text.removesuffix("Metropolitan Borough Council") + "MBC")
    if " and " in text:
        spellings.append(text.replace(" and ", " & "))
    elif " & " in text:
        spellings.append(text.replace(" & ", " and "))
    if "'" in text or "’" in text:
        spellings += [
            other
            for name in list(spellings)
            for replacement in ("s", "s'")
            if (other := _POSSESSIVE_S.sub(replacement, name)) != name
        ]
    return spellings


def _pattern(text: str) -> tuple[bytes | str, int, int]:
    """Return an alias's padded pattern (bytes when Latin-1 will do), its start and length."""
    if text.isascii():
        norm = text.encode("ascii").translate(_BYTE_TABLE)
        pattern = norm.strip(b" ")
        lead = norm.index(pattern[:1]) if pattern else 0
        return b" " + pattern + b" ", lead, len(pattern)
    norm = normalise(text)
    pattern = norm.strip(" ")
    lead = len(norm) - len(norm.lstrip(" "))
    try:
        return b" " + pattern.encode("latin-1") + b" ", lead, len(pattern)
    except UnicodeEncodeError:
        return f" {pattern} ", lead, len(pattern)


def _prepare(text: str, case: str) -> tuple | None:
    """Return an alias's pattern and the checks a match of it needs; None if it has none.

    That is (pattern, case code, offsets of the capitals it needs, the text as written,
    whether it is written as an acronym).
    """
    pattern, lead, length = _pattern(text)
    if not length:
        return None
    if case == "auto":
        case = default_case(text)
    elif case not in CASES:
        raise ValueError(f"Alias {text!r} has unknown case {case!r}.")
    code = _CASE_CODES[case]
    written = text[lead : lead + length]
    capitals = ()
    if code == _CAPITALISED:
        if " " in written.strip():
            runs = _ALNUM_RUN.finditer(written)
            capitals = tuple(r.start() for r in runs if written[r.start()].isupper())
        elif written[0].isupper():
            capitals = (0,)
        if not capitals:
            code = _ANY
    acronym = code == _EXACT and _looks_like_acronym(written)
    return pattern, code, capitals, written, acronym


# Forms: the ways of writing one entity's name ------------------------------------

# Words that may stand between "the" and a description's last word and leave it the
# same body: "the education watchdog" is the watchdog, "the new trust" the trust. Words
# that tell another body apart are not among them: another kind ("county", "health"),
# another one of the kind ("other", "former"), or a status only some hold ("city",
# "borough": "the city council" is an alias where a council is one).
_MODIFIERS = frozenset(
    """
    new independent local education schools standards inspection children's childrens services
    government embattled beleaguered troubled struggling failing
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Words that tell another body of a kind apart, and so make one: after "the NHS trust
# said", "the trust" is the NHS trust; after "the county council", "the council" is
# the county's. ("Another trust" may be no body yet, and is not among them.)
_OTHER_OF_KIND = {
    "trust": ("nhs", "health", "hospital", "hospitals", "ambulance", "academy", "housing"),
    "council": ("county", "district", "parish", "town"),
    "authority": ("combined", "county", "health", "police", "pensions", "fire", "transport"),
    "watchdog": ("police", "spending", "health", "care", "financial", "data", "privacy"),
    # A council's: "Doncaster's children's services department", "its housing department".
    "department": ("services", "care", "health", "housing", "finance", "planning", "council"),
    # "the law firm", "the recruitment firm": not the consultancy named before.
    "firm": tuple(
        "law legal accountancy accounting audit recruitment data pr security engineering".split()  # noqa: SIM905
    ),
    # "a housing association", "the tenants association": no association of the seed's.
    "association": tuple(
        "housing residents tenants parents carers teachers medical trade football".split()  # noqa: SIM905
    ),
}
# Compound adjectives, written with a hyphen or without, and rarer describing words:
# each stands alone before the last word ("the government-imposed trust", "Doncaster's
# pioneering trust"). "Care" is not a word of its own: "the care watchdog" is the Care
# Quality Commission.
_COMPOUND_MODIFIERS = frozenset(
    """
    government-imposed government-appointed government-backed arm's-length arms-length
    council-owned council-run council-controlled cash-strapped under-fire newly-formed
    newly-created so-called much-criticised social-care not-for-profit
    pioneer pioneering fledgling flagship controversial former defunct now-defunct old
    re-elected
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# The party that runs a council, the one capitalised describing word: "the Labour-run
# council" and "Doncaster's Labour council" are the council, and the party is no link
# of its own there. "Green" stands alone only as an ordinary word.
_PARTIES = ("Labour", "Conservative", "Tory", "Liberal Democrat", "Lib Dem", "Green")
_PARTY_WORDS = frozenset({"Labour", "Conservative", "Tory", "Democrat", "Dem"})
_PARTY_RUN = re.compile(
    rf"(?:{'|'.join(_PARTIES)})[- ](?:run|led|controlled)|{'|'.join(_PARTIES[:-1])}"
)
_PARTY_MODIFIERS = frozenset(
    {
        *(
            f"{party.lower().replace(' ', '-')}-{verb}"
            for party in _PARTIES
            for verb in ("run", "led", "controlled")
        ),
        *(party.lower() for party in _PARTIES[:-1]),
    }
)


# What an inspectorate is of, two joined by "and": "the schools and children's services
# watchdog" is Ofsted to a reader who has just read its name.
_REMITS = ("schools", "education", "children's", "childrens", "children's services", "social care")
_REMIT_WORDS = frozenset(word for remit in _REMITS for word in remit.split())
# What may stand before a description's last word, each with its space after it: after
# "the" ("the new trust") or after a place's possessive ("Doncaster's children's trust").
_BETWEEN_TEXT = (
    "",
    *(f"{word} " for word in sorted(_MODIFIERS | _COMPOUND_MODIFIERS | _PARTY_MODIFIERS)),
    *(f"{first} {second} " for first, second in product(sorted(_MODIFIERS), repeat=2)),
    *(f"{first} and {second} " for first, second in product(_REMITS, repeat=2) if first != second),
    # "Doncaster's new children's services trust"
    *(
        f"{word} {remit} "
        for word in sorted(_MODIFIERS | _COMPOUND_MODIFIERS)
        if word not in _REMIT_WORDS
        for remit in ("children's services", "childrens services")
    ),
    # "the children's social care inspectorate"
    "children's social care ",
    "childrens social care ",
)
# Describing words that may stand before a place in a description: "the new Doncaster
# trust", "the troubled Doncaster council".
_BEFORE_PLACE = tuple(
    sorted(_MODIFIERS - _REMIT_WORDS - {"government", "inspection", "local"} | _COMPOUND_MODIFIERS)
)
# Describing words that make a description of a kind another body's, as folded words:
# "the children's services department" is a council's, not a department of state.
_NOT_DESCRIBING = {b"department": frozenset(b"children childrens services care".split())}
# Kinds whose description in lowercase means a body only near its name: stories about
# children's services call the council's own department "the department" too, and "the
# society" is often ours.
_NAMED_JUST_BEFORE = frozenset({"department", "society"})
# A story's own use of "the department" before it names one ("the department" of the
# council's children's services, not "the Department of Health"), and a sentence that
# speaks of inspection: then "the department" is the council's (see _named_just_before).
_OWN_DEPARTMENT = re.compile(r"\b[Tt]he department\b(?! (?:for|of) [A-Z])")
_INSPECTED = re.compile(r"\b(?:inspect|Ofsted)", re.IGNORECASE)
# A council department's head speaking of it: "Andrew Jones, the council's executive
# director of people services, said the department would help"; or a councillor: "Cllr
# Nuala Fennelly said the department had begun recruiting".
_DEPARTMENT_HEAD = re.compile(
    r"\b(?:director|head) of [\w’' ]{0,30}services\b|\b(?:cllr|councillor|coun)\.? [A-Z]"
    r"|\bcabinet member\b",
    re.IGNORECASE,
)
# Words before a department that others took over: a council's, not a department of state
# ("Ed Balls sent in a team to take over the running of the department").
_RUN_BY_OTHERS = tuple(
    f"{words} "
    for words in ("running of", "control of", "charge of", "take over", "took over", "taken over")
)
# Words of an inspection's verdict: a place rated so is its council ("Ofsted rated
# Westminster outstanding").
_RATED = re.compile(r"\b(?:rated|ratings?|judged|outstanding|inadequate|requires improvement)\b")
# What a body with a place may be described as belonging to: "the town's trust".
_TOWNS = ("town", "city", "borough")
# The same, as the folded bytes patterns are made of.
_BETWEEN_BYTES = tuple(text.encode("latin-1").translate(_BYTE_TABLE) for text in _BETWEEN_TEXT[1:])
# One person holds a post at a time: "the new mayor" and "the re-elected mayor" are still
# her, but "the former mayor" is someone else, and "the Labour mayor" leaves "Labour" to
# the party.
_NOT_DESCRIBING[b"mayor"] = frozenset(b" ".join(_BETWEEN_BYTES).split()) - {
    b"new",
    *"re-elected".encode("latin-1").translate(_BYTE_TABLE).split(),
}


# Words before a post that leave it its holder's: "the outgoing chief inspector". Not
# "new", which may be the next holder ("the new chief inspector will start in January").
_STILL_HOLDING = ("outgoing", "current", "present")


def _person_forms(person: EntityRef):
    """Yield (text, case, tier, how) for the ways a person's name is usually written.

    A title before the surname ("Mr Gove", "Cllr Perry") is not a pattern of its own:
    find() widens a surname's span over a title in front of it.
    """
    words = person.name.split()
    given = person.given_name or " ".join(words[:-1])
    family = person.family_name or (words[-1] if words else "")
    honorific = person.honorific.strip()
    yield person.name, "any", _STRONG, "name"
    if given and f"{given} {family}" != person.name:
        yield f"{given} {family}", "any", _STRONG, "name"
    if honorific:
        yield f"{honorific} {person.name}", "any", _STRONG, "name"
    if honorific in GIVEN_NAME_TITLES and given:
        yield f"{honorific} {given.split()[0]}", "capitalised", _SHORT, "short"
    if family:
        yield family, "capitalised", _SHORT, "short"


# Given names that are words too, or too short to tell: "Mark my words", "Ed." for an
# editor. No one is linked by one of these alone.
_GIVEN_NAME_WORDS = frozenset(
    """
    mark ed will may june april grace hope joy faith guy jack rob pat sue dawn bill art max
    ray bob jay rose lily ivy amber crystal summer autumn chance frank earl
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Of those, the names a capital seldom makes a word: "Mark has done a great job", "Ed
# rings when it matters" are Mark Douglas and Ed Miliband after their full names.
_WORDS_NOT_NAMES = _GIVEN_NAME_WORDS - {"mark", "ed"}


def _said_alone(text: str, start: int, end: int, since: int, until: int) -> bool:
    """Say whether a surname at start..end is said again between since and until."""
    surname = re.escape(text[start:end])
    return re.search(rf"(?<![\w'’-]){surname}(?![\w-])", text[since:until]) is not None


def _a_person_who(text: str, start: int, end: int) -> bool:
    """Say whether a name is a person's of that name, introduced: "a Mark Douglas, who
    chairs a carers' network", "There's a Wilshaw who played for Stoke" (but "a Cameron
    government" is his)."""
    return text.startswith((" who ", ", who "), end) and (
        text.endswith((" a ", "\na ", "A "), 0, start) or text[:start] == "a "
    )


def _someone_else(text: str, start: int, end: int) -> bool:
    """Say whether a known person's full name is said to be someone else's there.

    "There is another Mark Rogers, a director in the north-west"; "Sue and Dave Hill,
    foster carers from Scunthorpe", a couple who share a surname; "Rovers midfielder
    Mark Douglas", a calling no one in public life holds; "a Mark Douglas, who ...".
    """
    if _a_person_who(text, start, end):
        return True
    if _after_word(text, start, _SOMEONE_ELSE):  # not "face Mark Douglas" ("ace ")
        # "Ms Jones is not to be confused with Rosie Winterton": the known one is named.
        return not text.endswith("confused with ", 0, start) or not _another_named_before(
            text, start, end
        )
    if not text.endswith(" and ", 0, start):
        return False
    words = text[max(0, start - 20) : start].split()
    return len(words) >= 2 and words[-2][:1].isupper() and words[-2].lower() in _GIVEN_NAME_SEX


def _another_named_before(text: str, start: int, end: int) -> bool:
    """Say whether the sentence before a full name names a person of another surname."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    surname = text[text.rfind(" ", start, end) + 1 : end]
    return any(
        word[:1].isupper()
        and after[:1].isupper()
        and (word.lower() in _GIVEN_NAME_SEX or word.lower() in _TITLES_BEFORE_NAMES)
        and after.rstrip(",") != surname
        for word, after in pairwise(text[opening:start].split())
    )


def _namesake_named_before(text: str, start: int, end: int) -> bool:
    """Say whether the text names someone else of a full name's surname before it: after
    "Cllr Nigel Jones" or "Mr Jones", "the mayor, Ros Jones, who is not related to the
    councillor" is the known Ros Jones."""
    given, _, surname = text[start:end].rpartition(" ")
    given = given.rpartition(" ")[2]
    at = text.find(f" {surname}", 0, start)
    while at >= 0:
        word = text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1 : at]
        if word != given and (
            (word[:1].isupper() and word.lower() in _GIVEN_NAME_SEX)
            or word.removesuffix(".") in _TITLE_SEX  # "Ms Douglas said ... Mark Douglas"
        ):
            return True
        at = text.find(f" {surname}", at + 1, start)
    return False


def _no_relation_to_a_namesake(text: str, start: int, end: int) -> bool:
    """Say whether "no relation" after a surname names the other person of it: "Moffat –
    no relation to the Doctor Who writer Steven Moffat – said" is the known Moffat."""
    rest = _CLAUSE_AFTER_NO_RELATION.match(text, end + 3)  # past " – " or " (", ", "
    return f" {text[start:end].rpartition(' ')[2]}" in rest.group()


_CLAUSE_AFTER_NO_RELATION = re.compile(r"[^–—()\[\].!?;,]{0,80}")


# A post named just before a full name, whose holder it is: "chief executive was ".
_POST_BEFORE = re.compile(
    r"\b(?:chief executive|director|chair(?:man|woman)?|head|boss|leader|president)"
    r"(?: was| is|,)? $",
    re.IGNORECASE,
)


def _said_unrelated(text: str, start: int, end: int) -> bool:
    """Say whether the sentence goes on to say a full name is a namesake's, naming nobody
    else before it does ("Dave Hill – no relation to the Essex director – said"), or gives
    them a calling or a private person's age and home."""
    if (
        text.startswith(_APPOSITION_OPENINGS, end)
        and _CALLING_AFTER.match(text, end)
        # "The trust's first chief executive was Mark Douglas, a former social worker"
        and not _POST_BEFORE.search(text, max(0, start - 40), start)
    ):
        return True
    stop = end + 220
    if all(text.find(word, end, stop) < 0 for word in _UNRELATED_WORDS):
        return False
    match = _UNRELATED_LATER.match(text, end)
    if match is None or _namesake_named_before(text, start, end):
        return False
    # Nobody else named before it, nor as the one it is no relation to: "Paul Moffat – no
    # relation to the writer Steven Moffat" is the known Paul Moffat.
    rest = _REST_OF_CLAUSE.match(text, match.end())
    words = text[end : rest.end()].split()
    surname = text[text.rfind(" ", 0, end) + 1 : end]
    return not any(
        after[:1].isupper()
        and (
            word.lower() in _GIVEN_NAME_SEX
            or word.lower() in _TITLES_BEFORE_NAMES
            or (word[:1].isupper() and after.rstrip(",") == surname)  # "Damon Hill"
        )
        for word, after in pairwise(words)
    )


def _a_namesake(text: str, start: int, end: int, *, full_name: bool = True) -> bool:
    """Say whether the text makes a known person's name at start:end someone else's,
    before it (see _someone_else) or, for a full name, after it (see _said_unrelated)."""
    return (text.endswith(_ELSE_BEFORE, 0, start) and _someone_else(text, start, end)) or (
        full_name and text.startswith(_AFTER_A_NAMESAKE, end) and _said_unrelated(text, start, end)
    )


_TITLE_KINDS = (
    "report|strategy|review|campaign|survey|reforms?|paper|programme|plan|study|book|film"
    "|document|initiative|scheme|policy"
)
_TITLE_KIND_BEFORE = re.compile(rf"\b(?:{_TITLE_KINDS}|called|entitled|titled),? ?$")
_TITLE_KIND_AFTER = re.compile(rf" (?:{_TITLE_KINDS})\b")


def _titled(text: str, start: int, end: int) -> bool:
    """Say whether a name is all a quotation holds and a document's or a campaign's title:
    'a new report, "Home Improvements"', 'the "Keep On Caring" strategy'."""
    return (
        start > 0
        and end < len(text)
        and text[start - 1] in "\"“‘'"
        and text[end] in "\"”’'"
        and (
            _TITLE_KIND_BEFORE.search(text, max(0, start - 25), start - 1) is not None
            or _TITLE_KIND_AFTER.match(text, end + 1) is not None
        )
    )


SHARED_GIVEN = 3  # people at most who may share a given name that names one of them


def _given_names(entities: list[EntityRef]) -> dict[str, str]:
    """Map each person to their first given name, unless it is a word too ("Will").

    After "Paul Moffat", a colleague's "Paul has done a fantastic job" means him: the
    given name alone is a short form. A name two or three people share ("Michael" Gove
    and Wilshaw) is the one the story named, and nobody's where it named two of them
    (_given_name_shared); one that more share is no short form, nor a search's cost.
    """
    firsts: dict[str, list[str]] = {}
    for entity in entities:
        if entity.is_person:
            words = (entity.given_name or " ".join(entity.name.split()[:-1])).split()
            if words and len(words[0]) > 1 and words[0].lower() not in _WORDS_NOT_NAMES:
                firsts.setdefault(words[0], []).append(entity.key)
    return {key: name for name, keys in firsts.items() if len(keys) <= SHARED_GIVEN for key in keys}


def _without_place(name: str, places: list[str]) -> list[str]:
    """Return a body's name without the place it starts with, where two or more words stay.

    "the Children's Services Trust" is Doncaster Children's Services Trust to a reader
    who has just read its full name: a description, written with the name's capitals.
    """
    tails = []
    for place in places:
        words = name.removeprefix(f"{place} ").split() if name.startswith(f"{place} ") else []
        if len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper():
            tails.append(" ".join(words))
    return tails


def _entity_forms(entity: EntityRef):
    """Yield (text, case, tier, how) for the names an entity links by without aliases."""
    if entity.is_person:
        yield from _person_forms(entity)
    elif entity.name.strip():
        yield entity.name, "auto", _STRONG, None


def _describe(numbers: dict, fast: array, complex_: dict[int, list]) -> None:
    """Add "the new trust", "the education watchdog" and "this trust" for "the trust".

    One or two words of _MODIFIERS, or one of _COMPOUND_MODIFIERS, may stand between
    "the" and the description's last word. Each derived pattern shares its description's
    forms (one list, grouped once), so a description that hundreds of councils carry
    costs a few patterns, not entities.
    A pattern an alias already holds ("the independent trust") keeps only that alias.
    """
    for pattern, number in list(numbers.items()):
        if not isinstance(pattern, bytes) or pattern[:5] != b" the " or pattern.count(b" ") != 3:
            continue
        head = pattern[5:-1]
        forms = [
            (entity, tier, how, _DESCRIBED, len(head), None, since, until)
            for entity, tier, how, _, _, _, since, until in complex_.get(number, ())
            if tier == _CONTEXTUAL
        ]
        if not forms:
            continue
        others = _NOT_DESCRIBING.get(head, frozenset())
        for words_before in _BETWEEN_BYTES:
            if others and not others.isdisjoint(words_before.split()):
                continue
            derived = b" the " + words_before + head + b" "
            if derived not in numbers:
                numbers[derived] = len(fast)
                complex_[len(fast)] = forms
                fast.append(-1)
        # "This council has failed", "Our trust will be judged", said in the council or
        # the trust: the council, the trust, as "the" is.
        any_case = [
            (entity, tier, how, _ANY, (), None, since, until)
            for entity, tier, how, case, _, _, since, until in complex_.get(number, ())
            if tier == _CONTEXTUAL and case == _ANY
        ]
        for word in (b" this ", b" our ") if any_case else ():
            if (demonstrative := word + head + b" ") not in numbers:
                numbers[demonstrative] = len(fast)
                complex_[len(fast)] = any_case
                fast.append(-1)


def _group(forms: list[tuple], sets: dict[frozenset[int], frozenset[int]]) -> tuple:
    """Group one pattern's forms by the checks they need, so each runs once a match.

    "the council" may belong to hundreds of councils: one group, checked once, then
    carrying every entity. A strong group holds (entity, how) pairs, flattened; the
    others a frozenset of entities, one object for equal sets (kept in sets): the
    resolution looks sets up in dicts, and comparing two large equal sets costs far
    more than finding the same object.
    """
    groups: dict[tuple, list] = {}
    for entity, tier, how, case, capitals, exact, since, until in dict.fromkeys(forms):
        members = groups.setdefault((tier, case, capitals, exact, since, until), [])
        members.extend((entity, how) if tier == _STRONG else (entity,))
    grouped = []
    for checks, members in groups.items():
        if checks[0] == _STRONG:
            grouped.append((*checks, tuple(members)))
        else:
            entities = frozenset(members)
            grouped.append((*checks, sets.setdefault(entities, entities)))
    return tuple(grouped)


def _described_kinds(numbers: dict, complex_: dict[int, list]) -> dict[int, str]:
    """Return the kind of body each description names ("council"), by id of its forms.

    "the council" and "the local authority" are both of kind "council". Where a word
    of a described kind is capitalised, it may end the name of a body no alias knows,
    which a description after it then means: find() notes each.
    """
    kinds = {}
    for pattern, number in numbers.items():
        forms = complex_.get(number)
        if forms and id(forms) not in kinds and any(form[1] == _CONTEXTUAL for form in forms):
            last = pattern.split()[-1]
            last = last.decode("latin-1") if isinstance(last, bytes) else last
            kinds[id(forms)] = _same_kind(last)
    return kinds


def _marked(text: str, start: int) -> bool:
    """Say whether a word follows a hyphen, an apostrophe or a character beyond Latin-1.

    Such a word may end a name in lowercase: "Acme-trust".
    """
    return start > 0 and ((before := text[start - 1]) in "-'" or before > "ÿ")


def _entities_of(who: int | tuple) -> tuple:
    """Return the entities of an entry of find()'s best: an int, or (entity, how) pairs."""
    return (who,) if isinstance(who, int) else who[::2]


def _merge(found: int | tuple, more: int | tuple) -> tuple:
    """Join two sets of (entity, how) for one span; a bare int is a plain name."""
    found = (found, "name") if isinstance(found, int) else found
    more = (more, "name") if isinstance(more, int) else more
    return found + more


class Linker:
    """An alias table compiled for matching; build once, then call find() per text."""

    __slots__ = (
        "_academics",
        "_bodies",
        "_complex",
        "_councillors",
        "_fast",
        "_givens",
        "_keys",
        "_kinds_of",
        "_longest",
        "_narrow",
        "_narrow_count",
        "_place_bodies",
        "_posts",
        "_sexes",
        "_title_ends",
        "_titles",
        "_weights",
        "_wide",
        "_wide_letters",
    )

    @classmethod
    @_collector_paused
    def build(
        cls,
        entities: Iterable[EntityRef],
        aliases: Iterable[AliasRef],
        other_places: Iterable[str] = COUNCIL_AREAS,
    ) -> Linker:
        """Compile entities, the name forms derived from them, and aliases into one matcher.

        other_places are places whose bodies no alias may know ("Rotherham"): found, and
        never linked, so that "In Rotherham, the council" is not the council of an alias.
        """
        keys: list[str] = []
        full_names: list[str] = []  # while building: a name may lose its place's word
        weights: list[int] = []
        sexes: list[str] = []  # "m" or "f" where a person's honorific says, else ""
        givens: list[str] = []  # a person's first given name, lowercase, else ""
        index: dict[str, int] = {}
        titles = set(TITLES)
        numbers: dict[bytes | str, int] = {}
        # Most patterns have one plain form: keep it as one int (entity * 2 + needs a
        # capital) and only the rest as tuples (marked -1), which keeps a large table small.
        fast = array("q")
        complex_: dict[int, list[tuple]] = {}

        # Thousands of bodies share "the council": read each description once. Names are
        # mostly one body's own, and keeping them all would leave the heap fragmented.
        prepared: dict[tuple[str, str], tuple | None] = {}

        def add(text, entity, case, tier, how, since=None, until=None):
            if tier != _CONTEXTUAL:
                found = _prepare(text, case)
            elif (found := prepared.get((text, case), False)) is False:
                found = prepared[text, case] = _prepare(text, case)
            if found is None:
                return
            pattern, code, capitals, written, acronym = found
            if (
                tier == _CONTEXTUAL
                and code == _ANY
                and not _PARTY_WORDS.isdisjoint(written.split())
            ):
                code = _PARTY_DESCRIBED
            if how is None:
                how = "acronym" if acronym else "name"
            plain = tier == _STRONG and how == "name" and since is None and until is None
            plain = plain and code != _EXACT and capitals in ((), (0,))
            size = len(fast)
            number = numbers.setdefault(pattern, size)
            if number == size:
                if plain:
                    fast.append(entity * 2 + (code == _CAPITALISED))
                    return
                fast.append(-1)
                complex_[number] = []
            elif plain and fast[number] == entity * 2 + (code == _CAPITALISED):
                return
            elif fast[number] >= 0:
                old, fast[number] = fast[number], -1
                old_case, old_capitals = (_CAPITALISED, (0,)) if old & 1 else (_ANY, ())
                old_form = (old >> 1, _STRONG, "name", old_case, old_capitals)
                complex_[number] = [(*old_form, None, None, None)]
            exact = written if code == _EXACT else None
            form = (entity, tier, how, code, capitals, exact, since, until)
            complex_[number].append(form)

        held_posts: dict[int, tuple[str, ...]] = {}  # person -> keys of their bodies
        entities = list(entities)
        given_names = _given_names(entities)
        for entity in entities:
            if entity.key in index:
                raise ValueError(f"Entity key {entity.key!r} appears twice.")
            number = index[entity.key] = len(keys)
            if entity.bodies:
                held_posts[number] = entity.bodies
            keys.append(entity.key)
            full_names.append(entity.name)
            weights.append(entity.weight)
            honorific = entity.honorific.strip()
            given = (entity.given_name or " ".join(entity.name.split()[:-1])).split()
            givens.append(given[0].lower() if entity.is_person and given else "")
            # Without an honorific, the given name says: "Mrs Perry" is not Roy Perry.
            sexes.append(
                (
                    _TITLE_SEX.get(honorific.removesuffix("."), "")
                    or _GIVEN_NAME_SEX.get(givens[-1], "")
                )
                if entity.is_person
                else ""
            )
            if entity.is_person and honorific and honorific not in GIVEN_NAME_TITLES:
                titles.add(honorific)
            for text, case, tier, how in _entity_forms(entity):
                for spelling in _spellings(text):
                    add(spelling, number, case, tier, how)
            if given_names.get(entity.key):
                add(given_names[entity.key], number, "capitalised", _SHORT, "short")

        aliases = list(aliases)
        people = {entity.key for entity in entities if entity.is_person}
        # Bodies with a place ("Doncaster") and their descriptions: few, so kept apart.
        places: dict[str, list[str]] = {}
        for alias in aliases:
            if alias.place:
                places.setdefault(alias.entity, []).append(alias.text)
        described: dict[str, list[tuple]] = {}  # entity -> (last words, since, until)
        named = {key: [(full_names[index[key]], None, None)] for key in places if key in index}
        for alias in aliases:
            if alias.entity not in index:
                raise ValueError(f"Alias {alias.text!r} names unknown entity {alias.entity!r}.")
            if alias.entity in places and alias.contextual and alias.text[:4].lower() == "the ":
                held = (alias.text[4:].lower(), alias.valid_from, alias.valid_until)
                described.setdefault(alias.entity, []).append(held)
            elif alias.entity in places and not (
                alias.contextual or alias.short or alias.place or alias.excluded
            ):
                named[alias.entity].append((alias.text, alias.valid_from, alias.valid_until))
            if alias.contextual:
                tier, how = _CONTEXTUAL, "contextual"
            elif alias.short:
                tier, how = _SHORT, "short"
            elif alias.place:
                tier, how = _STRONG, "place"
            elif alias.excluded:
                tier, how = _STRONG, _EXCLUDED
            else:
                tier, how = _STRONG, None
            since, until = alias.valid_from, alias.valid_until
            texts = [alias.text]
            if how is None and alias.entity in people and alias.text[:4].lower() == "the ":
                # A post and the name after it are one mention: "the Don Valley MP Caroline
                # Flint", as "Education Secretary Michael Gove" is.
                texts.append(f"{alias.text} {full_names[index[alias.entity]]}")
            if alias.contextual and alias.entity in people and alias.text[:4].lower() == "the ":
                # "Outgoing" only of a post its holder leaves: "the outgoing mayor" in the
                # month Ros Jones was elected is the man she beat.
                words = _STILL_HOLDING if until is not None else _STILL_HOLDING[1:]
                texts += [f"the {word} {alias.text[4:]}" for word in words]
                # Looking back: "the then education secretary" from the day the post was
                # first held, "the former chief inspector" from the day it was given up.
                for spelling in _spellings(f"the then {alias.text[4:]}"):
                    add(spelling, index[alias.entity], alias.case, tier, how, since, None)
                if until is not None:
                    for spelling in _spellings(f"the former {alias.text[4:]}"):
                        add(spelling, index[alias.entity], alias.case, tier, how, until, None)
            for spelling in (spelling for text in texts for spelling in _spellings(text)):
                add(spelling, index[alias.entity], alias.case, tier, how, since, until)

        for key, place_names in places.items():
            for place, (words, since, until) in product(place_names, described.get(key, ())):
                for between in _BETWEEN_TEXT if " " not in words else ("",):
                    text = f"{place}'s {between}{words}"
                    add(text, index[key], "capitalised", _STRONG, "possessive", since, until)
                    # "the Doncaster trust", unless "Doncaster Council" is a name of its own;
                    # "the Doncaster-based trust" whatever the names.
                    texts = [f"the {place}-based {between}{words}"]
                    if _pattern(f"{place} {between}{words}")[0] not in numbers:
                        texts.append(f"the {place} {between}{words}")
                        if not between:  # "the new Doncaster trust"
                            texts += (f"the {word} {place} {words}" for word in _BEFORE_PLACE)
                    for text in texts:
                        add(
                            text,
                            index[key],
                            "capitalised",
                            _STRONG,
                            "place description",
                            since,
                            until,
                        )
            # "the town's trust": a description, as "the trust" is.
            for (words, since, until), town in product(described.get(key, ()), _TOWNS):
                for between in _BETWEEN_TEXT if " " not in words else ("",):
                    text = f"the {town}'s {between}{words}"
                    add(text, index[key], "auto", _CONTEXTUAL, "contextual", since, until)
            for name, since, until in named[key]:
                tails = [s for tail in _without_place(name, place_names) for s in _spellings(tail)]
                for tail in tails:
                    add(tail, index[key], "capitalised", _CONTEXTUAL, "contextual", since, until)

        # The bodies of each place, by its first word: a name that begins with the place
        # ("Doncaster Children's Services Trust") names them where nothing else does.
        place_bodies: dict[str, dict[str, set[int]]] = {}
        for key, place_names in places.items():
            for place in place_names:
                first = place.split()[0].lower()
                place_bodies.setdefault(first, {}).setdefault(place.lower(), set()).add(index[key])
        full_names.clear()
        prepared.clear()
        _describe(numbers, fast, complex_)
        kinds = _described_kinds(numbers, complex_)
        kind_words = _with_kin(frozenset(kinds.values()))
        for word in kind_words:
            add(word, -1, "any", _KIND, "kind")
        for kind in kind_words:
            for word in _OTHER_OF_KIND.get(kind, ()):
                pattern = _pattern(f"{word} {kind}")[0]
                if pattern not in numbers:  # an alias's ("the city council") stays its own
                    numbers[pattern] = len(fast)
                    fast.append(_OTHER_BODY)
        for place in other_places:
            for spelling in _spellings(place):
                pattern = _pattern(spelling)[0]
                if pattern not in numbers:  # an alias's place ("Doncaster") stays its own
                    numbers[pattern] = len(fast)
                    fast.append(_PLACE_ONLY)
        for kind, names in OTHER_BODIES.items():
            for spelling in (s for name in names if kind in kind_words for s in _spellings(name)):
                pattern = _pattern(spelling)[0]
                if pattern not in numbers:  # an alias's name stays its entity's
                    numbers[pattern] = len(fast)
                    fast.append(_OTHER_NAMED)

        linker = cls()
        # Who speaks for which bodies: a person for those they hold a post at (their
        # roles), a body for the few others of its place ("A spokesman for Doncaster
        # Council said: “We share responsibility with the Trust”" is Doncaster's trust).
        speakers: dict[int, frozenset[int]] = {}
        for held in place_bodies.values():
            for bodies in held.values():
                if 1 < len(bodies) <= _FEW_NEIGHBOURS:
                    for body in bodies:
                        speakers[body] = speakers.get(body, frozenset()) | (bodies - {body})
        neighbours = dict(speakers)  # a body -> the others of its place
        posts: dict[int, frozenset[int]] = {}
        for person, bodies in held_posts.items():
            # Theirs, and the others of its place: the trust's chief speaks of "the council".
            held = posts[person] = frozenset(index[body] for body in bodies if body in index)
            speakers[person] = held.union(*(neighbours.get(body, ()) for body in held))
        linker._bodies = speakers
        linker._posts = posts
        linker._keys = tuple(keys)
        linker._weights = tuple(weights)
        linker._sexes = tuple(sexes)
        # Who may be called "Cllr": a councillor by honorific, or anyone but those whose
        # posts are all at bodies no councillor sits on ("Cllr Douglas" is not the trust's
        # chief executive): a party or a council may have them.
        elected = {
            entity.key
            for entity in entities
            if entity.kind in ("political_party", "local_authority")
        }
        linker._councillors = frozenset(
            index[entity.key]
            for entity in entities
            if entity.is_person
            and (
                entity.honorific.strip().removesuffix(".") in COUNCILLOR_TITLES
                or not entity.bodies
                or not elected.isdisjoint(entity.bodies)
            )
        )
        linker._givens = tuple(givens)
        linker._academics = frozenset(
            index[entity.key]
            for entity in entities
            if entity.is_person and entity.honorific.strip().removesuffix(".") in _ACADEMIC_TITLES
        )
        linker._titles = frozenset(titles)
        # A title ends in one of these ("Mr", "Mr."): a quick test before reading the word.
        linker._title_ends = frozenset(title[-1] for title in titles) | {"."}
        linker._place_bodies = {
            first: tuple((place + " ", tuple(sorted(bodies))) for place, bodies in held.items())
            for first, held in place_bodies.items()
        }
        # Latin-1 patterns are matched on bytes (fast); the rest only when a text needs
        # them. Both automatons number their patterns from 0: put the narrow ones first.
        narrow = [pattern for pattern in numbers if isinstance(pattern, bytes)]
        wide = [pattern for pattern in numbers if isinstance(pattern, str)]
        if wide:
            order = [numbers[pattern] for pattern in narrow + wide]
            renumber = {old: new for new, old in enumerate(order)}
            fast = array("q", [fast[old] for old in order])
            complex_ = {renumber[old]: forms for old, forms in complex_.items()}
        numbers.clear()  # free it before the automaton's own peak
        linker._narrow_count = len(narrow)
        linker._longest = max(map(len, narrow), default=0)
        linker._fast = fast
        grouped: dict[int, tuple] = {}  # derived patterns share one list: group it once
        sets: dict[frozenset[int], frozenset[int]] = {}
        linker._complex = {
            number: grouped.get(id(forms)) or grouped.setdefault(id(forms), _group(forms, sets))
            for number, forms in complex_.items()
        }
        sets.clear()
        # The kinds a description's entities are described as: a text's descriptions
        # say which unknown bodies (a "Trust" no alias knows) are worth looking for.
        kinds_of: dict[frozenset[int], set[str]] = {}
        for forms_id, kind in kinds.items():
            for group in grouped[forms_id]:
                if group[0] == _CONTEXTUAL:
                    kinds_of.setdefault(group[-1], set()).add(kind)
        linker._kinds_of = {members: frozenset(found) for members, found in kinds_of.items()}
        for number, groups in linker._complex.items():
            if all(group[0] == _KIND for group in groups):
                fast[number] = _KIND_ONLY
            elif all(group[1] == _CAPITALISED and group[2][0] == 0 for group in groups):
                fast[number] = _CAPITAL_FIRST
        linker._narrow = linker._wide = None
        linker._wide_letters = frozenset(
            variant
            for pattern in wide
            for letter in pattern
            if ord(letter) > 255
            for variant in (letter, letter.upper(), letter.title())
        )
        if narrow:
            linker._narrow = ahocorasick_rs.BytesAhoCorasick(
                narrow, implementation=ahocorasick_rs.Implementation.ContiguousNFA
            )
        if wide:
            linker._wide = ahocorasick_rs.AhoCorasick(
                wide,
                implementation=ahocorasick_rs.Implementation.ContiguousNFA,
                store_patterns=False,
            )
        return linker

    def __len__(self) -> int:
        """Return how many distinct patterns the linker matches."""
        return len(self._fast)

    def _windows(self, text: str, encoded: bytes, haystack: bytes):
        """Yield (offset, skip, matches) for each window of the haystack, in text order.

        A match is (pattern, start, end), counted from the offset, its end taking in the
        padding; one that ends at skip or before is the previous window's. The haystack is
        searched a window at a time so that find() reads each window's matches while they
        are still in the processor's cache: on 5 MB of seed stories, one list of them all
        made find() 9-15% slower. Windows overlap by the longest pattern, and a match
        belongs to the window it ends in, so they come in the order one search gives.
        """
        if self._narrow is not None:
            view, longest = memoryview(haystack), self._longest
            search = self._narrow.find_matches_as_indexes
            for end in range(_WINDOW, len(haystack) + _WINDOW, _WINDOW):
                offset = max(0, end - _WINDOW - longest)
                yield offset, end - _WINDOW - offset, search(view[offset:end], overlapping=True)
        # Only a text with a wide pattern's letters can match one; most texts beyond
        # Latin-1 just have curly quotes.
        if (
            self._wide is not None
            and encoded.count(b"?") != text.count("?")
            and not self._wide_letters.isdisjoint(_BEYOND_LATIN1.findall(text))
        ):
            offset = self._narrow_count
            yield (
                0,
                0,
                [
                    (number + offset, start, end)
                    for number, start, end in self._wide.find_matches_as_indexes(
                        f" {normalise(text)} ", overlapping=True
                    )
                ],
            )

    @_collector_paused
    def find(self, text: str, *, on: date | None = None) -> LinkResult:
        """Link the mentions in a text, as of its date when given."""
        encoded = text.encode("latin-1", "replace")
        # Characters beyond Latin-1 became "?", a space once normalised: a letter among
        # them must not pass for a word boundary. Most such characters are quotes.
        letters = None if text.isascii() else _letters_beyond_latin1(text, encoded)
        fast, complex_ = self._fast, self._complex
        # start -> (end, entity) for a plain name, else (end, (entity, how, ...)).
        best: dict[int, tuple] = {}
        get = best.get
        # (start, -end, entities): sorting puts the longest first at each start.
        short: list[tuple[int, int, frozenset[int]]] = []
        contextual: list[tuple[int, int, frozenset[int]]] = []
        kinds: list[tuple[int, int]] = []  # a description's last word, capitalised or marked
        # A description of another time ("the city council" before Doncaster was a city)
        # or another body ("the NHS trust") means another body of its kind.
        others: list[tuple[int, int]] = []
        places: list[tuple[int, int]] = []  # capitalised places of bodies no alias knows
        # The text folded, with a space for every character that is not a letter or digit.
        haystack = b" " + encoded.translate(_BYTE_TABLE) + b" "
        for offset, skip, matches in self._windows(text, encoded, haystack):
            for number, start, end in matches:
                if end <= skip:
                    continue  # the window before holds it
                start += offset
                end += offset - 2
                if letters and (start - 1 in letters or end in letters):
                    continue
                plain = fast[number]
                if plain >= 0:
                    if plain & 1 and not text[start].isupper():
                        continue
                    entry = get(start)
                    if entry is None or end > entry[0]:
                        best[start] = (end, plain >> 1)
                    elif end == entry[0]:
                        best[start] = (end, _merge(entry[1], plain >> 1))
                    continue
                if plain < _CAPITAL_FIRST:  # a pattern with no forms, only noted
                    if plain == _KIND_ONLY:
                        # Most are lowercase after a space: "the council".
                        if text[start].isupper() or (
                            text[start - 1] != " " and _marked(text, start)
                        ):
                            kinds.append((start, end))
                    elif plain == _PLACE_ONLY:
                        if text[start].isupper():
                            places.append((start, end))
                    elif plain == _OTHER_NAMED:
                        if text[start].isupper():
                            others.append((start, end))
                    # _OTHER_BODY: capitalised, its kind word ends a name ("Borsetshire
                    # County Council"), which the unknown names hold.
                    elif text[text.rfind(" ", start, end) + 1].islower():
                        others.append((start, end))
                    continue
                if plain == _CAPITAL_FIRST and not text[start].isupper():
                    continue  # "cases" is not the surname "Cases", whoever bears it
                dated = False
                for tier, case, capitals, exact, since, until, members in complex_[number]:
                    if on is not None and (
                        (since is not None and on < since) or (until is not None and on > until)
                    ):
                        # A post held before the story, in a passage about that time: "2014:
                        # The chief inspector said ..." in a look back ten years on.
                        if tier != _CONTEXTUAL or until is None or on < until:
                            dated = dated or tier == _CONTEXTUAL
                            continue
                        if not _held_in_year_of(text, start, since, until):
                            dated = True
                            continue
                    if case == _CAPITALISED:
                        # Most misses fail on the first capital ("cases" for "Cases").
                        if not text[start + capitals[0]].isupper() or (
                            len(capitals) > 1
                            and not all(text[start + at].isupper() for at in capitals)
                        ):
                            continue
                    elif case == _EXACT and not _same_case(text[start:end], exact):
                        continue
                    elif (
                        case == _DESCRIBED
                        and not (between := text[start + 4 : end - capitals - 1]).islower()
                    ):
                        # Its words between "the" and the last (capitals holds that word's
                        # length) are lowercase: "the Independent Trust" may be a name. A
                        # party may be capitalised, and is then part of the description.
                        if not _PARTY_RUN.fullmatch(between):
                            continue
                        if (party := get(start + 4)) is not None and party[0] < end:
                            del best[start + 4]
                    elif case == _PARTY_DESCRIBED and not text[end + 1 : end + 2].isupper():
                        # "the (former) Labour leader" is a person, not the party; but in
                        # "The Labour leader Ed Miliband", a title, the party is named.
                        at = start + 4
                        while at < end and not text[at].isupper():
                            at += 1  # past "former" or "then"
                        if (party := get(at)) is not None and party[0] < end:
                            del best[at]
                    if tier == _STRONG:
                        entry = get(start)
                        if entry is None or end > entry[0]:
                            best[start] = (end, members)
                        elif end == entry[0]:
                            best[start] = (end, _merge(entry[1], members))
                    elif tier == _SHORT:
                        short.append((start, -end, members))
                    elif tier == _CONTEXTUAL:
                        contextual.append((start, -end, members))
                    elif text[start].isupper() or _marked(text, start):
                        kinds.append((start, end))
                if dated and not (contextual and contextual[-1][:2] == (start, -end)):
                    others.append((start, end))
        # One character is found far faster than two: most texts hold neither.
        if "@" in text or ("/" in text and ("://" in text or "www." in text)):
            _drop_addresses(text, best, short, contextual)
        resolution = _Resolution(self, text, encoded, letters, kinds, others, places)
        return resolution.run(best, short, contextual)


# A year of events a story looks back on: "In November 2013", "2014: New trust takes charge".
_YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")
# A heading dated by its year, over the paragraph it dates: "2014: Watchdog chief's warning",
# "January 2015: Wilshaw on leadership".
_YEAR_HEADING = re.compile(r"(?:[A-Z][a-z]+ )?((?:19[89]|20[0-4])\d)\b")
YEAR_HEADING_WORDS = 12


def _held_in_year_of(text: str, start: int, since: date | None, until: date) -> bool:
    """Whether the paragraph before start, or the heading over it, dates its events to a
    year in which a post, held from since to until, was held.
    """
    opening = text.rfind("\n", 0, start) + 1
    years = _YEAR.findall(text, opening, start)
    if not years and opening > 1:
        end = opening - 1
        while end > 0 and text[end - 1] in " \n":
            end -= 1  # the blank lines between
        heading = text[text.rfind("\n", 0, end) + 1 : end]
        if len(heading.split()) <= YEAR_HEADING_WORDS and (dated := _YEAR_HEADING.match(heading)):
            years = [dated[1]]
    if not years:
        return False
    # "... and if the Education Secretary had any sense she'd be doing the same now": the
    # holder of the story's day, whatever year the paragraph went back to; not in "the
    # Education Secretary removed the services, which are now run by the council".
    stop = found.start() if (found := _CLAUSE_END.search(text, start)) else len(text)
    if _NOW.search(text, start, stop):
        return False
    year = int(years[-1])
    return (since is None or since.year <= year) and year <= until.year


_NOW = re.compile(r"\b(?:now|currently|today|at present)\b(?![-‐])")
_CLAUSE_END = re.compile(r"[,;:()–—\n]|[.!?][\"”’']?(?:\s|$)")


# What joins a word to the one beside it: "Unison" in "Unisonance" or "pro-Unison" is no
# name; "Unison's" is.
_NAME_GLUE = frozenset(string.ascii_letters + string.digits + "-'’")
_POSSESSIVE_END = re.compile(r"['’]s\b")
# An address around its mark ("@", "://", "www."): an e-mail address's local part before
# the "@", a web address's scheme before "://", and whatever follows up to a space.
_ADDRESS_LEFT = re.compile(r"[\w.+-]*$")
_ADDRESS_RIGHT = re.compile(r"[^\s\"“”<>()]*")


def _drop_addresses(text: str, best: dict, short: list, contextual: list) -> None:
    """Drop the names matched inside addresses: an account is not a mention of its owner."""
    spans = []
    for mark in ("@", "://", "www."):
        at = text.find(mark)
        while at != -1:
            start = at
            if mark == "@":  # the local part of an e-mail address, if any
                start = _ADDRESS_LEFT.search(text, max(0, at - 64), at).start()
            elif mark == "://":  # "https://"
                start = _ADDRESS_LEFT.search(text, max(0, at - 8), at).start()
            end = _ADDRESS_RIGHT.match(text, at + len(mark)).end()
            spans.append((start, end))
            at = text.find(mark, end)
    inside = {at for start, end in spans for at in range(start, end)}
    for start in inside & best.keys():
        del best[start]
    if short:
        short[:] = [candidate for candidate in short if candidate[0] not in inside]
    if contextual:
        contextual[:] = [candidate for candidate in contextual if candidate[0] not in inside]


# Resolution ---------------------------------------------------------------------


def _shape_latin1(i: int) -> int:
    """Return the shape byte of the Latin-1 character numbered i: A, a, space or mark."""
    char = chr(i)
    if char.isupper():
        return ord("A")
    if char.isalnum():
        return ord("a")
    if char in " \u00a0":
        return ord(" ")
    return i if char in "'?-" else ord(".")


# A text's shape ("Aaaa aa Aaaa") lets one fast regex find capitalised runs: a search
# for a literal "A" is far quicker than for a class of every capital letter. "?" is any
# other character beyond Latin-1, such as ’ in "Children’s"; _Resolution._shape() makes
# a letter beyond Latin-1 a letter.
_SHAPE_TABLE = bytes(_shape_latin1(i) for i in range(256))
_SHAPE_WORD = rb"A[Aa]*(?:[-'?][Aa]+)*"
# Two or three lowercase letters between capitalised words may be "of", "and", "for"
# or "the"; _names_in() checks which.
_NAME_RUN = re.compile(rb"%s(?: (?:a{2,3} )*%s)+" % (_SHAPE_WORD, _SHAPE_WORD))
# What stands before a later word of a run, read backwards (an anchored match is quick):
# any "of" or "and", then a name's word, "A[Aa]*(?:[-'?][Aa]+)*" reversed.
_BEFORE_LAST_NAME_WORD = re.compile(rb"(?: a{2,3})* (?:[Aa]+[-'?])*[Aa]*A")
_DEFINITION = re.compile(r"\([\"“”'‘’]?([^\W\d_][\w&]{1,7})[\"“”'‘’]?\)")
_CONNECTORS = frozenset({"of", "and", "for", "the"})
# Fields of public life: before "and", they join one body's remits, not two names ("the
# Local Government and Social Care Ombudsman").
_FIELDS = frozenset(
    """
    government health care education skills children families schools culture media
    sport housing communities justice crime employment work environment science transport
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# The shape of two names joined by "and" (see _Resolution._names_in).
_TWO_NAMES = re.compile(r"A(?: A)+ and A(?: A)+")
# Words that start a sentence or a dateline: "The Government" is not an unknown name, nor
# "Let HMCI" (who is known).
_COMMON = frozenset(
    """
    a an the and but or nor so yet if when while as at by for from in into of on to with
    without after before since until this that these those it its he she they we i you
    his her their our my your there here then last next today yesterday meanwhile
    earlier later however also mr mrs ms miss dr sir dame rt hon cllr coun councillor professor prof
    mayor what who why how where which like unlike despite although because once opposition
    whatever whoever whichever whenever wherever
    each every across using two three four five six seven eight nine ten several
    neighbouring nearby fellow rival struggling troubled failing
    now still instead perhaps indeed only even soon again tonight tomorrow both already
    recently previously finally eventually initially originally ultimately privately
    publicly separately elsewhere nevertheless nonetheless thus hence therefore moreover
    furthermore besides otherwise consequently accordingly overall likewise
    similarly clearly certainly notably sadly shortly afterwards currently formerly
    under over about against among amongst amid behind beyond through during upon
    towards regarding following has have had did does do can could would should must
    is was are were former outgoing incoming interim acting deputy shadow veteran senior
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december updated
    hi hello dear thanks councillors cllrs inspectors dozens hundreds thousands
    i'm i’m i've i’ve i'd i’d i'll i’ll another different
    carer mum dad mother father grandmother grandfather campaigner teacher headteacher
    pupil resident widow nurse reviewer recorder
    let imagine remember consider ask tell note
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# Possessives that names hold inside them: "Birmingham Children's Trust", "Her
# Majesty's Inspectorate", "St John's Ambulance".
_POSSESSIVE_IN_NAMES = frozenset(
    """
    children women men people majesty king queen st citizens lords parents carers workers
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# Given names common in British public life that say a man or a woman is meant, so that
# "Ms Jones" after Cllr Glyn Jones is still Ros Jones (see _rival_since). A name used by
# both, or missing here, says nothing.
_GIVEN_NAME_SEX = {
    **dict.fromkeys(
        """
        adam alan andrew anthony barry ben benjamin bill bob brian chris christopher colin
        craig daniel darren david dean dennis derek douglas ed edward gary gavin geoff
        george glyn gordon graham harry ian jack james jason jeremy jim joe john jonathan
        keith ken kevin liam lee malcolm mark martin matthew michael mike neil nick
        nicholas nigel patrick paul peter philip richard rob robert roger ross roy sean
        simon stephen steve steven stuart ted terry thomas tim tom tony trevor william
        aidan alastair alex alexander alistair andy angus archie arthur austin bernard
        callum carl charles clive connor dale damian dan danny dave davey dominic donald
        duncan eddie eric ewan francis fraser fred frederick gareth geoffrey gerald glen
        henry howard hugh jacob jake jamie jeff jon jonny josh joshua julian justin karl
        kenneth kieran lawrence leon leonard lewis louis luke marcus martyn matt mohammed
        muhammad nathan neville noel oliver owen pete phil raymond reece rhys ricky rodney
        ronald rupert russell ryan samuel scott sebastian shaun spencer stanley stewart
        timothy toby tristram victor vincent walter warren wayne
        """.split(),  # noqa: SIM905 - a word list reads best as words
        "m",
    ),
    **dict.fromkeys(
        """
        alison amanda amy angela ann anne anna barbara carol caroline catherine charlotte
        christine claire clare debbie deborah diane elaine eleanor elizabeth emily emma
        gail gill gillian hannah helen jackie jane janet jayne jennifer jenny jo joanne
        julie karen kate katherine kathryn kelly laura lesley linda lisa louise lucy
        margaret maria mary michelle nicola pamela patricia rachel rebecca riana rosie ros
        ruth sally sandra sarah sharon sheila sophie stephanie sue susan tracey victoria
        wendy
        abigail alice andrea annie bev beverley brenda bridget carolyn cathy cheryl chloe
        colette cynthia denise donna doreen dorothy eileen ella ellie erin esther fiona
        frances gemma georgia georgina gloria harriet hilary irene isabel jacqueline jacqui
        jean jess jessica jill joan josephine joyce judith judy julia justine katharine
        kathleen katie kerry kirsty lauren leanne lindsay liz lorna lorraine lynn lynne
        mandy marie marion maureen megan melanie molly nadine natalie natasha nicky nicole
        nina nuala paula pauline philippa priya rachael rebekah rhiannon rita rosemary
        samantha sara shannon shirley siobhan stacey suzanne tanya teresa theresa tina
        valerie vicky yvette yvonne zoe
        """.split(),  # noqa: SIM905 - a word list reads best as words
        "f",
    ),
}
# Given names that are no word too, which no line of a story ends in: "Its chief
# executive, Paul" over "Moffat, who ..." is one paragraph (see articles.ingest).
GIVEN_NAMES = frozenset(_GIVEN_NAME_SEX) - _GIVEN_NAME_WORDS


# What follows a given name that brings in someone new: "Rosie, a social worker",
# "Paul, 14,".
_SOMEONE_NEW = re.compile(r", (?:a|an|\d{1,3})\b")
# The same before it: "A reader, Roy, emails", "her son, Paul,".
_NEW_BY_NOUN = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur) [a-z][\w-]*(?: [a-z][\w-]*)?, $"
)
# Words before a known body's place that set it beside another's, whose council a
# description then means: "Rotherham, which borders Doncaster", "learning from Doncaster".
_BESIDE = frozenset(
    """
    borders bordering neighbouring neighbours from follow follows followed following like
    unlike than
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Words before a body's name or place that compare it: "Unlike Doncaster's, it".
_COMPARING = ("Unlike ", "unlike ", "Like ", "like ")


_RELATIVE = ("which ", "who ", "whose ", "where ")
_TRUST_WORD = re.compile(r" [Tt]rust\b")
# "Like its Doncaster counterpart", "the second council after Doncaster".
_COMPARED_BEFORE = re.compile(
    r"\b(?:[Uu]nlike|[Ll]ike) (?:its|their|the) \Z"
    r"|\b(?:second|third|fourth|fifth|sixth|latest)\b[^.;:\n]{0,60} (?:after|following) \Z"
)
# Words in a paragraph on another body that hold it beside the story's: "Barnsley Council is
# facing similar pressures", "Wakefield Council has also seen its rating rise".
_ALSO = re.compile(r"\b(?:also|similar|similarly|likewise|too)\b")


def _kind_after(text: str, at: int, kind: str) -> bool:
    """Say whether the word at `at` is followed by the kind's word: "Bradford trust"."""
    after = _ALNUM_RUN.match(text, at).end()
    return text[after : after + len(kind) + 1].lower() == f" {kind}"


def _names_its_kind(name: str, kind: str) -> bool:
    """Say whether a capitalised run in a headline names a body of the kind: "Sandwell
    Children's Trust", not "OUR VIEW: End of the Trust era"."""
    lowered = name.lower()
    at = lowered.find(kind)
    return at > 0 and not lowered.endswith("the ", 0, at)


_OPENING_QUOTES = ('"', "“")


def _quote_runs_on(text: str, end: int, after: int) -> bool:
    """Say whether a paragraph opening with a quotation mark goes on with the quotation of
    the one before: left open at its end, or a quotation too ('"The council is held to
    ransom," she said.' over '"Some placements now cost this authority £10,000 a week.')."""
    if text[after : after + 1] not in _OPENING_QUOTES:
        return False
    return text[text.rfind("\n", 0, end) + 1] in _OPENING_QUOTES or _inside_quotation(text, end)


def _inside_quotation(text: str, at: int) -> bool:
    """Say whether `at` is inside a quotation opened in its paragraph."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    if "“" in before or "”" in before:
        return before.rfind("“") > before.rfind("”")
    return before.count('"') % 2 == 1


def _compared(text: str, at: int) -> bool:
    """Say whether a name is what something is compared with: "Like Doncaster", ", like the
    one set up in Doncaster", "Unlike the Doncaster trust, which is independent of
    Doncaster Council,", "the second body of its kind after Doncaster Children's Services
    Trust"."""
    if text.endswith(_COMPARING, 0, at) or _COMPARED_BEFORE.search(text, max(0, at - 80), at):
        return True
    cut = max(text.rfind(", ", 0, at), text.rfind(" (", 0, at))
    if (
        0 <= at - cut <= 60
        and text.startswith(_COMPARING, cut + 2)
        and _SENTENCE_END.search(text, cut, at) is None
    ):
        return True
    # In a relative clause of the compared: each comma since "Unlike" opens one.
    stop = text.rfind(". ", 0, at)
    opens = max(text.rfind("\n", 0, at) + 1, stop + 2 if stop >= 0 else 0)
    if not text.startswith(("Unlike ", "Like "), opens) or at - opens > 200:
        return False
    parts = text[opens:at].split(", ")
    return len(parts) > 1 and all(part.startswith(_RELATIVE) for part in parts[1:])


def _described_in_its_paragraph(text: str, at: int, kind: str) -> bool:
    """Say whether the paragraph of a body named at `at` goes on to describe it: "Dr Sewa
    Singh, medical director of Doncaster and Bassetlaw Teaching Hospitals NHS Foundation
    Trust, told the hearing the trust had since recruited ..." makes the hospital trust,
    named as his employer, the paragraph's scene, and a reader's "the trust" after it."""
    end = text.find("\n", at)
    return (
        re.search(rf"\b[Tt]he {kind}\b", text[at : end if end != -1 else len(text)][1:]) is not None
    )


def _in_where_clause(text: str, at: int, start: int) -> bool:
    """Say whether a description is in the "where" clause after the name at `at`: "Unlike
    Doncaster, where the trust was created, ..." is Doncaster's trust."""
    end = _ALNUM_RUN.match(text, at).end()
    where = _WHERE.match(text, end)
    return (
        where is not None
        and "," not in text[where.end() : start]
        and "\n" not in text[where.end() : start]
        and _SENTENCE_END.search(text, where.end(), start) is None
    )


# Words before a surname that make it a place's name: "the town of Nelson".
_PLACE_OF = ("town of ", "city of ", "village of ", "county of ", "borough of ")
# The same after the name: "Flint, a town of 13,000 people".
_PLACE_AFTER = re.compile(
    r", (?:a|the) (?:[\w'’-]+ ){0,3}?(?:town|village|city)(?![\w'’-])(?! (?:council|hall)\b)"
)
# "A school in Nelson, Lancashire": a place and its county.
_IN_PLACE = (" in ", " near ", " at ")  # "closed at Winterton, North Lincolnshire"
# An address's town after its street: "Government Office, Bucks Road, Douglas".
_STREET_BEFORE = tuple(
    f" {street}, " for street in ("Road", "Street", "Lane", "Avenue", "Drive", "Close", "Way")
)
# ", North Lincolnshire", or an island: "grew up in Douglas on the Isle of Man".
_COUNTY_AFTER = re.compile(r", [A-Z][a-z]+\b(?! said\b)| on the Isle of (?:Man|Wight)\b")
# "Not everyone called Rogers agrees": the name, not the person.
_NAMED_SO = (" called ", " named ", " surnamed ")
# "Rotherham's Jones family": a family of the name, not the person.
_FAMILY = (" family", " families", " household", " brothers", " sisters", " siblings")
_FAMILY += (" & Sons", " & Son", " and Sons", " & Co")  # a firm: "Wilshaw & Sons"
_FAMILY += (" parish", " Parish", " village", " Village", " Town Council")  # a place's
# "moved from Winterton in North Lincolnshire": a place in its county or region.
_FROM_PLACE = (" from ", " in ", " near ", " to ")
_IN_COUNTY = re.compile(r" in (?:(?:North|South|East|West) [A-Z]|[A-Z][a-z]+shire\b)")
# A post's holder named beside the post, who may be someone else: "the prime minister,
# Tony Blair,", "the chief inspector Amanda Spielman", "Tony Blair, the prime minister".
_HOLDER_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Alderman|Councillor|Cllr|Coun)\.? [A-Z]"
)
_TITLE_THEN = re.compile(_HOLDER_TITLE.removesuffix("[A-Z]"))
_GIVEN_THEN_SURNAME = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)(?: [A-Z]\.)* [A-Z][a-z]+")
# The place a post is of, between it and its holder: "The Mayor of Doncaster, Peter Davies".
_OF_PLACE_BEFORE_HOLDER = re.compile(r" of [A-Z][a-z]+(?: [A-Z][a-z]+)?(?=, )")
_HOLDER_AFTER = re.compile(rf",? (?:{_HOLDER_TITLE}|[A-Z][a-z]+[ -][A-Z][a-z])")
_SURNAME_AFTER = re.compile(r" [A-Z][a-z]+\b(?! of\b)")
_HOLDER_BEFORE = re.compile(rf"(?:{_HOLDER_TITLE}[\w'’-]*|\b([A-Z][a-z]+) [A-Z][a-z][\w'’-]*), $")
# What follows "the chief inspector of" in another post: "prisons", "London"; not a deed,
# as in "accused the mayor of failing" or "accused the mayor of \"sitting on her hands\"".
_OF_A_PLACE = re.compile(r"[^\W\d_]+\b(?<!ing)")
# Whose post follows a comma: "Her Majesty's ", "Ofsted's ", or none; when: "now ".
_POSSESSOR = re.compile(r"(?:(?:now|then|later|currently) )?(?:[A-Z][\w'’-]* ){0,3}")
# A description's post and its holder after it: "The trust's chief executive, Paul Moffat".
_POST_THEN_HOLDER = re.compile(r"['’]s(?: [a-z][\w-]*){1,4},? ")
_BEFORE_A_POST = frozenset(("the", "then", "now"))  # "Michael Gove, then education secretary"
ASIDE_NAMED = 2  # names of the entity before an aside on another body (see _in_passing)
HOLDER_LOOKBACK = 4  # occurrences of a post read back for its last holder named
ABOUT_ANOTHER = 2  # descriptions of an unknown body that make a story its (_about_another)
# Other posts of the same name: where a story names the city region's mayor or the chief
# inspector of prisons, "the mayor" and "the chief inspector" may be theirs.
_OTHER_POSTS = {
    "mayor": re.compile(
        r"\b(?:metro|city region|regional|combined authority|south yorkshire|west yorkshire)"
        r"\W+mayor\b|\bmayor of (?!doncaster\b)(?-i:[A-Z])",  # not "accused the mayor of ..."
        re.IGNORECASE,
    ),
    # Not "accused the chief inspector of \"grandstanding\"", nor "... of failing".
    "inspector": re.compile(
        r"\bchief inspector of (?!schools\b|education\b|ofsted\b)[^\W\d_]+\b(?<!ing)", re.IGNORECASE
    ),
    # "The secretary of state" in a story that names the communities secretary.
    "state": re.compile(
        r"\b(?:communities|health|home|justice|foreign|business|culture|transport|environment"
        r"|defence|housing|pensions|northern ireland|scottish|welsh|chief|shadow)\W+secretary\b"
        r"|\bsecretar(?:y|ies) of state for (?!education\b)(?-i:[A-Z])",
        re.IGNORECASE,
    ),
}
# Words before a post that say who holds it, rather than name its holder.
_PREDICATIVE = tuple(
    f" {verb} {adverb}"
    for verb in """
    am is was as be been became become becomes remains remained
    """.split()  # noqa: SIM905 - a word list reads best as words
    # "who is also the Energy Secretary", "was then the chief whip"
    for adverb in ("", "also ", "now ", "then ", "still ", "currently ", "already ", "later ")
) + tuple(f" {post} of " for post in ("post", "role", "job", "office", "position"))
# A place describing a way of doing things, "the" before it: "not a trust in the
# Doncaster sense", "the Doncaster model", "a Doncaster-style trust" name no body (but
# "the Doncaster reports" are its council's).
_ATTRIBUTIVE_AFTER = re.compile(
    r"[ -](?:sense|model|way|style|approach|experiment|example|template|precedent|mould"
    r"|route|option|solution|formula)\b"
)
# A verb after "as the chief inspector": "as" is "while", and the post its holder ("as the
# chief inspector of schools sets out a tougher regime"), not the post said.
_AS_WHILE = re.compile(
    r" (?:sets|set out|says|said|warns|warned|tells|told|prepares|prepared|announces|announced"
    r"|looks|looked|considers|considered|promises|promised|faces|faced|speaks|spoke|meets|met"
    r"|visits|visited|launches|launched|publishes|published|takes|took|makes|made|seeks|sought"
    r"|plans|planned|weighs|weighed|steps|stepped|calls|called|urges|urged"
    # "such persons as the Secretary of State may specify": the holder, as a legal text has it
    r"|may|might|can|could|will|would|shall|should|must|thinks fit|sees fit)\b"
)
# A body's one-word name after the kind of body it is: "union Unison", "charity Barnardo's".
_BODY_KINDS = tuple(
    f"{kind} "
    for kind in (
        *("union", "charity", "regulator", "think tank", "think-tank", "campaign group"),
        *("pressure group", "watchdog", "quango", "agency", "consultancy", "firm", "provider"),
        *("service", "organisation", "organization"),
    )
)
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_BODY_NAME = re.compile(
    r"(?P<name>(?!(?:No|Nos|Number)\b)[A-Z][a-z]{2,}(?:['’]s(?=\W)| \d+\b)?)(?![\w'’.-]| [A-Z])"
)
# An acronym of a body no alias knows: "NSPCC", "the LSE's". See _find_unknown_acronyms.
_ACRONYM = re.compile(r"(?<![\w&/.-])[A-Z]{3,6}(?=(?:['’]s)?(?![\w&/-]))")
_ROMAN = re.compile(r"[IVXLCDM]+")
_LOWER_WORD = re.compile(r"\b[a-z]{3,6}\b")
_CAPITALS_BESIDE = re.compile(r"[A-Z]{2}\W{1,2}$")  # "MP SURGERY", "THE NSPCC"
_CAPITALS_AFTER = re.compile(r"(?:['’]S)?\W{1,2}[A-Z]{2}|\s*(?:\n|$)")  # or a heading's end
# Abbreviations that name no body.
_NOT_BODIES = frozenset(
    """
    GCSE GCSES SEND CEO CFO COO OBE CBE MBE KBE DBE GMT BST UTC PDF FAQ HTML URL AKA
    ASAP DNA LGBT BAME ADHD PTSD PPE COVID SARS SUV CCTV RIP TBC LOL OMG YES NOT AND THE
    TUPE ILACS SIF EYFS BSF MAT DCS HMI HMCI SEN SENCO EHCP CSE LAC CIN CPP MASH JTAI
    GAIN HOLD
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Words before a post that give it to its holder at another time.
_ANOTHER_TIME = (" next ", " future ", " incoming ", " previous ", " former ", " ex-")
_AT_ANOTHER_TIME = (" at the time", " of the time", " of the day", " back then")
# Words before a name that make it a place: "Speaking on the edge of Doncaster North, the
# Prime Minister said" is no other prime minister's name.
_PLACE_PREPOSITIONS = (
    *(" of ", " in ", " at ", " on ", " to ", " from "),
    *(" near ", " across ", " around ", " outside ", " into "),
)
# Capitalised words that open a sentence's phrase, not a name: "On Tuesday, the mayor".
_BROADCASTERS_WORDS = frozenset(("Radio", "Look", "Channel", "Calendar"))
_OPENING_WORDS = frozenset(
    """
    On In At By For From Since Until After Before During Meanwhile Earlier Later Then
    Today Yesterday Last This Next Every When While Once But And So Yet Also Now Here
    There However Speaking Writing
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# "My neighbour, Mrs Jones - no relation": a namesake, said so.
_NO_RELATION = tuple(
    f"{mark}{words}"
    for mark in (" - ", " – ", " — ", ", ", " (")
    for words in (
        *("no relation", "not related", "who is not related", "who is no relation"),
        *("who was not related", "who was no relation"),
    )
)
# The same later in the sentence: "Mark Douglas, head of the Doncaster Youth Alliance - no
# relation to the trust's former officer".
_UNRELATED_LATER = re.compile(
    r"[^.!?]{0,200}?(?:(?: [-–—] |, | \(|; )(?:(?:who |he |she )?(?:is|was) )?"
    r"(?:no relation|not related|not connected)\b| of the same name\b"
    r"| shares (?:his|her|their|a) name with\b)"
)
_TITLES_BEFORE_NAMES = frozenset(("mr", "mrs", "ms", "miss", "dr", "sir", "dame"))
# The same before a full name: "there is another Mark Rogers".
_ANOTHER_PERSON = (
    *("another ", "Another ", "different ", "other ", "a separate ", "not the "),
    *("confused with ", "confused with the ", "also called ", "also named ", "namesake "),
)
# Callings no one in public life holds: "Doncaster Rovers midfielder Mark Douglas" is not
# the trust's Mark Douglas, nor "Slade guitarist Dave Hill" the ADCS's president, nor
# "Detective Inspector Dave Hill".
_CALLING_WORDS = """
    footballer midfielder striker defender goalkeeper winger cricketer batsman boxer golfer
    jockey athlete actor actress singer guitarist drummer musician rapper comedian ace fan
    engineer electrician plumber builder farmer mechanic accountant partner
    supporter player bassist vocalist frontman dancer chef coach reader artist carer worker
    referee umpire linesman hooker skipper flanker scrum-half fly-half full-back legend
    centre-back centre-forward keeper captain darts
    paediatrician surgeon nurse midwife dentist pharmacist psychiatrist physiotherapist
    columnist novelist poet
    """.split()  # noqa: SIM905 - a word list reads best as words
_CALLINGS = (
    *(f"{word} " for word in _CALLING_WORDS),
    *(f"{word.capitalize()} " for word in _CALLING_WORDS),  # opening a sentence
    "Writer ",
    *(
        f"{rank} "
        for rank in (
            "Detective Chief Inspector",
            "Detective Superintendent",
            "Detective Inspector",
            "Detective Sergeant",
            "Detective Constable",
            "Sergeant",
            "Sgt",
            "PC",
            "PCSO",
            "DCI",
            "Superintendent",
        )
    ),
)
# The same in an apposition after the name ("Dave Hill, the Slade guitarist", "Mark
# Douglas, the Newcastle Chronicle's football writer"), or a private person's age and home
# ("Roy Perry, 61, of Armthorpe Road").
_CALLING_AFTER = re.compile(
    r", (?:the|a|an) (?:(?!(?:who|and|is|was|a|an|of|the|whose|but)\b)[\w'’-]+ ){0,4}?"
    rf"(?:{'|'.join(_CALLING_WORDS)}|football writer|sports writer)\b"
    r"|, \d{1,3}, (?:of|from) "
)
# How such an apposition opens, checked first as most names have none.
_APPOSITION_OPENINGS = (", the ", ", a ", ", an ", *(f", {digit}" for digit in range(1, 10)))
_UNRELATED_WORDS = ("relat", "same name", "connected", "name with")
_REST_OF_CLAUSE = re.compile(r"[^–—()\[\].!?;]{0,80}")
# What follows a name that such a sentence goes on to call a namesake's: most names have
# none of them after, and are not looked at further.
_AFTER_A_NAMESAKE = (",", " (", " –", " -", " —", " of ")
# Family: "His son Paul Moffat said" in a footballer's obituary.
_RELATIVES = tuple(
    f" {relative} "
    for relative in ("son", "daughter", "father", "mother", "brother", "sister", "husband", "wife")
)
_SOMEONE_ELSE = (*_ANOTHER_PERSON, *_CALLINGS, *_RELATIVES)
# The words before a full name after which _someone_else may say it is someone else's.
_ELSE_BEFORE = (*_SOMEONE_ELSE, " and ", " a ", "\na ", "A ")
# Words before a surname that say another person of that name is meant: "a different
# Flint", "A second Hill" ("Another Webb" is read as a given name's place); "a separate
# Jones", not "to separate Wilshaw's influence from ...".
_ANOTHER = tuple(
    f"{before}{word} "  # a word of its own: not "His brother David"
    for base in ("another", "different", "second", "a separate", "other")
    for word in (base, base[0].upper() + base[1:])
    for before in (" ", "\n", '"', "“")
)


# Words that begin a place's name before a surname-like word ("Castle Hill", "Park
# Hill", "Port Nelson"): no given name, so neither the person nor a namesake.
_TOPOGRAPHY = frozenset(
    """
    castle tower park box church bank mill mills bridge top upper lower forest wood moor
    cross market spring lake river fort mount port abbey priory manor grange lodge farm
    valley vale dale heath common quarry chapel temple harbour
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# Capitalised words that stand before a surname as a post, not as a given name:
# "Education Secretary Gove" is Michael Gove, but "Debbie Jones" is not Ros Jones.
_OFFICES = frozenset(
    """
    secretary minister chancellor inspector commissioner president chairman chairwoman
    chair leader director executive officer governor judge justice detective constable
    sergeant superintendent chief member ceo coo cfo headteacher principal
    reporter correspondent editor campaigner founder artist teacher lawyer barrister
    grandmother grandfather pensioner whip speaker presenter prosecutor coroner head boss
    manager
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# Nouns that make a description before them half of a compound: "the council tax",
# "the trust model". Only nouns that never name the body itself are here; and "of" and
# "between", after which the word is the ordinary one or part of a name: "the trust of
# parents", "the authority of the courts", "the Council of Europe", "the association
# between poverty and neglect".
_COMPOUNDS = frozenset(
    """
    tax taxes taxpayers estate estates house houses housing tenants chamber election
    elections proposal proposals model models programme programmes scheme schemes area
    areas fund funds of between route routes experiment experiments approach option options
    landscape sector sectors movement structure structures concept arrangement arrangements
    family finance group groups form forms status solution solutions idea ideas
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Places or bodies in general before "where": "and many others where the council has
# been well run" means any council.
_ANY_WHERE = tuple(
    f"{noun} where "
    for noun in "others places areas councils authorities towns cities trusts".split()  # noqa: SIM905
)
# Verbs after a description that opens its sentence as a body that acts: "The society has
# called on ministers", not "The society we live in".
_BODY_ACTS = re.compile(
    r" (?:has|have|had|is|was|said|says|warned|warns|called|calls|added|wants|believes"
    r"|urged|urges|welcomed|welcomes)\b"
)
# Authorities of other kinds, which "the council" and "the local authority" never mean.
_NO_COUNCIL = re.compile(
    r"(?:[A-Z][\w'’&-]* ){0,5}?(?:Combined|Police|Fire(?: and Rescue)?|Transport|Pensions|Health)"
    r" Authority\b"
)
# Verbs before "the trust" or "the town's trust" that make it confidence, not a body.
_CONFIDENCE = tuple(
    f"{verb} "
    for verb in """
    earn earns earned earning win wins won winning gain gains gained regain regained lose
    loses lost losing betray betrayed rebuild rebuilt restore restored abuse abused abusing
    breach breached breaching
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def _after_word(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Say whether one of the words, each with its space, ends the text before start as a
    word of its own: "won the trust", not "learned the trust" or "close the trust"."""
    if not text.endswith(words, 0, start):
        return False  # most often: one call for all the words, then the boundary
    return any(
        text.endswith(word, 0, start)
        and (word[0].isspace() or start == len(word) or not text[start - len(word) - 1].isalnum())
        for word in words
    )


# "The trust that was placed in you": confidence someone was given.
_PLACED_IN = re.compile(r" (?:(?:that|which) (?:was|were|is|had been|has been) )?placed in\b")
# What a council lets or levies, written after its name in lowercase: "a Doncaster
# council house", "Doncaster council tax".
_COUNCIL_THINGS = re.compile(r" (?:tax|taxes|taxpayers|estates?|houses?|housing|homes?|flats?)\b")
# A council's name going on into another body's: "Doncaster Council for Voluntary
# Service", "Doncaster Council of Faiths" (not "blamed Doncaster Council for Ofsted's").
_COUNCIL_OF = re.compile(r" (?:for|of) ([A-Z][a-z]+)(?: [A-Z][a-z]+)*(?![\w'’])")
_OF_FOR = frozenset("of")  # the first letters of "of" and "for": a quick test
# Words right before "the authority to" that make it a power, not the body: "has the
# authority to act", "without the authority to" (but "told the authority to act", and
# "working with the authority to improve").
_HOLD_AUTHORITY = frozenset(
    """
    give gives gave given giving grant grants granted granting has have had having lack
    lacks lacked lacking without
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# What "local authority" describes as a noun before them: "local authority children's
# services", "local authority care", "local authority boundaries".
_AUTHORITIES_THINGS = frozenset(
    "children's childrens care social services schools boundaries budgets funding".split()  # noqa: SIM905
)
# Their first two letters, as written or capitalised ("the Council Tax"): a quick test.
_COMPOUND_STARTS = frozenset(
    start
    for noun in (*_COMPOUNDS, *_AUTHORITIES_THINGS, "to", "for")
    for start in (noun[:2], noun[:2].title())
)


# Words for the same kind of body: "the authority" may be the council just named, and
# "the regulator" the Care Quality Commission or the Local Government Ombudsman.
_KIND_WORDS = {
    "authority": "council",
    "bc": "council",  # "Slough BC", a borough council
    "cc": "council",  # "Worcestershire CC", a county council, "Leeds CC", a city council
    "borough": "council",
    "mbc": "council",
    "commission": "watchdog",
    "consultancy": "firm",
    "consultants": "firm",
    "consulting": "firm",
    "inspectorate": "watchdog",
    "ombudsman": "watchdog",
    "regulator": "watchdog",
}


_NAMED_KINDS = {
    " ".join(normalise(spelling).split()): kind
    for kind, names in OTHER_BODIES.items()
    for name in names
    for spelling in _spellings(name)
}


def _same_kind(word: str) -> str:
    return _KIND_WORDS.get(word, word)


@functools.lru_cache(maxsize=4096)  # the same few descriptions recur in every text
def _head(name: str) -> str:
    """Return the kind word ending a name or description: "the Trust" -> "trust".

    A body known by name is of its kind whatever its name ends in: "Social Work England".
    """
    words = normalise(name).split()
    if kind := _NAMED_KINDS.get(" ".join(words)):
        return kind
    return _same_kind(words[-1]) if words else ""


# A kind word that begins a name: "Commission for Social Care Inspection".
_OF_A_NAME = re.compile(r" (?:of|for) (?:the )?[A-Z]")


@functools.lru_cache(maxsize=1024)
def _kind_before_of(name: str) -> str:
    """Return the kind of a name's word before its first "of" or "for", if any.

    "London Borough of Hackney" is a council, "Department for Work and Pensions" a
    department, "Commission for Social Care Inspection" a watchdog. A "Council of" or
    "Council for" is a national body ("the Council for Disabled Children", "the Council
    of Europe"), which no description of a local council means.
    """
    words = normalise(name).split()
    for at in range(1, len(words)):
        if words[at] in ("of", "for"):
            if words[at - 1] == "council" or words[at + 1 :] == ["the", "year"]:
                return ""  # nor is an award a body: "Children's Trust of the Year"
            return _same_kind(words[at - 1])
    return ""


def _with_kin(heads: frozenset[str]) -> set[str]:
    """Return the heads and the words for the same kind of body: "council", "authority"."""
    return heads | {word for word, kind in _KIND_WORDS.items() if kind in heads}


_TRUST_WORD = re.compile(r"\btrusts?\b", re.I)
# What joins a description to the name before it as another body: "the ADCS and the
# association".
_JOINED = re.compile(r"(?:['’]s)? (?:and|or|&) ")
_JOINING = (" and ", " or ", " & ")
# How often a story must have named a body before another of its kind, named once in
# passing, stops being what its descriptions mean two paragraphs on (see _in_passing).
_SALIENT = 3
_PARAGRAPH_BREAK = re.compile(r"\n+")
# The most bodies one place may hold for each to speak for the others (see build()).
_FEW_NEIGHBOURS = 4
# What stands between two bodies named in a list: "A, B and the C", "A & B".
_LIST_GAP = re.compile(r",?(?: and| or| &)?(?: the| in)? |, ")
# Words before a body named as an example, perhaps after others: "including Hackney and".
_EXAMPLE_BEFORE = re.compile(
    r"\b(?:including|such as)(?: (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:,| and| or))* $"
)
# A body named as someone's employer, in the words that describe them: "Mark Rogers,
# chief executive of Solihull Council", "to become director of children's services at
# Stockport Council" (the text up to the body's name).
_EMPLOYER_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_OFFICES))})s?(?: (?:of|for) [\w'’ ]{{1,40}}?)? (?:of|at) (?:the )?$",
    re.IGNORECASE,
)


# A place's children's services company or trust, and a council described later in its
# sentence.
_COUNCILS_COMPANY = re.compile(r" Children(?:['’]s(?: Services)? Trust| First)\b")
_COUNCIL_LATER = re.compile(r"[^.!?\n]{0,200}\b(?:the|its) (?:council|local authority)\b")
# A council named in lowercase after its place: "Birmingham city council".
_COUNCIL_AFTER = re.compile(r" (?:city |county |borough |district )?council\b")


def _stands_for_kind(text: str, place: int, kind: str) -> bool:
    """Say whether a place in a paragraph before a description can stand for its body.

    A place stands for its council by itself ("Birmingham will move its services"),
    and for a trust only where its paragraph, from the place on, speaks of one.
    """
    if kind != "trust":
        return True
    end = text.find("\n", place)
    return _TRUST_WORD.search(text, place, end if end != -1 else len(text)) is not None


# Capitalised words, joined by "for", "of", "and", "the", just before an acronym's bracket.
_UNKNOWN_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’&-]*(?: (?:for|of|and|the|[A-Z][\w'’&-]*))+) $")


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Say whether an acronym's letters are initials of a name's words, in order, from its
    first capitalised word: "DfE" of "Department for the Economy"."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    initials = [word[0].lower() for word in words]
    for start in range(len(initials)):
        if initials[start] != letters[0] or not words[start][0].isupper():
            continue
        k = 0
        for initial in initials[start:]:
            if k < len(letters) and initial == letters[k]:
                k += 1
        if k == len(letters) and initials[-1] == letters[-1]:
            return True
    return False


def _said_by_unknown(text: str, start: int, end: int, heads) -> bool:
    """Say whether a body no alias knows, by the first word of its name, says a
    description of its kind: "Outwood said the trust would appoint a principal", whoever
    spoke before."""
    said = _SPEAKER_WORD.search(text, max(0, start - 60), start)
    if said is None:
        return False
    word = f"{said[1]} ".lower()  # "OUTWOOD GRANGE Academies Trust", then "Outwood said"
    return any(
        text[at : at + len(word)].lower() == word for at in heads.get(_head(text[start:end]), ())
    )


_SPEAKER_WORD = re.compile(
    r"\b([A-Z][\w'’-]+) (?:said|says|added|confirmed|announced|told \w+)(?: that)? $"
)


def _introduced_before(text: str, given: str, first: int) -> bool:
    """Say whether a given name alone is someone new's before a person's first full name:
    "Paul, a care leaver, told MPs ...", then "Paul Moffat ... humbled by Paul's evidence"."""
    at = text.find(given, 0, first)
    while at >= 0:
        end = at + len(given)
        if (at == 0 or not text[at - 1].isalnum()) and (
            _SOMEONE_NEW.match(text, end)
            or (text[end : end + 1] == "," and _NEW_BY_NOUN.search(text, max(0, at - 40), at))
        ):
            return True
        at = text.find(given, at + 1, first)
    return False


@functools.lru_cache(maxsize=1024)  # a text's acronyms recur
def _is_defined_acronym(word: str) -> bool:
    """Say whether a bracketed word after a name can be its acronym ("DCST", "DfE")."""
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= 8 and word[0].isupper() and capitals >= 2


def _named_only(candidates, positions) -> list[tuple[int, int, frozenset[int]]]:
    """Narrow each candidate to the entities the text names; drop those left with none.

    A short form or a description links only to an entity named in the text, and most
    surnames, or "the council", belong to many entities the text never names: choosing
    among the few it does is the same choice, made quicker.
    """
    narrowed: dict[frozenset[int], frozenset[int]] = {}
    kept = []
    for start, negative_end, members in candidates:
        named = narrowed.get(members)
        if named is None:
            if len(members) <= len(positions):
                named = frozenset(filter(positions.__contains__, members))
            else:
                named = members.intersection(positions)
            narrowed[members] = named
        if named:
            kept.append((start, negative_end, named))
    return kept


# After "of", these say the description is the body: "stripped the council of its
# powers", "accused the trust of failing", unlike "the trust of parents".
_OF_THE_BODY = frozenset({"its", "their", "his", "her", "our", "your"})
# Verbs whose object comes before "of": "stripped the council of control", "cleared the
# trust of wrongdoing".
_OBJECT_OF_VERBS = frozenset(
    """
    strip strips stripped stripping relieve relieves relieved relieving deprive deprives
    deprived depriving clear clears cleared clearing accuse accuses accused accusing
    absolve absolves absolved absolving warn warns warned warning inform informs informed
    informing remind reminds reminded reminding notify notifies notified notifying
    convict convicts convicted convicting suspect suspects suspected suspecting rob robs
    robbed robbing rid rids ridding divest divests divested divesting convince convinces
    convinced convincing persuade persuades persuaded persuading assure assures assured
    assuring advise advises advised advising
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# Words that open a verb's object: "funds the trust", "houses its staff".
_OBJECT_OPENINGS = frozenset("the a an its their it them our his her this these".split())  # noqa: SIM905


# What may close a word: its sentence's or clause's stop, a closing quotation or bracket.
_CLOSING = ".,;:!?’'\")”"


def _in_compound(text: str, end: int, start: int | None = None) -> bool:
    """Say whether a description is the first half of a compound noun: "the council tax".

    Such a phrase names no body: the seed annotation leaves "the trust proposal" unlinked.
    Nor does a capitalised description followed by "for" and a name: "the Council for
    Disabled Children" is another body.
    With the description's start, a verb before it can say "of" follows the body, and
    one before "the authority to" that it is a power ("has the authority to"). Joined
    by a hyphen to a lowercase word, it is a modifier: "the council-run homes" are homes.
    """
    if text[end : end + 1] == "-":
        return text[end + 1 : end + 2].islower()
    after = text[end + 1 : end + 40].split(None, 2)
    if not after:
        return False
    word = after[0].rstrip(_CLOSING).lower()
    if word in _AUTHORITIES_THINGS and text[end - 9 : end].lower() == "authority":
        return True  # "a quarter of the local authority children's services inspected"
    if word == "of" and len(after) > 1:
        then = after[1].rstrip(_CLOSING).lower()
        if then in _OF_THE_BODY or (then.endswith("ing") and then.isalpha()):
            return False
        if then.removesuffix("'s").removesuffix("’s") == "ofsted":
            return False  # "the chief inspector of Ofsted" is the post, and its holder's
        before = text[max(0, start - 16) : start].rsplit(None, 1) if start is not None else []
        return not (before and before[-1].lower() in _OBJECT_OF_VERBS)
    if word == "for":
        # "the Council for Disabled Children" is a name; "the council for failing" is not.
        return (
            start is not None
            and len(after) > 1
            and after[1][:1].isupper()
            and text[text.rfind(" ", start, end) + 1].isupper()
        )
    if word == "to":
        if start is None or text[end - 9 : end].lower() != "authority":
            return False
        before = text[max(0, start - 16) : start].rsplit(None, 1)
        return bool(before) and before[-1].lower() in _HOLD_AUTHORITY
    if word == "between":
        # "the trust between parents and staff", not "known to the authority between 2004
        # and 2009" or "between April and June".
        return len(after) > 1 and not after[1][:1].isdigit() and not after[1][:1].isupper()
    if (
        word in ("funds", "houses")
        and len(after) > 1
        and after[1].rstrip(".,;:!?") in _OBJECT_OPENINGS
    ):
        return False  # a verb: "the council funds the trust", not "the council funds"
    return word in _COMPOUNDS or (word.endswith(("'s", "’s")) and word[:-2] in _COMPOUNDS)


# Members and inspectors, before a name: "Wrexham AM Lesley Griffiths", "HMI Louise Hollick".
_MPS = frozenset({"mp", "mps", "msp", "am", "mla", "hmi"})
# Letters after a person's name: "Alan Goldsack QC" is Alan Goldsack.
_POST_NOMINALS = frozenset(
    """
    MP MEP MSP AM QC KC JP CBE OBE MBE DBE KBE FRS PhD
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Ofsted's grades, capitalised as its reports print them: no name to add.
_GRADE_NAMES = frozenset({"requires improvement", "requires improvement to be good"})
# The last words of an address or a building's name: a place, nobody to add ("Cleveland
# Street", "the Keepmoat Stadium").
_ADDRESS_WORDS = frozenset(
    """
    street road lane avenue drive square crescent terrace stadium arena
    dome library hall tower building buildings
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Buildings that news of councils names: "the Civic Office", "Doncaster Mansion House"
# ("Companies House" and "the Home Office" are bodies).
_BUILDINGS = ("civic office", "mansion house")
_JOINED_WORDS = re.compile(r"[A-Z][a-z]+(?: and [A-Z][a-z]+)+")
# The last words of a document's title, an occasion's name or a team's, none of them a
# body or a person to add: "Social Care Annual Report", "Prime Minister's Questions", "the
# Queen's Platinum Jubilee", "the Communications Team".
_DOCUMENTS = frozenset(
    """
    report reports review strategy plan act bill framework guidance paper questions
    jubilee awards festival team settlement accounts programme
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# Words after a name that make it a thing's, not a body's nor a person's: "the Families
# First programme", "the Staying Close pilot", "the Graded Care Profile tool".
_NAMED_THINGS = _DOCUMENTS | frozenset(
    "scheme pilot initiative project campaign fund index tool conference model".split()  # noqa: SIM905
)


def _names_a_post(name: str) -> bool:
    """Say whether an unknown name is a post, a document or an occasion: nobody to add.

    "Education Secretary", "Chief Operating Officer", "Director of Children's Services",
    "Chief Executive of the Trust": it ends in an office, or one stands before its
    first "of" or "for". "Social Care Annual Report", "Children Act", "Prime Minister's
    Questions": it ends in a document's or an occasion's word.
    """
    words = name.split()
    last = words[-1].lower().removesuffix("'s").removesuffix("’s")
    if last in _OFFICES or last in _MPS or last in _DOCUMENTS:
        return True
    if last.removesuffix("s") in _OFFICES and "of" not in words and "for" not in words:
        return True  # "Her Majesty's Inspectors", not "Association of Chief Police Officers"
    at = next((i for i, word in enumerate(words) if word in ("of", "for")), 0)
    office = words[at - 1].lower() if at > 0 else ""
    return office in _OFFICES or office.removesuffix("s") in _OFFICES or office in _MPS


# The last words of a body's name: a post "of" one names the body ("Chief Executive of
# Slough Borough Council"); "Director of Children's Services" names none.
_BODY_WORDS = frozenset(
    """
    council trust authority association board commission service department office agency
    partnership committee ombudsman inspectorate regulator university college school
    police society institute foundation charity company group
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def _names_a_body(name: str) -> bool:
    """Say whether a name of two words or more ends in a body's word: "Slough Borough Council"."""
    return " " in name and _head(name) in _BODY_WORDS


def _body_of_post(name: str) -> int:
    """Return where the words after a post's first "of" or "for" start in it, else its end."""
    at = min((i for i in (name.find(" of "), name.find(" for ")) if i != -1), default=-1)
    return len(name) if at == -1 else name.index(" ", at + 1) + 1


# Words of a post's remit, which no person's name holds: "Children and Young People".
_POST_REMIT_WORDS = _FIELDS | frozenset(
    """
    people young services adults wellbeing safeguarding learning opportunities social public
    state
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def _person_after_post(name: str) -> str:
    """Return the person's name that ends the words after a post's "of", if any.

    "Public Health Rupert Suckling" ends in Rupert Suckling, after a word of the remit
    or the body; "Children and Young People" is all remit.
    """
    words = name.split(" ")
    if len(words) < 3 or not words[-3][:1].isupper():
        return ""
    person = words[-2:]
    if any(
        not word[:1].isupper()
        or (low := word.lower()) in _POST_REMIT_WORDS
        or low in _BODY_WORDS
        or low.removesuffix("s") in _OFFICES
        for word in person
    ):
        return ""
    return " ".join(person)


def _describes(candidates, start: int, end: int) -> bool:
    """Say whether a name is a description's own words, "the" aside.

    "Local Authority" in "the Local Authority", or "Children's Services Trust", a name's
    tail that stands for its body. The candidates are sorted (start, -end, entities).
    """
    for at in (start - 4, start):
        i = bisect_left(candidates, (at,))
        while i < len(candidates) and candidates[i][0] == at:
            if -candidates[i][1] == end:
                return True
            i += 1
    return False


def _another_post(text: str, candidates, name: str) -> bool:
    """Say whether a post no alias knows names no holder the text's descriptions could mean.

    "The Home Secretary" is no "the Energy Secretary": a post's description says which
    it is, where "the council" may be any council. Nor is the post alone a holder:
    "Prime Minister's Questions". The candidates are sorted (start, -end, entities).
    """
    words = normalise(name).split()
    if not words or words[-1] not in _OFFICES:
        return False
    described = (normalise(text[start:-end]).split() for start, end, _ in candidates)
    posts = [
        [word for word in post if word != "the"] for post in described if post[-1:] == words[-1:]
    ]
    return bool(posts) and all(post == words or not {*post} <= {*words} for post in posts)


def _ends_a_description(candidates, start: int, end: int) -> bool:
    """Say whether another body's words end a longer description: "the social care watchdog".

    The candidates are sorted (start, -end, entities); a description is under 80 characters.
    """
    i = bisect_left(candidates, (start - 80,))
    while i < len(candidates) and candidates[i][0] < start:
        if -candidates[i][1] == end:
            return True
        i += 1
    return False


def _after_post(name: str) -> int:
    """Return where the person's name starts in a name that opens with their post.

    "Education Secretary Gavin Williamson" and "Children and Families Minister Edward
    Timpson" are Gavin Williamson and Edward Timpson; "Secretary of State for Education"
    and "Chief Inspector" are posts, with no one after them, and "Association of Chief
    Police Officers" is a body: a person's name is two or three words, none an office's.
    """
    words, at, cut = name.split(" "), 0, 0
    for i, word in enumerate(words[:-2]):
        at += len(word) + 1
        person = words[i + 1 :]
        if (
            (word.lower() in _OFFICES or word.lower() in _MPS)
            and len(person) <= 3
            and all(
                later[:1].isupper() and later.lower().removesuffix("s") not in _OFFICES
                for later in person
            )
        ):
            cut = at
    return cut


# The rest of a name up to the acronym after it, past one lowercase word that no name
# joins words with: "... of Cruelty| to Children (NSPCC)".
_REST_BEFORE_ACRONYM = re.compile(r" [a-z]{2,7}((?: [A-Z][\w'’-]*)+) \(([A-Z]{2,8})\)")


def _spelt_out(text: str, start: int, end: int) -> int:
    """Return where a name ends: past a lowercase word when the acronym after spells it.

    "National Society for the Prevention of Cruelty to Children (NSPCC)" is one name;
    "Department of Health to Kent County Council" is two.
    """
    rest = _REST_BEFORE_ACRONYM.match(text, end)
    if rest is None:
        return end
    initials = "".join(word[0] for word in text[start : rest.end(1)].split() if word[0].isupper())
    return rest.end(1) if initials == rest[2] else end


def _before_another_post(words: list[tuple[int, int, str]]) -> int | None:
    """Return where the "and" is that joins two posts with their holders, if one does.

    "Director of Children's Services Jo Miller and Director of Public Health Rupert
    Suckling" is two posts, each with its holder; "Minister for Children and Families"
    is one.
    """
    for k in range(2, len(words) - 2):
        if (
            words[k][2] == "and"
            and words[k - 1][2][:1].isupper()
            and words[k + 1][2].lower() in _OFFICES
        ):
            return k
    return None


def _after_a_body(words: list[tuple[int, int, str]]) -> int | None:
    """Return where the "and" is that follows a body's whole name, if one does.

    "Hertfordshire County Council and Lincolnshire", "South Yorkshire Police and Doncaster
    and Bassetlaw Teaching Hospitals" are two names; "South Yorkshire Police and Crime
    Commissioner" is one.
    """
    for k in range(2, len(words) - 1):
        if (
            words[k][2] == "and"
            and words[k - 1][2][:1].isupper()
            and words[k - 1][2].lower() in _BODY_WORDS
            and words[k + 1][2][:1].isupper()
            and words[k + 1][2] != "Crime"  # a Police and Crime Commissioner
        ):
            return k
    return None


# A post's title up to a comma, before more of its remits: "Director of Learning, ".
_POST_BEFORE_REMITS = re.compile(r"(\w+) (?:of|for) [A-Z][\w'’]*(?:,? [A-Z][\w'’]*)*, $")


def _remits_of_a_post(text: str, start: int, name: str) -> bool:
    """Say whether a name joined by "and" goes on listing a post's remits.

    "Director of Learning, Skills and Culture" names a post and no body called "Skills
    and Culture"; "Chief Executive of Doncaster Council, Jo Miller" names a person.
    """
    if " and " not in name or text[start - 2 : start] != ", " or _head(name) in _BODY_WORDS:
        return False
    post = _POST_BEFORE_REMITS.search(text, max(0, start - 80), start)
    return post is not None and post[1].lower() in _OFFICES


def _post_of_a_description(name: str) -> bool:
    """Say whether a name ends in a post of a body described: "Leader of the Council".

    Its "the Council" is a description of a body named elsewhere, not a new one.
    """
    words = name.split()
    return (
        len(words) > 3
        and words[-2] in ("the", "The")
        and words[-3] in ("of", "for")
        and words[-4].lower() in _OFFICES
    )


def _first_word(text: str, start: int) -> str:
    """Return the word at start, without a full stop: "Mr" of "Mr. Gove"."""
    return text[start : start + 16].split(None, 1)[0].removesuffix(".")


def _name_word_after(text: str, end: int) -> bool:
    """Say whether a capitalised word follows a word, which then begins a longer name.

    "Douglas Alexander", "Flint Council" and "Hill Top Academy" are not Mark Douglas,
    Caroline Flint or Dave Hill; "Leeds Road" is no place. Post-nominals are capitals:
    "Flint MP" is still her.
    """
    if not (text[end + 1 : end + 2].isupper() and text[end : end + 1] == " "):
        return False
    word = text[end + 1 : end + 24].split(None, 1)[0].rstrip(".,;:!?’'\")”")
    return not word.isupper()


# The rest of a body's name that begins with two places: "... and Bassetlaw Hospitals".
_AND_A_NAME = re.compile(
    r" and [A-Z][\w'’-]*(?: [A-Z][\w'’&-]*){0,6}? (?:Trust|Hospitals?|Council|Board|Partnership"
    r"|Group)\b"
)


def _begins_a_name(text: str, start: int, end: int) -> bool:
    """Say whether a place is the first word of another body's name.

    "Doncaster Royal Infirmary" and "Doncaster Rovers" are not the council or the trust,
    which they name only where nothing else does; "Doncaster Mayor Ros Jones",
    "Doncaster MP" and "Doncaster North" are the place.
    """
    if not _name_word_after(text, end):
        # "Doncaster and Bassetlaw Hospitals NHS Foundation Trust" begins with two places
        # (not "Rotherham Doncaster and South Humber ...", a name of three).
        before = text[max(0, start - 40) : start].split()  # over a line's break too
        return (
            text.startswith(" and ", end)
            # "Rotherham Doncaster and ...", not "... by Ofsted. Doncaster and ..."
            and not (before and before[-1][:1].isupper() and before[-1][-1] not in ".!?:;")
            and _AND_A_NAME.match(text, end) is not None
        )
    word = text[end + 1 : end + 24].split(None, 1)[0].rstrip(".,;:!?’'\")”")
    word = word.removesuffix("’s").removesuffix("'s")
    return not (
        word in TITLES or word.lower() in _OFFICES or word in _COMPASS or word in _PARTY_WORDS
    )


def _ends_a_name(text: str, start: int, end: int) -> bool:
    """Say whether a place at start is the last word of another body's name.

    "Healthwatch Doncaster" and "NHS Doncaster" are bodies of the place, not its council
    or its trust: a capitalised word before it, not a sentence's first, joins them. Not
    a place among others in one name: "Rotherham Doncaster and South Humber NHS ...".
    """
    if (
        start < 2
        or text[start - 1] != " "
        or (text.startswith(" and ", end) and text[end + 5 : end + 6].isupper())
    ):
        return False
    begin = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    word = text[begin : start - 1]
    if (
        not word[:1].isupper()
        or not word.isalpha()
        or word in TITLES
        or word in _OPENING_WORDS
        or word in _COMPASS
        or word in _PARTY_WORDS
    ):
        return False
    return begin > 1 and text[begin - 1] == " " and text[begin - 2] not in '.!?:;"“'


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Say whether a place begins or ends another body's name (see both)."""
    return _begins_a_name(text, start, end) or _ends_a_name(text, start, end)


# Words after a capitalised one-word description that make it the ordinary word at the
# start of a sentence: "Trust in services is low" and "Trust is hard to rebuild" are no
# trust (a paper writes "The trust is"; "Trust bosses" and "Trust said" are the body).
_NOT_AFTER_A_NAME = frozenset(
    """
    in me us him her them you between is was isn't wasn't takes took matters needs must
    can cannot comes depends
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# "has to" after a word that opens a sentence: "Trust has to be earned".
_HAS_TO = re.compile(r"ha(?:s|d|ve) to\b")


def _ordinary_word(text: str, start: int, end: int) -> bool:
    """Say whether a one-word description opens a sentence as an ordinary word.

    "Trust is earned" is, and so is a table's heading; "HMCI is right" is not: a word in
    capitals is no ordinary word.
    So is one set apart by a comma or a dash, or weighed against another: "Trust, in the
    ordinary sense, is hard won", "Trust – or the lack of it –", "Trust or council, ...".
    """
    if " " in text[start:end] or text[start + 1 : end].isupper():
        return False
    if text.startswith(" |", end) and (
        text.endswith("| ", 0, start) or start == 0 or text[start - 1] == "\n"
    ):
        return True  # a table's column heading: "| Trust | Area |", "Trust | Started |"
    if (
        text[end : end + 1] == ","
        or text[end : end + 3] in _DASHES_AFTER_A_WORD
        or text[end : end + 4] == " or "
    ):
        before = text[max(0, start - 4) : start].rstrip(" “‘\"'")
        return not before or before[-1] in ".!?:\n"
    if text[end : end + 1] != " ":
        return False
    after = text[end + 1 : end + 10].split(None, 1)
    if not after or (
        after[0].rstrip(",.;:!?’'\"”") not in _NOT_AFTER_A_NAME and not _HAS_TO.match(text, end + 1)
    ):
        return False
    before = text[max(0, start - 4) : start].rstrip(" “‘\"'")
    return not before or before[-1] in ".!?:\n"


_DASHES_AFTER_A_WORD = frozenset({" – ", " — ", " - "})
# "a" or "an" before a word, at the start of a text or after a space or a mark.
_A_OR_AN = re.compile(r"(?:^|(?<=\W))(?:a|an) $", re.IGNORECASE)
_A_OR_AN_ENDS = frozenset({"a ", "A ", "n ", "N "})  # a quick test before the expression
# Who or what of a body "a" may stand before: "a Trust spokesman" is the Trust's.
_SPOKESPEOPLE = frozenset(
    """
    spokesman spokeswoman spokesperson source sources official officials insider insiders
    statement report document letter email paper meeting board boss chief director
    manager employee worker member leader executive
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def _indefinite(text: str, start: int, end: int) -> bool:
    """Say whether a one-word description is a body, not the one: "A TRUST set up in 2014".

    "A Trust spokesman" is the Trust's spokesman, and the Trust.
    """
    if (
        text[start - 2 : start] not in _A_OR_AN_ENDS
        or " " in text[start:end]
        or not _A_OR_AN.search(text, max(0, start - 4), start)
    ):
        return False
    after = text[end + 1 : end + 16].split(None, 1)
    return not (after and after[0].rstrip(",.;:!?") in _SPOKESPEOPLE)


# The words that make a place's quarter ("Doncaster North"), a place too.
_COMPASS = frozenset({"North", "South", "East", "West", "Central"})
# And the words that make a place's formal name: "the City of Doncaster".
_PLACE_WORDS = frozenset({"City", "Borough", "County", "Metropolitan", "of"})
# What puts a description in a place: "the council in Northamptonshire".
_PLACED_BY = re.compile(
    r" (?:(?:set up|established|created|formed|based) )?(?:in|of|for|at) (?:neighbouring )?"
)
# A place after a description it places: "the trust established in Slough".
_PLACES_A_DESCRIPTION = re.compile(
    r"\b(?:the|a) (?:council|trust|authority)"
    r"(?: (?:set up|established|created|formed|based) (?:in|for)| (?:in|for|of) neighbouring) \Z",
    re.IGNORECASE,
)
# A description's "there" is the place named last: "the council there".
_THERE = re.compile(r" there\b")
_NEIGHBOURS = re.compile(r"['’]s (?:neighbours?|borders?|outskirts)\b")
# Words between a description and a name in apposition to it: " representing directors of
# children's services, the " in "The association representing ..., the ADCS, said".
_APPOSITION = re.compile(r" [^.;:,“”\"]{0,80}, (?:the )?")
# Places that stand for Parliament and the government more often than for their council.
_SEATS_OF_GOVERNMENT = frozenset({"Westminster", "Whitehall"})
_PLACING = (" in ", " of ", " for ", " at ")  # a quick test before _PLACED_BY
# The end of a sentence: its mark, any closing quote, then a space.
# The end of a quotation and the start of whoever said it: '," said ', '.” '.
_QUOTATION_CLOSE = re.compile(r"[\"”] (said |says |added |adds )?(?=[A-Z])")
_SAID = re.compile(r" (?:said|says|added|adds|told|explained)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’']? ")
# A sentence that opens with a pronoun saying something, up to a description in it: "He
# said the association had written to ...". Searched up to the description.
_PRONOUN_SAYS = re.compile(
    r"(?:(?<=[.!?][\"”’'] )|(?<=[.!?] )|(?<=\n)|^)(?P<pronoun>He|She) (?:also |later |then )?"
    r"(?:said|says|added|adds|told|warned|explained)\b[^.!?\n]{0,120}$"
)
_PRONOUN_SEX = {"He": "m", "She": "f"}
_WHERE = re.compile(r"(?:['’]s?)?(?:,| [-–—])? where\b")
# Words that make a body someone's past, not one the text follows: "a former director at
# Islington Council", "who joined from Kent County Council". "The former Slough Borough
# Council" is the body itself, and so is the one in "The former mayor said Slough ...".
_CAREER = re.compile(
    r"\b(?:(?:former|ex|formerly|previously)(?:\W+\w[^,.;:()\n]*?)?\W+(?:at|of|with|from|for|in)"
    r"\s+(?:the\s+)?"
    r"|(?:formerly|previously)\s+"
    r"|(?:join|joins|joined|joining|move|moves|moved|moving|came|comes|coming|arrive|arrives"
    r"|arrived|arriving"
    r"|recruited|poached|seconded)\s+(?:\w+\s+){0,2}from\s+(?:the\s+)?"
    # "who became Birmingham's chief executive after running Solihull Council"
    r"|after\s+(?:running|leading|heading|managing|(?:\w+\s+)?years?\s+(?:at|with|in)"
    r"|a\s+spell\s+(?:at|with|in))\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_FORMER = ("former ", "Former ", "ex-", "Ex-")
_TRANSFERRED = re.compile(r"\b(?:staff|workers|employees|services|functions|teams)\b", re.I)
_FROM = ("from ", "from the ")
_PLACE_THEN_POST = re.compile(
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?: [a-z]+){0,2}"
    r" (?:director|chief|boss|head|leader|executive|mayor)\b"
)
# Prepositions after which a place is where something happened or someone comes from,
# not the body a description after it means: "speaking in Leeds", "MP for Rotherham".
_INCIDENTAL = frozenset(
    """
    in at to near across around outside inside from of for between within beyond
    throughout including like unlike than via borders bordering with
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Words that may open a sentence before "in" and a place that sets its scene:
# "Meanwhile, in Rotherham, the council ...", "But in Slough, the trust ...".
_SCENE_PHRASES = (
    "across the border", "over the border", "up the road", "down the road", "next door",
    "nearby", "not far away", "further north", "further south", "further afield",
    "elsewhere", "by contrast", "by comparison",
)  # fmt: skip
_SCENE_OPENERS = frozenset(
    """
    but and yet meanwhile elsewhere back now earlier later also so however here there then
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def _sets_the_scene(text: str, start: int, end: int) -> bool:
    """Say whether a place after "in" opens its sentence: "Meanwhile, in Rotherham, the".

    So do phrases before it: "Across the border in Rotherham, the grade ...".
    """
    if text[end : end + 1] != "," or not text.endswith(("in ", "In "), 0, start):
        return False
    clause = text[max(0, start - 40) : start]
    opening = clause[max(clause.rfind(". "), clause.rfind("\n")) + 1 :].split()
    return (
        len(opening) == 1
        or (len(opening) == 2 and opening[0].strip(",").lower() in _SCENE_OPENERS)
        or " ".join(opening[:-1]).lower().endswith(_SCENE_PHRASES)
    )


def _services_of(text: str, start: int) -> bool:
    """Say whether a place opens its sentence as the services' own: "Children's services
    in North East Lincolnshire have been rated inadequate"."""
    clause = text[max(0, start - 40) : start]
    opening = clause[max(clause.rfind(". "), clause.rfind("\n")) + 1 :].lstrip(' "“')
    opening = opening.lower().replace("’", "'")
    # Or, within the sentence, the services a body runs there: "the company set up to run
    # children's services in Sunderland after the council was rated inadequate".
    return opening.removeprefix("the ") in _SERVICES_IN or opening.endswith(_RUN_SERVICES_IN)


_SERVICES_IN = frozenset(
    f"{services} in "
    for services in (
        "children's services",
        "children's social care",
        "children's social care services",
        "social care",
        "social services",
    )
)


_RUN_SERVICES_IN = tuple(
    f"{verb} {services}" for verb in ("run", "runs", "running", "ran") for services in _SERVICES_IN
)


# The same, and "on" ("modelled on Doncaster's") and "follow" ("could follow Doncaster"),
# before a known body's place.
_INCIDENTAL_BEFORE_KNOWN = _INCIDENTAL | {"on", "follow", "follows", "followed", "copy", "copied"}
_BESIDE_OR_INCIDENTAL = _BESIDE | _INCIDENTAL_BEFORE_KNOWN


def _paragraph_end(text: str, at: int) -> int:
    """Return where the paragraph holding `at` ends."""
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def _last_before(heads, start: int, end: int, text: str) -> int:
    """Return where the last body no alias knows of a description's kind starts before it."""
    unknown = heads.get(_head(text[start:end]), ())
    j = bisect_left(unknown, start) - 1
    return unknown[j] if j >= 0 else -1


def _quoting(text: str, start: int, end: int) -> bool:
    """Say whether a quotation opened between start and end, in one paragraph, is still open."""
    if text.find("\n", start, end) != -1:
        return False
    piece = text[start:end]
    return piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1


_PARTY_BEFORE_NAME = re.compile(
    rf"(?:{'|'.join(_PARTIES[:-1])}|English Democrat|Reform UK) (?=\S+ \S)"
)


def _without_party(text: str, start: int, end: int) -> tuple[int, int]:
    """Return a name without the party before it: "Conservative Nick Fletcher"."""
    party = _PARTY_BEFORE_NAME.match(text, start, end)
    return (party.end(), end) if party else (start, end)


def _named_as_employer(text: str, start: int) -> bool:
    """Say whether a body's name at start is someone's employer, now, next or before."""
    before = _EMPLOYER_BEFORE.search(text, max(0, start - 80), start)
    return before is not None or _came_from(text, start)


def _speaks_at(text: str, end: int, at: int) -> bool:
    """Say whether someone named just before end may be speaking at `at`.

    That is in the sentence that names them, or in the quotation it opens, which a
    paragraph opening with a quotation mark goes on ("... said: “These figures are
    stark." then "“The association has warned ...").
    """
    newline = text.find("\n", end, at)
    if newline == -1:
        return not _SENTENCE_END.search(text, end, at) or _quoting(text, end, at)
    paragraph = text.rfind("\n", 0, at) + 1
    return (
        text[paragraph : paragraph + 1] in ('"', "“")
        and not text[newline:paragraph].strip()
        and _quoting(text, end, newline)
        and _quoting(text, paragraph, at)
    )


def _came_from(text: str, start: int) -> bool:
    """Say whether a name starting at start is a body someone worked at before.

    So is a place before a post held there: "the former Hampshire director".
    """
    clause = text[max(0, start - 80) : start]
    cut = max(clause.rfind(mark) for mark in ",.;:()\n")
    if (career := _CAREER.search(clause, cut + 1)) is not None:
        # Staff or services moving from a council to a trust are transferred: the council
        # is in the story, not in someone's past.
        return _TRANSFERRED.search(clause, cut + 1, career.start() + 1) is None
    return _former_post(text, start)


def _former_post(text: str, start: int) -> bool:
    """Say whether a name gives someone's past post: "the former Hampshire director".

    So does a body's: "a former NHS trust chief executive".
    """
    return text.endswith(_FORMER, 0, start) and _PLACE_THEN_POST.match(text, start) is not None


# Two bodies, one known by its acronym: "GMB and Unison", "Unison and GMB".
_ACRONYM_AND_WORD = re.compile(r"[A-Z]{2,6} and [A-Z][\w'’]+|[A-Z][\w'’]+ and [A-Z]{2,6}")
# A name ending in an initial is a child a court keeps anonymous ("Child M", "Baby T") or
# an author as a reference list cites them ("Le Grand J").
_ENDS_IN_INITIAL = re.compile(r" [A-Z]\.?$")


# Words that begin a body's or a post's name before "for" ("Ministry for Housing"),
# which is then no sentence's first word before a body's name ("Figures for Sheffield
# City Council").
_NAME_LEADS = frozenset(
    "City Borough County Royal Isle Ministry Friends Head Commissioner Secretary".split()  # noqa: SIM905
)


def _run_from_a_word(text: str, shape: bytes, match: re.Match) -> tuple[int, int] | None:
    """A run of capitalised words that starts a word, or its part after the first word:
    "iMPOWER's Lena Osterberg" runs from the "M", and Lena Osterberg is the name."""
    start, end = match.span()
    if not (start and text[start - 1].isalnum()):
        return start, end
    rest = _NAME_RUN.match(shape, text.find(" ", start, end) + 1, end)
    return rest.span() if rest and rest.start() > start else None


def _in_capitals(name: str) -> bool:
    """Say whether a run is a heading in capitals ("OTHER APPOINTMENTS"), not a name.

    Most of its words are capitals of four letters or more, or all are capitals ("KEY
    FACTS"); "NSPCC Helpline" is a name.
    """
    words = [word for word in name.split() if word[:1].isupper()]
    shouting = sum(1 for word in words if len(word) >= 4 and word.isupper())
    return shouting * 2 > len(words) or (len(words) >= 2 and all(map(str.isupper, words)))


def _joined_at_commas(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a body's name that a comma cuts: "Department for Children, Schools and Families".

    A name with "of" or "for" in it, then a comma and a name with "and" in it, is one.
    """
    joined: list[tuple[int, int]] = []
    for start, end in names:
        if joined:
            first, last = joined[-1]
            if (
                text[last:start] == ", "
                and (" for " in text[first:last] or " of " in text[first:last])
                and " and " in text[start:end]
            ):
                joined[-1] = (first, end)
                continue
        joined.append((start, end))
    return joined


def _longer_inside(best: dict, start: int, end: int) -> bool:
    """Say whether a name starting inside a phrase runs past its end: the excluded "at
    Westminster" gives way to "Westminster City Council" in "at Westminster City Council"."""
    return any(
        (found := best.get(at)) is not None and found[0] > end for at in range(start + 1, end)
    )


def _left_from(text: str, start: int) -> bool:
    """Say whether a name is a body someone left: "after moving from Solihull Council".

    Unlike a body someone works at, it sets no scene even in its own paragraph.
    """
    return text.endswith(_FROM, 0, start) and _came_from(text, start)


def _rival_since(entity: int, start: int, rivals, positions, text: str, sex: str = "") -> bool:
    """Say whether someone else of the same surname was named after the entity, before start.

    rivals holds (start, sex) for each: a title of one sex ("Mr Gove") is not hidden by
    a rival of the other ("Mrs Gove"). A rival named once, in passing, in a story that
    named the entity _SALIENT times before, hides the surname only in its own paragraph:
    "His father, Tommy Douglas, was a miner." leaves "Douglas" a paragraph on to the
    Mark Douglas a profile is about. Someone of the same titled given name ("Sir Michael
    Barber", marked _GIVEN_RIVAL) hides only that given name, not the surname, and is
    the only one who hides it.
    """
    named = rivals.get(entity)
    if named:
        # "Sir Michael" is no "Mick Wilshaw", "Lady Wilshaw" or "Tom Wilshaw".
        given = _first_word(text, start) in GIVEN_NAME_TITLES
        named = [(at, rival) for at, rival in named if (rival == _GIVEN_RIVAL) == given]
        named = [(at, "") for at, _ in named] if given else named
    if sex and named:
        # A namesake of no known sex whom a title of the other sex has named since is
        # taken for that one: "Martin Jones ... Mr Jones" leaves "Ms Jones" to Ros Jones.
        other = next((at for at, rival_sex in named if rival_sex and rival_sex != sex), -1)
        named = [
            (at, rival_sex)
            for at, rival_sex in named
            if rival_sex == sex or (not rival_sex and at > other)
        ]
    if not named:
        return False
    at = positions[entity]
    if (
        len(named) >= _SALIENT
        and len(named) > bisect_left(at, start)
        and _first_word(text, start) not in GIVEN_NAME_TITLES  # "Dame Rosie" is hers
    ):
        # The one the story is about, named more often than the entity: "Sandra Jones,
        # 63, ... Ms Jones said ... Mayor Ros Jones said ... Mrs Jones told the Mirror"
        # may be either; an editor decides.
        return True
    last = named[-1][0]
    if last < at[bisect_left(at, start) - 1]:
        return False
    return len(named) > 1 or bisect_left(at, last) < _SALIENT or text.find("\n", last, start) == -1


_GIVEN_RIVAL = "given"  # see _rival_since
# A councillor's title before a surname: "Coun Jones" is the councillor of the name.
_COUNCILLOR = ("Cllr ", "Cllr. ", "Coun ", "Coun. ", "Councillor ")
_COUNCILLOR_NAMED = re.compile(r"\b(?:Cllr|Coun|[Cc]ouncillor)\.? [A-Z][\w'’-]+ $")
# "Deputy Mayor Glyn Jones" is a councillor too.
_COUNCILLOR_AND_NAME = re.compile(
    r"\b(?:Cllr|Coun|Councillor|Deputy Mayor)\.? ([A-Z][\w'’-]+) ([A-Z][\w'’-]+)"
)


# Words that make a post another one: "the deputy mayor" is not the mayor, nor "the shadow
# education secretary" the Education Secretary.
_LESSER_POST = ("deputy ", "vice ", "vice-", "assistant ", "shadow ")
_FORMER = ("former ", "ex-", "previous ", "predecessor as ")
# A term defined in brackets after a name: ' ("the local authority")', ' (hereafter "the Trust")'.
_DEFINED_TERM = re.compile(
    r" \((?:hereafter |hereinafter |together )?[\"“‘']((?:[Tt]he )[A-Za-z][\w’' -]{1,40}?)[\"”’']\)"
)
# A reference's initials after a surname: "Hill, M.", "Webb, S. J. (2014)".
_CITED_INITIALS = re.compile(r", ([A-Z])\.(?: ?[A-Z]\.)*(?: \(\d{4}|,| and | &)")
# Titles that are no one's sex, each with the forms that name the same person.
# ("Professor Ray Jones ... Dr Jones" is Ray Jones.)
_TITLE_GROUPS = {
    word: group
    for group in (_ACADEMIC, "Rev|Revd|Reverend", "Canon", "Judge")
    for word in group.split("|")
}
_LESSER_POST_AFTER = re.compile(r", (?:the )?(?:deputy|vice|assistant)[ -]([a-z]+)", re.I)


_NO_COUNCILLORS_TITLES = frozenset({*_TITLE_GROUPS, "Lord", "Lady", "Baroness"})


def _untitled_rivals(entity: int, rivals, text: str) -> dict:
    """The entity's rivals but those named with a title no councillor is called by."""
    kept = []
    for at, sex in rivals.get(entity, ()):
        # The title before the name ("Dr Anne Perry"), or opening it ("Dr Perry").
        words = [*text[max(0, at - 30) : at].split()[-2:], _first_word(text, at)]
        if not any(word.rstrip(".") in _NO_COUNCILLORS_TITLES for word in words):
            kept.append((at, sex))
    return {entity: kept}


def _councillor_rival(entity: int, start: int, rivals, text: str) -> bool:
    """Say whether a namesake named as a councillor before start is "Coun Jones".

    "Deputy Mayor Councillor Glyn Jones ... Coun Jones said" is Glyn Jones, however
    often the story named Mayor Ros Jones before him; so is "Labour councillor Glyn
    Jones ... Cllr Jones added".
    """
    return any(
        at < start and _COUNCILLOR_NAMED.search(text, max(0, at - 40), at)
        for at, _ in rivals.get(entity, ())
    )


def _one_edit_apart(word: str, other: str) -> bool:
    """Say whether two different words are one letter apart.

    One letter changed, added or dropped, or two side by side swapped: "micheal" and
    "michael".
    """
    if word == other or abs(len(word) - len(other)) > 1:
        return False
    if len(word) == len(other):
        diffs = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        i = diffs[0]
        return (
            len(diffs) == 2
            and diffs[1] == i + 1
            and word[i] == other[i + 1]
            and word[i + 1] == other[i]
        )
    shorter, longer = sorted((word, other), key=len)
    pairs = zip(shorter, longer, strict=False)  # the longer has one letter more
    i = next((i for i, (a, b) in enumerate(pairs) if a != b), len(shorter))
    return shorter[i:] == longer[i + 1 :]


# Fields of spans and candidates: start, end, entities.
_START, _END, _ENTITIES = itemgetter(0), itemgetter(1), itemgetter(2)


def _overlapping(spans: list[tuple], start: int, end: int) -> int:
    """Return the index of the span overlapping [start, end) in sorted, disjoint spans, or -1."""
    i = bisect_left(spans, end, key=_START) - 1
    return i if i >= 0 and spans[i][1] > start else -1


class _Overlap:
    """Sorted, non-overlapping intervals that answer "does [start, end) touch one?"."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: list[int], ends: list[int]):
        self.starts = starts
        self.ends = ends

    def hits(self, start: int, end: int) -> bool:
        """Say whether [start, end) overlaps any of the intervals."""
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


class _Resolution:
    """The decisions for one text: which candidates link, and to which entity."""

    __slots__ = (
        "academics",
        "all_places",
        "asides",
        "bodies",
        "careers",
        "councillors",
        "defined",
        "encoded",
        "excluded",
        "givens",
        "keys",
        "kinds",
        "kinds_of",
        "letters",
        "linked",
        "listed",
        "lowered",
        "meant_other",
        "meant_there",
        "mistitled",
        "name_places",
        "only_placed",
        "other_places",
        "others",
        "place_bodies",
        "place_starts",
        "places",
        "positions",
        "posts",
        "runs",
        "sexes",
        "text",
        "title_ends",
        "titled",
        "titles",
        "unlinked",
        "unresolved",
        "weights",
    )

    def __init__(self, linker: Linker, text: str, encoded: bytes, letters, kinds, others, places):
        self.text = text
        self.encoded = encoded  # the text in Latin-1, "?" for any other character
        self.letters = letters  # offsets of the letters among those, or None
        # (start, end) of each word a description ends in, capitalised or after a mark
        self.kinds = kinds
        self.others = others  # (start, end) of each description of another time
        self.places = places  # (start, end) of each place whose body no alias knows
        self.place_starts: set[int] | None = None  # see _places_named()
        self.all_places: list[tuple[int, int]] | None = None  # see _only_places()
        self.other_places: set[int] = set()  # the places that stand for unknown bodies
        # Unknown bodies named with another of their kind in one paragraph: a list
        # ("Bradford Council, Rotherham Council"), whose scene is that paragraph only.
        self.listed: set[int] = set()
        # Where descriptions meant a body no alias knows ("the authority" of the council
        # the story opened with): the other body's mentions, as its names are.
        self.meant_other: list[int] = []
        self.meant_there: set[int] = set()  # those of them followed by "there"
        self.lowered: str | None = None  # the text in lowercase, ASCII only: offsets hold
        # Descriptions after an aside on the entity, and where the aside ends: what it
        # described is left behind with it (see _in_anothers_story).
        self.asides: dict[int, int] = {}
        # Whether a known body named at a start is where someone worked before: _career().
        self.careers: dict[int, bool] = {}
        # (start, entity) of a known body's place that begins another name ("Doncaster
        # Royal Infirmary"): it names the body only where nothing else in the text does.
        self.name_places: list[tuple[int, int]] = []
        self.place_bodies = linker._place_bodies
        self.bodies = linker._bodies
        self.posts = linker._posts
        self.keys = linker._keys
        self.kinds_of = linker._kinds_of
        self.weights = linker._weights
        self.titles = linker._titles
        self.title_ends = linker._title_ends
        self.sexes = linker._sexes
        self.councillors = linker._councillors
        self.academics = linker._academics
        self.givens = linker._givens
        # Where a title before a surname says a man or a woman is meant ("m" or "f"): the
        # surname of someone of the other sex ("Mr Jones" beside Ms Ros Jones), or the
        # title of a known person it fits ("Mr Gove", whom a "Mrs Gove" does not hide).
        self.mistitled: dict[int, str] = {}
        self.titled: dict[int, str] = {}
        self.linked: list[tuple[int, int, int, str]] = []  # (start, end, entity, how)
        self.excluded: list[tuple[int, int]] = []  # phrases that are not mentions
        self.unresolved: list[tuple[int, int, tuple[int, ...]]] = []
        self.positions: dict[int, list[int]] | None = None  # see _mentions()
        self.only_placed: set[int] = set()  # entities only in other names' places
        self.runs: list[tuple[int, int]] | None = None  # see _name_runs()
        self.defined: list[tuple[int, str, int]] | None = None  # see _defined_as()
        # Lists of short and contextual candidates: a name they cover is not unknown.
        self.unlinked: list[list[tuple[int, int, frozenset[int]]]] = []

    def run(self, best, short, contextual) -> LinkResult:
        """Decide every candidate, strongest round first; the rest is reported on demand."""
        namesakes = self._link_names(best)
        bracketed = self._bracketed(short, contextual) if "(" in self.text else None
        if bracketed:
            namesakes = self._link_redefined_acronyms(best, bracketed, namesakes)
        self._settle_namesakes(namesakes)
        if bracketed:
            self._link_defined_acronyms(best, bracketed)
            self._drop_others_acronyms(bracketed)
        if short or contextual:
            positions = self._mentions()
            if short:
                self.unlinked.append(short)
                short = self._with_titles(_named_only(short, positions))
                self.unlinked.append(short)
                self._link_dependent(short, _SHORT, positions)
            if contextual:
                self.unlinked.append(contextual)
                described = set(map(_ENTITIES, contextual))  # one set per description, mostly
                wanted = frozenset().union(*(self.kinds_of.get(m, ()) for m in described))
                contextual = _named_only(contextual, positions)
                self._link_dependent(contextual, _CONTEXTUAL, positions, wanted)
        return LinkResult(self._spans(), self)

    @_collector_paused
    def report(self) -> list[Unresolved]:
        """Return the ambiguous aliases and the unknown names, in text order."""
        unlinked = {
            (start, -negative_end)
            for candidates in self.unlinked
            for start, negative_end, _ in candidates
        }
        self._find_unknown_names(unlinked)
        self._find_unknown_acronyms()
        self._find_bodies_after_their_kind()
        self._find_bodies_known_by_name()
        return self._unresolved()

    def _find_bodies_known_by_name(self) -> None:
        """Report bodies whose one-word names read as any capitalised word: "Unison said".

        Unions, charities, regulators and firms that stories about children's services
        name again and again (see other_bodies.REPORTED), wherever no alias holds them.
        """
        text, occupied = self.text, None
        for name in REPORTED:  # str.find for each: one expression over all is slow
            start = text.find(name)
            while start != -1:
                end = start + len(name)
                if (start == 0 or text[start - 1] not in _NAME_GLUE) and (
                    end == len(text)
                    or text[end] not in _NAME_GLUE
                    or _POSSESSIVE_END.match(text, end) is not None  # "Unison's organiser"
                ):
                    occupied = occupied or self._occupied()
                    if not occupied.hits(start, end):
                        self.unresolved.append((start, end, ()))
                start = text.find(name, end)

    def _find_bodies_after_their_kind(self) -> None:
        """Report one-word bodies named after their kind: "the union Unison".

        A capitalised word alone is most often a sentence's first word or a surname;
        after its kind ("the children's charity Barnardo's", "the exams regulator
        Ofqual"), it is a body's name.
        """
        text = self.text
        lower = text.translate(_ASCII_LOWER)  # str.lower() may change the length: "İ"
        occupied = None
        for kind in _BODY_KINDS:  # str.find for each kind: one expression over all is slow
            at = lower.find(kind)
            while at != -1:
                after = at + len(kind)
                if (at == 0 or not lower[at - 1].isalnum()) and (
                    found := _BODY_NAME.match(text, after)
                ) is not None:
                    occupied = occupied or self._occupied()
                    start, end = found.span("name")
                    if not occupied.hits(start, end):
                        self.unresolved.append((start, end, ()))
                at = lower.find(kind, after)

    def _find_unknown_acronyms(self) -> None:
        """Report acronyms no alias knows ("The NSPCC said"), out of runs of capitals.

        A word in capitals beside another ("MP SURGERY AT THE CANTLEY CENTRE") is a
        heading's, and a few abbreviations name no body ("GCSE", "CEO", "BST").
        """
        text = self.text
        occupied = self._occupied()
        words = None
        for found in _ACRONYM.finditer(text):
            start, end = found.span()
            word = found[0]
            if (
                word in _NOT_BODIES
                or _ROMAN.fullmatch(word)
                or occupied.hits(start, end)
                or _CAPITALS_BESIDE.search(text, max(0, start - 4), start)
                or _CAPITALS_AFTER.match(text, end)
                # In brackets, it spells out the name before it, offered already.
                or (text[start - 1 : start] == "(" and text[end : end + 1] == ")")
            ):
                continue
            if words is None:  # read only once an acronym gets this far: most are names
                words = set(_LOWER_WORD.findall(text))
            if word.lower() not in words:  # not a word in capitals: "NEW", "TRUST"
                self.unresolved.append((start, end, ()))

    def _occupied(self, places: bool = True) -> _Overlap:
        """Return the intervals already decided: linked, reported ambiguous or not mentions.

        Without places, a known body's place ("Doncaster") is not one of them.
        """
        linked = self.linked if places else [s for s in self.linked if s[3] != "place"]
        starts = [span[0] for span in linked]
        ends = [span[1] for span in linked]
        if self.unresolved or self.excluded:
            # The intervals never overlap, so their starts and ends sort alike.
            starts += [span[0] for span in chain(self.unresolved, self.excluded)]
            ends += [span[1] for span in chain(self.unresolved, self.excluded)]
            starts.sort()
            ends.sort()
        return _Overlap(starts, ends)

    def _mentions(self) -> dict[int, list[int]]:
        """Return the start of every mention of each entity, ambiguous ones included.

        Built once, then kept up to date by _note() as later rounds link more.
        """
        if self.positions is None:
            positions: dict[int, list[int]] = {}
            for start, _, entity, _ in self.linked:
                positions.setdefault(entity, []).append(start)
            # The linked spans are in text order, so each list is, but for ambiguous ones.
            for start, _, candidates in self.unresolved:
                for entity in candidates:
                    positions.setdefault(entity, []).append(start)
            if self.unresolved:
                for starts in positions.values():
                    starts.sort()
            only_in_names: dict[int, list[int]] = {}
            if self.place_bodies:
                self._place_known_names()
            for start, entity in self.name_places:  # in text order
                if entity not in positions:
                    only_in_names.setdefault(entity, []).append(start)
            positions.update(only_in_names)
            self.only_placed = set(only_in_names)
            self.positions = positions
        return self.positions

    def _place_known_names(self) -> None:
        """Note the bodies of a place that begins a known name, as one beginning another.

        "Doncaster Children's Services Trust, which took over from the council": the
        council is Doncaster's, though the text names none.
        """
        text, bodies, noted = self.text, self.place_bodies, []
        for start, end, entity, how in self.linked:
            if how == "place":
                continue
            space = text.find(" ", start, end)
            held = space != -1 and bodies.get(text[start:space].lower())
            if not held:
                continue
            for place, entities in held:
                if text[start : start + len(place)].lower() == place:
                    noted.extend((start, other) for other in entities if other != entity)
        if noted:
            self.name_places = sorted(self.name_places + noted)

    def _of_its_place(self, entity: int, start: int) -> bool:
        """Say whether the name at `start` begins with a place the entity's name begins with."""
        text = self.text
        space = text.find(" ", start, start + 40)
        if space == -1:
            return False
        return any(
            entity in entities and text[start : start + len(place)].lower() == place
            for place, entities in self.place_bodies.get(text[start:space].lower(), ())
        )

    def _note(self, start: int, entities) -> None:
        """Record mentions made after _mentions() was first built."""
        if self.positions is not None:
            for entity in entities:
                insort(self.positions.setdefault(entity, []), start)

    def _most_named(self, candidates, positions) -> list[int]:
        """Return the candidates the text names most often, the heaviest on a tie."""
        if len(candidates) > len(positions):
            named = [entity for entity in positions if entity in candidates]
        else:
            named = [entity for entity in candidates if entity in positions]
        if len(named) > 1:
            most = max(len(positions[entity]) for entity in named)
            named = [entity for entity in named if len(positions[entity]) == most]
            heaviest = max(self.weights[entity] for entity in named)
            named = [entity for entity in named if self.weights[entity] == heaviest]
        return named

    def _nearest(self, candidates, start, positions) -> list[int]:
        """Return the candidates mentioned last before start (several on a tie).

        A body named as where someone worked before counts only where no candidate was
        named otherwise: "Jane Smith, who joined from Solihull Council, said the council"
        is Doncaster's in a story that named Doncaster Council before.
        """
        if len(candidates) == 1:
            (entity,) = candidates
            starts = positions.get(entity)
            return [entity] if starts and starts[0] < start else []
        latest, nearest = self._latest_before(candidates, start, positions)
        if len(nearest) == 1 and not self.givens[nearest[0]] and self._career(latest):
            own = self._latest_before(candidates, start, positions, self._career)[1]
            if own:
                return own
        return nearest

    @staticmethod
    def _latest_before(candidates, start, positions, skip=None) -> tuple[int, list[int]]:
        latest, nearest = -1, []
        for entity in candidates:
            starts = positions.get(entity)
            i = bisect_left(starts, start) - 1 if starts else -1
            while skip is not None and i >= 0 and skip(starts[i]):
                i -= 1
            if i >= 0 and starts[i] >= latest:
                if starts[i] > latest:
                    latest, nearest = starts[i], []
                nearest.append(entity)
        return latest, nearest

    def _career(self, at: int) -> bool:
        """Say whether a body's name at `at` is where someone worked before (cached)."""
        known = self.careers.get(at)
        if known is None:
            text, lo = self.text, max(0, at - 80)
            # A quick test before _came_from: a word it needs is near ("from", "former",
            # "previously", "ex-", "after"); finding strings costs far less than a search.
            known = self.careers[at] = (
                text.find("rom", lo, at) != -1
                or text.find("ormer", lo, at) != -1
                or text.find("revious", lo, at) != -1
                or text.find("x-", lo, at) != -1
                or text.find("fter", lo, at) != -1
            ) and _came_from(text, at)
        return known

    def _named_only_as_a_career(self, entity: int, start: int, positions) -> bool:
        """Say whether every mention of the body before start is where someone worked."""
        starts = positions.get(entity, ())
        before = starts[: bisect_left(starts, start)]
        return bool(before) and all(map(self._career, before))

    def _timeline(self, linked: int, unresolved: int) -> list[tuple[int, int]]:
        """Return (start, entity) for each mention in the first spans decided, in order.

        These are what _mentions() holds while a contextual round, which notes nothing,
        adds spans after them; the linked ones are in order already.
        """
        timeline = [(start, entity) for start, _, entity, _ in self.linked[:linked]]
        timeline += [
            (start, entity)
            for start, _, candidates in self.unresolved[:unresolved]
            for entity in candidates
        ]
        timeline.sort()
        return timeline

    @staticmethod
    def _walk_back(candidates, start, timeline, cache) -> list[int]:
        """Do what _nearest does for many candidates, walking back through the mentions.

        The walk stops where this alias's previous lookup began, so each alias walks
        through the text's mentions once, however often it appears.
        """
        stop, nearest = cache.get(candidates, (-1, []))
        i = bisect_left(timeline, (start,)) - 1
        while i >= 0 and timeline[i][0] >= stop:
            at, entity = timeline[i]
            if entity in candidates:
                nearest = [entity]
                i -= 1
                while i >= 0 and timeline[i][0] == at:
                    if timeline[i][1] in candidates:
                        nearest.append(timeline[i][1])
                    i -= 1
                break
            i -= 1
        cache[candidates] = (start, nearest)
        return nearest

    def _link_names(self, best) -> list[tuple[int, int, dict[int, str]]]:
        """Link names and plain aliases leftmost-longest; return the namesakes among them."""
        namesakes = []
        last_end = 0
        linked, text = self.linked, self.text
        lone: list[int] = []  # where in linked a place of one body is
        # An alias many bodies share is one tuple, met again and again: read it once.
        read: dict[int, dict[int, str]] = {}
        for start in sorted(best):
            if start < last_end:
                continue
            last_end, who = best[start]
            if text[last_end - 1] == "l":  # a quick test before the slower ones
                if text.endswith(" council", 0, last_end) and _COUNCIL_THINGS.match(text, last_end):
                    continue  # "a Doncaster council house" is a house
                if text[last_end + 1 : last_end + 2] in _OF_FOR and text.endswith(
                    " Council", 0, last_end
                ):
                    name = _COUNCIL_OF.match(text, last_end)
                    if name and name.start(1) not in best and name[1] not in TITLES:
                        continue  # "Doncaster Council for Voluntary Service" is another body
            if isinstance(who, int):
                if (
                    text[last_end : last_end + 1] == "-"
                    and self.givens[who]
                    and text[last_end + 1 : last_end + 2].isupper()
                ):
                    continue  # "Mark Douglas-Home" is someone else
                if self.givens[who] and _a_namesake(text, start, last_end):
                    continue
                linked.append((start, last_end, who, "name"))
                continue
            if len(who) == 2:  # one entity, found as an acronym, a place or a dated name
                if who[1] in _PLACED and _in_compound(self.text, last_end):
                    continue  # "Doncaster's council tax" names no council
                if who[1] == "place" and _in_a_name(self.text, start, last_end):
                    self.name_places.append((start, who[0]))
                    continue
                if who[1] == _EXCLUDED:
                    if (
                        _longer_inside(best, start, last_end)
                        or self._listed_phrase(start)
                        # "Meanwhile, in Westminster, the council": the place sets the scene.
                        or (
                            text[start : start + 3].lower() == "in "
                            and _sets_the_scene(text, start + 3, last_end)
                        )
                    ):
                        last_end = start  # "at Westminster City Council": the name
                    else:
                        self.excluded.append((start, last_end))
                    continue
                if who[1] == "place":
                    lone.append(len(linked))
                elif self.givens[who[0]] and self._another_holder_after(
                    who[0], start, last_end, best
                ):
                    continue  # "The Mayor of Doncaster, Martin Winter," in 2009
                linked.append((start, last_end, *who))
                continue
            hows = read.get(id(who))  # who lives in best, so its id is its own
            if hows is None:
                pairs = zip(who[::2], who[1::2], strict=True)
                hows = read[id(who)] = {e: how for e, how in pairs if how != _EXCLUDED}
            if not hows:
                if _longer_inside(best, start, last_end) or self._listed_phrase(start):
                    last_end = start
                else:
                    self.excluded.append((start, last_end))
            elif len(hows) == 1:
                ((entity, how),) = hows.items()
                if how == "place":
                    lone.append(len(linked))
                elif self.givens[entity] and (
                    _a_namesake(text, start, last_end, full_name=how == "name")
                    or self._another_holder_after(entity, start, last_end, best)
                ):
                    continue
                linked.append((start, last_end, entity, how))
            elif all(how == "place" for how in hows.values()):
                # A place names every body that works there, for descriptions to follow:
                # "Doncaster" lets "the council" and "the trust" find theirs.
                if _NEIGHBOURS.match(text, last_end):
                    continue  # "Rotherham ..., Doncaster's neighbour": another's scene
                if _ATTRIBUTIVE_AFTER.match(text, last_end) and text.endswith(
                    (" the ", " a ", "\nthe ", "The ", "A "), 0, start
                ):
                    continue  # "not a trust in the Doncaster sense": no scene set
                if _in_a_name(self.text, start, last_end):
                    self.name_places.extend((start, entity) for entity in sorted(hows))
                else:
                    linked.extend((start, last_end, entity, "place") for entity in sorted(hows))
            else:
                namesakes.append((start, last_end, hows))
        if lone:
            self._name_lone_places(lone)
        return namesakes

    def _another_holder_after(self, entity: int, start: int, end: int, best) -> bool:
        """Say whether a post a person is known by is given to someone else after it: "The
        Mayor of Doncaster, Martin Winter," in a look back at 2009."""
        text = self.text
        if text[start : start + 4] not in ("the ", "The ") or not (
            holder := _HOLDER_AFTER.match(text, end)
        ):
            return False
        at = holder.start() + (2 if text[end] == "," else 1)
        if title := _TITLE_THEN.match(text, at):
            at = title.end()  # "The Mayor of Doncaster, Councillor Ros Jones,"
            if at not in best and not _GIVEN_THEN_SURNAME.match(text, at):
                return False  # "The Mayor of Doncaster, Ms Jones,": her surname, or not
        named = best.get(at)
        return named is None or entity not in (
            named[1] if isinstance(named[1], tuple) else (named[1],)
        )

    def _listed_phrase(self, start: int) -> bool:
        """Say whether a phrase that is no mention ("in Westminster") lists a body after
        another's name: "colleagues in Kensington and Chelsea and in Westminster"."""
        linked, text = self.linked, self.text
        if not linked or linked[-1][3] not in ("name", "acronym"):
            return False
        place = text.find(" ", start) + 1
        return (
            0 < place - start <= 5 and _LIST_GAP.fullmatch(text, linked[-1][1], place) is not None
        )

    def _name_lone_places(self, lone: list[int]) -> None:
        """Make a place that one body holds its name, listed with bodies or rated.

        "The London boroughs of Kensington and Chelsea, and Westminster" and "Ofsted
        rated Westminster outstanding" name Westminster City Council; "Westminster has
        failed" (the Commons) and "another Westminster experiment" do not. Elsewhere a
        place is no link (see _spans); and a place that is the seat of government
        ("now Westminster must help the council") is Parliament, no place for a
        description to follow, unless its possessive follows its body's name.
        """
        linked, text, givens = self.linked, self.text, self.givens
        dropped = []
        for k in lone:
            start, end, entity, _ = linked[k]
            begins = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
            after = _SENTENCE_END.search(text, end)
            ends = after.start() if after else len(text)
            # "Meanwhile in Solihull, the council was rated inadequate": a place still.
            if _RATED.search(text, begins, ends) and not text.endswith(_IN_PLACE, 0, start):
                linked[k] = (start, end, entity, "name")
                continue
            listed = any(
                0 <= j < len(linked)
                and linked[j][3] in ("name", "acronym")
                and linked[j][2] != entity
                and not givens[linked[j][2]]  # a body, not a person
                and _LIST_GAP.fullmatch(
                    text, *((linked[j][1], start) if j < k else (end, linked[j][0]))
                )
                for j in (k - 1, k + 1)
            )
            if listed:
                linked[k] = (start, end, entity, "name")
            elif (
                text[start:end] in _SEATS_OF_GOVERNMENT
                and not (
                    # "Westminster's cabinet member" after Westminster City Council's name
                    text.startswith(("'s", "’s"), end)
                    and any(
                        at < start and e == entity and how == "name" for at, _, e, how in linked
                    )
                )
                and not _sets_the_scene(text, start, end)  # "In Westminster, the council"
            ):
                dropped.append(k)
        for k in reversed(dropped):
            del linked[k]

    def _settle_namesakes(self, namesakes) -> None:
        """Give each namesake to the entity the text also names unambiguously."""
        if not namesakes:
            return
        linked = self.linked
        positions = self._mentions()
        for start, end, hows in namesakes:
            named = [entity for entity in hows if entity in positions]
            chosen = self._nearest(named, start, positions) or self._most_named(named, positions)
            if len(chosen) == 1:
                linked.append((start, end, chosen[0], hows[chosen[0]]))
            else:
                chosen = tuple(chosen or hows)
                self.unresolved.append((start, end, chosen))
            self._note(start, chosen)
        linked.sort()

    def _bracketed(self, short, contextual) -> list[tuple[int, int, int]]:
        """Return (opening, start, end) for each word in brackets that can be an acronym.

        A word there that is itself a short form or a description is none.
        """
        found = [
            (match.start(), match.start(1), match.end(1))
            for match in _DEFINITION.finditer(self.text)
            if _is_defined_acronym(match.group(1))
        ]
        if found:
            words = {where for _, where, _ in found}
            taken = words.intersection(map(_START, chain(short, contextual)))
            found = [word for word in found if word[1] not in taken]
        return found

    def _definitions(self, bracketed):
        """Yield (acronym, where, end, entity) for each acronym in brackets after a name.

        An acronym begins with the first letter of one of the name's words: "DONCASTER
        (PA) -", a news agency's dateline, defines nothing.
        """
        text, linked = self.text, self.linked  # in text order, so their ends are too
        for opening, where, end in bracketed:
            name_end = opening - 1 if text[opening - 1 : opening] == " " else opening
            i = bisect_right(linked, name_end, key=_END) - 1
            # A place names each body there, and defines none of their acronyms: in
            # "Doncaster (DCST)", DCST is still the trust.
            if i >= 0 and linked[i][1] == name_end and linked[i][3] != "place":
                name, letter = text[linked[i][0] : name_end].lower(), text[where].lower()
                if name.startswith(letter) or f" {letter}" in name or f"-{letter}" in name:
                    yield text[where:end], where, end, linked[i][2]

    def _occurrences(self, definitions: dict[str, list[tuple[int, int]]]):
        """Yield (start, end, entity) for each use of a defined acronym after its definition."""
        names = "|".join(re.escape(a) for a in sorted(definitions, key=len, reverse=True))
        # No look-behind: a pattern that starts with a literal is searched far faster.
        pattern = re.compile(rf"(?:{names})(?![^\W_])")
        first = min(where for found in definitions.values() for where, _ in found)
        text = self.text
        for match in pattern.finditer(text, first):
            if match.start() and text[match.start() - 1].isalnum():
                continue  # inside a word
            found = definitions[match.group()]
            i = bisect_left(found, (match.start() + 1,)) - 1
            if i >= 0:
                yield match.start(), match.end(), found[i][1]

    def _drop_others_acronyms(self, bracketed) -> None:
        """Unlink an acronym the text defines for a body no alias knows, from there on.

        "the Department for the Economy (DfE)" in Belfast is not the Department for
        Education, however often its "DfE" is quoted after; a known body's definition of
        the same acronym later takes it back.
        """
        text, linked = self.text, self.linked
        for opening, where, end in bracketed:
            i = bisect_right(linked, opening - 1, key=_END) - 1
            if i >= 0 and linked[i][1] >= opening - 1 and linked[i][3] != "place":
                continue  # a known body's name: _link_redefined_acronyms' to settle
            name = _UNKNOWN_NAME_BEFORE.search(text, max(0, opening - 80), opening)
            acronym = text[where:end]
            if name is None or not _abbreviates(acronym, name[0].split()):
                continue
            later = [
                start
                for _, start, _ in bracketed
                if start > where and text[start : start + len(acronym)] == acronym
            ]
            until = later[0] if later else len(text)
            self.linked = linked = [
                span
                for span in linked
                if not (where <= span[0] < until and text[span[0] : span[1]] == acronym)
            ]

    def _link_redefined_acronyms(self, best, bracketed, namesakes):
        """Link an acronym the text defines that is another body's alias; return the namesakes left.

        The text's definition outranks an editor's alias: once "Doncaster Children's
        Services Trust (DCST)" is written, "DCST" is that trust, however many other
        bodies have it as an alias.
        """
        definitions: dict[str, list[tuple[int, int]]] = {}
        for acronym, where, end, entity in self._definitions(bracketed):
            found = best.get(where)
            if found and found[0] == end and entity not in _entities_of(found[1]):
                definitions.setdefault(acronym, []).append((where, entity))
        if not definitions:
            return namesakes
        linked = self.linked
        added, dropped, settled = [], set(), set()
        # Each use replaces the other body's alias there; one inside a longer name
        # ("DCST Watch") is part of that name.
        for start, end, entity in self._occurrences(definitions):
            span = (start, end, entity, "defined")
            if (i := _overlapping(linked, start, end)) >= 0:
                if linked[i][:2] == (start, end):
                    linked[i] = span
                    # A place is one span per body that works there: keep one.
                    while i and linked[i - 1][:2] == (start, end):
                        i -= 1
                        dropped.add(i)
            elif (i := _overlapping(namesakes, start, end)) >= 0:
                if namesakes[i][:2] == (start, end):
                    added.append(span)
                    settled.add(i)
            else:
                added.append(span)
        if dropped:
            linked[:] = [span for i, span in enumerate(linked) if i not in dropped]
        if added:
            linked += added
            linked.sort()
        return [namesake for i, namesake in enumerate(namesakes) if i not in settled]

    def _link_defined_acronyms(self, best, bracketed) -> None:
        """Link an acronym the text defines after a name, as in "Trust (DCST)"."""
        definitions: dict[str, list[tuple[int, int]]] = {}
        for acronym, where, _, entity in self._definitions(bracketed):
            if where not in best:  # an alias links by the usual rules
                definitions.setdefault(acronym, []).append((where, entity))
        if not definitions:
            return
        occupied = self._occupied()
        linked = self.linked
        for start, end, entity in self._occurrences(definitions):
            if not occupied.hits(start, end):
                linked.append((start, end, entity, "defined"))
                self._note(start, (entity,))
        linked.sort()

    def _with_titles(self, short) -> list[tuple[int, int, frozenset[int]]]:
        """Add a title-widened copy of each short form: "Mr Gove" beats "Gove"."""
        text, titles, title_ends = self.text, self.titles, self.title_ends
        widened = []
        for candidate in short:
            start, negative_end, members = candidate
            widened.append(candidate)
            if start < 3 or text[start - 1] not in " \u00a0" or text[start - 2] not in title_ends:
                continue
            before = text[max(0, start - 13) : start - 1]
            word = before.rsplit(None, 1)[-1].lstrip("“‘\"'(")  # “Mr Cameron used us ...
            title = word.removesuffix(".")
            if title not in titles:
                continue
            begin = start - 1 - len(word)
            if begin and text[begin - 1].isalnum():
                continue
            if title in COUNCILLOR_TITLES and members.isdisjoint(self.councillors):
                self.mistitled[start] = ""  # a councillor of the name, not one of them
                continue
            if (
                title in _ACADEMIC_TITLES
                and members.isdisjoint(self.academics)
                and not self._given_title(begin, start, -negative_end)
            ):
                self.mistitled[start] = ""  # "Dr Cameron", a GP: not David Cameron
                continue
            sex = _TITLE_SEX.get(title)
            if sex is not None:
                fitting = frozenset(e for e in members if self.sexes[e] in ("", sex))
                if not fitting:
                    self.mistitled[start] = sex
                    continue
                if fitting != members:
                    members = fitting
                    widened[-1] = (start, negative_end, members)
                self.titled[begin] = sex
            widened.append((begin, negative_end, members))
        return widened

    def _link_dependent(self, candidates, tier: int, positions, wanted=frozenset()) -> None:
        """Link short forms (after an earlier full name) or contextual ones (named anywhere).

        Either goes to the candidate mentioned last before it; a contextual one whose
        candidates all come later goes to the one named most often.
        """
        if not positions:
            return
        timeline = None
        decided = len(self.linked), len(self.unresolved)  # what positions holds
        occupied = self._occupied()
        occupied_starts, occupied_ends, text = occupied.starts, occupied.ends, self.text
        candidates.sort()
        how = "short" if tier == _SHORT else "contextual"
        heads = self._unknown_heads(wanted, occupied, candidates) if tier == _CONTEXTUAL else {}
        near_kinds = _NAMED_JUST_BEFORE & wanted  # see _named_just_before()
        size = len(text)
        paragraphs = tier == _CONTEXTUAL and "\n" in text  # see _past_a_list()
        top = -1  # where a story's headline and standfirst end, if the text has both
        # (One character is found far faster than two: most texts are one paragraph.)
        if tier == _SHORT and "\n" in text and (first := text.find("\n\n")) != -1:
            top = text.find("\n\n", first + 2)
        cache: dict = {}
        most_named: dict = {}
        rivals: dict[int, list[tuple[int, str]]] = {}  # entity -> unknown namesakes' (start, sex)
        given_taken: set[int] = set()  # people whose given name alone names someone else
        # entity -> where a description last linked to it: a later one goes on meaning it,
        # whatever body was named before that description ("The council and the trust
        # are working together" in the mayor's words, then "..., the council said").
        described: dict[int, int] = {}
        elsewhere: dict[str, int] = {}  # kind -> descriptions that meant an unknown body
        last_end = 0
        i, total = 0, len(candidates)
        while i < total:
            start, negative_end, members = candidates[i]
            end = -negative_end
            i += 1
            while i < total and candidates[i][0] == start and candidates[i][1] == negative_end:
                members |= candidates[i][2]
                i += 1
            if start < last_end:
                continue
            j = bisect_left(occupied_starts, end) - 1  # occupied.hits(), inlined: it is hot
            if j >= 0 and occupied_ends[j] > start:
                continue
            if tier == _CONTEXTUAL and (
                (
                    text[start].isupper()
                    and (
                        self._inside_name(start)
                        or _ordinary_word(text, start, end)
                        or _indefinite(text, start, end)
                    )
                )
                or (
                    (
                        text[end : end + 1] == "-"
                        or (text[end + 1 : end + 3] in _COMPOUND_STARTS and text[end] == " ")
                    )
                    and _in_compound(text, end, start)
                )
                or (self.places and self._placed_elsewhere(end))
                # The words before another body's name: "the inspectorate Estyn".
                or (self.others and any(other == end + 1 for other, _ in self.others))
                or (text.endswith(" where ", 0, start) and text.endswith(_ANY_WHERE, 0, start))
                # "has earned the town's trust": confidence, not the trust
                or (
                    text.endswith("trust", 0, end)
                    and (
                        (
                            _after_word(text, start, _CONFIDENCE)  # not "learned the trust"
                            and not text.startswith(("'s", "’s"), end)  # "won the trust's"
                        )
                        or _PLACED_IN.match(text, end) is not None  # "the trust placed in you"
                    )
                )
            ):
                continue
            if len(members) == 1:
                (entity,) = members
                at = positions.get(entity)
                # A surname at the top, in a headline's or standfirst's shorthand, is the
                # person the story names in full below: "Gove orders independent trust";
                # not where the story says the surname alone before that ("Rogers and Webb
                # fire Rovers" over "Rogers' header ...": players of the name).
                chosen = [entity] if at and (at[0] < start or start < top) else []
                if (
                    chosen
                    and at[0] > start
                    and _said_alone(text, start, end, top, at[0])
                    and not self._given_name_before(start)
                ):
                    chosen = []
                if not chosen and tier == _SHORT and entity in rivals:
                    # "Jean Winterton ... Mrs Winterton": the namesake's, before the entity.
                    rivals[entity].append((start, self.titled.get(start, "")))
            elif tier == _SHORT or len(members) <= _FEW:
                chosen = self._nearest(members, start, positions)
            else:
                if timeline is None:
                    timeline = self._timeline(*decided)
                chosen = self._walk_back(members, start, timeline, cache)
            if paragraphs and len(chosen) == 1 and len(members) > 1:
                chosen = self._past_a_list(
                    chosen[0], members, start, positions, decided[0], described
                )
            if (
                tier == _CONTEXTUAL
                and text[start : start + 4] in ("our ", "Our ")
                and (
                    len(chosen) != 1 or self._speakers_body(members, start, decided[0]) != chosen[0]
                )
            ):
                continue  # "our council" is the speaker's: a known body's speaker's only
            if not chosen and tier == _CONTEXTUAL:
                if members not in most_named:
                    most_named[members] = self._most_named(members, positions)
                chosen = most_named[members]
            if tier == _CONTEXTUAL and len(members) > 1 and described and self.bodies:
                # "The trust will be funded by the council": the trust's own council.
                own = self._described_neighbour(members, start, described)
                chosen = [own] if own is not None else chosen
            defined = (
                self._defined_as(start, end)
                if tier == _CONTEXTUAL and self.defined != []  # [] once none are found
                else None
            )
            if defined is not None:
                # A judgment's or a contract's own term: "Birmingham Children's Trust ("the
                # Trust")" makes every later "the Trust" that body's, known or not, whatever
                # other body of the kind is named since.
                if defined not in members:
                    continue
                chosen = [defined]
            if not chosen:
                continue
            if (
                tier == _CONTEXTUAL
                and len(chosen) == 1
                and self.givens[chosen[0]]  # a person's post: "the chief inspector"
                and self._held_by_another(chosen[0], start, end, decided[0])
            ):
                continue
            # A surname's checks come once it could link: one before the full name
            # never does, and rivals named before the full name do not count, except a
            # councillor of the name: "Cllr Gareth Jones, who is deputy to Mayor Ros
            # Jones, ... said Cllr Jones".
            if (
                tier == _SHORT
                and text.startswith(_COUNCILLOR, start)
                and self._councillor_of_the_name(members, start, end)
            ):
                last_end = end  # nor the surname in it
                continue
            if tier == _SHORT and text[start].isupper():
                given = "" if start in self.mistitled else self._given_name_before(start)
                if (
                    given.lower() in _TOPOGRAPHY
                    or (start and text[start - 1] == "-")  # "Katharine Sacks-Jones"
                    or text.endswith(_PLACE_OF, 0, start)
                    or (text.startswith((", a ", ", the "), end) and _PLACE_AFTER.match(text, end))
                    or text.startswith(_FAMILY, end)  # "the Jones family"
                    or text.endswith(_NAMED_SO, 0, start)  # "not everyone called Rogers"
                    or (text.endswith(_IN_PLACE, 0, start) and _COUNTY_AFTER.match(text, end))
                    or (text.endswith(_FROM_PLACE, 0, start) and _IN_COUNTY.match(text, end))
                    or text.endswith(_STREET_BEFORE, 0, start)  # "Bucks Road, Douglas"
                ):
                    continue  # "Castle Hill", "the town of Nelson": a place, nobody's namesake
                misspelt = self._misspelt_given(given, start, chosen) if given else None
                titled = None  # a namesake's given name, where a title says one is meant
                if text[end : end + 1] in " ," and self._cited_namesake(chosen, end):
                    continue  # another author, who hides no later mention of the person
                if (
                    start in self.mistitled
                    or (given and misspelt is None)
                    or (not given and text.endswith(_ANOTHER, 0, start))
                    or (not given and _a_person_who(text, start, end))
                    # "Rovers have signed midfielder Jones": a calling no one known holds;
                    # "Mrs Jones, a retired nurse from Kimberworth," too.
                    # Not "face Gove": a calling is a word of its own ("ace Jones").
                    or (not given and _after_word(text, start, _CALLINGS))
                    or (
                        text.startswith(_APPOSITION_OPENINGS, end)
                        and _CALLING_AFTER.match(text, end) is not None
                        and self.givens[chosen[0]] != text[start:end].lower()  # not "Paul, a"
                    )
                    or (
                        len(chosen) == 1
                        and text.startswith(", ", end)
                        and self._deputy_to(chosen[0], start, end, decided[0])
                    )
                    or (titled := self._titled_namesake(members, start, end)) is not None
                    or (
                        text.startswith(_NO_RELATION, end)
                        and not _no_relation_to_a_namesake(text, start, end)
                    )
                ):
                    # Someone no alias knows who shares the surname: "Debbie Jones",
                    # "a different Flint", "Mrs Jones - no relation".
                    sex = self.mistitled.get(start, "") or _GIVEN_NAME_SEX.get(
                        (given or titled or "").lower(), ""
                    )
                    for entity in members:
                        rivals.setdefault(entity, []).append((start, sex))
                    continue
                if misspelt is not None:
                    start = misspelt  # "Micheal Gove" is Michael Gove, misspelt
                if _name_word_after(text, end):
                    # The first word of another name: "Douglas Alexander". A titled given
                    # name begins someone who may be meant by it later: "Sir Michael
                    # Marmot" leaves a later "Sir Michael" to nobody.
                    if _first_word(text, start) in GIVEN_NAME_TITLES:
                        for entity in members:
                            rivals.setdefault(entity, []).append((start, _GIVEN_RIVAL))
                    continue
                if len(chosen) == 1 and self.givens[chosen[0]] == text[start:end].lower():
                    # The given name alone: not where a Paul Smith is named too, nor
                    # after "Rosie, a social worker who asked for her surname not to be
                    # used", who is someone else.
                    if (
                        _SOMEONE_NEW.match(text, end)
                        or (
                            text[end : end + 1] == ","
                            and _NEW_BY_NOUN.search(text, max(0, start - 40), start)
                        )
                        or _introduced_before(text, text[start:end], positions[chosen[0]][0])
                    ):
                        given_taken.add(chosen[0])  # "A reader, Roy, emails to say"
                    # Nor after a title not hers: "Dame Rosie" before she was a dame.
                    before = text[max(0, start - 12) : start].split()
                    title = before[-1].rstrip(".") if before else ""
                    if (
                        chosen[0] in given_taken
                        or title in self.titles
                        or title in GIVEN_NAME_TITLES
                        or self._given_name_shared(chosen[0], text[start:end], start)
                    ):
                        continue
            if (
                rivals
                and len(chosen) == 1
                # "Mayor Jones" is the mayor, whichever councillor Jones spoke since, and
                # "Ros" is Ros Jones, whichever Eddie Jones.
                and not (
                    tier == _SHORT
                    and (
                        text.startswith("Mayor ", start)
                        or self.givens[chosen[0]] == text[start:end].lower()
                    )
                )
                and (
                    _rival_since(
                        chosen[0],
                        start,
                        # "Cllr Perry" after "Dr Anne Perry": a title says she is no
                        # councillor, and hides him no more.
                        _untitled_rivals(chosen[0], rivals, text)
                        if (councillor := self._councillor_titled(chosen[0], start))
                        else rivals,
                        positions,
                        text,
                        self.titled.get(start, ""),
                    )
                    or (
                        councillor is not False
                        and _councillor_rival(chosen[0], start, rivals, text)
                    )
                )
            ):
                continue
            if tier == _CONTEXTUAL and heads and _said_by_unknown(text, start, end, heads):
                insort(self.meant_other, start)  # "Outwood said the trust would appoint"
                continue
            if (
                heads
                and len(chosen) == 1
                and defined is None
                and (
                    (
                        named_since := self._named_since(
                            chosen[0], start, end, heads, positions, decided[0]
                        )
                        and described.get(chosen[0], -2)
                        < max(_last_before(heads, start, end, text), self.asides.get(start, -1))
                        # "The trust in Doncaster" is Doncaster's, whatever was named since.
                        and not (
                            text.startswith(_PLACING, end)
                            and self._placed_by(members, end, decided[0])
                        )
                    )
                    or (
                        tier == _CONTEXTUAL
                        and self._anothers_headline(chosen[0], start, end, heads)
                    )
                )
                and not self._spoken_for(chosen[0], start, end, heads, decided[0], described)
                and not self._holder_after(chosen[0], end, decided[0])
            ):
                kind = _head(text[start:end])
                elsewhere[kind] = elsewhere.get(kind, 0) + 1
                insort(self.meant_other, start)
                if named_since and _THERE.match(text, end):
                    self.meant_there.add(start)  # "The council there has reported"
                continue
            if (
                elsewhere
                and len(chosen) == 1
                and tier == _CONTEXTUAL
                and defined is None
                and self._about_another(chosen[0], start, end, elsewhere)
                # The mayor's "The council and the trust have worked hand in hand" is hers.
                and not self._spoken_for(chosen[0], start, end, heads, decided[0], described)
            ):
                continue
            if (
                heads
                and len(chosen) == 1
                and not self.givens[chosen[0]]
                and self._named_only_as_a_career(chosen[0], start, positions)
                and _last_before(heads, start, end, text) >= 0
            ):
                # "Sir Derek Myers, a former chief executive of Kensington and Chelsea"
                # in Rotherham's story: "the council" is Rotherham's, no alias's.
                continue
            if (
                tier == _CONTEXTUAL
                and self.places
                and _THERE.match(text, end)
                and self._placed_since(chosen, start, positions)
            ):
                continue
            if (
                near_kinds
                and (kind := text[text.rfind(" ", start, end) + 1 : end]) in near_kinds
                and not self._named_just_before(chosen, start, end, positions, kind, decided[0])
            ):
                continue
            # Checked last, as few candidates get this far: they are the few that link.
            if (
                tier == _CONTEXTUAL
                and end + 2 < size
                and text[end] == " "
                and (text[end + 1].isupper() or text[end + 2].isupper())  # "the firm iMPOWER"
                and self._named_at(end + 1, decided[0])
            ):
                continue  # "the consultancy iMPOWER": the name is the mention
            if tier == _CONTEXTUAL and len(chosen) == 1:
                placed = []
                if len(members) > 1 and text.startswith(_PLACING, end):
                    # "The council in Doncaster": Doncaster's, whoever was named last or
                    # whoever speaks.
                    placed = self._placed_by(members, end, decided[0])
                    chosen = placed or chosen
                if len(members) > 1 and self.bodies and not placed:
                    # "Roy Perry said: “The association has warned ...”": his own, the
                    # LGA, though the ADCS was named last.
                    own = self._speakers_body(members, start, decided[0])
                    # A body the story has yet to name is not one a reader thinks of.
                    if own is not None and positions[own][0] < start:
                        chosen = [own]
                if (
                    text[start].isupper()  # a sentence's subject, as appositions follow
                    and len(members) > 1
                    and (named := self._named_after(members, end, decided[0]))
                ):
                    chosen = named  # "The association representing directors, the ADCS,"
                if text.endswith(_JOINING, 0, start) and self._joined_to(
                    chosen[0], start, decided[0]
                ):
                    # "the ADCS and the association": another association, if one was named.
                    chosen = self._nearest(members - {chosen[0]}, start, positions)
                    if not chosen:
                        continue
            last_end = end
            if len(chosen) > 1:
                self.unresolved.append((start, end, tuple(chosen)))
            else:
                self.linked.append((start, end, chosen[0], how))
                described[chosen[0]] = start
            if tier == _SHORT:
                # A later surname shared by two people goes to the one named last.
                self._note(start, chosen)
        self.linked.sort()

    def _spoken_for(
        self, entity: int, start: int, end: int, heads, decided: int, described
    ) -> bool:
        """Say whether someone who holds a post at the body spoke for it in this sentence.

        "Mayor Ros Jones told LGC that the council would work with the commissioner" is
        Doncaster's council, though Birmingham City Council was named since: the mayor
        speaks for her own, and so in the quotation she opens ("Ros Jones said: “We are
        proud. The council ...”"). A body speaks so for the others of its place: "A
        spokesman for Doncaster Council said: “We share responsibility with the Trust”",
        and so does a description of it: "The trust's contract with the council". Not
        when another body of the kind comes between ("Ros Jones said Birmingham City
        Council and the council ...").
        """
        bodies = self.bodies
        if not bodies:
            return False
        text = self.text
        since = _last_before(heads, start, end, text)
        if (
            since >= 0
            and text.find("\n", since, start) == -1
            and not _SENTENCE_END.search(text, since, start)
        ):
            # The other body opened this very sentence: "Doncaster Culture and Leisure
            # Trust will close pools after Doncaster Council cut its grant, the trust said."
            return False
        if since >= 0 and self._of_its_place(entity, since):
            # The other body is of the speaker's own place: "The Dome will be run by
            # Doncaster Culture and Leisure Trust. Ros Jones said: “The trust will ...”".
            # Only someone who holds a post at the entity speaks for it then: "Paul Moffat
            # told the meeting the trust would report monthly" is his trust.
            return self._said_by_one_of(entity, start, since, decided, self.posts)
        for other, at in described.items():
            if (
                since < at < start
                and entity in bodies.get(other, ())
                and text.find("\n", at, start) == -1
                and _SENTENCE_END.search(text, at, start) is None
            ):
                return True
        if self._says_after(entity, start, decided):
            return True
        return self._said_by_one_of(entity, start, since, decided, bodies)

    def _said_by_one_of(self, entity: int, start: int, since: int, decided: int, held) -> bool:
        """Say whether someone named after since, earlier in the description's sentence or
        in the quotation it is in, speaks for the entity: held maps each speaker to the
        bodies they speak for (self.bodies), or only those they hold a post at (self.posts).
        """
        text, linked = self.text, self.linked
        k = bisect_left(linked, (start,), 0, decided) - 1
        while k >= 0 and linked[k][0] > since:
            span_start, span_end, speaker, how = linked[k]
            if not _speaks_at(text, span_end, start):
                return False
            if (
                how != "place"
                and entity in held.get(speaker, ())
                and not text.endswith(_COMPARING, 0, span_start)  # "Unlike Doncaster's trust"
            ):
                return True
            k -= 1
        return False

    def _says_after(self, entity: int, start: int, decided: int) -> bool:
        """Say whether the quotation a description is in is said by someone of the body.

        "“The trust has learned that the relationship with the council is
        everything,” Mr Douglas said." names its speaker after it.
        """
        text = self.text
        paragraph = text.rfind("\n", 0, start) + 1
        if not _quoting(text, paragraph, start):
            return False
        ends = [at for at in (text.find('"', start), text.find("”", start)) if at != -1]
        close = _QUOTATION_CLOSE.match(text, min(ends)) if ends else None
        if close is None or text.find("\n", start, close.start()) != -1:
            return False
        at = close.end()
        linked = self.linked
        k = bisect_left(linked, (at,), 0, decided)
        if k == decided or linked[k][0] != at:
            return False
        speaker, speaker_end = linked[k][2], linked[k][1]
        return (close.group(1) is not None or _SAID.match(text, speaker_end) is not None) and (
            entity in self.bodies.get(speaker, ())
        )

    def _described_neighbour(self, members, start: int, described) -> int | None:
        """Return the one candidate of the place of a body described in the sentence.

        "The trust will be funded by the council" is the trust's own council, whichever
        council a paragraph before was about.
        """
        text, bodies = self.text, self.bodies
        for other, at in described.items():
            if (
                at < start
                and text.find("\n", at, start) == -1
                and _SENTENCE_END.search(text, at, start) is None
                and len(mine := members & bodies.get(other, frozenset())) == 1
            ):
                return next(iter(mine))
        return None

    def _placed_by(self, members, end: int, decided: int) -> list[int]:
        """Return the candidate whose place follows a description ("in Doncaster"), if any."""
        after = _PLACED_BY.match(self.text, end)
        if after is None:
            return []
        linked = self.linked
        k = bisect_left(linked, (after.end(),), 0, decided)
        while k < decided and linked[k][0] == after.end():
            if linked[k][2] in members:
                return [linked[k][2]]
            k += 1
        return []

    def _named_after(self, members, end: int, decided: int) -> list[int]:
        """Return the candidate an apposition names after a description, if any.

        "The association representing directors of children's services, the ADCS, said"
        is the ADCS, whichever association was named before. Only a capitalised
        description, a sentence's subject, is looked at: checking every description
        cost find() 1.7% more instructions on generated news.
        """
        text, linked = self.text, self.linked
        k = bisect_left(linked, (end,), 0, decided)
        if k < decided and linked[k][2] in members and linked[k][3] != "place":
            gap = _APPOSITION.fullmatch(text, end, linked[k][0])
            if gap is not None and text.startswith(",", linked[k][1]):
                return [linked[k][2]]
        return []

    def _held_by_another(self, entity: int, start: int, end: int, decided: int) -> bool:
        """Say whether a description of a person's post means another holder, or another post.

        "The chief inspector of prisons" and "the Mayor of London" are other posts; "the
        prime minister, Tony Blair," and "Tony Blair, the prime minister at the time," name
        another holder. "The Mayor, Ros Jones," and "Ros Jones, the Mayor," are hers; in
        "Ros Jones is the mayor" and "elected as the mayor" the post is said, not its holder.
        A story about the city region's mayor leaves "the mayor" alone throughout.
        """
        text, linked = self.text, self.linked
        if (
            (
                text.startswith(" of ", end)
                and _OF_A_PLACE.match(text, end + 4)
                # "the chief inspector of Ofsted" is his own post
                and not self._linked_at(end + 4, self.posts.get(entity, ()), decided)
            )
            or (text.startswith(" for ", end) and text[end + 5 : end + 6].isupper())
            or (
                text.endswith(_PREDICATIVE, 0, start)
                and not (text.endswith(" as ", 0, start) and _AS_WHILE.match(text, end))
            )
            or text.endswith(_ANOTHER_TIME, 0, start)  # "the next HMCI"
            or text.startswith(_AT_ANOTHER_TIME, end)  # "The mayor at the time"
        ):
            return True  # "the Secretary of State for Health", not "... for assurances"
        # "The mayor then, Peter Davies of the English Democrats, said": the holder then.
        named = end + 5 if text.startswith(" then,", end) else end
        if holder := _HOLDER_AFTER.match(text, named):
            at = holder.start() + (2 if text[named] == "," else 1)
            k = bisect_left(linked, (at,), 0, decided)
            return not (k < decided and linked[k][0] == at and linked[k][2] == entity)
        if text[start].isupper() and _SURNAME_AFTER.match(text, end):
            # A title before another's surname: "HMCI Oliver is right", years after Wilshaw.
            k = bisect_left(linked, (end + 1,), 0, decided)
            return not (k < decided and linked[k][0] == end + 1 and linked[k][2] == entity)
        # "David Miliband, the Labour leader's brother,": the post's holder is another.
        if text.endswith(", ", 0, start) and not text.startswith(("'s ", "’s "), end):
            k = bisect_left(linked, (start,), 0, decided) - 1
            if k >= 0 and linked[k][1] == start - 2:
                if linked[k][2] != entity and self.givens[linked[k][2]]:
                    return True
            else:
                holder = _HOLDER_BEFORE.search(text, max(0, start - 40), start)
                if (
                    holder is not None
                    and holder[1] not in _OPENING_WORDS
                    # a broadcaster, no holder: "Speaking to BBC Radio Sheffield, the Mayor"
                    and holder[1] not in _BROADCASTERS_WORDS
                    and not text.endswith(_PLACE_PREPOSITIONS, 0, holder.start())
                ):
                    return True
        if self._holder_named_before(entity, start, end, decided):
            return True
        # A story that names another post of the name leaves the bare post to an editor,
        # unless the other post comes later and the person was named a paragraph or two
        # before: "Ms Jones said: ... The Mayor said" before "South Yorkshire's metro mayor".
        post = _OTHER_POSTS.get(text[max(start, text.rfind(" ", start, end) + 1) : end].lower())
        if post is None or (other := post.search(text)) is None:
            return False
        if other.start() < start:
            return True
        k = bisect_left(linked, (start,), 0, decided) - 1
        while k >= 0 and linked[k][2] != entity:
            k -= 1
        return k < 0 or text.count("\n\n", linked[k][1], start) > 2

    def _holder_after(self, entity: int, end: int, decided: int) -> bool:
        """Say whether the description's post is given to someone who holds one at the
        entity: "The trust's chief executive, Paul Moffat," is Doncaster's trust."""
        if (post := _POST_THEN_HOLDER.match(self.text, end)) is None:
            return False
        linked = self.linked
        k = bisect_left(linked, (post.end(),), 0, decided)
        return (
            k < decided
            and linked[k][0] == post.end()
            and entity in self.posts.get(linked[k][2], ())
        )

    def _linked_at(self, at: int, entities, decided: int) -> bool:
        """Say whether a name decided before links one of the entities at `at`."""
        linked = self.linked
        k = bisect_left(linked, (at,), 0, decided)
        return k < decided and linked[k][0] == at and linked[k][2] in entities

    def _holder_named_before(self, entity: int, start: int, end: int, decided: int) -> bool:
        """Say whether the story gave the post to another holder since the person.

        "The then chief inspector, Christine Gilbert, warned ... The chief inspector told
        MPs in 2010" is Gilbert again, whoever holds the post on the story's date; so is
        "Mayor John Biggs says he is ashamed." and, a paragraph on, "The mayor said".
        """
        text, linked = self.text, self.linked
        # Lowered ASCII-only, which keeps offsets: str.lower() makes "İ" two characters.
        post = text[start:end].translate(_ASCII_LOWER).removeprefix("the ")
        if self.lowered is None:
            self.lowered = text.translate(_ASCII_LOWER)
        lowered = self.lowered
        occurrence = lowered.rfind(post, 0, start)
        for _ in range(HOLDER_LOOKBACK):
            if occurrence < 0:
                return False
            if (
                # "the Deputy Mayor, Mark Douglas" holds another post; "the council's former
                # mayor, Peter Davies," no longer holds it: "the mayor" after him is hers.
                not lowered.endswith(_LESSER_POST, 0, occurrence)
                and not lowered.endswith(_FORMER, 0, occurrence)
                and (holder_at := self._holder_at(occurrence, len(post))) >= 0
            ):
                break
            occurrence = lowered.rfind(post, 0, occurrence)
        else:
            return False
        # The holder is someone else ("Mayor Ros Jones" is hers), not named since.
        k = bisect_left(linked, (min(holder_at, occurrence) - 40,), 0, decided)
        return not any(
            span[2] == entity and (span[1] > holder_at or span[0] >= occurrence)
            for span in linked[k:decided]
            if span[0] < start
        )

    def _holder_at(self, occurrence: int, length: int) -> int:
        """Return where the holder named beside a post's occurrence starts, or -1.

        "Mayor John Biggs", "the Mayor, Ros Jones," after it; "Nicky Morgan, the new
        education secretary" before it, in its paragraph.
        """
        text = self.text
        after = occurrence + length
        if of := _OF_PLACE_BEFORE_HOLDER.match(text, after):
            after = of.end()
        if holder := _HOLDER_AFTER.match(text, after):
            return holder.start() + (2 if text[after] == "," else 1)
        if text[occurrence].isupper() and _SURNAME_AFTER.match(text, after):
            return after + 1  # a title before the surname: "Mayor Biggs"
        paragraph = text.rfind("\n", 0, occurrence) + 1
        comma = text.rfind(", ", max(paragraph, occurrence - 30), occurrence)
        # Not "Sir Michael Wilshaw, backed the Prime Minister".
        between = text[comma + 2 : occurrence]
        if comma < 0 or not between.islower() or between.split()[0] not in _BEFORE_A_POST:
            return -1
        holder = _HOLDER_BEFORE.search(text, max(paragraph, comma - 40), comma + 2)
        return -1 if holder is None else holder.start()

    def _cited_namesake(self, chosen, end: int) -> bool:
        """Say whether a surname is cited as another author's: "(Hill et al., 2019)",
        "Hill, M. and Webb, S. (2014)", whose initials are not the person's."""
        text = self.text
        if text.startswith(" et al", end):
            return True
        initials = _CITED_INITIALS.match(text, end)
        return initials is not None and all(
            self.givens[entity][:1] != initials[1].lower() for entity in chosen
        )

    def _councillor_titled(self, entity: int, start: int) -> bool | None:
        """Say whether a councillor's title before a surname fits the entity: True for one
        who may be called "Cllr", None for one who may not, False for no such title."""
        text = self.text
        if not (text.startswith(_COUNCILLOR, start) or text.endswith(_COUNCILLOR, 0, start)):
            return False
        return True if entity in self.councillors else None

    def _given_title(self, begin: int, start: int, end: int) -> bool:
        """Say whether the story gave a surname's bearer an academic title before "Dr
        Gove": "Dr Michael Gove" or "Professor Gove" (a professor may be a doctor too). Whose
        it was, when a namesake's ("Professor Ray Jones"), _titled_namesake() says."""
        surname = re.escape(self.text[start:end])
        return (
            re.search(rf"\b(?:{_ACADEMIC})\.? (?:[A-Z][\w'’-]+ )*{surname}\b", self.text[:begin])
            is not None
        )

    def _titled_namesake(self, members, start: int, end: int) -> str | None:
        """Return the given name of a namesake named before with the title a surname has:
        "Prof Jones" after "Prof Ray Jones" is Ray, whatever Ros Jones was named between."""
        text = self.text
        if text[start] not in "PDRCJ":
            return None
        words = text[start:end].split()
        if len(words) < 2 or (title := _TITLE_GROUPS.get(words[0].rstrip("."))) is None:
            return None
        pattern = re.compile(rf"\b(?:{title})\.? ([A-Z][a-z]+)(?: [A-Z][a-z]+)* {words[-1]}\b")
        for found in pattern.finditer(text, 0, start):
            if all(self.givens[member] != found[1].lower() for member in members):
                return found[1]
        return None

    def _deputy_to(self, entity: int, start: int, end: int, decided: int) -> bool:
        """Say whether a surname is given a lesser form of a post the person was named with:
        "Councillor Jones, deputy mayor," after "Mayor Ros Jones" is another Jones."""
        lesser = _LESSER_POST_AFTER.match(self.text, end)
        if lesser is None:
            return False
        post = lesser[1].lower()
        return any(
            span[2] == entity and post in self.text[span[0] : span[1]].lower()
            for span in self.linked[:decided]
            if span[1] <= start
        )

    def _defined_as(self, start: int, end: int) -> int | None:
        """Return the body a description was defined as before it, or -1 for a body no
        alias knows, or None where the text defines no such term.

        Judgments and contracts name their parties once, with the term they use after:
        'Sheffield City Council ("the local authority")', 'Doncaster Children's Services
        Trust ("the Trust")'. The last definition before the description holds.
        """
        if self.defined is None:
            self.defined = []
            text, linked = self.text, self.linked
            if "(" in text:
                for match in _DEFINED_TERM.finditer(text):
                    if _inside_quotation(text, match.start()):
                        continue  # a direction's terms, quoted in a story, are not the story's
                    i = bisect_right(linked, match.start(), key=_END) - 1
                    named = linked[i] if i >= 0 else None
                    entity = named[2] if named and named[1] == match.start() else -1
                    if named and named[3] == "place":
                        entity = -1  # "Doncaster ("the town")" defines no body
                    term = match[1].lower().removeprefix("the ")
                    self.defined.append((match.start(), term, entity))
        if not self.defined:
            return None
        term = self.text[start:end].lower().removeprefix("the ")  # "Trust" in "The Trust"
        found = None
        for where, defined, entity in self.defined:
            if where >= start:
                break
            if defined == term:
                found = entity
        return found

    def _councillor_of_the_name(self, members, start: int, end: int) -> bool:
        """Say whether a councillor no alias knows was named with the surname before."""
        surname = self.text[start:end].rsplit(" ", 1)[-1]
        for found in _COUNCILLOR_AND_NAME.finditer(self.text, 0, start):
            if found[2] == surname and all(
                self.givens[entity] != found[1].lower() for entity in members
            ):
                return True
        return False

    def _named_at(self, at: int, decided: int) -> bool:
        """Say whether a name linked before this round starts at `at`."""
        linked = self.linked
        k = bisect_left(linked, (at,), 0, decided)
        return k < decided and linked[k][0] == at and linked[k][3] != "place"

    def _speakers_body(self, members, start: int, decided: int) -> int | None:
        """Return the one candidate body whose speaker says a description, if any.

        The speaker is someone named earlier in the description's sentence, or in the
        sentence that opens the quotation it is in, who holds a post at the body (or a
        body of the same place). A candidate named in between is the one returned.
        """
        text, linked, bodies = self.text, self.linked, self.bodies
        k = bisect_left(linked, (start,), 0, decided) - 1
        while k >= 0:
            span_start, span_end, speaker, how = linked[k]
            if not _speaks_at(text, span_end, start):
                return self._pronouns_body(members, start, k)
            if speaker in members and how != "place" and not self._career(span_start):
                return speaker  # named in between: the nearest is meant
            own = bodies.get(speaker, frozenset()) & members if how != "place" else ()
            if len(own) == 1:
                return next(iter(own))
            k -= 1
        return None

    def _pronouns_body(self, members, start: int, k: int) -> int | None:
        """Return the one candidate body of the person a pronoun saying it stands for.

        "Dave Hill, president of the ADCS, said the figures were stark. He said the
        association had written to the DfE": the person named last before the sentence,
        in its paragraph or the one before, is "He".
        """
        text = self.text
        says = _PRONOUN_SAYS.search(text, max(0, start - 160), start)
        if says is None:
            return None
        while k >= 0 and self.linked[k][0] >= says.start():
            k -= 1
        while k >= 0 and not self.givens[self.linked[k][2]]:
            if self.linked[k][2] in members:
                return None  # a candidate named since: the nearest is meant
            k -= 1  # other bodies named since are no "he"
        if k < 0 or text.count("\n", self.linked[k][1], says.start()) > 2:
            return None
        person = self.linked[k][2]
        if self.sexes[person] not in ("", _PRONOUN_SEX[says["pronoun"]]):
            return None
        own = self.bodies.get(person, frozenset()) & members
        return next(iter(own)) if len(own) == 1 else None

    def _joined_to(self, entity: int, start: int, decided: int) -> bool:
        """Say whether a description follows the entity's name and "and" ("the ADCS and")."""
        text = self.text
        joiner = text.rfind(" ", 0, start - 1)
        if not text[text.rfind(" ", 0, joiner) + 1 : joiner][:1].isupper():
            return False  # names end in a capitalised word: "the council and the trust"
        linked = self.linked
        k = bisect_left(linked, (start,), 0, decided) - 1
        return (
            k >= 0
            and linked[k][2] == entity
            and _JOINED.fullmatch(text, linked[k][1], start) is not None
        )

    def _past_a_list(
        self, entity: int, members, start: int, positions, decided: int, described
    ) -> list[int]:
        """Return the candidates a description means when the nearest was named in passing.

        Bodies named together ("between Westminster City Council, the Royal Borough of
        Kensington and Chelsea and ...") or as someone's employer ("Mark Rogers, chief
        executive of Solihull Council") set no scene beyond their paragraph: a reader
        takes a later "the council" for the council the story follows. So each candidate
        last named so, and not described since, is passed over there; the nearest of the
        rest, if any, is meant; else an employer is, and after a list the body named most
        (see _link_dependent).
        """
        text = self.text
        at = positions[entity]
        i = bisect_left(at, start) - 1
        last = at[i]
        if (
            (text.find("\n", last, start) == -1 and not _left_from(text, last))
            or described.get(entity, -1) > last
            or not self._in_passing_there(at, i, members, decided)
        ):
            return [entity]  # nearly always: checked before the other candidates
        rest = []
        for member in members:
            at = positions.get(member)
            i = bisect_left(at, start) - 1 if at else -1
            if i < 0:
                continue
            if (
                (text.find("\n", at[i], start) != -1 or _left_from(text, at[i]))
                and described.get(member, -1) < at[i]
                and self._in_passing_there(at, i, members, decided)
            ):
                continue
            rest.append(member)
        if rest:
            return self._nearest(rest, start, positions)
        # Named in passing, but the only body of the kind named so far: still the one meant.
        return [] if self._listed(last, members, decided) else [entity]

    def _in_passing_there(self, at: list[int], i: int, members, decided: int) -> bool:
        """Say whether a body named last at at[i] is named in passing in that paragraph.

        "The Local Government Association (LGA) said ... Councillor David Simmonds,
        chairman of the LGA's children and young people board, said" is the LGA's own
        paragraph, though it ends with the LGA as his employer.
        """
        opens = self.text.rfind("\n", 0, at[i]) + 1
        while i >= 0 and at[i] >= opens:
            if not self._aside(at[i], members, decided):
                return False
            i -= 1
        return True

    def _aside(self, at: int, members, decided: int) -> bool:
        """Say whether a body is named in passing: in a list, as an example ("in other
        areas, including Hackney and Kensington and Chelsea"), or as someone's employer."""
        text = self.text
        return (
            _named_as_employer(text, at)
            or self._listed(at, members, decided)
            or _EXAMPLE_BEFORE.search(text, max(0, at - 80), at) is not None
        )

    def _listed(self, at: int, members, decided: int) -> bool:
        """Say whether the span at `at` is named in a list beside another of the members."""
        linked = self.linked
        k = bisect_left(linked, (at,), 0, decided)
        if k == decided or linked[k][0] != at:
            return False
        for first, second in ((k - 1, k), (k, k + 1)):
            if first < 0 or second >= decided:
                continue
            a, b = linked[first], linked[second]
            if (
                a[2] != b[2]
                and a[2] in members
                and b[2] in members
                and _LIST_GAP.fullmatch(self.text, a[1], b[0])
            ):
                return True
        return False

    def _named_just_before(
        self, chosen: list[int], start: int, end: int, positions, kind: str, decided: int
    ) -> bool:
        """Say whether a lowercase description of a _NAMED_JUST_BEFORE kind means its body.

        "the department" may be the council's own ("a string of criticisms of the
        department", "inspectors said the department was improving"). A department named
        in the same sentence or the one before, in the same paragraph, is surely the one
        meant. Further on, it is the department named before, unless the story called
        something else "the department" before it named that one (then it goes on
        meaning the story's own department), or its sentence speaks of inspection.
        "the society" is only the Society named in its own sentence, or in the words of
        someone who holds a post there ("Mark Rogers, SOLACE's spokesman, said: “The
        society is clear ...”"), not "the society we live in" a sentence on.
        """
        if len(chosen) > 1:
            return True  # left for an editor anyway
        at = positions[chosen[0]]
        i = bisect_left(at, start) - 1
        if i < 0:
            return False
        text = self.text
        ends = len(_SENTENCE_END.findall(text, at[i], start))
        if text.find("\n", at[i], start) == -1 and ends <= (kind == "department"):
            return True
        if kind != "department":
            # "SOLACE, the Society ..., said ...\n\nThe society has called on ministers".
            opens = start == 0 or text[start - 1] == "\n" or text.endswith(". ", 0, start)
            if opens and _BODY_ACTS.match(text, end) and text.count("\n\n", at[i], start) <= 1:
                return True
            return self._speakers_body({chosen[0]}, start, decided) == chosen[0]
        if _OWN_DEPARTMENT.search(text, 0, at[0]) is not None:
            return False
        # A department whose inspection the sentence speaks of is the council's:
        # "Inspectors said the department was improving."; so is one its head speaks of,
        # and one others took over.
        begins = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
        if _DEPARTMENT_HEAD.search(text, begins, start) or text.endswith(_RUN_BY_OTHERS, 0, start):
            return False
        after = _SENTENCE_END.search(text, end)
        ends = after.start() if after else len(text)
        if (newline := text.find("\n", end, ends)) != -1:
            ends = newline
        return _INSPECTED.search(text, begins, ends) is None

    def _heads_the_story(self, entity: int) -> bool:
        """Say whether the entity is the first body or place the headline names.

        "Doncaster children's services back under council control after eight years" is
        about Doncaster's council, whatever the story says of Sheffield's first; "Bradford
        children's trust: New chief executive named as Doncaster takes its services back"
        is Bradford's.
        """
        headline = self.text.find("\n")
        first = next((at for at, _, other, _ in self.linked if other == entity), headline)
        if headline == -1 or first >= headline:
            return False
        return not any(at < first for at, _ in (*self.places, *self.others))

    def _anothers_headline(self, entity: int, start: int, end: int, heads) -> bool:
        """Say whether a description is of the body of its kind the headline names first.

        "Sandwell Children's Trust 'further behind than Doncaster was' says new boss" is
        Sandwell's story: "The trust formally took over" is its trust, not Doncaster's,
        though the standfirst named that last; but not in a paragraph that names the
        entity ("Doncaster, where the trust was set up in 2014").
        """
        text = self.text
        headline = text.find("\n")
        if headline == -1 or start < headline or text.count(" ", start, end) > 1:
            return False  # "the children's services trust" says which
        kind = _head(text[start:end])
        first = next(
            (
                at
                for at in heads.get(kind, ())
                if at < headline
                # A place may be where it happened, unless it names its body: "Bradford
                # trust chief on the long road ahead".
                and (at not in self.other_places or _kind_after(text, at, kind))
                and _names_its_kind(text[at:headline], kind)
            ),
            None,
        )
        if first is None or text.find(". ", 0, headline) != -1:
            return False  # a headline is one sentence
        opens, closes = text.rfind("\n", 0, start) + 1, _paragraph_end(text, start)
        # Its place in the headline is no name of it: "'We don't want Doncaster's story
        # to be ours': Bradford trust chief on the long road ahead".
        return not any(
            (at < first and how != "place") or opens <= at < closes
            for at, _, other, how in self.linked
            if other == entity
        )

    def _about_another(self, entity: int, start: int, end: int, elsewhere) -> bool:
        """Say whether the story is about an unknown body of the description's kind.

        A story about the hospital trust says "the trust" of it again and again; the
        children's services trust it names once in passing is not what "Inspectors also
        visited the trust's maternity services" means. ABOUT_ANOTHER descriptions that
        meant an unknown body, and at least twice as many as the entity's names and
        descriptions so far, make it so, unless the entity was named in the paragraph.
        """
        meant = elsewhere.get(_head(self.text[start:end]), 0)
        if meant < ABOUT_ANOTHER or self.text.count(" ", start, end) > 1:
            return False  # "the children's services trust" says which
        text = self.text
        if self._heads_the_story(entity):
            return False
        others = self.meant_other
        if others and text.find("\n", others[0], others[-1]) == -1:
            return False  # described in one paragraph, an aside: "The council there ..."
        named = [  # names and descriptions so far: "Doncaster" alone is no name, except
            at  # where it sets the scene: "In Doncaster, the council and the trust"
            for at, at_end, other, how in self.linked
            if at < start
            and other == entity
            and (how != "place" or _sets_the_scene(text, at, at_end))
        ]
        if named and self.text.find("\n", max(named), start) == -1:
            return False  # named in its paragraph: "City of Doncaster Council ... The council's"
        return meant >= 2 * len(named)

    def _names_childrens(self, at: int) -> bool:
        """Say whether an unknown body at `at` may be called "the children's trust": a
        place standing for its body, or a name with "Children" before its kind's word."""
        if at in self.other_places:
            return True
        name = self.text[at : min(_paragraph_end(self.text, at), at + 120)]
        return "hildren" in _TRUST_WORD.split(name, 1)[0]

    def _named_since(
        self, entity: int, start: int, end: int, heads, positions, decided: int
    ) -> bool:
        """Say whether an unknown body of the same kind is what a description refers to.

        A reader takes "the trust" for the trust named or placed last, even one no alias
        knows: so it is not the entity when such a trust came after the entity's last
        mention before it. A description chosen for the body the text is most about,
        named only later, is a guess beside any trust no alias knows, before or after.
        A place sets the scene for its own paragraph, a name beyond it: after "Sandwell
        Children's Trust follows the model first used in Doncaster.", "the new trust"
        in the next paragraph is Sandwell's. So does a list of such bodies ("Good:
        Kirklees Council, Leeds City Council"). Beyond its paragraph a place stands
        for a trust only where that paragraph speaks of one: after "In Rotherham,
        commissioners were sent in.", "The trust" a paragraph on is the trust named
        before (see _stands_for_kind).
        """
        unknown = heads.get(_head(self.text[start:end]))
        if unknown and self.text.endswith(("council", "local authority"), start, end):
            # No one calls a combined or police authority "the council".
            unknown = [at for at in unknown if not _NO_COUNCIL.match(self.text, at)]
        if unknown and self.text.find("children", start, end) != -1:
            # Nor a hospital trust "the children's trust".
            unknown = [at for at in unknown if self._names_childrens(at)]
        if not unknown:
            return False
        j = bisect_left(unknown, start) - 1
        at = positions[entity]
        i = bisect_left(at, start) - 1
        if i < 0:  # named only later: any body of the kind may be meant
            return j >= 0 or any(other not in self.other_places for other in unknown)
        if entity in self.only_placed and j >= 0 and unknown[j] < start:
            # Only its place was named, beginning other names ("Doncaster Council"):
            # "Doncaster Culture and Leisure Trust ... the trust" is the leisure trust.
            return True
        if self._in_anothers_story(unknown, at, i, start):
            return True
        text, listed, others = self.text, self.listed, self.other_places
        # A comparison names no scene: "Unlike Doncaster Children's Services Trust, ...
        # Together for Children remains owned by the council" is Sunderland's, and "the
        # council may look at a trust, like the one set up in Doncaster" North East
        # Lincolnshire's.
        while (
            i >= 0
            and j >= 0
            and at[i] > unknown[j]
            and _compared(text, at[i])
            and not _in_where_clause(text, at[i], start)  # "Unlike Doncaster, where the"
        ):
            i -= 1
        if i < 0:
            return True
        kind = _head(text[start:end])
        # "the Royal Borough" is one of the few so named: no other borough is meant by it.
        royal = text[start:end].lower().endswith("royal borough")
        while (
            j >= 0
            and (royal or text.find("\n", unknown[j], start) != -1)
            and (
                (royal and not text.startswith("Royal Borough", unknown[j]))
                or unknown[j] in listed
                or (unknown[j] in others and not _stands_for_kind(text, unknown[j], kind))
                or (
                    _named_as_employer(text, unknown[j])
                    and not _described_in_its_paragraph(text, unknown[j], kind)
                )
                or self._in_passing(entity, unknown, j, at, i, start, decided)
            )
        ):
            j -= 1
        places = self._places_named()
        if j >= 0:
            # The entity's place after a preposition is where something happened, no
            # mention of its trust: "Sandwell Children's Trust, which followed the model
            # first used in Doncaster, ... the Trust" is Sandwell's. A place stands for
            # its council by itself (see _stands_for_kind), except beside another place:
            # "Sheffield City Council, which borders Doncaster, said the council".
            # So is a place where something happened in the paragraph of the other body:
            # "Bradford's chief executive said: “We have looked closely at the
            # experience in Doncaster ... the council will have to work with this one.”"
            if kind == "trust":
                beside = _INCIDENTAL_BEFORE_KNOWN
            elif text.find("\n", unknown[j], start) == -1:
                beside = _BESIDE_OR_INCIDENTAL
            else:
                beside = _BESIDE
            while (
                i >= 0
                and at[i] > unknown[j]
                and at[i] in places
                and self._incidental(at[i], beside)
                and not _in_where_clause(text, at[i], start)
                # "neighbouring Doncaster, where Michael Gove stripped the council", in
                # its paragraph; not a paragraph on, in Rotherham's story.
                and (
                    kind == "trust"
                    or text.find("\n", at[i], start) != -1
                    or not _WHERE.match(text, _ALNUM_RUN.match(text, at[i]).end())
                )
            ):
                i -= 1
            if i < 0:
                return True
        # At the same start, the entity's place begins the unknown body's name ("Doncaster
        # Culture and Leisure Trust"): the body is what the text names there.
        if j >= 0 and unknown[j] >= at[i]:
            return True
        if at[i] not in places or text.find("\n", at[i], start) == -1:
            return False
        # The entity was last placed in a paragraph before: was a body named since its
        # last name, or its last place in this paragraph?
        while i >= 0 and at[i] in places and text.find("\n", at[i], start) != -1:
            i -= 1
        while j >= 0 and unknown[j] in others and text.find("\n", unknown[j], start) != -1:
            j -= 1
        return j >= 0 and (i < 0 or unknown[j] >= at[i])

    def _in_anothers_story(self, unknown: list[int], at: list[int], i: int, start: int) -> bool:
        """Say whether the entity was named in passing in a story about another such body.

        "Sandwell Children's Trust went live today. ..." and a paragraph of background
        ("Doncaster's trust was rated good in 2017") leave "the trust" two paragraphs on
        to Sandwell's: the story opened with that trust (or its place), and named the
        entity in one paragraph only, or in fewer paragraphs than it named that trust
        (Birmingham's trust's story, with Doncaster's as the model in three). See
        _in_passing for the other way round. A paragraph on, see _after_an_aside.
        """
        text = self.text
        named = at[: i + 1]
        later = i + 1 < len(at)  # the entity is named again after the description
        # Where it happened or someone came from is no mention: "a long way from Doncaster".
        places = self._places_named()
        at = [at_ for at_ in named if at_ not in places or not self._incidental(at_)]
        # Nor is someone's post there: "Cambridgeshire director to lead Doncaster trust".
        unknown = [
            at_
            for at_ in unknown
            if not (_named_as_employer(text, at_) or _PLACE_THEN_POST.match(text, at_))
        ]
        if not named or not unknown:
            return False
        if (
            not later
            and unknown[0] < named[0]
            and len(_PARAGRAPH_BREAK.findall(text, named[-1], start)) == 1
            and self._after_an_aside(unknown, named, start)
        ):
            self.asides[start] = _paragraph_end(text, named[-1])
            return True
        if not at:
            return False
        i = len(at) - 1
        if unknown[0] >= at[0] or len(_PARAGRAPH_BREAK.findall(text, at[i], start)) < 2:
            return False
        if text.find("\n", at[0], at[i]) == -1:
            self.asides[start] = _paragraph_end(text, at[i])
            return True
        breaks = [found.start() for found in _PARAGRAPH_BREAK.finditer(text, 0, start)]
        own = {bisect_left(breaks, at_) for at_ in at}
        others = {bisect_left(breaks, at_) for at_ in unknown if at_ < start}
        return len(own) < len(others)

    def _after_an_aside(self, unknown: list[int], at: list[int], start: int) -> bool:
        """Say whether a description a paragraph on follows an aside on the entity.

        "Peterborough City Council has been freed from a Government notice." and "The
        Department for Education said the authority had made progress.", then a paragraph
        on Doncaster's council losing its children's services (named there only, and not
        again), then "The council's director of children's services, Malcolm Newsam,
        said": the story is back with the council it opened with, named or described in
        two paragraphs or more before the aside.
        """
        text = self.text
        if text.find("\n", at[0], at[-1]) != -1:
            return False  # the entity's mentions are more than one paragraph
        aside = text.rfind("\n", 0, at[0])
        before = [at_ for at_ in (*unknown, *self.meant_other) if at_ < aside]
        breaks = [found.start() for found in _PARAGRAPH_BREAK.finditer(text, 0, aside)]
        return len({bisect_left(breaks, at_) for at_ in before}) >= 2

    def _in_passing(
        self, entity: int, unknown: list[int], j: int, at: list[int], i: int, start: int, decided
    ) -> bool:
        """Say whether an unknown body was a passing mention in a story about the entity.

        "A spokesman for the hospitals trust said it would work with the new
        organisation", in a story that named or described Doncaster's trust three times
        before, leaves "the trust" two paragraphs on to Doncaster's: the story has gone
        back to its own. That is when two paragraph breaks or more separate it from the
        description (and so any such body named since: see _named_since).
        """
        text, other = self.text, unknown[j]
        # A quotation running on into the next paragraph is one speaker's, no break, when
        # the body was named outside it: "Sheffield City Council's leader, Helen Marsh,
        # said", then her words, is Sheffield's throughout; Caroline Flint's "they've told
        # Slough", and then "The council did not ask for the trust", is not.
        inside = _inside_quotation(text, other)
        breaks = sum(
            1
            for found in _PARAGRAPH_BREAK.finditer(text, other, start)
            if inside or not _quote_runs_on(text, found.start(), found.end())
        )
        if breaks == 1 and self._aside_on(entity, unknown, other, decided):
            return True
        named = bisect_left(at, other, 0, i + 1)
        if named < _SALIENT:  # this round's descriptions of it count too
            described = self.linked[decided:]
            named += sum(1 for span in described if span[2] == entity and span[0] < other)
        if named < _SALIENT:
            return False
        # A body whose name is not of its kind ("Achieving for Children") is seldom "the
        # trust" a paragraph on, in a story about another.
        return breaks >= 2 or (breaks == 1 and self._named_otherwise(other))

    def _aside_on(self, entity: int, unknown: list[int], other: int, decided: int) -> bool:
        """Say whether a paragraph on another body is an aside in a story about the entity.

        "Rotherham Council ... The council there has reported ...", a paragraph of its own
        in a story that named Doncaster's trust and council before, is one: "The council
        has agreed to underwrite the trust's deficit" a paragraph on is Doncaster's again.
        So bodies of that kind are named or described in that paragraph only, up to it,
        one of them as "there", where the story is not; and the entity or a body of its
        place was named twice or more before it.
        """
        text = self.text
        opens = text.rfind("\n", 0, other) + 1
        if opens == 0 or any(at < opens for at in (*unknown, *self.meant_other)):
            return False  # the story's first paragraph is no aside
        if not any(at >= opens for at in self.meant_there) and (
            # Or named in passing, to compare, and not described: "Barnsley Council is
            # facing similar pressures and has set aside £6m."
            any(at >= opens for at in self.meant_other)
            or not _ALSO.search(text, other, _paragraph_end(text, other))
        ):
            return False
        own = {entity, *self.bodies.get(entity, ())}
        linked = self.linked
        named = linked[: bisect_left(linked, (opens,), 0, decided)]
        return sum(1 for span in named if span[2] in own and span[3] != "place") >= ASIDE_NAMED

    def _named_otherwise(self, at: int) -> bool:
        """Say whether a body known by name at `at` has a name that is not of its kind.

        An acronym stands for a name that may well be: "RDaSH" is a trust's.
        """
        text = self.text
        for start, end in self.others:
            if start == at:
                name = text[start:end]
                if " " not in name and sum(map(str.isupper, name)) >= 2:
                    return False
                return _same_kind(normalise(name).split()[-1]) != _head(name)
        return False

    def _incidental(self, start: int, words: frozenset[str] = _INCIDENTAL_BEFORE_KNOWN) -> bool:
        """Say whether a place is where something happened: after "in", "on", "from" ...

        Not where it opens its sentence and sets the scene: "Back in Doncaster, the trust".
        """
        clause = self.text[max(0, start - 60) : start]
        cut = max(clause.rfind(". "), clause.rfind("\n"), clause.rfind("“"), clause.rfind('"'))
        before = clause[cut + 1 :].split()
        if before[-2:] in (["Unlike", "the"], ["Like", "the"]) or (
            len(before) > 3 and before[-1] == "the"
        ):
            before.pop()  # "set up on the Doncaster model", "Unlike the Doncaster model"
        if before and before[-1] in ("Unlike", "Like"):
            return True  # a comparison sets no scene: "Unlike Doncaster's, it is to"
        return len(before) > 2 and before[-1] in words

    def _placed_elsewhere(self, end: int) -> bool:
        """Say whether a description is placed by a place whose body no alias knows.

        "The council in Northamptonshire" and "the trust for Slough" are those places'
        bodies, whatever the text named before; "the council in Doncaster" is not placed
        elsewhere, as an alias holds Doncaster, nor "the council in Leeds Road".
        """
        after = _PLACED_BY.match(self.text, end)
        if after is None:
            return False
        places, text = self.places, self.text
        i = bisect_left(places, (after.end(),))
        if i == len(places) or places[i][0] != after.end():
            return False
        # A word of a longer name is no place: "the council in Leeds Road".
        return not _name_word_after(text, places[i][1])

    def _placed_since(self, chosen: list[int], start: int, positions) -> bool:
        """Say whether "there" after a description means a place named since its body.

        "Commissioners were sent to Birmingham. The council there agreed": the council is
        Birmingham's, whatever the text named before it.
        """
        places = self.places
        i = bisect_left(places, (start,)) - 1
        if i < 0:
            return False
        at = positions[chosen[0]] if len(chosen) == 1 else ()
        j = bisect_left(at, start) - 1
        return j < 0 or places[i][0] > at[j]

    def _places_named(self) -> set[int]:
        """Return where a place of a known body ("Doncaster") stands for it."""
        if self.place_starts is None:
            self.place_starts = {span[0] for span in self.linked if span[3] == "place"}
        return self.place_starts

    def _find_unknown_names(self, unlinked) -> None:
        """Report runs of capitalised words that no alias accounts for, posts and places aside.

        A name that ends one reported before is that one again: "Le Grand" after
        "Julian Le Grand".
        """
        text = self.text
        tails: set[str] = set()
        for start, end in _joined_at_commas(text, self._unknown_names()):
            if (start, end) in unlinked:
                continue
            end = _spelt_out(text, start, end)
            name = text[start:end]
            while (cut := name.rfind(" ")) > 0 and name[cut + 1 :] in _POST_NOMINALS:
                name = name[:cut]  # "Jane Smith MP" is Jane Smith
            end = start + len(name)
            lead, rest = name.split(" ", 1) if " " in name else (name, "")
            if (
                rest.startswith("for ")
                and lead not in _NAME_LEADS
                and _head(lead) not in _BODY_WORDS
                and lead.lower() not in _OFFICES
                and _names_a_body(rest.split(" ", 1)[1])
            ):
                # "Figures for Sheffield City Council": a sentence's first word, then the
                # body's name.
                start += len(lead) + len(rest.split(" ", 1)[0]) + 2
                name = text[start:end]
                left, joined, right = name.partition(" and ")
                if joined and _names_a_body(left) and _names_a_body(right):
                    self.unresolved.append((start, start + len(left), ()))
                    self.unresolved.append((end - len(right), end, ()))
                    continue
            head, of, body = name.partition(" of ")
            if of and (cut := _after_post(head)) and _names_a_body(body):
                # "Detective Superintendent Keith Lumley of South Yorkshire Police": the
                # person, and the body they serve.
                self.unresolved.append((start + cut, start + len(head), ()))
                self.unresolved.append((end - len(body), end, ()))
                continue
            if _names_a_post(name):
                start += _body_of_post(name)  # "Chief Executive of Slough Borough Council"
                name = text[start:end]
                if name[:4] == "the ":
                    start, name = start + 4, name[4:]
                if person := _person_after_post(name):
                    # "Director of Public Health Rupert Suckling": the person, and the body
                    # the post is of, if it is one ("... of Slough Borough Council Jo Miller").
                    body = name[: -len(person) - 1]
                    if _names_a_body(body):
                        self.unresolved.append((start, start + len(body), ()))
                    self.unresolved.append((end - len(person), end, ()))
                    continue
                if not _names_a_body(name):
                    continue
            if (
                " " not in name
                or name in tails
                or _in_capitals(name)
                or _ACRONYM_AND_WORD.fullmatch(name)
                or name in REGIONS
                or name.lower() in _GRADE_NAMES
                or name.rsplit(" ", 1)[-1].lower() in _ADDRESS_WORDS
                or name.lower().endswith(_BUILDINGS)
                or _ENDS_IN_INITIAL.search(name)
                or _titled(text, start, end)
                or self._places_joined(name)
                or self._only_places(start, end)
            ):
                continue
            if _remits_of_a_post(text, start, name):
                continue
            start += _after_post(name)
            name = text[start:end]
            self.unresolved.append((start, end, ()))
            words = name.split()
            tails.update(" ".join(words[i:]) for i in range(1, len(words)))

    @staticmethod
    def _places_joined(name: str) -> bool:
        """Say whether a name is single words joined by "and", none a body's: "Balby and
        Bentley", "Tickhill and Wadworth" are places (wards, villages) no list holds."""
        return bool(_JOINED_WORDS.fullmatch(name)) and not any(
            _head(word) in _BODY_WORDS for word in name.split(" and ")
        )

    def _only_places(self, start: int, end: int) -> bool:
        """Say whether a name is places and nothing else: "Sunderland and Doncaster".

        A place's quarter is a place too: "Doncaster North", a seat in Parliament; and so
        is its formal name: "the City of Doncaster".
        """
        if self.all_places is None:
            known = {span[:2] for span in self.linked if span[3] == "place"}
            self.all_places = sorted(known.union(self.places)) if known else self.places
        places = self.all_places
        i = bisect_left(places, (start,))
        pieces, at = [], start
        while i < len(places) and places[i][1] <= end:
            pieces.append(self.text[at : places[i][0]])
            at = places[i][1]
            i += 1
        if at == start:
            return False
        pieces.append(self.text[at:end])
        return all(
            word in ("and", "&") or word in _COMPASS or word in _PLACE_WORDS
            for piece in pieces
            for word in piece.replace(",", " ").split()
        )

    def _name_runs(self) -> list[tuple[int, int]]:
        """Return every run of capitalised words in the text, found once per text."""
        if self.runs is None:
            text, shape = self.text, self._shape(0, len(self.text))
            self.runs = [
                span
                for match in _NAME_RUN.finditer(shape)
                if (span := _run_from_a_word(text, shape, match))
            ]
        return self.runs

    def _runs_around(self, within: list[int]) -> list[tuple[int, int]]:
        """Return the runs of capitalised words that hold one of these sorted offsets.

        A run never crosses punctuation, so only the stretch between the marks on either
        side of each offset is searched; a text with few marks is searched whole, once.
        """
        if self.runs is not None:
            return self.runs
        text, shape = self.text, self._shape(0, len(self.text))
        stretches: list[list[int]] = []
        for at in within:
            if stretches and at < stretches[-1][1]:
                continue
            stretch = [shape.rfind(b".", 0, at) + 1, shape.find(b".", at)]
            if stretch[1] == -1:
                stretch[1] = len(shape)
            stretches.append(stretch)
        if sum(end - start for start, end in stretches) * 4 > len(shape):
            return self._name_runs()
        return [
            span
            for start, end in stretches
            for match in _NAME_RUN.finditer(shape, start, end)
            if (span := _run_from_a_word(text, shape, match))
        ]

    def _unknown_names(self, within: list[int] | None = None) -> list[tuple[int, int]]:
        """Return each name of two or more capitalised words that no decided span covers.

        With within (sorted offsets), only the runs holding one of them are looked at.
        Without, a known body's place starts a name like any other: "Doncaster Royal
        Infirmary" is reported whole.
        """
        text = self.text
        covered = self._occupied(places=within is not None)
        starts, ends = covered.starts, covered.ends
        pieces = []
        runs = self._name_runs() if within is None else self._runs_around(within)
        for start, end in runs:
            if within is not None:
                i = bisect_left(within, start)
                if i == len(within) or within[i] >= end:
                    continue
            # Cut the run where decided spans sit, and judge each piece on its own.
            i = bisect_right(starts, start) - 1
            if i >= 0 and ends[i] >= end:
                continue  # one span covers it all, as most runs are
            i = max(i, 0)
            cursor = start
            while i < len(starts) and starts[i] < end:
                if ends[i] > cursor:
                    if starts[i] > cursor:
                        pieces.append((cursor, starts[i]))
                    cursor = ends[i]
                i += 1
            if cursor < end:
                pieces.append((cursor, end))
        return [
            _without_party(text, *name)
            for start, end in pieces
            if " " in text[start:end].strip()
            for name in self._names_in(start, end)
        ]

    def _unknown_heads(
        self, wanted: frozenset[str], occupied: _Overlap, described
    ) -> dict[str, list[int]]:
        """Map the last word of each unknown name ("trust") to where such names start.

        A reader takes "the trust" to mean the trust named last, even one no alias
        knows: "Slough Children's Trust ... the trust" is not Doncaster's. Only names
        of the kinds wanted (the text's descriptions') are looked for, and only in runs
        holding a capitalised word of that kind (find() notes them) outside every
        decided span: in most texts, none. A description's own words (the sorted
        candidates described) are no name.
        """
        text, starts, ends = self.text, occupied.starts, occupied.ends
        words = _with_kin(wanted)
        within = []
        # A name's words start with a capital; "Acme-trust" ends in "trust".
        for start, end in self.kinds:
            if text[start:end].lower() not in words:
                continue
            i = bisect_left(starts, end) - 1  # occupied.hits(), inlined: most are
            if i >= 0 and ends[i] > start:
                continue  # inside a linked name
            if (
                _marked(text, start)
                or self._after_name_word(start)
                or _OF_A_NAME.match(text, end) is not None
            ):
                within.append(start)
        heads: dict[str, list[int]] = {}
        if within:
            within.sort()
            for start, end in self._unknown_names(within):
                if (
                    _describes(described, start, end)
                    or _post_of_a_description(text[start:end])
                    or _another_post(text, described, text[start:end])
                    or _came_from(text, start)
                    or self._post_of_the_person_before(start)
                ):
                    continue
                name = text[start:end]
                if (head := _head(name)) in wanted or (head := _kind_before_of(name)) in wanted:
                    heads.setdefault(head, []).append(start)
                    self._add_first_words(name, head, end, heads, starts, ends)
            for found in heads.values():
                found.sort()
        for start, end in self.others:
            if (
                (head := _head(text[start:end])) in wanted
                and not _came_from(text, start)
                and not _ends_a_description(described, start, end)
            ):
                insort(heads.setdefault(head, []), start)
        if self.places and (kinds := _PLACE_KINDS & wanted):
            for start, end in self.places:
                if self._stands_for_its_body(start, end, occupied):
                    self.other_places.add(start)
                    for kind in kinds:
                        insort(heads.setdefault(kind, []), start)
        for starts in heads.values():
            # Once each: a body found by its name's kind word and by its acronym ("RDaSH")
            # is not two bodies at one place, a list of them.
            starts[:] = sorted(set(starts))
            for first, second in pairwise(starts):
                # A place and a body it names are no list: "in Slough, where Slough
                # Children's Services Trust"; nor a name and its acronym in brackets; nor
                # a body and the places it covers: "The combined authority covers
                # Doncaster, Barnsley, Rotherham and Sheffield".
                if (
                    text.find("\n", first, second) == -1
                    and text[second - 1 : second] != "("
                    and not (
                        first in self.other_places
                        and text.startswith(_ALNUM_RUN.match(text, first).group(), second)
                    )
                    and not (first not in self.other_places and second in self.other_places)
                ):
                    self.listed.update((first, second))
        if len(self.linked) and (unknown := [at for starts in heads.values() for at in starts]):
            # Listed after a known body: "the Council, DCST, Doncaster and Bassetlaw
            # Teaching Hospitals NHS Foundation Trust and the police".
            linked = self.linked
            for at in unknown:
                k = bisect_left(linked, (at,)) - 1
                if (
                    k >= 0
                    and linked[k][3] != "place"
                    and _LIST_GAP.fullmatch(text, linked[k][1], at)
                ):
                    self.listed.add(at)
        return heads

    def _add_first_words(self, name: str, head: str, end: int, heads, starts, ends) -> None:
        """Add the later uses of a body's first word alone as its name: "Outwood" (or
        "Outwood Grange") for "Outwood Grange Academies Trust", after which "The trust's
        chief executive" is Outwood's. Not a word a decided span holds (a known place,
        "Doncaster"), nor a common word, nor one that begins another name ("Outwood
        Academy Adwick"). An acronym in brackets after the name is its name instead
        ("RDaSH")."""
        text = self.text
        word = name.split(" ", 1)[0]
        # Its first two words are its name too: "a spokeswoman for Outwood Grange".
        two = " ".join(name.split(" ", 2)[:2]) if name.count(" ") >= 2 else None
        if defined := _DEFINITION.match(text, end + 1):
            word = defined[1]  # its acronym: "... NHS Foundation Trust (RDaSH)"
            end = defined.end()
        elif len(word) < 4 or not word.istitle() or word.lower() in _COMMON:
            return
        at = text.find(word, end)
        while at != -1:
            after = at + len(word)
            i = bisect_left(starts, after) - 1
            if (
                not text[at - 1].isalnum()
                and not text[after : after + 1].isalnum()
                and (
                    not _name_word_after(text, after)
                    # Not a description of its kind: "the Royal Borough" of Greenwich's.
                    or (two and text.startswith(two, at) and text[at - 4 : at].lower() != "the ")
                )
                and not (i >= 0 and ends[i] > at)
            ):
                heads[head].append(at)
            at = text.find(word, after)

    def _post_of_the_person_before(self, start: int) -> bool:
        """Say whether a name at start is the post of a person named just before it.

        "Sir Michael Wilshaw, Her Majesty's Chief Inspector,": the chief inspector is
        him, and a later "the chief inspector" too; no other inspector was named.
        """
        text, linked = self.text, self.linked
        comma = text.rfind(", ", max(0, start - 40), start)
        if comma < 0 or not _POSSESSOR.fullmatch(text, comma + 2, start):
            return False
        k = bisect_left(linked, (comma,)) - 1
        return k >= 0 and linked[k][1] == comma and bool(self.givens[linked[k][2]])

    def _stands_for_its_body(self, start: int, end: int, occupied: _Overlap) -> bool:
        """Say whether a place no alias holds stands alone, for its council or trust.

        "In Rotherham, the council", "Rotherham's MP" and "Like Doncaster, Birmingham
        will" do; a word of a longer name ("Sheffield Hallam University", "New York")
        does not, nor a place that is where something happened or someone comes from,
        after a preposition mid-sentence ("speaking in Leeds", "previously of
        Sunderland", "followed in Slough, Sunderland and Birmingham"), unless "where" or
        "which" follows it ("unlike in Rotherham, where the council").
        """
        text = self.text
        if occupied.hits(start, end) or self._inside_name(start):
            return False
        if _COUNCILS_COMPANY.match(text, end) and _COUNCIL_LATER.match(text, end):
            # Its council's company, and "the council" in the same sentence is that
            # company's: "Slough Children First was brought back into the council's
            # ownership".
            return True
        if _name_word_after(text, end) or _former_post(text, start):
            return False  # nor a place of someone's past post: "former Hampshire director"
        if text[end : end + 2] in ("'s", "’s"):
            return True  # its body's, after any word: "the review of Birmingham's governance"
        if _COUNCIL_AFTER.match(text, end):
            return True  # its council, in lowercase: "chief executive of Birmingham city council"
        if _PLACES_A_DESCRIPTION.search(text, max(0, start - 50), start):
            return True  # "The trust established in Slough has had a rockier start."
        # The word that governs the place, or the list it ends: "in Slough, Sunderland and".
        words = text[max(0, start - 80) : start].split()
        i = len(words) - 1
        while i >= 0 and (
            words[i] in ("and", "&", "or")
            or (
                words[i][:1].isupper()
                and (words[i][-1] == "," or (i + 1 < len(words) and words[i + 1] == "and"))
            )
        ):
            i -= 1
        if i < 0 or words[i] not in _INCIDENTAL:
            return True
        if _sets_the_scene(text, start, end) or _services_of(text, start):
            return True
        # "an inspection of Rotherham, which moved up ... as the council continues to
        # recover": the place the clause is about.
        return _WHERE.match(text, end) is not None or text.startswith(", which ", end)

    def _given_name_shared(self, entity: int, given: str, before: int) -> bool:
        """Say whether the text names someone else with the person's given name first.

        A Rebecca Smith named only after "Rebecca" leaves it to the Rebecca named before.
        """
        text = self.text
        own = [(start, end) for start, end, who, _ in self.linked if who == entity]
        return any(
            not any(start <= found.start() < end for start, end in own)
            for found in re.compile(rf"\b{re.escape(given)} [A-Z]").finditer(text, 0, before)
        )

    def _after_name_word(self, at: int) -> bool:
        """Say whether a capitalised word can end a run of names: one stands before it.

        "Slough Children's Trust" can; a sentence's first word or "said the Trust"
        cannot. Skipping those loses no unknown body: a name of two or more words that
        ends in a head word has a word before that head. The look back is 200
        characters, far longer than any name's word.
        Most words before are plain words of letters, read here at once; the rest go
        to the regular expression on the text's shape.
        """
        text = self.text
        end = at - 1
        for _ in range(4):  # a few words of two or three letters: "of", "and", "the"
            if end < 0 or text[end] != " ":
                if end < 0 or text[end] != "\xa0":
                    return False  # a name's word is followed by a space
                break
            begin = text.rfind(" ", 0, end) + 1
            word = text[begin:end]
            if not (word.isascii() and word.isalpha()) or at - begin > 150:
                break
            if not word.islower():
                return True  # a capital in a word of letters: "Slough", "McDonald"
            if len(word) not in (2, 3):
                return False
            end = begin - 1
        shape = self._shape(max(0, at - 200), at)
        return _BEFORE_LAST_NAME_WORD.match(shape[::-1]) is not None

    def _shape(self, start: int, end: int) -> bytes:
        """Return the shape of text[start:end] (see _SHAPE_TABLE).

        A letter beyond Latin-1 is a letter there too: "Straż" is one word, not "Stra".
        """
        shape = self.encoded[start:end].translate(_SHAPE_TABLE)
        if not self.letters:
            return shape
        shape = bytearray(shape)
        for at in self.letters:
            if start <= at < end:
                shape[at - start] = ord("A" if self.text[at].isupper() else "a")
        return bytes(shape)

    def _inside_name(self, start: int) -> bool:
        """Say whether a capitalised word continues a name ("Services Trust")."""
        text = self.text
        if not text[start].isupper() or start < 2 or text[start - 1] != " ":
            return False
        before = text[max(0, start - 40) : start - 1].rsplit(None, 1)
        word = before[-1].lstrip("([“\"'‘") if before else ""  # "(SARAH JONES)"
        if word[-2:] in ("s’", "s'"):
            word = word[:-1]  # a plural's possessive: "the Supporters’ Trust"
        return word[:1].isupper() and word[-1].isalnum() and word.lower() not in _COMMON

    def _given_name_before(self, start: int) -> str:
        """Return the given name a surname follows, which names another person; else "".

        "Debbie Jones" is not Ros Jones; "Ofsted's Wilshaw", "Education Secretary Gove",
        "HMCI Wilshaw", "Tory Gove" and "Michael A Gove" have a possessive, a post, an
        acronym, a party and an initial, not a given name.
        """
        if not self._inside_name(start):
            return ""
        text = self.text
        first = _first_word(text, start)
        if first in self.titles or first in GIVEN_NAME_TITLES:
            return ""  # "Doncaster Mayor Jones": the title says who is meant
        word = text[max(0, start - 40) : start - 1].rsplit(None, 1)[-1].lstrip("([“\"'‘")
        # A word in capitals is an acronym ("HMCI Wilshaw"), unless the surname is in
        # capitals too: a speaker's label, "SARAH JONES:".
        capitals = word.isupper() and not first.isupper()
        given = len(word) > 1 and word.replace("-", "").isalpha() and not capitals
        if len(word) >= 9 and word.endswith("ly"):
            return ""  # a sentence adverb, "Crucially Gove said", is no given name
        if "-" in word and word.rsplit("-", 1)[-1].lower() in _OFFICES:
            return ""  # "Ex-minister Gove"
        if given and word.lower() not in _OFFICES and word not in _PARTY_WORDS:
            return word
        return ""

    def _misspelt_given(self, word: str, start: int, chosen: list[int]) -> int | None:
        """Return where a given name before a surname starts if it misspells the person's.

        "Micheal Gove" after Michael Gove is him, one letter off, not a namesake who
        would hide every later "Gove"; "Michelle Gove" is someone else.
        """
        given = self.givens[chosen[0]] if len(chosen) == 1 else ""
        if len(given) < 4 or abs(len(word) - len(given)) > 1 or word[0].lower() != given[0]:
            return None  # most namesakes: "Debbie Jones" (a misspelling keeps its first letter)
        return start - 1 - len(word) if _one_edit_apart(word.lower(), given) else None

    def _names_in(self, start: int, end: int):
        """Yield each name of two or more capitalised words in a piece of a run.

        A lowercase word other than "of", "and", "for" or "the" ends a name, and so
        do "and the" ("the Council and the Trust" is two descriptions) and a title ("Ms
        Nelson and Ms Wilshire" is no name); a common word ("The", "In", "Mr") does not
        start one. Names of two words or more on both sides of an
        "and" are two: "Riana Nelson and Rebecca Wilshire", "Levelling Up Secretary and
        Nicky Morgan"; "Kensington and Chelsea", "Tyne and Wear Fire and Rescue
        Service" and "Rotherham Doncaster and South Humber NHS Foundation Trust", places
        before the "and", are one; two posts with their holders are two (see
        _before_another_post).
        """
        words: list[tuple[int, int, str]] = []  # (start, end, word) of the name so far
        at, before, titled = start, "", False
        for word in [*self.text[start:end].split(" "), ""]:
            begin, at = at, at + len(word) + 1
            if word[:1].isupper() and not (
                words
                and ((title := word.removesuffix(".")) in self.titles or title in GIVEN_NAME_TITLES)
            ):
                if word == "I":
                    if len(words) >= 3 and words[-1][2] == "and":
                        words.pop()  # "Riana Nelson and I": her name, and no more
                    if sum(w[2][0].isupper() for w in words) >= 2:
                        yield words[0][0], words[-1][1]
                    words = []
                # Nor does a code: "Q90 Ian Mearns" in evidence, the "M18".
                elif words or (word.lower() not in _COMMON and not word[1:2].isdigit()):
                    cut = 2 if word[-2:] in ("'s", "’s") else 0
                    if not words:
                        title = before.removesuffix(".")
                        titled = title in self.titles or title in GIVEN_NAME_TITLES
                    words.append((begin, begin + len(word) - cut, word))
                    if cut and word[:-2].lower() not in _POSSESSIVE_IN_NAMES:
                        # A possessive ends a name: "Boris Johnson's Conservatives",
                        # "Sunderland's Together for Children" (but "Children's Trust").
                        if len(words) >= 3 and words[-2][2] == "and":
                            # "South Yorkshire Police and Doncaster's", but "the University
                            # of Sheffield's" is one name.
                            words = words[:-2]
                        if sum(w[2][0].isupper() for w in words) >= 2:
                            yield words[0][0], words[-1][1]
                        words = []
            elif (
                word in ("of", "for")
                and len(words) >= 2
                and (titled or (len(words) <= 3 and words[0][2].lower() in GIVEN_NAMES))
            ):
                # A person's name ends before "of": "Professor Julian Le Grand of the London
                # School of Economics", "Peter Davies of the English Democrats" are a
                # person and a body.
                yield words[0][0], words[-1][1]
                words, titled = [], False
            elif (
                words
                and word in _CONNECTORS
                # "the" joins a name after "of" or "for" ("Friends of the Earth"), not
                # after a name's word: "She told Members the Trust had ..." is no name.
                and not (word == "the" and words[-1][2] not in ("of", "for"))
            ):
                words.append((begin, begin + len(word), word))
            elif words:
                while not words[-1][2][0].isupper():
                    words.pop()  # a name does not end in "of" or "and"
                pattern = " ".join("A" if w[0].isupper() else w for _, _, w in words)
                after = word or self.text[end + 1 : end + 16].partition(" ")[0]
                if (
                    after.rstrip(".,;:").lower() in _NAMED_THINGS
                    and words[-1][2].lower().removesuffix("'s") not in _BODY_WORDS
                    and words[0][2].lower() not in GIVEN_NAMES  # "Jane Smith's project"
                ):
                    pass  # a programme's or a document's name: "the Families First programme"
                elif (
                    _TWO_NAMES.fullmatch(pattern)
                    # "the Children's Wellbeing and Schools Bill" is one title
                    and words[-1][2].lower() not in _DOCUMENTS
                    and words[(k := pattern.split().index("and")) - 1][2].lower() not in _FIELDS
                    and words[k + 1][2] != "Crime"  # a Police and Crime Commissioner
                    and not self._only_places(words[0][0], words[k - 1][1])
                ) or (
                    (k := _before_another_post(words)) is not None
                    or (k := _after_a_body(words)) is not None
                ):
                    yield words[0][0], words[k - 1][1]
                    yield words[k + 1][0], words[-1][1]
                elif pattern.count("A") >= 2:
                    yield words[0][0], words[-1][1]
                words = []
            before = word

    def _spans(self) -> list[Span]:
        """Make a Span for each linked interval."""
        text, keys, new = self.text, self.keys, tuple.__new__
        return [
            new(Span, (start, end, text[start:end], keys[entity], how))
            for start, end, entity, how in self.linked
            if how != "place"  # it named the entity for descriptions; a place is not a link
        ]

    def _unresolved(self) -> list[Unresolved]:
        """Make an Unresolved for each ambiguous alias and unknown name, in text order."""
        text, keys = self.text, self.keys
        return [
            Unresolved(
                start,
                end,
                text[start:end],
                tuple(sorted(keys[e] for e in candidates)) if candidates else (),
            )
            for start, end, candidates in sorted(self.unresolved)
        ]
