"""Turns raw article text, as captured from the web or fed by other tools, into Articles.

This module owns the import. It reads the seed format (headline on the first line, then
date lines, bylines, captions and paragraphs in any order) and JSON Lines; cleans away
publishers' page furniture, repeated captions and encoding debris, keeping what it took
out in ``removed_text`` and ``captions``; reads dates in Europe/London time with the
precision the text gives; turns bylines into authors and their roles; spots an article
imported before by a fingerprint of its cleaned text; and saves and links the result.
The ``import_articles`` command, the admin's import page and the API all call it.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from itertools import pairwise, takewhile
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import ftfy
import ftfy.fixes
from dateutil import parser as dateparser
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from entities.aliases import current_linker
from entities.linking import GIVEN_NAMES
from entities.models import DatePrecision, Organisation, Person, Role

from .copies import (
    WIRE_TIME,
    from_broadcast,
    from_factiva,
    from_forward,
    from_newsletter,
    from_nexis,
    from_old_bbc,
    from_print,
    from_release,
    from_web_archive,
    from_wire,
)
from .mentions import field_span, link, relink, unresolved_names
from .models import Article
from .plain import plain

LONDON = ZoneInfo("Europe/London")

IMPORTED, DUPLICATE, UPDATED, FAILED = "imported", "duplicate", "updated", "failed"

__all__ = [
    "DUPLICATE",
    "FAILED",
    "IMPORTED",
    "UPDATED",
    "Draft",
    "ImportResult",
    "IngestError",
    "Moment",
    "Summary",
    "import_jsonl",
    "import_source",
    "import_text",
    "parse_date",
    "read_article",
    "read_html",
    "read_jsonl",
    "read_source",
    "store_all",
    "summarise",
]


class IngestError(Exception):
    """Input that cannot be imported, with the line of its source that shows why."""

    def __init__(self, message: str, line: int | None = None):
        self.message, self.line = message, line
        super().__init__(f"line {line}: {message}" if line else message)


# Dates ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Moment:
    at: datetime
    precision: str


# A month, not a span of years: "2002-2009" is no date.
_ISO = re.compile(
    r"\d{4}-(?:0[1-9]|1[0-2])(?!\d)(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?)?\S*"
)
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
# "5.17pm" and "17.17" are British ways of writing a time; dateutil wants a colon.
_DOT_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![.\d])")
# A programme's slot ends: "10:00-13:00" starts at ten.
_SLOT_END = re.compile(r"(?<=\d\d)[-–]\d{1,2}[:.]\d{2}\b")
# Zones British pages print; dateutil knows none of them by name.
_ZONES = {"BST": 3600, "GMT": 0, "UTC": 0, "Z": 0}
# Other countries' papers date their stories in their own zones: those no other zone
# shares ("IST" is Dublin's and Delhi's, "CST" Chicago's and Beijing's). "EST" was Sydney's
# too, before Australian papers wrote "AEST" (by 2008, the earliest the product imports).
_ZONES |= {
    name: int(hours * 3600)
    for name, hours in {
        "CET": 1, "CEST": 2, "AWST": 8, "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11,
        "NZST": 12, "NZDT": 13, "EST": -5, "EDT": -4, "CDT": -5, "PST": -8, "PDT": -7,
    }.items()
}  # fmt: skip
# American papers' zones without the season: "4:00 AM ET" is New York's time that day.
_US_ZONES = {name: ZoneInfo(place) for name, place in {
    "ET": "America/New_York", "CT": "America/Chicago", "PT": "America/Los_Angeles",
}.items()}  # fmt: skip
# Two defaults that differ in every part: whatever the text leaves out differs too.
_DEFAULTS = (datetime(2003, 1, 1, 0, 0), datetime(2004, 3, 2, 1, 1))

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?"
)
_NAMED = re.compile(rf"(?:{_MONTHS}|{_WEEKDAYS})\.?", re.IGNORECASE)
_ZONE_NAMES = "|".join(zone for zone in [*_ZONES, *_US_ZONES] if len(zone) > 1)
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")
_DATE_TOKEN = re.compile(
    rf"(?:{_MONTHS}|{_WEEKDAYS})\.?|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?"
    rf"(?:[ap]\.?m\.?)?|[ap]\.?m\.?|\d{{1,2}}[ap]\.?m\.?|{_ZONE_NAMES}|[+-]\d{{4}}|at|on|of|the|uk|hrs|hours"
    r"|\d{1,2}[:.]\d{2}[-–]\d{1,2}[:.]\d{2}"  # a programme's slot: "10:00-13:00"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(
    r"(?:(?P<updated>(?:page\s+)?(?:last\s+)?(?:updated|modified|amended|reviewed))"
    r"|(?:first\s+|report\s+)?published(?:\s+(?:time|date|online))?"
    r"|article\s+published\s+in\s+(?:the\s+)?[A-Z][\w&'’ ]{1,30}?(?=\s+on\b)"  # Tes's
    # Journals': "Article publication date:", "Advance Access Publication December 2, 2016"
    r"|(?:article\s+)?publication\s+date|advance\s+access\s+publication(?:\s+date)?"
    r"|delivered"  # GOV.UK's speeches
    # Councils', coroners' and returning officers' papers; an early day motion's; a deed's
    r"|date\s+of\s+(?:decision|meeting|report|publication|issue|declaration|broadcast"
    r"|transmission|recording)|tabled|dated"
    r"|meeting"  # a council's web page of a meeting's item: "Meeting: Wednesday, 8th November"
    r"|(?:article\s+)?posted|issued|(?:issue\s+)?date(?:\s+(?:posted|published))?"
    r"|(?:volume\s+\d+:\s*)?debated"  # Hansard's "debated on"
    r"|(?:air|broadcast|transmission|recording)\s+date|recorded|(?:streamed/)?uploaded"
    r"|(?:first\s+)?(?:broadcast|shown|aired)|transmission|transmitted|last\s+on|released"
    r"|release\s+date"
    r"|filed|received"  # programmes', podcasts' and wires' times
    r"|(?:statement\s+)?made"  # Parliament's written statements: "Statement made on ..."
    r"|sent|for\s+(?:immediate\s+)?use\s+after|for\s+immediate\s+(?:release|use)"
    # E-mails' and press releases' times: "EMBARGO: Not for publication before 00.01 ..."
    r"|embargo(?:ed)?(?:\s*:)?(?:\s+(?:until|to))?"
    r"(?:\s+not\s+for\s+(?:publication|release)\s+(?:before|until))?"
    r"|from\s+magazine\s+issue"  # the Spectator's
    # A newsletter's number: "Weekly Newsletter No. 19 - Friday 3 February 2023".
    r"|(?:[\w'’ ]{0,30}\s)?(?:newsletter|bulletin)\s+(?:no\.?\s*)?\d{1,4}\s*[-–|,]?)"
    # A cuttings service's form, its dots leading to the date: "Date ........ 10/07/2015".
    r"(?:\s+(?:on|at))?\s*(?::|\.{3,})?\s*",
    re.IGNORECASE,
)


_FIRST_PUBLISHED = re.compile(r"first\s+published\b", re.IGNORECASE)
_PUBLISHED_AT = re.compile(r"(?:published|posted)\b", re.IGNORECASE)


# What separates a date's parts: "23 November 2018 – 06:00", "23 Nov 2018 | 6:00am", Reuters's
# "NOVEMBER 28, 2012 / 2:41 PM". A hyphen between digits is part of the date: "23-11-2018".
_DATE_BREAK = re.compile(r"\s*[|–—•·]\s*|\s+[-/]\s+|[\s,]+(?=\S)|,")


_YEAR_OR_DATE = re.compile(r"\d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")


# An event's days, each with its weekday: "Tuesday 8 – Thursday 10 July 2014". No
# publication is dated so (a magazine's issue is "7-20 October 2014").
_EVENT_DAYS = re.compile(
    rf"(?:{_WEEKDAYS}),?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:{_MONTHS}))?\s*(?:[-–—]|to|and)\s*"
    rf"(?:{_WEEKDAYS}),?\s+\d{{1,2}}\b",
    re.IGNORECASE,
)


def looks_like_date(text: str) -> bool:
    """Whether a line is nothing but a date, as a dateline is (valid or not)."""
    text = text.strip()
    if _EVENT_DAYS.match(text):
        return False
    if _ISO.fullmatch(text):
        return True
    if days := _DAY_RANGE.fullmatch(text):
        # A magazine's issue: "7-20 October 2014", "17 November 2015 - 30 November 2015".
        return not days["first_year"] or _one_issue(days)
    tokens = [t for t in _DATE_BREAK.split(text) if t and t.strip(" ,")]
    tokens = [t.strip(" ,") for t in tokens]
    if not tokens or not all(_DATE_TOKEN.fullmatch(t) for t in tokens):
        return False
    if sum(bool(_YEAR_OR_DATE.fullmatch(t)) for t in tokens) > 1:
        return False  # two dates: a range, "12 Jun 2014 - 3 Feb 2019", as archives show
    has_digit = any(c.isdigit() for c in text)
    named = any(_NAMED.fullmatch(t) for t in tokens)
    return has_digit and (named or any(_NUMERIC_DATE.fullmatch(t) for t in tokens))


# A news agency's time stamp, the time before the day: PA's "1530 Tue 19 Nov 2013" and
# "TT: 1810 Wed 16 Mar 2011" (its transmission time).
_WIRE_STAMP = re.compile(
    rf"(?:TT:?\s*)?([01]\d|2[0-3])([0-5]\d)(?=\s+(?:{_WEEKDAYS})\.?,?\s+(?:\d|{_MONTHS}))",
    re.IGNORECASE,
)


def dateline(text: str) -> tuple[str, bool] | None:
    """A line's date and whether it is an update time, if the line is only a date."""
    text = text.strip("* ")  # a release's banner: "*** EMBARGOED UNTIL 00:01 ... ***"
    text = _WIRE_STAMP.sub(r"\1:\2", text, count=1)
    if (sent := WIRE_TIME.fullmatch(text)) and sent["day"] == f"{int(sent['date']):02}":
        text = f"{sent['hour']}:{sent['minute']} {sent['zone']} {sent['month']} {sent['date']}"
        text += f" {sent['year']}"
    prefix = _DATE_PREFIX.match(text)
    if prefix and looks_like_date(text[prefix.end() :]):
        return text[prefix.end() :], bool(prefix["updated"])
    return (text, False) if looks_like_date(text) else None


# A line that is only a web address, perhaps labelled: "Source: https://...".
_URL_LINE = re.compile(
    # A note of where it came from may name the site: "Source: BBC News, https://...".
    r"(?:(?:url source|source|link|url|original(?: article)?)\s*:\s*(?:[^,:\n]{1,40},\s*)?)?"
    r"(?P<url>(?:https?://|www\.)\S+)(?: via @\w+)?",  # a share sheet's "... via @SkyNews"
    re.IGNORECASE,
)
MAX_URL = Article._meta.get_field("source_url").max_length


def _is_web_address(text: str) -> bool:
    try:
        _URL(text)
    except ValidationError:
        return False
    return len(text) <= MAX_URL


# "November 27, 2015 in Children, Children's services, Ofsted": a date, then the sections.
_DATE_THEN_SECTIONS = re.compile(
    # Yahoo's runs the reading time into the date: "Fri, 8 July 2016 at 4:12 pm BST·4-min read".
    r"(?P<date>.{6,40}?)(?:\s+(?:in|\||·|•)\s+|·(?=\d{1,2}[- ]min read))(?P<sections>.+)"
)


# "July 10 2013, 12:01am, The Times": a date, then the paper's name.
_PAPER_WORD = r"[A-Z][\w&'’]*"
_DATE_THEN_PAPER = re.compile(
    rf"(?P<date>.{{6,40}}),\s+(?P<sections>{_PAPER_WORD}(?:\s+{_PAPER_WORD}){{0,4}})"
)


# "Yorkshire Post, Monday 20 June 2016": the paper's name, then the date; or its site's,
# as the Guardian's pages were dated, "guardian.co.uk, Tuesday 24 January 2012 13.02 GMT".
_PAPER_THEN_DATE = re.compile(
    rf"(?P<sections>{_PAPER_WORD}(?:\s+{_PAPER_WORD}){{0,4}}|(?P<site>[a-z\d-]+(?:\.[a-z]{{2,}})+))"
    # A printed page's: the paper's town, and its page after the date ("The Star,
    # Sheffield, Tuesday, June 22, 2010  9", "YORKSHIRE POST, SATURDAY, JANUARY 23, 2010  7").
    r"(?:,\s+[A-Z][a-z]+(?=,\s+\w+,))?"
    # A press cutting's header may set the date apart by spaces alone: "THE GUARDIAN
    # 22/01/2010".
    # The British Newspaper Archive's title: "Sheffield Star - Thursday 31 October 2013".
    r"(?:,\s+|\s+-\s+|\s+(?=\d))(?P<date>.{6,40}?)(?:\s+(?:[Pp]age\s+|PAGE\s+)?\d{1,3})?"
)


# A printed page's folio, as e-editions copy it: "THE YORKSHIRE POST WEDNESDAY 5 NOVEMBER
# 2013 NEWS 7", "18 DONCASTER FREE PRESS Thursday, July 9, 2020 www.doncasterfreepress.co.uk",
# "10 / CHILDREN & YOUNG PEOPLE NOW 16-29 February 2016 / cypnow.co.uk", "Doncaster Free
# Press Thursday, July 18, 2013 3".
_PRINTED_DATE = (
    # A magazine's issue may span days, months across, or a whole month: "7-20 October
    # 2014", "24 November-7 December 2015", "April 2015".
    rf"(?i:(?:{_WEEKDAYS}),?\s+)?(?i:\d{{1,2}}(?:\s+(?:{_MONTHS}))?(?:\s*[-–]\s*\d{{1,2}})?"
    rf"\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}},?|(?:{_MONTHS}))\s+\d{{4}}"
)
_FOLIO = re.compile(
    r"(?:\d{1,3}\s+(?:[/|]\s+)?(?:NEWS\s+)?|(?i:www\.)?[\w-]+(?:\.[a-zA-Z]{2,})+\s+)?"
    r"(?P<sections>[A-Z][\w&'’]*(?:\s+(?:[A-Z][\w&'’]*|&)){0,5}?)"
    r"(?:,\s+[A-Z][A-Za-z]+)?\s+(?:[/|]\s+)?"  # its town: "THE STAR, SHEFFIELD"
    rf"(?P<date>{_PRINTED_DATE})"
    r"(?:\s+(?:[/|]\s+)?[\w./&' ]{1,40})?"
)
# The issue's date first: "24 November-7 December 2015 | CHILDREN & YOUNG PEOPLE NOW | 7",
# perhaps after the page: "8 MONDAY, JULY 14, 2014 YORKSHIRE POST".
_DATE_THEN_TITLE = re.compile(
    rf"(?:\d{{1,3}}\s+)?(?P<date>{_PRINTED_DATE})\s+(?:[/|]\s+)?"
    r"(?P<sections>[A-Z][\w&'’ ]{1,40}?)"
    r"(?:\s+(?:[/|]\s+)?\d{1,3})?"
)
# The site first: "www.themj.co.uk 20 March 2014 THE MJ 9", "lgcplus.com 10 October 2013 LGC 5".
_SITE_THEN_DATE = re.compile(
    r"(?:\d{1,3}\s+)?(?P<site>(?i:www\.)?[\w-]+(?:\.[a-zA-Z]{2,})+)\s+"
    rf"(?P<date>{_PRINTED_DATE})\s+(?P<sections>[A-Z][\w&'’ ]{{1,40}}?)(?:\s+\d{{1,3}})?"
)
# The date first, then the paper's address and the page: "WEDNESDAY DECEMBER 11, 2013
# WWW.YORKSHIREPOST.CO.UK 5".
_DATE_THEN_SITE = re.compile(
    rf"(?:\d{{1,3}}\s+)?(?P<date>{_PRINTED_DATE})\s+"
    r"(?P<sections>(?i:www\.)?[\w-]+(?:\.[a-zA-Z]{2,})+)(?:\s+\d{1,3})?"
)


# "UK News | Wed Oct 1, 2014 | 11:42am BST": a section, then the date. A podcast's
# episode or a video's views, then the date: "Episode 42 · 14 March 2016", "1,104 views •
# Published on 7 Jul 2016".
_SECTIONS_THEN_DATE = re.compile(
    r"(?P<sections>[\w&'’. ]{2,30}?|(?:[\w ]+,\s)?Episode\s\d+|[\d,.]+K?\sviews)"
    r"\s+[|·•—–]\s+(?P<date>.{6,40})"  # "Issue 212 — 3 March 2015"
)


# Dates said in a sentence of a page's own: TheyWorkForYou's "Department for Education
# written question – answered on 14th November 2016.", a wiki's "This page was last edited
# on 4 January 2020, at 22:13 (UTC).", a committee report's "Published on 26 July 2016 by
# authority of the House of Commons".
_DATE_SENTENCES = (
    re.compile(
        r"(?P<sections>.{0,60}?written (?:question|statement)) [–-] (?:answered|made) on "
        r"(?P<date>.{6,40}?)\.?"
    ),
    re.compile(
        r"(?P<sections>this page) was last (?:edited|modified) on (?P<date>.{6,40}?)"
        r"(?:,? at (?P<time>\d{1,2}:\d{2}))?(?: \((?P<zone>UTC)\))?\.?",
        re.IGNORECASE,
    ),
    re.compile(r"published on (?P<date>.{6,40}?) by (?P<sections>authority of .{1,60})", re.I),
    # A journal's record: "Pages 401-422 | Received 12 Jun 2015, Accepted 11 Jan 2016,
    # Published online: 14 Mar 2016".
    re.compile(
        r"(?P<sections>(?:pages? [\d-]+ \| )?received .{6,40}?),? published online:? "
        r"(?P<date>.{6,40}?)",
        re.IGNORECASE,
    ),
    # Minutes' first line: "Minutes of the meeting held via Microsoft Teams on Monday,
    # 20 September 2021 at 2.00 pm".
    re.compile(
        r"(?P<sections>minutes of (?:the |a )?(?:\w+ )?meeting (?:of .{1,80}? )?held\b.{0,80}?)"
        r",? on (?P<date>.{6,45}?)\.?",
        re.IGNORECASE,
    ),
    # A council's web page of an item: "Meeting: Wednesday, 8th November, 2023 10.00 am
    # (Item 54.)".
    re.compile(r"(?P<sections>meeting): (?P<date>.{6,45}?) \((?P<item>item \d+)\.?\)", re.I),
    # Archives' citations: Gale's "The Times (London, England), Tuesday, June 15, 2010; pg.
    # 11; Issue 69970."; ProQuest's "Butler, Patrick. The Guardian; London (UK) [London
    # (UK)]. 14 Nov 2012: 14." and "Publication info: The Guardian [London (UK)] 09 July
    # 2014: 11."
    re.compile(r"(?P<sections>.{2,60}? \([^()]{2,40}\)), (?P<date>.{6,40}?); pg\. \d+.{0,20}"),
    re.compile(
        r"(?:publication info: |[^.]{2,40}\. )?(?P<sections>[^.]{2,80}?\[[^\]]{2,40}\])\.? "
        r"(?P<date>\d{1,2} [a-z]{3,9}\.? \d{4}): [a-z]?\d+\.?",
        re.IGNORECASE,
    ),
    # A note under a copy: "This article was first published in the Yorkshire Post on 20
    # June 2016."
    re.compile(
        r"(?P<sections>this (?:article|story|piece) was (?:first |originally )?published"
        r"(?: in (?:the )?[A-Z][\w'’ ]{1,40}?)?) on (?P<date>.{6,40}?)\.?",
        re.IGNORECASE,
    ),
    # An inspection report's only date, the last day inspectors were there: "Inspection
    # dates: 20 to 31 March 2023", "13 May 2019 to 24 May 2019".
    re.compile(
        r"(?P<sections>inspection dates?):? .{1,30}? (?:to|–|-) (?P<date>\d{1,2} \w+ \d{4})",
        re.IGNORECASE,
    ),
)


# A news agency's header: "PA 27/11/2015 12:01", "Reuters 14 March 2016 09:12".
_WIRE_THEN_DATE = re.compile(r"(?P<sections>PA|AP|AFP|Reuters|UPI|dpa)\s+(?P<date>\d.{5,39})")


def date_and_sections(text: str) -> tuple[str, str] | None:
    """A line's date and the sections or paper named beside it, if it is only those."""
    if _EVENT_DAYS.match(text):
        return None
    for pattern in _DATE_SENTENCES:
        if (said := pattern.fullmatch(text)) and looks_like_date(said["date"]):
            when = " ".join(filter(None, map(said.groupdict().get, ("date", "time", "zone"))))
            return when, said["sections"]
    if ends_sentence(text) or _words(text) > 15:
        return None
    if (prefix := _DATE_PREFIX.match(text)) and not prefix["updated"]:
        text = text[prefix.end() :]  # "Posted 18 April 2016 in Trust news"
    for pattern in (_DATE_THEN_SECTIONS, _DATE_THEN_PAPER, _SECTIONS_THEN_DATE, _WIRE_THEN_DATE):
        if not (match := pattern.fullmatch(text)):
            continue
        date = match["date"]
        if pattern is _SECTIONS_THEN_DATE and (prefix := _DATE_PREFIX.match(date)):
            date = date[prefix.end() :]  # "1,104 views • Published on 7 Jul 2016"
        if looks_like_date(date):
            return date, match["sections"]
    if (folio := _FOLIO.fullmatch(text)) and _names_paper(folio["sections"]):
        return folio["date"], folio["sections"]
    if folio := _DATE_THEN_SITE.fullmatch(text):
        return folio["date"], folio["sections"]
    for pattern in (_SITE_THEN_DATE, _DATE_THEN_TITLE):
        if (folio := pattern.fullmatch(text)) and _names_paper(folio["sections"]):
            return folio["date"], folio["sections"]
    match = _PAPER_THEN_DATE.fullmatch(text)
    if match and (match["site"] or _names_paper(match["sections"])):
        return (match["date"], match["sections"]) if looks_like_date(match["date"]) else None
    return None


# "26 July - 8 August 2013", "1-14 March 2015": a span of days in one year.
_DAY_RANGE = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?P<first>{_MONTHS})(?:\s+(?P<first_year>\d{{4}}))?)?"
    rf"\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<last>{_MONTHS})\s+(?P<year>\d{{4}})",
    re.IGNORECASE,
)


def _one_issue(days: re.Match) -> bool:
    """Whether a span of days with both years is a magazine issue's: a few weeks at most,
    where an archive's "12 Jun 2014 - 3 Feb 2019" spans years and dates nothing."""
    first = dateparser.parse(f"1 {days['first']} {days['first_year']}")
    last = dateparser.parse(f"1 {days['last']} {days['year']}")
    return 0 <= (last.year - first.year) * 12 + last.month - first.month <= 1


def parse_date(text: str) -> Moment:
    """Read a date as British newspapers print it, aware in London time, with its precision.

    Raises ValueError when the text is not a whole, real date with a year.
    """
    text = _WIRE_STAMP.sub(r"\1:\2", text.strip(), count=1)
    if _EVENT_DAYS.match(text):
        raise ValueError("an event's days, not one date")
    if month := _ISO_MONTH.fullmatch(text):
        year, number = int(month[1]), int(month[2])
        return Moment(datetime(year, number, 1, tzinfo=LONDON), DatePrecision.MONTH)
    if _ISO.fullmatch(text):
        # dateutil with dayfirst reads 2022-04-05 as 4 May; ISO needs the ISO reader.
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        precision = DatePrecision.DAY if len(text) == 10 else DatePrecision.MINUTE
        return Moment(_in_london(moment), precision)
    if days := _DAY_RANGE.fullmatch(text):
        # A magazine issue's span, "26 July - 8 August 2013": the day it came out.
        first = dateparser.parse(f"1 {days['first'] or days['last']} 2000").month
        last = dateparser.parse(f"1 {days['last']} 2000").month
        # "28 December - 10 January 2014"
        year = int(days["first_year"] or int(days["year"]) - (first > last))
        return Moment(datetime(year, first, int(days["day"]), tzinfo=LONDON), DatePrecision.DAY)
    # "Published on the 20 April 2015": dateutil skips "on" and "of", not "the"; nor Sky
    # News's "UK" ("12:51, UK, Wednesday 01 October 2014").
    # ... nor a release's "22:30 HRS".
    words = " ".join(
        w for w in _DATE_BREAK.split(text) if w.lower() not in ("the", "uk", "hrs", "hours")
    )
    words = _DOT_TIME.sub(r"\1:\2", _SLOT_END.sub("", words))
    try:
        first, second = (
            dateparser.parse(words, dayfirst=True, default=d, tzinfos=_zone) for d in _DEFAULTS
        )
    except OverflowError as error:
        raise ValueError(str(error)) from error
    except ValueError as error:
        reason = str(error.args[0] % error.args[1:]) if len(error.args) > 1 else str(error)
        raise ValueError(reason.split(":")[0]) from error
    if first.year != second.year:
        raise ValueError("no year")
    if first.month != second.month:
        precision, moment = DatePrecision.YEAR, first.replace(month=1, day=1, hour=0, minute=0)
    elif first.day != second.day:
        precision, moment = DatePrecision.MONTH, first.replace(day=1, hour=0, minute=0)
    elif (first.hour, first.minute) != (second.hour, second.minute):
        precision, moment = DatePrecision.DAY, first.replace(hour=0, minute=0)
    else:
        precision, moment = DatePrecision.MINUTE, first
    return Moment(_in_london(moment.replace(second=0, microsecond=0)), precision)


def _zone(name: str | None, offset: int | None) -> int | ZoneInfo | None:
    """The offset of a zone a date names, or its zone: those above and numbers; others are
    refused."""
    if name is None:
        return offset
    if name.upper() in _ZONES:
        return _ZONES[name.upper()]
    if name.upper() in _US_ZONES:
        return _US_ZONES[name.upper()]
    raise ValueError(f"unknown time zone {name}")


def _in_london(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=LONDON)
    return moment.astimezone(LONDON)


def format_moment(moment: Moment) -> str:
    """A date in a form parse_date reads back with the same precision."""
    at = moment.at.astimezone(LONDON)
    return {
        DatePrecision.MINUTE: f"{at:%Y-%m-%d %H:%M}",
        DatePrecision.DAY: f"{at:%Y-%m-%d}",
        DatePrecision.MONTH: f"{at:%Y-%m}",
        DatePrecision.YEAR: f"{at:%B %Y}",
    }[moment.precision]


# The cleaned article -----------------------------------------------------------


@dataclass(slots=True)
class Author:
    name: str
    role: str = ""


@dataclass
class Draft:
    """An article as read from its source and cleaned, not yet saved."""

    name: str
    headline: str
    body: str
    standfirst: str = ""
    byline: str = ""
    authors: list[Author] = field(default_factory=list)
    published: Moment | None = None
    updated_at: datetime | None = None
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    source_url: str = ""
    publication: str = ""
    line: int = 1

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.headline, self.body)

    def as_text(self) -> str:
        """The cleaned article in the seed format, which imports back to the same draft."""
        head = [self.byline] if self.byline else []
        if self.published:
            head.append(format_moment(self.published))
        if self.updated_at:
            head.append(f"Updated {format_moment(Moment(self.updated_at, 'minute'))}")
        if self.source_url:
            head.append(self.source_url)
        blocks = [self.headline, self.standfirst, "\n".join(head), self.body]
        return "\n\n".join(b for b in blocks if b) + "\n"


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_DASHES = re.compile(r"[‐-―−]")


def fingerprint(headline: str, body: str) -> str:
    """A hash of the text that ignores case, spacing, quote styles and dashes."""
    text = unicodedata.normalize("NFKC", f"{headline}\n{body}").translate(_QUOTES)
    text = " ".join(_DASHES.sub("-", text).casefold().split())
    return hashlib.sha256(text.encode()).hexdigest()


# Cleaning ------------------------------------------------------------------------

# "‘" mangled on the way: its last byte survives as "˜" after an apostrophe.
_DEBRIS_QUOTED = re.compile(r"['’]˜(?=\w)([^'\n]*?\w)'(?!\w)")
_DEBRIS = re.compile(r"['’]˜")
DEBRIS_NOTE = 'Encoding debris "\'˜" before a quotation, replaced with ‘'
CP1252_NOTE = "Read as Windows-1252: the file was not UTF-8"
HTML_NOTE = "HTML character references decoded (such as “&amp;” for “&”)"
MOJIBAKE_NOTE = "Mis-encoded characters repaired (such as “â€™” for “’”)"
MARKDOWN_NOTE = "Markdown formatting removed (headings, emphasis, links and images)"

# Text saved as Markdown, as reader tools save pages: a heading or a link gives it away.
_MARKDOWN = re.compile(
    r"^#{1,6} \S|\]\((?:https?://|/)|^ {0,3}\[[^\]\n]+\]:[ \t]+https?://", re.MULTILINE
)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")


def _images_apart(line: re.Match) -> str:
    """A line without its images, and each image's description on a line after it.

    A picture inside a paragraph would otherwise leave its description mid-sentence. The
    description is labelled as the BBC labels a caption, so that it stays one.
    """
    descriptions = [f"Image caption: {image[1]}" for image in _IMAGE.finditer(line[0]) if image[1]]
    words = " ".join(_IMAGE.sub(" ", line[0]).split())
    return "\n".join(part for part in (words, *descriptions) if part)


_MARKDOWN_MARKS = [
    (re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?$", re.MULTILINE), r"\1"),  # "# Headline"
    (re.compile(r"^ {0,3}>\s?", re.MULTILINE), ""),  # a quoted block
    (re.compile(r"^ {0,3}(?:[-*_] ?){3,}$|^(?:=+|-+)$", re.MULTILINE), ""),  # rules, underlines
    # A line in italics under a picture is its caption: "*Doncaster Council has been ...*".
    (
        re.compile(
            r"^(.*!\[[^\]\n]*\]\([^)\n]*\).*\n(?:[ \t]*\n)?)([*_])([^*_\n]+)\2[ \t]*$", re.M
        ),
        r"\1Image caption: \3",
    ),
    (re.compile(r"^.*!\[[^\]\n]*\]\([^)\n]*\).*$", re.MULTILINE), _images_apart),
    (re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|#)[^)\s]*(?:\s+\"[^\"\n]*\")?\)"), r"\1"),
    # A link by reference, its address listed under the story: "an [Ofsted][4] report",
    # "[4]: https://www.ofsted.gov.uk/"; a footnote's mark, and the note as a numbered line.
    (re.compile(r"\[([^\]\n^]+)\]\[[^\]\n]*\]"), r"\1"),
    (re.compile(r"^ {0,3}\[[^\]\n^]+\]:[ \t]+\S+.*\n?", re.MULTILINE), ""),
    (re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*", re.MULTILINE), r"\1. "),
    (re.compile(r"\[\^[^\]\s]+\]"), ""),
    (re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)=="), r"\1"),  # a highlight: "==The trust will=="
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),  # emphasis
]


def _unmark(text: str) -> str:
    """Markdown's text without its marks: what a reader of the rendered page sees."""
    for pattern, replacement in _MARKDOWN_MARKS:
        text = pattern.sub(replacement, text)
    return text


# A sentence's end; or a line that runs on into the next as a list's does: "... including:-"
# (council minutes' colon), "(c) a suite of 32 indicators; and".
_ENDS_SENTENCE = re.compile(r"(?:[.!?:;…][\"'’”)\]]*|[\"'’”]|:-|[;,] (?:and|or))$")
_FULL_STOP_END = re.compile(r"[.!?:;…][\"'’”)\]]*$")
_BULLET = re.compile(r"[•·▪◦‣∙*✓✔–-]\s+\S")
_BYLINE = re.compile(
    r"(?:(?:[Ww]ritten\s+|[Rr]eport(?:ed|ing)?\s+|[Ww]ords\s+|[Ee]dited\s+|[Ii]nterview(?:ed)?\s+|[Ss]tory\s+|[Aa]rticle\s+)?(?:[Bb]y|BY)"
    r"|(?:[Aa]uthors?|[Bb]yline|[Rr]eporter|REPORTER|[Rr]eport author|[Ww]ords|WORDS):)"
    r"\s+(?P<who>(?:the\s+)?[A-Z][^.!?]*?)\.?"  # "By the BBC Shared Data Unit"
)
_NAME_WORD = r"(?:[A-Z](?:[a-z]+(?:[-'’]?[A-Z][a-z]+)*|(?:[-'’]?[A-Z][a-z]+)+)|[A-Z]\.)"
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|le|la|bin)"
# A line of capitalised words, a name's small words aside: "Doncaster Children's Trust".
_TITLE_CASE = re.compile(r"[\W\d]*[A-Z]\S*(?:\s+(?:[A-Z\d&]\S*|of|and|for|the|in|on|at|to))*")
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,3}}")
_HONORIFICS = {
    "sir", "dame", "mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "lord", "lady",
    "baroness", "mayor", "professor", "prof",  # a letter's addressee: "Mayor Ros Jones"
}  # fmt: skip
# Words that make a short capitalised line an institution or a heading, not a person.
_NOT_PERSON = {
    "agency", "association", "correspondent", "council", "department", "desk", "editor",
    "government", "media", "news", "newsroom", "press", "report", "reporter", "reporters",
    "service", "services", "staff", "team", "trust", "the", "our", "your", "read", "more",
    "share", "watch", "live", "video", "latest", "breaking", "exclusive", "analysis", "opinion",
    "comment", "listen", "gallery", "pictures", "photos", "updates", "home", "politics",
    "democracy",
    # A report's headings and a letterhead's address: "EXECUTIVE SUMMARY", "Sanctuary
    # Buildings"; a post alone: "Branch Secretary".
    "summary", "introduction", "background", "recommendations", "findings", "conclusion",
    "appendix", "contents", "buildings", "house", "street", "road", "square", "office",
    "centre", "secretary",
    # Hansard's and Parliament's page labels: "Commons Chamber", "Westminster Hall", "HTML PDF".
    "chamber", "commons", "westminster", "html", "pdf",
}  # fmt: skip

# Headings of the lists of other stories a page prints, under the story or inside it.
_RELATED_HEADINGS = (
    r"related(?: (?:articles|stories|content|topics|posts|coverage))?"
    r"|more on this (?:story|topic)|more(?: [\w ]{1,20})? news"
    r"|explore more on (?:these|this) topics?|you may also like|most (?:read|popular|viewed)"
    r"|popular(?: now| stories| articles)?"
    r"|top stories|more stories|more about|read more|read next|see also|also read"
    r"|related (?:internet )?links|you (?:may|might) (?:also )?be interested in"
    r"|more like this|you might (?:also )?like|most read news|more on|topics"
    r"|more from [\w ]{1,20}|trending(?: now| in [\w ]{1,20})?|recommended(?: for you)?"
    r"|also in this section|latest from [\w ]{1,20}|most watched(?: news)? videos"
    r"|related (?:items|news|information)|other local news|also in this issue"
    r"|most read in [\w ]{1,20}|read more from [\w ]{1,20}|(?:topics )?in this article"
    # A paper's and a broadcaster's lists: "Also on The Star today:", "Also on HuffPost:",
    # "DON'T MISS:", "GB NEWS LATEST:".
    r"|also on [\w' ]{1,30}|don[’']t miss|[\w' ]{1,20} latest"
)
# Where a page embeds a social network's post: "Skip twitter post by Ros Jones", "End of
# twitter post by ...", "Allow X content?", the Guardian's "Twitter/X post by ...",
# Instagram's "View this post on Instagram" and "A post shared by ...".
_NETWORKS = r"(?:twitter(?:/x)?|x|facebook|instagram|youtube|tiktok|bluesky|threads)"
_EMBEDDED_POST = (
    rf"(?:skip|end of) {_NETWORKS} (?:post|content|video)(?: \d+)?(?: by .{{1,60}})?"
    rf"|allow {_NETWORKS} content\?|(?:accept|allow) and continue"
    rf"|{_NETWORKS} (?:post|video) by .{{1,60}}"
    r"|view this (?:post|profile) on instagram|a post shared by .{1,120}"
)
# Sections of a site's menu, run together on one line: "News Sport Nostalgia Lifestyle Jobs".
_SECTION = (
    r"(?:news|sport|sports|weather|iplayer|sounds|bitesize|reel|worklife|future|home|nostalgia"
    r"|lifestyle|announcements|jobs"
    r"|business|opinion|politics|education|health|entertainment|arts|tech|technology|science"
    r"|world|uk|local|motoring|property|homes|cars|travel|food|culture|money|more|video|videos"
    r"|podcasts|puzzles|letters|features|comment|analysis|events|subscribe|newsletters|search"
    r"|tv|radio|britain|europe|asia|china|international|leaders|briefing|obituary"
    r"|england|scotland|wales|n\. ireland|northern ireland|us"  # the BBC's nations
    r"|society|law|media|environment|crime|courts)"  # the Guardian's "Society | ..."
)
_SHARE_BUTTON = (
    r"(?:share(?: (?:on|via) (?:facebook|twitter|x|e-?mail|whatsapp|linkedin))?|tweet|e-?mail"
    r"|(?:\d+ )?comments?|save|print|whatsapp|facebook|twitter|linkedin|reddit|pinterest|messenger"
    r"|google\+|copy link|e-?mail this (?:story|article)|forward(?: to a friend)?"
    r"|give|gift(?: this)? article)"  # the Economist's
)
# "(c)" as a copyright mark: before a year, "Copyright" or an owner's name ("(c) Johnston
# Press Ltd"); not a clause's letter ("(c) the Council shall pay the Trust ...").
_C_MARK = (
    r"\(c\)(?=\s*(?:\d{4}|copyright\b"
    r"|(?-i:(?:[A-Z][\w&.'’-]*|&|\d{4})(?: (?:[A-Z][\w&.'’-]*|&|\d{4})){0,7})(?:[.,;]|$)))"
)
# A Markdown table's rule under its head: "| --- | :---: |", "|---|---|".
_TABLE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?)?\s*")
_FURNITURE_LINES = [
    _EMBEDDED_POST,
    r"@\w{2,30}",  # an author's handle on a line of its own, under the byline
    rf"(?:{_SECTION}\s+){{3,}}{_SECTION}",
    r"buy a photo|image (?:source|copyright),? .{1,60}",  # "Image source, Getty Images"
    r"donate(?: today| now)?",  # under a site's appeal for donations
    r"cookies on (?:the )?[\w ]{1,30}",  # a cookie banner's heading: "Cookies on the BBC website"
    r"you have successfully signed up!?|telegraph view: .{1,80}",
    r"see (?:all|more) [\w&'’ ]{1,30}",  # the Telegraph's "See all News" over a headline
    r"bbc news, [\w &]{1,30}",  # the BBC's desk under its byline: "BBC News, Yorkshire"
    # Phones' and apps' copies: "Open in app", "Tap to expand", a forwarded e-mail's marks.
    r"open in (?:the )?app|scroll to continue|tap to expand|text size|\d+ mins?"
    r"|sent from my (?:iphone|ipad|android|phone|mobile|samsung)\b.{0,30}"
    r"|begin forwarded message:?|-+ ?forwarded message ?-+|like · comment · flip"
    r"|\d[\d,.]*k? likes?",
    r"support (?:truly )?independent journalism",  # the Independent's appeal
    # A news agency's tags and slugs over a story: "PA NEWS", "URGENT", "ENGLISH SERVICE",
    # "HOME Councils Solihull (1810)", "GBR/EDUCATION/INSPECTION", "UK-EDUCATION-DONCASTER/".
    r"\**(?:pa(?: news| media)?|afp|reuters)\**|urgent|newsflash|english service|\(english\)"
    r"|corrected repeat|new lead|writethru|recasts?|more to follow"
    r"|(?:rights|feed|priority|catchline|word count|story id) ?: .{1,80}"
    # A cuttings service's form over the story: "Article size: 611 cm2", "AVE: £1,104.00".
    r"|(?:article size|circulation|readership|reach|ave|sentiment|client|customer|mentions"
    r"|(?:meltwater |article |clip |clipping )?(?:document )?id|cutting ref|frequency) ?: .{1,200}"
    r"|democracy dies in darkness",  # the Washington Post's motto under its name
    # Newspaper archives' labels and records: the British Newspaper Archive's "Article text
    # (OCR):", ProQuest's "FULL TEXT" and its record under the story ("ProQuest document
    # ID: 1543812276"), Gale's "Source Citation (MLA 9th Edition)".
    r"this text was automatically generated and may contain errors"
    r"|(?:article )?text \(ocr\)(?: - this text was automatically generated .{0,40})?"
    r"|full text|abstract(?: \(english\))?|source citation(?: \(mla \d+\w* edition\))?"
    r"|gale primary sources(?: - .{1,60})?|(?:source: )?(?:the )?british newspaper archive"
    r"|ukpressonline(?: - .{1,60})?|page:? \d{1,3}(?: \| words: \d+)?|words: \d+"
    r"|(?:document url|proquest document id|publication title|issn|company ?/ ?organization"
    r"|place of publication|country of publication|publication subject|source type"
    r"|language of publication|document type|database|first page|publication year"
    r"|identifier ?/ ?keyword|naics): .{1,300}",
    r"|(?-i:[A-Z]{3,}(?: [A-Z][\w'’-]*){1,4} \(\d{4}\))"
    r"|(?-i:[A-Z]{2,}(?:[/-][A-Z]{2,})+/?(?: \(UPDATE \d+\)|, (?:PRIORITY|URGENT))?)",
    # Comment boxes' and tool bars' lines: "Commenting on this article is now closed.",
    # "Email a friend Print this article Text size", "Click to print (Opens in new window)".
    r"commenting on this (?:article|story) is (?:now )?closed|comments are (?:now )?closed"
    r"|be the first to comment(?: on this (?:article|story))?"
    r"|email a friend(?: print this (?:article|page))?(?: text size)?"
    r"|click to (?:print|email|share)\b.{0,60}",
    # GOV.UK's page box and survey: "Contents", "Explore the topic", "Is this page useful?
    # Maybe", "Thank you for your feedback".
    r"contents|explore the topic|maybe|thank you for your feedback",
    # A release's reference: "NR 2012-48", "Ref: DMBC/PR/14/0412".
    r"(?:ref(?:erence)?(?: no\.?)?:?|nr|release no\.?:?) ?[a-z]*[/\d][\w/.-]*",
    # Magazines' labels over a feature: "The long read", "From the April 2016 issue",
    # Tortoise's "Slow news | Children"; a trade paper's "Registered users: sign in".
    rf"(?:the )?long read|from the (?:{_MONTHS}) \d{{4}} issue"
    r"|slow news(?:\. sensemaking)?(?: \| [\w ]{1,30})?"
    r"|registered users:? (?:sign|log) in",
    # A site's search box, where-you-are line and old bookmarking bar.
    r"search (?:the|this|our) [\w ]{0,30}(?:web)?site|(?:you are here|breadcrumb):? .{1,200}"
    r"|bookmark with:?",
    # News apps' and aggregators' frames: "SmartNews", "← ampproject.org", "Flipped by Karen
    # Lowe into Children's Social Care Weekly", "Children & Young People Now · 3 min read".
    r"smartnews|smartview|microsoft start|flipboard|for you|following|explore|feedback"
    # E-mail newsletters' and alerts' top lines: "View in browser | Add us to your safe
    # senders list", "Having trouble reading this email? View in browser".
    r"|(?:(?:hi there\W+)?(?:(?:having )?trouble (?:reading|viewing)|can'?t see)"
    r" (?:this (?:e-?mail|newsletter)|the images)(?: properly)?\?\s*)?"
    r"(?:view|open) (?:(?:this|the) (?:e-?mail|bulletin|newsletter|issue) |it |this |the )?"
    r"(?:in (?:your |a )?browser|online|on the web)"
    r"(?: \| (?:add us to your safe senders list|forward (?:this )?to a (?:friend|colleague)))?"
    r"|flag as irrelevant|add us to your safe senders list"
    # A release's embargo: "EMBARGO: Not for publication before 00.01 Thursday 7 July 2016".
    r"|embargo(?:ed)?\s*(?::|until\b|to\b).{0,100}"
    # A speech's note that the text is as prepared, not as spoken.
    r"|\(?check against delivery\)?"
    r"|not for (?:publication|release|broadcast)(?: or (?:publication|broadcast))?"
    r" (?:before|until)\b.{0,80}"
    # GOV.UK's menu ("Topics", "Government activity"), and its menus of 2013 run onto one
    # line each; the Guardian's share button.
    r"|search gov\.uk|government activity|view more sharing options"
    r"|departments\s+worldwide\s+how government works\s+get involved"
    r"|policies\s+publications\s+consultations\s+statistics\s+announcements"
    r"|services and information|departments and policy"  # its footer's headings
    r"|open in (?:the )?browser|← ?ampproject\.org|view original|flipped by .{1,60} into .{1,80}"
    r"|\d+ (?:minutes?|hours?|days?) ago|[\w ,.&'’]{1,40} · \d+ min read",
    # GOV.UK's cookie buttons, a line each.
    r"(?:accept|reject|view|manage) (?:additional |all |optional )?cookies",
    r"hide ad|ad|advert(?:isement)?|advertising|ad(?:vertising)? feature|sponsored(?: content)?",
    # A newsletter's links ("Subscribe", "Archive", "Advertise"), a logo's alternative text
    # ("Channel 4 News logo"), ITV's region ("Regions: Calendar (Yorkshire)").
    r"archive|advertise(?: with us)?|regions?: [\w &'’()]{1,40}",
    r"(?-i:[A-Z][\w&'’.]*(?: [A-Z\d][\w&'’.]*){0,4}) logo",
    # A wire copy's notes: "Words: 620", "Embargo: none", "Pictures: ...".
    r"words: \d{2,5}|embargo: (?:none|n/?a)|pictures: .{1,120}",
    # A sponsor's label over partner content: "In association with iMPOWER".
    r"(?:in association with|sponsored by|in partnership with) [\w &'’.-]{1,40}",
    r"thank you for your support",
    r"share this|like this|like loading\.*|was this (?:page|article) (?:useful|helpful)\??",
    r"ads by \w+|(?:\d{1,2}:)?\d{1,2}:\d{2} / (?:\d{1,2}:)?\d{1,2}:\d{2}",  # an audio player
    # A programme's or podcast's details: "Duration: 38:14", "Available for 29 days".
    r"duration:? (?:\d{1,2}:)?\d{1,2}:\d{2}|available for (?:over )?(?:a|an|\d+) \w+",
    # A PDF's running header or footer: "Doncaster Children's Services Trust | Annual Review
    # 2016/17 | Page 4 of 28".
    r".{3,120}?(?:\||-|–|,)?\s*page \d{1,3} of \d{1,3}",
    # The page's footer: "National World Publishing Ltd. All rights reserved."
    rf"(?:©|{_C_MARK}|copyright\b).{{0,120}}|(?:[\w &'’,-]{{1,60}}\. )?all rights reserved",
    r"[\w &'’.-]{1,40} ©\s?\d{4}.{0,100}",  # "The Yorkshire Post ©2024 National World ..."
    # "The Star, Sheffield. Part of Johnston Press."
    r"(?:[\w &'’,-]{1,60}\. )?part of (?:johnston press|jpimedia|national world|reach plc"
    r"|newsquest|archant|tindle)(?: \w+){0,2}",
    r"skip (?:this )?ad(?:vert(?:isement)?)?",
    r"(?:article|story) continues (?:below|after (?:this )?advert(?:isement)?)(?: advertisement)?",
    r"continue reading(?: (?:below|the (?:main )?story))?",
    r"(?:did you )?enjoy(?:ed)? (?:reading )?this (?:article|story|piece)(?:\?.*)?",
    r"thanks? (?:you )?for (?:signing up|subscribing|registering|reading)",
    r"share (?:or comment on )?(?:this|the) (?:article|story|page|post)(?: on .*| via .*)?",
    r"share(?: (?:on|via|by) .{1,40})?|(?:open |close )?(?:the )?share panel|close(?: panel)?",
    # Share buttons by their letters or names: "Share f t ✉", "Share this article: [f] [t]
    # [in] [email]", "Share on: Facebook | Twitter | LinkedIn".
    r"share(?: this (?:article|story|page))?(?: on)?:?(?:\s*\|?\s*\[?(?:f|t|x|in|✉|e-?mail"
    r"|facebook|twitter|linkedin|whatsapp)\]?)+",
    # A paper's tagline: "Yorkshire Post – Yorkshire's National Newspaper".
    r"[\w ’'&.]{1,40} [–—-] [\w ’'&.]{1,40} newspaper",
    # A notice to editors between asterisks: "*** This copy is supplied under ... ***"; a
    # wire's slug, length and embargo over its copy, and the service's name alone.
    r"\*{3}.{1,300}\*{3}|slug: .{1,60}|words: \d+|embargo: .{1,60}"
    r"|(?-i:LOCAL DEMOCRACY REPORTING SERVICE)",  # a banner, not a byline's service
    # A company's number and an icon's label: "Registered in England No. 894646.",
    # "Comment speech bubble icon".
    r"registered in england(?: and wales)?,? (?:no\.?|number:?) ?\d{5,9}"
    r"|(?:[\w ]{1,30} )?(?:bubble|arrow|chevron|share|comment|close|menu|search|play) icon",
    # A publisher's footer: "Reading Chronicle, Newsquest (Thames Valley) Ltd."
    r"[\w ’'&.,]{1,60}\b(?:newsquest|jpimedia|reach)\b[\w ’'&.,()]{0,40}\b(?:ltd|limited|plc)",
    r"newsby",  # Reach's label run into its byline's "By"
    # "Share: Facebook | Twitter | LinkedIn | Email | Print", the BBC's "Share this with Email
    # Facebook Messenger ...".
    r"(?:share|tweet)(?: this(?: article| story| page| post)?(?: with)?)?\s*:?"
    r"(?:\W+(?:facebook|twitter|x|linkedin|e-?mail|print|whatsapp|tweet|reddit|pinterest"
    r"|messenger|copy link)){1,8}\W*",
    r"google\+|got it!?|click to follow\b.*|\+ follow|like reply(?: \d+ reactions?)?",
    r"embargoed\b.{0,80}",  # a wire story's time of release
    r"e-?mail:? [\w.+-]+@[\w.-]+",  # a reporter's address under the byline
    # A bar of share buttons: "Share on Facebook Share on Twitter", "Tweet Share WhatsApp".
    rf"{_SHARE_BUTTON}(?:\W*\s{_SHARE_BUTTON}){{1,8}}\W*",
    r"\(?additional reporting by\b.{1,100}",
    r"::\s.{1,120}",  # Sky's links under a story: ":: Grenfell Tower fire: Full coverage"
    r"(?:- )?from the section [\w &'’,-]{1,40}",  # the BBC's, under its headline
    # Hansard's pages: "Previous debate   Next debate", "Next debate: Rail Services",
    # "[Mr Philip Hollobone in the Chair]", "Hide Contents"; Parliament's search pages.
    r"(?:previous debate\s+)?next debate(?::\s.{1,100})?|previous debate"
    r"|\[[\w .'’-]{3,60} in the chair\]|(?:hide|show) contents"
    r"|find written questions and answers|watch (?:the )?(?:meeting|debate)(?: live)?"
    r"|share this debate|download text|watch parliament live",
    # Stations' and social posts' lines: "Listen again: Toby Foster at Breakfast, ...",
    # "Hosted on Acast. ...", "#Doncaster #TeamDoncaster", "86 people like this.",
    # "[Image may contain: 4 people ...]", "Write a comment...", a podcast's review plea.
    r"(?:[#@]\w+[\s,]*){2,}"
    r"|\d[\d,]* (?:people|others) like this\.?|like \d[\d,]*(?: \| [\w+ ]{1,12}){2,}"
    r"|\[image may contain:.{1,200}\]|write a (?:comment|reply)\W{0,3}|press enter to post\.?"
    r"|enjoyed (?:it|this|the show|the episode)\? leave us a review\b.{0,100}",
    # A site's tagline under its name: "Your authority on UK local government", "Your city.
    # Your news."
    r"your (?:authority|city|town|local|trusted|independent|home)\b[\w .,'’]{0,50}",
    _TABLE_RULE.pattern,  # a Markdown table's rule
    # A Reuters reporter's addresses under the story, in double brackets:
    # "((kate.holton@thomsonreuters.com)(+44 20 7542 2836)(Reuters Messaging: ...))".
    r"\(\((?=.*(?:@|reuters messaging)).{3,300}\)\)",
    r"(?:from|to|cc|subject|sent):\s.{1,120}",  # an e-mail's header, forwarded with it
    # A menu of sections or share buttons on one line: "News | Finance | Workforce | Jobs".
    r"(?:[\w'’&.]+(?: [\w'’&.]+){0,2} ?\| ?){3,}[\w'’&.]+(?: [\w'’&.]+){0,3}",
    r"sharing|scroll down for video|reuse content|follow|\d[\d,.]*k? shares?|shares"
    r"|tweet(?: this)?|like \d[\d,]*|(?:g)?\+1|article history"
    r"|newest|oldest|best rated|worst rated|view all"
    r"|(?:readers['’]? )?comments (?:will be|are) (?:switched|turned) (?:on|off)\b.*",
    r"download (?:the|our|this) data\b.*|interactive (?:chart|map|graphic|table)\b.*"
    r"|hover over\b.{0,80}|(?:tap|click) (?:on )?a (?:council|bar|dot|line)\b.*",
    r"follow us(?: on .{1,60})?|like us on .{1,40}|copy (?:the )?link|contact us|about us"
    r"|follow @\w{2,30}(?: on .{1,40})?",
    r"print(?: this (?:article|page))?|e-?mail(?: this (?:article|story))?",
    r"facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|messenger|bluesky|threads",
    r"(?:read|see) (?:more|also|next)\b.*|also read\b.*",
    rf"(?:{_RELATED_HEADINGS})(?::.*)?",
    r"trending(?: now)?|don'?t miss\b.*",
    r"(?:\d{1,2}[.:]\d{2}\s*(?:[ap]m|bst|gmt)?\s*)?key event",  # the Guardian live blogs label
    r"submitting\.*",  # a sign-up form's message
    r"reuse this content|share page|about sharing",
    r"listen to (?:this )?(?:article|story)\b.*|~?\d+ min(?:ute)?s? read|duration \d+:\d+",
    r"(?:\d+ )?comments?(?: \(?\d+\)?)?|(?:view|show|hide|read)(?: \d+)? comments?",
    r"is this page useful\??|(?:yes|no),? this page is (?:not )?useful"
    r"|is there anything wrong with this page\??"  # GOV.UK's of 2013
    r"|sort by:? \w+(?: \| .{1,120})?|since you(?:'|’)re here\W*"
    r"|enter (?:your )?e-?mail(?: address)?"
    r"|click to share on \w+(?: \(opens in new window\))?"
    r"|(?:facebook|twitter|whatsapp|e-?mail|linkedin|messenger)"
    r"(?:\W+(?:facebook|twitter|x|whatsapp|e-?mail|linkedin|messenger|copy link))+\W*"
    r"|report a problem with this page|rate this page|accessibility statement|-?ends-?",
    r"comments are (?:now )?(?:closed|disabled)|join our commenting forum|your thoughts"
    r"|commenting (?:is )?(?:now )?closed\b.{0,40}|community care inform",
    r"share what you think|the comments below have (?:not )?been moderated",
    r"(?:tags|topics|tagged|filed under)\s*:.*",
    r"join the (?:conversation|discussion|debate)\b.*|click here\b.*|tap here\b.*",
    r"support (?:our|local|independent|quality) journalism\b.*",
    r"(?:your|reader) support helps us\b.*|(?:find out|learn) more|support us",
    r"more from [\w ]{1,20}|promoted stories|recommended(?: for you)?|have your say"
    r"|get in touch|report an error|most (?:read|recent|popular)(?: most (?:read|recent))?",
    # A video player's and a reading list's controls.
    r"video (?:loading|unavailable)|(?:click|tap) to play(?: (?:click|tap) to play)?|play now"
    r"|the video will auto-?play soon.*|watch more of our videos on shots!?"
    r"|and live on freeview channel \d+|visit shots!? now|show more|loading\.*"
    r"|bookmark|article saved|you can find this article in your saved articles|ad feedback",
    r"invalid email|something went wrong,? please try again(?: later)?",
    r"get our free [\w ’'&]{1,50} (?:email|newsletter)\b.*|please enter a valid email(?: address)?"
    r"|thanks for signing up to\b.*|(?:read|see) our privacy (?:notice|policy)",
    # Reach's sign-up box: "Get the biggest daily stories by email", "Show me".
    r"get the (?:biggest|latest|best|top)\b[\w ]{0,40} by e-?mail|show me",
    r"published by associated newspapers(?: ltd)?|part of the daily mail\b.*|bing site web\b.*",
    r"bookmark popover|removed from bookmarks|popular videos|sponsored features|save"
    r"|gift this article(?: free)?|(?:twitter|facebook|email|whatsapp|linkedin) icon",
    # A reader's contribution, asked for under the story.
    r"support the guardian|continue|remind me in \w+|accepted payment methods\b.*|search jobs"
    r"|find a job|(?:uk|us|international|europe|australia) edition",
    # A blog's account, its date elsewhere: "Posted by admin | Filed under: Council".
    r"posted by (?:admin\w*|webmaster)(?:\s*\|\s*(?:filed under|tags|categories)\s*:.*)?",
    r"view all partners|cc by(?:[ -](?:nc|nd|sa)){0,3}",  # The Conversation's
    # Reader views' and read-later apps' lines: the site's domain, the reading time.
    r"(?:www\.)?(?:[a-z0-9-]+\.)+(?:co\.uk|org\.uk|gov\.uk|ac\.uk|com|net|org|news|uk)"
    r"|\d{1,2}\s?[–-]\s?\d{1,2} minutes?|view original(?: article| story| page)?|save to pocket",
    # Read-later apps' and web clippers' lines: "theguardian.com · 5 min read", "Saved Mar
    # 14, 2019 · Tags: doncaster", "Clipped from: https://...", "Notebook: Research".
    r"(?:[a-z0-9-]+\.)+[a-z]{2,}\s*[·•|]\s*(?:\d+ min(?:ute)?s? read|saved\b.*)"
    r"|saved (?:on )?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b).{0,80}"
    r"|save for later|clipped from:? .{1,300}"
    r"|clip date:? .{1,40}|notebook:? .{1,60}|sent to kindle\b.{0,60}"
    r"|(?:estimated )?reading time:? \d+ min(?:ute)?s?|print friendly,? pdf (?:&|and) e-?mail"
    r"|jump to comments(?: \(\d+\))?|refresh (?:the page )?for (?:the )?latest updates"
    r"|download (?:the )?(?:full )?(?:pdf|report)\b.{0,40}",
    # Feed readers' and apps' lines: "Visit website", "BBC News / 3h", "Shared via Google
    # News", "Add to board · Share · Mark as read", a note app's "Created: October 1, 2014
    # 4:15 PM", a Kindle's "Location 1-34 of 34".
    r"visit website|[\w&'’. -]{1,40} / \d{1,2}[mhd]|shared (?:via|from) [\w ]{1,30}"
    r"|search for|share this story(?: about sharing)?|about sharing"
    r"|your [\w ]{1,40} [–-] supporting local journalism"
    # A site's tagline: "News from Doncaster Liberal Democrats".
    r"|(?:the )?(?:latest )?news from(?: \w+){1,5}|the (?:official )?website of(?: \w+){1,5}"
    r"|(?:(?:add to board|read later|like|share|post|e-?mail|archive|mark as (?:un)?read|save|star"
    r"|open in new tab)(?: · |\s+|$)){2,}"
    r"|(?:created|updated|last edited time|clipped):? (?:on )?\w{3,9} \d{1,2},? \d{4}\b.{0,20}"
    r"|location \d+(?:-\d+)? of \d+",
    # Press offices' labels over a release.
    r"(?:(?!by )\w+ )?(?:press|news|media) (?:release|office|notice)"
    r"|(?:press|news|media) release from [\w&'’. -]{2,80}|immediate|not for publication"
    r"(?:\s*[-–:|]\s*for immediate release)?"
    r"|\**\s*for immediate release\s*\**"
    r"|cookies on [\w.]{2,30}",
    # A wire's note on a new version: "(Corrects spelling of ... in 14th par)".
    r"\((?:corrects|updates|adds|recasts|changes|fixes|refiles)\b[^()]{0,150}\)",
    # A player's label in brackets: "[Video: Watch Jon Hill's report - 2 min 38 sec]".
    r"\[(?:video|audio|watch|listen)\b[^\]]{0,100}\]",
    # A consent banner's title and buttons.
    r"we (?:value|care about|respect) your privacy|accept all(?: cookies)?|reject all"
    r"|manage (?:preferences|options|cookies)"
    r"|(?:cookie|privacy) settings|manage cookies|show purposes|more options",
    # A site's logo, access labels and menus: "The Times logo", "Free to read".
    r"(?-i:(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) logo|free to read"
    r"|accessibility links|today'?s sections"
    r"|past six days|subscriber[- ]only(?: content)?",
    # The BBC's older share panels and section lines.
    r"these are external links and will open in a new window|share this with(?: \w+)?"
    r"|copy this link|from the section [\w &,'’-]{1,60}|what are these\?"
    r"|e-?mail this to a friend|printable version|delicious|digg|stumbleupon",
    # Broadcasters' players and rails: "Play video", "Latest videos", "Now playing on Hallam
    # FM", "LBC is part of Global".
    r"play(?: video| audio)?(?:,? .{0,100}duration \d+:\d+)?"
    r"|latest videos|now playing(?: on .{1,40})?|[\w ]{1,40} is part of (?:bauer|global)\b.{0,60}"
    r"|trending on [\w ]{1,30}|more (?:local )?news from [\w ]{1,30}|tags|< ?back|font size(?: a)*",
    # Apps', newsletters' and comment boxes' controls.
    r"topics in this article:.{0,200}|unsubscribe|update your preferences|forward to a friend"
    r"|manage preferences|reply|coming up tomorrow:.{0,120}|[\w ]{1,30} uses cookies\..{0,40}"
    # E-mails' footers and printed pages' controls.
    r"|print this page(?: \| close window)?|close window|printed: .{6,30}"
    r"|[\w &'’.-]{1,60} - print(?:er[- ]friendly)? (?:article|version|page)"
    r"|\[[^\]]{1,40}\blogo\](?:\s+.{0,60})?"  # "[CYP Now logo] Print this page"
    r"|news|get (?:all )?the latest news from [\w ’'&.]{1,40}"
    # Sites' small print, pagers and post navigation: "This article is over 9 years old",
    # "Previous post: ...", "Categories: Children and families", "Privacy | Cookies | Terms".
    r"|this article is (?:over|more than) \d+ years? old|suggest a correction|also on \w+|more:"
    r"|(?:terms and )?privacy(?: policy| dashboard| notice)?|privacy (?:&|and|\|) cookies"
    r"|terms(?: of use| and conditions)?|more info|full coverage|more headlines|load more"
    r"|sponsored: .{1,100}|(?:previous|next) (?:post|article|story)(?::? .{1,120})?"
    r"|categor(?:y|ies): .{1,120}|posted in:? .{1,120}|media enquiries|related pages"
    r"|weather:? -?\d{1,2}°?c\b.{0,30}|promoted by .{1,60}|uk parliament|search hansard"
    r"|recent posts|your comments|print friendly|read on [\w.-]+\.[a-z]{2,}|like|flip"
    r"|\d+ reactions?|view reactions(?: \(\d+\))?|(?:privacy|cookies|terms)(?: \| \w+)+"
    r"|e-?mail this to a friend\s*\|?\s*printable version",
    # A live page's header and pager: "Live Reporting", "All times stated are UK".
    r"live reporting|all times (?:stated )?(?:are )?(?:uk|bst|gmt)|previous(?: page)?"
    r"|next(?: page)?|page \d+ of \d+|<? ?previous page\s+next page ?>?",
    # E-editions' readers and their print pages' jump lines: "Zoom + | Zoom - | Fit width",
    # "Continued on page 8", "From page 7", "Comment: Page 12", "PressReader.com +1 604 ...".
    r"[\w ]{1,40} e-?edition|zoom \+.{0,40}|fit width|printed and distributed by pressreader"
    r"|pressreader(?:\.com.{0,40})?|(?:continued|turn) (?:on|to) page \d+.{0,80}"
    r"|from (?:page \d+|the front page)|[\w’' ]{1,30}: page \d+|read [\w’' ]{1,40} on page \d+",
    # Aggregators' copies: Apple News, Yahoo, MSN.
    r"(?:shared from|open in) apple news|get more [\w ’'&.]{1,30} news|story continues"
    r"|read (?:the )?full (?:article|story)(?: (?:at|on) .{1,40})?|view comments|more for you"
    r"|(?:recommended|related) stories|story by .{1,50} [•·] \d*\w{1,3}",
    # A box of job adverts: "Jobs", "Team manager – Doncaster Children's Services Trust –
    # £42,000", "View all FE Week jobs".
    r"(?:(?:latest|featured|related|more|all) )?jobs|(?:view|see|browse) (?:all|more)\b.{0,30} jobs"
    r"|more jobs at\b.{1,40}|[^–—|]{3,80} [–—-] [^–—|]{3,100} [–—-] (?:up to )?(?:£\d[\d,.]*k?"
    r"|competitive|negotiable|l\d{1,2}\s?[-–]\s?l\d{1,2}|tlr \w+)\b.{0,40}",
    r"(?:video|audio) (?:report|package|interview) by\b.{1,60}",  # a broadcast's credit
    r"(?:become|already) a (?:subscriber|member)\b.*|subscribers? only",
    r"(?:sign|log) (?:in|up|out)\b.*|register(?: now| for free| here| today| to .*)?",
    r"subscribe(?: now| today| here| to .*| for .*)?|join(?: us)? (?:now|today|here)",
    r"free for (?:one|a|\d+) (?:month|week)s?",  # The Telegraph's offer over its pages
    r"(?:share|comments?|save|print|bookmark){2,}",  # buttons run together: "ShareComments"
    r"(?:get|enjoy|unlock) (?:unlimited|full|digital) access\b.*",
    r"this (?:article|story) is more than \w+ (?:years?|months?) old",
    # A label on its own line, its date under: "Published", the Free Press's "Published Date:".
    r"(?:first )?published(?: date)?|posted|delivered on",
    r"(?:location|part of|applies to):\s.{1,80}",  # GOV.UK's: a speech's place, its topics
    # Skip links, one or several run together: "Skip to main contentSkip to navigation".
    r"(?:skip to (?:the )?(?:main )?(?:content|navigation|article|search|footer) ?)+"
    r"|(?:main )?menu|search|home",
    # A site's link home, alone or after its name: "The Guardian - Back to home".
    r"(?:[\w’'.& ]{1,40} [-–|] )?(?:back to (?:home(?:page)?|(?:the )?top(?: of the page)?|news)"
    r"|(?:go|return) to (?:the )?"
    r"home(?:page)?)|[\w.&]{1,20} homepage|accessibility help",
    r"markdown content",  # a reader tool's label over the page's text
    r"about the authors?",  # over a note on the author, which goes too
    # A news database's record around the story (LexisNexis, Factiva): its fields, its
    # word count and its document number.
    r"(?:section|length|load-date|language|publication-type|journal-code|graphic|"
    r"correction-date|document-type)\s*:.*|end of document|\d[\d,]* words|english"
    r"|document [a-z]{2,8}\d{6,}[a-z0-9]*|\d+ of \d+ documents?|body:"
    # "1 of 1 DOCUMENT", "Edition 1; National Edition", or that on two lines.
    r"|edition \d+[;,](?: .{0,30}edition)?|(?:national|late|final|first|northern|scottish|irish"
    r"|international|metro|city|\d+(?:st|nd|rd|th)) edition",
    # A clippings service's record over a cutting: "Circulation: 36,480 (ABC)", "AVE: £4,410".
    r"(?:circulation|frequency|ave|keywords?|size|readership|publication|media type)\s*:.*"
    r"|page\s*:\s*[\d, -]+|type\s*:\s*[\w /]{1,40}",
    r"(?:p(?:age|g)?\.? ?)?\d{1,3}",  # a page's number: "Yorkshire Post · 27 Nov 2015 · 12"
    # Archived copies' headers (Google's cache, archive.today's) and old printed pages'.
    r"full version|text-only version|view source"
    r"|archive\.(?:today|ph|is)|webpage capture|saved from|all snapshots from host .{1,80}"
    r"|webpage|screenshot|download \.zip|report bug or abuse|buy me a coffee|short link"
    r"|long link|html code|wiki code|\d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d utc"
    r"|story from bbc news:?",
    # A browser's header and footer on each printed page: "05/12/2016, 09:41 <the page's
    # title>", "https://www.thestar.co.uk/news/... 1/2"; a reading mode's "5 minutes".
    r"\d{1,2}/\d{1,2}/\d{4},? \d{1,2}:\d{2} .{5,200}[^.!?]|https?://\S+ \d{1,2}/\d{1,2}"
    r"|\d{1,2} minutes?",
    # Players', magazines' and e-editions' lines: the Economist's "Your browser does not
    # support the <audio> element.", PressReader's "Start Page: 14".
    r"listen|translate|ok|the trust project"
    r"|your browser does not support the <(?:audio|video)> element"
    r"|save time by listening to our audio articles as you multitask"
    r"|tick the boxes of the newsletters you would like to receive"
    r"|you must be logged in to (?:post a )?comment|(?:article name|start page|end page):.{0,200}",
    # Share counts: "Share 1.2k", "Tweet 487", "Shares 356", "1.6k", "Pin".
    r"(?:share|tweet|pin)s? [\d,.]+k?|[\d,.]+k|pin|register for free(?: access)?",
    r"ad loading|the video will start in \d+|cancel",
    r"story saved|you can find this story in my bookmarks|blog at wordpress\.com"
    r"|get our daily news and breaking news alerts",
    # Aggregators' controls: "Like Comment Flip Share", "More stories from cypnow.co.uk".
    r"more stories from .{1,60}|flipped into .{1,80} by .{1,60}|flipped by .{1,60}"
    r"|(?:(?:like|comment|flip|share)\s*){2,4}",
]
_FURNITURE = re.compile(f"(?:{'|'.join(_FURNITURE_LINES)})[.!?:…]*", re.IGNORECASE)
_PROMPT = re.compile(
    r"\b(?:newsletters?|subscri(?:be|bers?|ptions?)|memberships?|sign[- ]?up|log[- ]?in|premium"
    r"|paywall|inbox|ad-free|unlimited access|notifications)\b",
    re.IGNORECASE,
)
# A price, not a sum a story reports: "£1", "£4.99", but not "£5m", "£2 million" or
# "£1,240" (a price in thousands is no subscription's).
_PRICE = re.compile(
    r"[£$€]\s?\d{1,3}(?:[.,]\d\d?)?(?![\d.,]|\s?(?:m|bn|k|million|billion)\b)", re.IGNORECASE
)
_OFFER = re.compile(
    r"/\s*(?:month|week|year|yr|mo)\b|\b(?:per|a|each) (?:month|week|year|annum)\b"
    r"|\b(?:subscri\w*|trial|offer|first|from|only|just|save|membership)\b",
    re.IGNORECASE,
)
_UPDATED_LINE = re.compile(r"(?:last\s+)?updated\b.*", re.IGNORECASE)
# A time the page gives as an age, no date: the BBC's "Published" over "3 hours ago".
_RELATIVE_TIME = re.compile(
    r"(?:(?:published|posted|updated)\s+)?(?:(?:\d{1,2}|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?"
    r"|days?|weeks?)\s+ago|just now)",
    re.IGNORECASE,
)
_PICTURE = r"(?:pictures?|photo(?:graph)?s?|images?)"
# "Photo: PA", "Picture credit | PA", "Image source, PA".
# A credit ending a caption: "Doncaster's Mansion House. Source: Alamy", "Inspectors said
# ... Credit: Christopher Furlong/Getty Images".
_CREDIT_AT_END = re.compile(  # Reach's glued on: "... at the Dome(Image: LDRS)"
    # Not the BBC's galleries: "In pictures: Doncaster celebrates becoming a city".
    rf"(?:[.,;]?\s\(?|(?<=\w)\()(?<!^In )(?<!^In \()(?:{_PICTURE}|pic|credit|source)\s*:\s*"
    r"[A-Z][\w.&/'’ -]{1,50}\)?$",
    re.I,
)
# An agency's credit in brackets ending a caption: "... in the public interest (Chris
# Radburn/PA Wire)", "... good directors (PA)", "... yesterday (Reuters)".
_AGENCY_CREDIT_AT_END = re.compile(
    r"\s\((?:[^()/]{1,50}/)?(?:PA(?: Wire| Media| Archive| Images)?|Reuters|AP|AFP|EPA"
    r"|Getty(?: Images)?|Alamy(?: Stock Photo| Live News)?|Shutterstock|Rex(?: Features)?"
    r"|Bloomberg)\)$"
    # Or after the caption's full stop: "... removal of Rotherham's cabinet. Dave Higgens/PA",
    # "... to a trust. CHRISTOPHER FURLONG/GETTY IMAGES".
    r"|\.\s[A-Z][\w .'’-]{1,40}/(?:PA(?: Wire| Media)?|Reuters|(?i:Getty Images)|AFP|Alamy)$"
)
# A credit alone on the line under its caption: "Picture: Simon Hulme", "GARY CALTON FOR
# THE TIMES", "Chris Radburn/PA Wire".
_CREDIT_LINE = re.compile(
    rf"\(?(?:(?:{_PICTURE}|pic|credit)(?: credit| source)?\s*[:|]\s*.{{1,50}}"
    r"|[A-Z][A-Z .'’-]{2,40} FOR THE [A-Z ]{3,30}"
    r"|[\w .'’-]{1,40}/(?:PA(?: Wire| Media)?|Reuters|Getty Images|AFP|Alamy)"
    # An agency alone: The Times prints "PA" under its picture's caption.
    r"|(?-i:PA(?: Wire| Media)?|AP|AFP|EPA|Reuters|Getty Images|Alamy|Shutterstock"
    r"|Rex Features))\)?",
    re.I,
)
# An agency's credit alone on a line, or a photographer's for it.
_AGENCY_ALONE = re.compile(
    r"[A-Z][\w .'’-]{1,40}/BBC"  # "Owen Whitaker/BBC"
    r"|(?:[A-Z][\w .'’-]{1,40}/)?"
    r"(?:PA(?: Wire| Media)?|Reuters|AFP|EPA|Getty Images|Alamy|Shutterstock|Rex Features)"
)
# A picture's credit, or a broadcaster's label on its video's caption ("Watch: Caroline
# Flint speaks to ITV News"): a caption.
_CREDIT = re.compile(
    rf"(?:{_PICTURE}|pic|credit)(?:(?: credit| source)?\s*[:|]| (?:credit|source),)"
    r"|(?:watch|video):\s",
    re.I,
)
# A caption's label, as the BBC prints it: "Image caption, The mayor", or the label alone
# on a line with the caption on the next.
_CAPTION_LABEL = re.compile(
    rf"(?:{_PICTURE}|video|media) caption\b\s*[:|,]?\s*|caption:\s*"
    r"|\+\d{1,2}$",  # a gallery's counter over its picture's caption: "+3"
    re.I,
)
# A tabloid's caption, a word in capitals for its label: "ROW: Michael Gove yesterday, and
# Ros Jones, inset", "HIT OUT: Sir Michael Wilshaw", "INSET: Rosie Winterton".
# Not a form's or a wire's labels: "REPORTER: George Torr", "SLUG: DONCASTER TRUST".
_SHOUTED_CAPTION = re.compile(
    r"(?!(?:REPORTER|AUTHOR|BYLINE|WRITER|SLUG|WORDS|HEADLINE|HED|DEK|SOURCE|SUBJECT|FROM|TO"
    r"|CONTACT|EMAIL|TEL|PHONE|WEB|NOTES?|MORE|READ|WATCH|LISTEN|UPDATE|KEYWORDS|SECTION):)"
    r"[A-Z]{3,}(?: [A-Z]{2,})?: [A-Z\d£'‘\"“].{2,100}"
)
# A picture as text-only copies print it: "[Image: Paul Moffat took charge ...]".
_BRACKETED_PICTURE = re.compile(
    rf"\[(?:{_PICTURE}|video)(?: caption)?(?::\s*(?P<caption>[^\]]*))?\]"
    rf"|\((?:{_PICTURE}|video) caption:\s*(?P<among>[^)]*)\)",  # "(Photo caption: ...)"
    re.I,
)
_REPEATED = re.compile(r"(.{6,}?)(?:\s?\1){1,2}")

LONG_PROMPT_WORDS, CAPTION_WORDS, STANDFIRST_MIN_WORDS, BYLINE_WORDS = 14, 30, 8, 15
MAX_CAPTION_CHARS = 300


# Pictographs that open a line in a channel's or an app's post: "📅 Friday 8 December
# 2017", "🔴 Former Doncaster MP calls for ...". They are no words of the line. Ticks
# ("✓", "✔") are bullets, and stay.
_LEADING_PICTOGRAPHS = re.compile(
    r"^[ \t]*(?:[\U0001F000-\U0001FAFF\u2600-\u2712\u2715-\u27BF\u2B00-\u2BFF\uFE0F]+[ \t]*)+",
    re.MULTILINE,
)


# Characters some keyboards and converters put for an apostrophe between letters.
_ODD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[\u02bc\u2032`](?=[^\W\d_])")


def repair(text: str) -> tuple[str, list[str]]:
    """Fix mis-encoded characters and strip invisible ones; say what was repaired."""
    notes = []
    text = plain(text)
    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        notes.append(MOJIBAKE_NOTE)
    if "&" in fixed and (unescaped := ftfy.fixes.unescape_html(fixed)) != fixed:
        fixed = unescaped  # copied from a page's source: "Children&#8217;s", "&amp;"
        notes.append(HTML_NOTE)
    if _MARKDOWN.search(fixed):
        fixed = _unmark(fixed)
        notes.append(MARKDOWN_NOTE)
    fixed = ftfy.fixes.fix_latin_ligatures(fixed)  # a PDF's or a cutting's "ﬁrst"
    fixed = _ODD_APOSTROPHE.sub("’", fixed)  # "Ofstedʼs" with a modifier letter or a prime
    fixed = _LEADING_PICTOGRAPHS.sub("", fixed)
    fixed, quoted = _DEBRIS_QUOTED.subn(r"‘\1’", fixed)
    fixed, stray = _DEBRIS.subn("‘", fixed)
    if quoted or stray:
        notes.append(DEBRIS_NOTE)
    return fixed, notes


def _words(line: str) -> int:
    return len(line.split())


def ends_sentence(line: str) -> bool:
    return _ENDS_SENTENCE.search(line) is not None


# A cookie notice, however long: "We use cookies to ... By continuing you agree ...".
_COOKIES = re.compile(
    r"\bcookies?\b.*\b(?:consent|accept|agree|settings|preferences|policy|experience|reject)\b"
    r"|\b(?:we|this (?:site|website)|our (?:site|website|partners))\b.*\buse[sd]?(?: \w+){0,2}"
    r" cookies\b"
    # "We and our partners store and/or access information on a device, such as cookies"
    r"|\bstore (?:and/or|and) access information on (?:a|your) device\b|\bwe value your privacy\b"
    r"|\bwe and our (?:\d+ )?partners store\b|\bclick [\"“']?accept all[\"”']? to consent\b"
    r"|\buse technologies,? such as cookies\b"
    r"|\buses cookies to make the site simpler\b"  # GOV.UK's
    # Reach's note under its newsletter box: "When you subscribe we will use the
    # information you provide to send you these newsletters. ... Our Privacy Notice ..."
    r"|\bwhen you subscribe we will use the information you provide\b",
    re.IGNORECASE,
)
COOKIE_NOTICE_WORDS = 80


# A paywall's sentence: "To read this article in full, subscribe to LGC.", "Please log in
# or register to continue reading."
_PAYWALL_ASK = r"(?:subscri\w+|log in|sign in|register|become an? (?:[\w ]{1,30} )?member)"
_PAYWALL_READ = r"(?:read|continue|access|view|see)"
_PAYWALL = re.compile(
    r"(?:[\w&'’ ]{1,30}: )?"  # whom it asks: "BASW members: Log in to read the full article."
    rf"(?:(?:to|please) {_PAYWALL_READ}\b.{{0,90}}\b{_PAYWALL_ASK}\b"
    rf"|(?:please )?{_PAYWALL_ASK}\b.{{0,40}}\bto {_PAYWALL_READ}\b"
    # "This article is available to CYP Now subscribers. Subscribe now.", "... to CYP Now
    # Digital members only."
    r"|this (?:article|story|content) is (?:only )?available (?:to|for) .{0,40}\b(?:subscribers"
    r"|registered users|members)\b"
    r"|your access to [\w ]{1,20}$"
    # Trade papers' registration walls: "Want to read more?", "Thank you for visiting
    # Schools Week", "You've reached your limit of free articles this month", "This is a
    # premium article.", "Get two free articles a month ...", "Forgotten your password?".
    r"|want to read more\b.{0,40}\?$|thank you for visiting (?:the )?(?-i:[A-Z])[\w &’'.]{1,40}"
    r"(?:[.!]|$)|you(?:'ve| have) reached (?:your|the) (?:monthly )?limit\b"
    r"|this is a (?:premium|subscriber|members?'?)(?:[ -]only)? (?:article|story|content)\b"
    r"|get (?:one|two|three|four|five|\d+) free articles\b|forg(?:otten|ot) your password\?"
    r"|already have an account\? (?:sign|log) in\b|(?:register|subscribe) \| (?:sign|log) in$"
    r"|.{0,100}\bregister (?:now )?for free to (?:read|continue|keep reading|receive)\b)",
    re.IGNORECASE,
)


# A paper's pitch or small print as a full sentence: "Did you know with a Digital
# Subscription to Doncaster Free Press, you can get unlimited access ...", "Get the latest
# news from Doncaster straight to your inbox.", "Follow the Doncaster Free Press on
# Facebook.", "We use your sign-up to provide content ...".
_PAPER = r"[\w ’'&.]{0,40}\b(?:press|post|star|news|times|echo|chronicle|gazette|herald|mail)"
_PITCH = re.compile(
    r"did you know,? (?:that )?with an? (?:digital |ad-lite )?subscription\b"
    # A sign-up form's message: "Sorry, there seem to be some issues. Please try again later."
    r"|sorry, there seems? to be (?:a problem|some issues)\. please try again later\b"
    # "Want to read more? Here's how to subscribe to The Star...", "Visit https://... now
    # to sign up.", "Want to stay up to date? Sign up for Community Care's daily newsletter."
    r"|want to read more\? here'?s how to subscribe\b|visit \S+ now to (?:sign up|subscribe)\b"
    r"|want to stay up to date\? sign up\b|get the inside track on\b.{0,80}\bsign up\b"
    r"|we will use your email address only\b"
    r"|thank you for visiting [\w &’'.]{1,40} and making use of our archive\b"
    r"|want to get our (?:latest )?news\b|want (?:more|all the latest) [\w ’'&.]{0,30}\bnews\?"
    r"|(?:newsletter: )?(?:sign up to )?get (?:all )?the (?:latest|biggest) [\w ]{0,30}"
    r"\b(?:news|headlines|stories)\b.{0,60}\binbox\b"
    r"|subscribe to the [\w ]{1,30}\. support local journalism\b"
    r"|your comments are subject to\b"
    r"|for more (?:news|stories)\b.{0,60}\bvisit (?:our (?:web)?site\b|www\.|https?://)"
    rf"|follow (?:us|the{_PAPER}|bbc [\w &]{{1,30}}|(?-i:[A-Z]\w+(?: [A-Z]\w+){{0,3}})) on "
    r"(?:facebook|twitter|x|instagram|tiktok|threads|bluesky|whatsapp)\b|send your story ideas to\b"
    # "Sign up to our daily bulletins for the latest news from Children & Young People Now."
    r"|sign up to (?:our|the) (?:free )?(?:daily |weekly )?(?:e-?mail )?(?:bulletins?|newsletters?)"
    r" for\b"
    r"|why you can trust [\w ]{1,20}|please use [\w ]{1,20} browser for a more accessible\b"
    r"|benefits births, deaths, marriages and care\b"  # GOV.UK's footer of topics, 2013
    # The Times's paywall and small print: "You have reached the end of the free preview.",
    # "Registered office: 1 London Bridge Street, SE1 9GF."
    r"|you have reached the end of the free preview\b|registered office:"
    # The i's newsletter box; the Mirror's sign-up, run together: "Thank you for
    # subscribingSee our privacy notice".
    r"|your inbox, our expert journalists\b|thank you for subscribing"
    r"|join (?:our|[\w’'-]+['’]s) [\w ]{0,20}(?:whatsapp|facebook) (?:community|group|channel)\b"
    r"|download (?:our|the) [\w ’'&.]{0,30}\bapp\b"
    rf"|subscribe to (?:the{_PAPER}|us) for (?:just |only )?[£$€]"
    r"|(?:got|do you have) an? (?:news )?story\b.{0,60}\b(?:email|contact|call)\b|email us at\b"
    r"|want to tell us something\? email\b|get practice guides\b|listen to the best of bbc\b"
    # "We pay for your stories! ...", "Get The MJ delivered every week. Subscribe today.",
    # "Get unlimited digital access to The Times and The Sunday Times", "Try 1 month for £1".
    r"|we pay for your stories\b|get [\w ’'&.]{1,30} delivered\b.{0,40}\bsubscribe\b"
    # Papers' appeals for support: "At a time when local journalism is under threat, we need
    # your support.", the Independent's "Our mission is to deliver unbiased, fact-based
    # reporting ...", "Support us to deliver journalism without an agenda.".
    r"|at a time when [\w ]{1,30} is under threat\b|your support helps us\b"
    r"|our mission is to deliver unbiased\b|support us to deliver journalism\b"
    r"|support your local paper\b|support free-thinking journalism\b"
    r"|(?:subscribe|become a (?:digital )?member)\b.{0,20}\b(?:for|to get) "
    r"(?:unlimited|full) access\b"
    r"|to continue reading this article\b"
    r"|subscribe to [\w ’'&.]{1,30} to unlock\b"  # CYP Now's
    r"|this (?:article|story) is part of [\w ’'&.]{1,40} (?:special )?(?:report|series)\b"
    # An app's share text and a site's survey: "Shared from the BBC News app. Get it on
    # iPhone or Android: ...", "We value your feedback. Take our reader survey."
    r"|shared from the [\w ’'&.]{1,30} app\. get it on\b|we value your feedback\b"
    # "Doncaster Children's Services Trust is a company limited by guarantee registered in
    # England and Wales."
    r"|[\w ’'&.]{1,60} is a (?:company|charity)(?: limited by guarantee)?,? registered in\b"
    # An election imprint: "Promoted by Doncaster Central Labour Party, 1 Example Street".
    r"|promoted by [\w ’'&.]{1,60}\b(?:party|labour|conservatives|liberal democrats)\b"
    r"|our [\w ’'&.]{1,30} newsletter brings you\b"
    # A paper's notes on its columns: "Yorkshire Post says is the newspaper's daily
    # editorial column.", "Our View is the opinion of the Doncaster Free Press."
    r"|[\w ’'&.]{1,40} is the (?:newspaper|paper)['’]s (?:daily |weekly )?(?:editorial|leader)"
    r" column\b|(?:our view|opinion|comment|leader) is the (?:opinion|view) of\b"
    # A station's promotion and a broadcaster's note under a transcript.
    r"|listen to [\w ’'&.]{1,30} every hour\b|transcript prepared by\b"
    r"|this website and its associated newspapers? adheres? to\b"  # IPSO's, on JPI's pages
    r"|copy for use by [\w ]{1,30} partners only\b"
    # Paywalls' meters, newsletters' web links, follow prompts and the LDRS's note:
    # "This article is for subscribers.", "View this post on the web at https://...",
    # "You can also follow us on Facebook and Twitter.", "This story was written by a
    # Local Democracy Reporter, part of a BBC-funded scheme."
    r"|this article is for subscribers\b|you have \d+ free articles? (?:left|remaining)\b"
    r"|view this (?:post|email) (?:on the web|in your browser)\b"
    r"|(?:you can )?(?:also )?follow us on (?:facebook|twitter|x|instagram)\b"
    r"|(?:local democracy reporting service: )?this story was written by (?:a local democracy"
    r" reporter\b|[\w ’'-]{1,40}, (?:a )?local democracy reporter\b)"
    # WordPress's comment form; the BBC's and local papers' comments prompts.
    r"|save my name, email,? and website in this browser\b|have your say on this story\b"
    r"|share your views on this story\b|do you have a story suggestion for\b"
    # E-mails' top and bottom lines: "Not displaying correctly? View this email in your
    # browser", "Add bulletins@cypnow.co.uk to your address book ...", "You received this
    # newsletter because ...", the LGA's "... is produced for member councils"; Hansard's
    # "Share this specific contribution".
    r"|(?:if you are )?having trouble (?:reading|viewing) this e-?mail\b"
    r"|(?:not displaying correctly|not seeing images|can'?t see this e-?mail properly)\? view\b"
    r"|add [\w.@-]+ to your (?:address book|contacts|safe senders)\b"
    r"|you (?:received|are receiving) this (?:e-?mail|newsletter|bulletin) because\b"
    r"|[\w ]{1,40} briefing is (?:produced for|a service for) member\b"
    r"|share this specific contribution\b"
    r"|(?:most popular now \| )?[\d,]+ people are reading stories on the site right now\b"
    # The Guardian's appeal; Tes's and the New Statesman's registration and newsletter boxes.
    r"|with the [\w ]{1,30} unfolding before our eyes, journalism matters\b"
    r"|we have never been more passionate about exposing\b|unlike many others, we have no\b"
    r"|listen again\b|hosted on acast\b"  # a station's and a podcast's
    r"|if there were ever a time to join us\b"
    r"|do you have an opinion on the issues raised in this article\?"
    r"|want to keep reading for free\? register\b|tick the boxes? of the newsletters?\b"
    # The BBC's: "You can see more on this story on BBC Look North (Yorkshire) at 18:30 ...",
    # "Media playback is unsupported on your device", a social post's consent notice.
    r"|you can (?:see|hear|watch) (?:more on this story|the full [\w ]{1,20}) on bbc\b"
    r"|media playback is (?:unsupported|not supported) on your device\b"
    r"|this article contains content provided by \w+\b"
    # Community Care's pitch for its Inform service: "Inform Children: access guides on ...",
    # "Inform Children subscribers can read our guide to ...".
    r"|inform (?:children|adults)(?::| subscribers\b)"
    r"|get unlimited (?:digital )?access to\b|try \d+ (?:months?|weeks?) for [£$€]\d"
    r"|we use your sign-?up to provide content\b|by continuing,? you agree to our\b"
    r"|our journalists try to be accurate\b"
    r"|i hope you appreciated this article\b|we will be in touch to remind you to contribute\b"
    r"|i would like to be emailed about offers\b|join thought-provoking conversations\b"
    r"|please refresh the page or navigate to another page\b|[\w ]{1,30} values your comments\b"
    r"|the views expressed in the contents above are those of our users\b"
    r"|we are no longer accepting comments\b|your comment will be posted to\b"
    r"|do you want to automatically post your \w+ comments\b"
    r"|(?:(?:share|leave|post|tell us) your (?:thoughts|views|opinions?)|let us know what you"
    r" think)\b.{0,40}\bin the comments\b"
    r"|we rely on advertising to help fund\b"
    r"|support the [\w ’'&.]{1,30} (?:and become|by becoming) a subscriber\b"
    r"|sometimes we miss stories\b|want the latest on\b[^?]{0,60}\? sign up\b"
    r"|don'?t miss out on the latest\b|want a quick and expert briefing\b"
    r"|sign up (?:to|for) [\w ’'&.,]{0,50}\b(?:newsletters?|e-?mail)\b"
    r"|this (?:story|article) was (?:written|produced) (?:by|as part of) (?:a|the) (?:bbc )?local"
    r" democracy report"
    r"|your subscription will help us to continue to bring\b"
    r"|don'?t miss the (?:latest|biggest) (?:news|stories) from\b"
    # Sites' pitches for themselves: the Guardian's "Every week our editors will round up
    # ...", "PoliticsHome provides the most comprehensive coverage of UK politics ...",
    # "LabourList is the only daily news and comment site dedicated to the Labour Party."
    r"|keep up to date with the latest developments in\b"
    r"|[\w ’'&.]{1,40} newsletter has all the latest news\b"
    r"|every week our editors will round up\b|whether [$£]\d+ or [$£]\d+, every contribution\b"
    r"|[\w ’'&.]{1,30} is part of the [\w ’'&.]{1,30} family of brands\b"  # Yahoo's
    # Community Care's for its guides: "Subscribers to Community Care Inform can access our
    # guide to ...", "Inform subscribers can read ...", "Read our guide to TUPE transfers".
    r"|(?:subscribers to [\w ]{1,40}|[\w ’'&.]{1,30} subscribers) can (?:access|read)\b"
    r"|read our (?:expert )?guide to\b"
    r"|[\w ’'&.]{1,30} provides the most comprehensive coverage of\b"
    r"|[\w ’'&.]{1,30} is the only [\w ,-]{0,40}\bsite dedicated to\b"
    # Trade papers' meters and offers: "You've read 3 of your 4 free articles this month.",
    # "Free registration gives you access to 5 articles a month."
    r"|you['’]ve read \d+ of your \d+ free articles\b|free registration gives you access\b"
    r"|register for free access to \d+ articles\b|get full access to\b.{0,80}\bsubscription\b"
    r"|subscribers get unlimited access\b|want to read more\? subscribe\b"
    r"|sign up for a free trial or log in\b"
    r"|privacy notice: newsletters may contain\b"  # the Guardian's, under a sign-up
    r"|support (?:your [\w ’'&.]{1,40} by becoming a (?:digital )?subscriber"
    r"|independent journalism in [\w ]{1,30}\. subscribe)\b"
    r"|this is a local democracy reporting service story\b"
    r"|this (?:article|content|story) is brought to you by the local democracy reporting\b"
    r"|watch [\w .'’-]{1,40}['’]s? report\b[\w ]{0,30} in the video above\b"
    # IPSO's note, a network's, a newsletter's sign-off and sign-up, a cookie bar's.
    r"|this website and its associated newspapers? adheres? to the independent press\b"
    r"|[\w ’'&.]{1,40} is part of the [\w ’'&.]{1,40} network of\b"
    r"|thanks for reading [^!?.\n]{1,60}! subscribe\b|did someone forward you this\?"
    r"|don['’]t miss out\W{1,3}sign up\b|by signing up,? you agree to (?:our|the)\b"
    r"|[\w ’'&.]{1,30} uses cookies to improve your experience\b"
    r"|(?:•\s*)?comments on this article are (?:pre-?moderated|closed)\b"
    # A call for readers' stories: "Do you work in ...? Get in touch at news@..."
    r"|(?:do you|have you|are you)\b[^?]{0,100}\? (?:get in touch|e-?mail|contact)\b.{0,40}@"
    r"|this (?:story|article) was (?:first )?published by the local democracy reporting\b"
    r"|the local democracy reporting service is\b"
    # Trade and national papers' small print: the FT's, Schools Week's, LGC's, The MJ's.
    r"|please use the sharing tools found via the share button\b|want more\? subscribe to\b"
    r"|subscribe to [\w ’'&.]{1,30} for the latest\b|free for [\w ]{1,12}, then [£$€]"
    r"|[\w ’'?,]{0,80}\bcommunity care inform children\b"
    r"|[\w ’'&.]{1,30} is free to read\b|get the full picture with\b"
    r"|(?:comments: )?(?:have your say|want to join the conversation)\b.{0,40}\bcomments?\b"
    r"|letters should be sent to\b|we reserve the right to edit\b"
    r"|this article (?:first appeared in\b|appear(?:s|ed) in (?:the|\d))"
    r"|(?:\W+ )?we have a small favour to ask\b"
    r"|follow the long read on\b"
    r"|(?:do you agree|what do you think)\? (?:e-?mail|send|have your say|write|comment)\b"
    # Letters pages' invitations and rules: "Send your letters to: The Editor, ...", "CYP
    # Now welcomes letters from readers", "Letters should be no longer than 350 words".
    r"|(?:send|e-?mail|write) (?:us )?your (?:letters?|views|comments)\b"
    r"|write to:? (?:the editor|letters)\b|today'?s letters\b"
    r"|[\w ’'&.]{1,40} welcomes? (?:your )?letters\b"
    r"|(?:do you have a view\? |[\w ]{1,20} letters policy: )?letters (?:should|must|may)"
    r" (?:be|include|not)\b"
    r"|tell us what you think\.? (?:comment|e-?mail|write|let us know)\b"
    r"|would you like to write\b[^?]{0,40}\? e-?mail\b"
    r"|(?:•\s*)?join the debate\b.{0,20}\be-?mail\b|(?:•\s*)?read more [\w ]{0,20}\bletters\b"
    r"|have your say:? .{0,120}\b(?:take our|readers['’]? poll|vote|comment below|e-?mail)\b"
    r"|listen to the latest [\w ]{0,40}news\b|comments are (?:pre-?)?moderated\b"
    r"|(?:caution:|\[external(?: e-?mail)?\]) this e-?mail originated from outside\b"
    r"|to the chair and members of\b"  # a council report's salutation
    r"|this e-?mail and any (?:files|attachments)\b|please consider the environment\b"
    # Comment forms and boxes under a story.
    r"|(?:log in|sign in) or register to comment\b|you must (?:sign|log) in to (?:make a )?comment"
    r"|your email address will not be published\b|(?:thank you for reading\. )?please support us"
    r" by subscribing\b|join the conversation\. (?:log|sign) in\b"
    r"|get the latest news, analysis and practice from\b"
    r"|contains parliamentary information licensed under\b"
    r"|have a question\b.{0,60}\bemail\b"
    # The Conversation's notes around an academic's article.
    r"|this article is republished from the conversation\b|want to write\?"
    r"|write an article and join a growing community\b"
    r"|[\w ,.'’-]{1,60} (?:receives?|has received) funding from\b"
    r"|[\w ,.'’-]{1,80} provides? funding as (?:a )?(?:founding )?(?:partner|member)s? of\b"
    r"|we believe in the free flow of information\b|republish our articles for free\b"
    r"|this was published under the \d{4} to \d{4}\b"  # GOV.UK's note on a past government
    r"|[\w ,.'’-]{1,60} does not work for, consult, own shares in\b"
    r"|want to bookmark your favourite articles\b|start your [\w ]{1,30}subscription today\b"
    r"|for (?:further|more) (?:information|details),? please contact\b"
    r"|this page is best viewed in an up-to-date web browser\b"
    # Consent banners' and paywalls' sentences.
    r"|with your permission we and our partners may use\b"
    r"|you have (?:read \d+ of your \d+|\d+) free articles?\b|you have reached your limit\b"
    r"|you are not signed in\b|(?:subscriber[- ]only content: )?you have \d+ free article"
    r"|comments are subject to our community guidelines\b"
    # The Independent's appeal among its menus.
    r"|from reproductive rights to climate change\b|the independent is on the ground\b"
    # JPI's editor's requests under a story, and Reach's sign-up lines.
    r"|a message from the editor\b|thank you for reading this (?:article|story)\b.{0,100}"
    r"\b(?:subscri|support|request|purchase)|while i have your attention\b"
    r"|in order for us to continue to provide high quality\b"
    r"|we'?re more reliant on your support than ever\b"
    r"|our journalists are highly trained and our content is independently regulated\b"
    r"|with the coronavirus lockdown having a major impact on many of our advertisers\b"
    rf"|subscribe to (?:the{_PAPER}|us) from (?:just |only )?[£$€]"
    r"|get the (?:biggest|latest|best|top)\b[\w ]{0,40} by e-?mail ?subscribe"
    r"|(?:see )?our privacy notice\b|like this story\?.{0,60}\bsign up\b"
    r"|don'?t miss the latest\b.{0,80}\bsign up\b"
    r"|this (?:story|article) (?:was )?originally (?:published|appeared) (?:by|in|on)\b"
    # Trade papers', newsletters', wires' and podcasts' small print.
    r"|subscribe to [\w ’'&.]{1,30} for (?:full|unlimited) access\b"
    r"|[\w ’'&.]{1,30} subscribers get\b"
    r"|[\w ’'&.]{1,30} gives you unlimited access\b|inform children subscribers\b"
    r"|(?:get|enjoy|unlock) (?:unlimited|full|digital) access to\b.{0,80}\bsubscribe"
    r"|we believe everyone deserves access to information\b"  # the Guardian's appeal
    r"|you are receiving this (?:e-?mail |newsletter |message )?because\b"
    r"|support (?:our|local|independent|quality) journalism\b"
    r"|our standards: the thomson reuters trust principles\b"
    r"|listen to the full (?:episode|programme|interview|podcast)\b"
    r"|[\w ’'&.]{1,40} is (?:published|produced) by [\w ’'&.]{1,40}"
    r"(?:\. all rights reserved| and is available on)\b",
    re.IGNORECASE,
)
# The page's footer, a full sentence or not: "© 2024 National World Publishing Ltd. All
# rights reserved." ("Copyright lawyers said ..." is copy.)
# A page's footer: "Copyright © 2022 BBC. The BBC is not responsible for the content of
# external sites. Read about our approach to external linking."
COPYRIGHT_WORDS = 60  # The Sun's: "© News Group Newspapers Limited in England No. 679215 ..."
PAYWALL_WORDS = 30
_COPYRIGHT = re.compile(
    rf"(?:[\w.&]{{1,20}} )?©|{_C_MARK}"  # "© 2024 ...", "BBC © 2013 ..."
    r"|[\w.& ]{1,30}\. copyright \d{4}\b"  # "Yorkshire Post. Copyright 2018."
    r"|copyright:?\s+(?:(?:©|\(c\))\s*)?(?:\d{4}\b|(?:the )?[\w ]{1,40} (?:limited|ltd|plc)\b)",
    re.IGNORECASE,
)
# The note under a Local Democracy Reporting Service story, however long.
_AGENCY_NOTE = re.compile(r"(?:the )?local democracy reporting service(?: \(ldrs\))? is a\b", re.I)
# A site's disclaimer under its links: "The BBC is not responsible for the content of
# external sites."
_DISCLAIMER = re.compile(
    r"this audio is (?:created|generated) (?:using|by|with) ai\b|"  # Sky's audio player
    r"(?:the )?[\w.&’' ]{1,40} (?:is|are) not responsible for the content of external "
    r"(?:internet )?(?:web)?sites\b"
    # A publisher's footer: "Doncaster Free Press, Sheffield Star and National World are
    # part of National World Publishing Ltd.", "Hallam FM is part of Global, The Media &
    # Entertainment Group."
    r"|[\w,&'’ .-]{3,80} (?:is|are) (?:a )?part of [\w,&'’ .-]{3,80}(?:ltd|limited|plc|group)\."
    # A column's: "Opinions expressed are those of the author."
    r"|(?:the )?(?:views|opinions) expressed (?:here |in this (?:article|column|piece) )?"
    r"are (?:those of the (?:author|writer|contributor)s?|the (?:author|writer)'s own)\b"
    # A charity's and a press office's small print: "Barnardo's is a registered charity.
    # Registered charity No. 216250", "For media enquiries contact ...".
    r"|(?:[\w'’&. ]{1,60}(?: is a|\.) )?registered charity\b(?=.{0,40}\d)"
    r"|for (?:media|press) enquiries\b"
    # A trade title's footer: "Public Finance is published by CIPFA.", "Local Government
    # Lawyer is a Law Brief Publishing title.", "PSW is the magazine of BASW."
    r"|[\w&'’ ]{1,40} is (?:published by [\w&'’ ,]{1,100}|an? [\w&'’ ]{1,40} title"
    r"|the (?:official )?(?:magazine|journal|newsletter) of [\w&'’ ]{1,60})\."
    # Google's cached copy's header; the Economist's audio player.
    r"|this is google'?s cache of |tip: to quickly find your search term on this page\b"
    r"|enjoy more audio and podcasts on ios or android\b",
    re.IGNORECASE,
)


# A web address with neither a scheme nor "www." alone on a line: an embedded post's
# picture link ("pic.twitter.com/AbC123"), not the story's own address.
_BARE_ADDRESS = re.compile(r"(?!www\.)(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*", re.IGNORECASE)
# A link to another story under its label, a headline that may read as a sentence:
# "READ MORE: Council budget cuts 'will hit the most vulnerable'".
_LINK_LABEL = re.compile(
    r"(?:(?:read|see) (?:more|also|next)|also read|more on this"
    r"|related(?: stories| articles)?)\s*:",
    re.I,
)


# A breadcrumb: "Home » News » Rosie welcomes ...".
_HOME_CRUMB = re.compile(r"home\s?[»›>/|]\s", re.IGNORECASE)
_PAPER_CRUMB = re.compile(r"(?P<site>[^»›>]{3,40}?) [»›>] ")


def _menu_run(line: str) -> bool:
    """A site's menu run together on one line, its sections among places and teams: "News
    Hull News East Yorkshire Sport Hull City Hull FC Hull KR What's On Property Jobs"."""
    words = _GLUED_ITEMS.sub(" ", line).split()
    return (
        len(words) >= MENU_RUN_WORDS
        # A fifth of its words may be lowercase: "e-Edition", "Climate crisis".
        and sum(1 for word in words if word[:1].islower()) * 5 <= len(words)
        and sum(1 for word in words if _SECTION_WORD.fullmatch(word)) >= 3
    )


# Where and when the page says it was published, under the story: a WordPress feed's "The
# post ... appeared first on Community Care.", the Guardian's "This article was first
# published on guardian.co.uk at 19.12 BST on ... It was last updated at ...".
_PUBLICATION_NOTE = re.compile(
    r"the post .{5,300} appeared first on .{2,80}"
    # A magazine's: "This article appeared in the Britain section of the print edition
    # under the headline ...", "Published in June 2018 issue of Prospect Magazine".
    r"|this article appeared in the .{1,80}?(?:section|issue|edition)\b.{0,200}"
    r"|published in (?:the )?[\w ]{1,30} issue of .{1,60}|topics in this article ?:.{0,200}"
    r"|this article was (?:first )?published on [\w.]+ at .{5,60}?\."
    r"(?: it was last (?:updated|modified) at .{5,60}?\.)?",
    re.IGNORECASE,
)
MENU_RUN_WORDS = 6
# Items glued when a menu is copied: "NewsPeopleSportWhat's OnHomes & GardensYour Say".
_GLUED_ITEMS = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SECTION_WORD = re.compile(_SECTION, re.IGNORECASE)


# What a new version of a wire story changed, a sentence or two: "Adds quotes from Mr Gove,
# paras 6-9", "Corrects name of trust in para 4 (...). Also corrects age in para 11.",
# "Repeat. ADDS quote from Mr Webb in paras 9-11".
_WIRE_CHANGES = re.compile(
    r"(?:(?:corrected )?repeat\.? |refiled?\.? )?"
    r"(?:corrects|adds|updates|removes|recasts|rewrites)\b.{1,200}\bparas?\.? \d+\b.{0,120}",
    re.I,
)


# Sentences a site prints round every story, full stops and all: broadcasters' players
# and programme promotions, a blog's filing line.
_SITE_SENTENCES = re.compile(
    r"to play this video you need to enable javascript in your browser\.?"
    r"|this video can ?not be played\.?|video duration \d{1,2}:\d{2}|watch the full report\.?"
    r"|(?:watch|listen to) .{1,60} on (?:bbc|itv|channel \d|sky|freeview|dab|lbc|the global player"
    r"|times radio|gb news)\b.{0,160}"
    r"|[\w ]{1,30} is available on (?:freeview|sky|freesat|youview|virgin)\b.{0,160}"
    # Community Care's product and job boards' adverts: "Social Worker – Children in Care |
    # Doncaster Children's Services Trust | £27,123 – £32,072", "Find more jobs on ...".
    r"|.{0,200}\bcommunity care inform\b.{0,200}"
    r"|[^|]{3,80}(?: \| [^|]{3,80}){1,3} \| £[\d,.]+k?\b.{0,60}"
    r"|(?:find more|browse|search)(?: [\w ]{1,30})? jobs\b.{0,40}"
    # A magazine's picture credit by its writer's: "Photography: Sam Pryce".
    r"|(?:photography|photographs|photos|pictures|illustrations?):? (?:by )?[A-Z][\w'’.-]+"
    r"(?: [A-Z][\w'’.-]+){0,3}"
    # A weather box in the masthead: "Weather: Doncaster 19°C, sunny intervals".
    r"|weather:? [\w' ]{1,30}-?\d{1,2} ?°[CF]?\b.{0,40}"
    # A player's: "Loading audio..."; a list's label: "GB NEWS LATEST:".
    r"|loading (?:audio|video)(?:\.{3}|…)?|(?:[\w' ]{1,20} )?latest:"
    r"|ask your smart speaker to .{1,60}"
    r"|this entry was posted in .{1,200}bookmark the permalink\.?|powered by blogger\.?"
    r"|posted in [\w ,&]{1,60} \| leave a comment"
    # Job sites' and e-mails' lines; the Guardian's long read's, a paper's appeal.
    r"|< ?back to (?:search )?results|showing \d+[-–]\d+ of \d+ results\b.{0,60}"
    r"|(?:this e-?mail was sent to .{1,60}\. )?please do not reply to this (?:e-?mail|address)\.?"
    r"|• ?follow the long read on .{1,160}"
    r"|support (?:the )?[\w ]{1,40} by subscribing\.(?: click here\.?)?"
    # A newsletter's greeting, contents and small print round its lead story.
    r"|good morning\.? here(?:'s| is) what you need to know\b.{0,80}|in (?:today's|this) edition:?"
    r"|forwarded this e-?mail\? sign up\b.{0,120}"
    r"|you(?:'ve| have)? received this e-?mail because\b.{1,200}"
    r"|you(?:'re| are) receiving this(?: e-?mail)? because\b.{1,200}"
    # A monitoring service's transcript: who made it, where it ends, the client's copy.
    r"|(?:this )?transcript (?:was )?(?:produced|supplied|prepared|provided) (?:by|for)\b.{1,200}"
    r"|this transcript is (?:supplied|provided|produced|for)\b.{1,200}"
    r"|\[(?:(?:item|extract|transcript|interview|report) )?ends\]"
    r"|[\w&'’. ]{1,60} \| (?:job )?ref:? [\w-]+ \| .{1,160}"
    # A press office's covering note over its release.
    r"|please (?:find|see) (?:below|attached)\b.{1,160}|(?:photos?|pictures?) attached\."
    r"|comments (?:are|have been) (?:closed|disabled)(?: (?:on|for) this (?:article|story))?"
    r"(?: for legal reasons)?\.?|to comment on this (?:article|story),? please sign in\.?"
    # Paywalls', apps' and newsletters' pitches: "Want to read more? Register for free ...".
    r"|want to read more\?.{0,200}"
    r"|you(?:'ve| have) read your (?:free|\d+) (?:free )?articles?\b.{0,80}"
    r"|start your free trial\.?|get expert guides\b.{0,200}"
    r"|this (?:article|story|content) is (?:part of|for) [\w'’ ]{1,60}"
    r"(?:premium|subscribers|members)\b.{0,250}"
    r"|newsletter sign-?up:.{1,160}|support [\w'’ ]{1,40}: subscribe\b.{0,80}"
    r"|get (?:the latest news from [\w ]{1,30} in apple news|apple news on\b.{1,60})\.?"
    r"|opened in google news\..{0,120}|want (?:the latest|more) [\w'’ ]{1,40} news\b.{0,120}"
    r"|want to [\w ]{1,30}\? (?:visit|call|go to|find out more at) .{1,80}"
    r"|get the biggest [\w ]{1,30} stories by e-?mailing\b.{0,60}"
    r"|this content was submitted by a reader\..{0,160}|add to myft digest\b.{0,60}"
    r"|[\w'’., ]{1,60} selects (?:her|his|their) favourite stories in this weekly newsletter\.?"
    r"|this article gives the views of the authors?\b.{0,300}"
    r"|promoted stories(?: from around the web)?|find great deals on .{1,80}"
    # An event's promotion under the story: "... Thursday 13 December, 2pm. Book your place."
    r"|.{1,250}\. book your (?:place|seat|ticket)s?(?: now| here| today)?\.?",
    re.IGNORECASE,
)


def is_furniture(line: str, *, prompts: bool = True) -> bool:
    """Publisher furniture: ad slots, share and follow prompts, sign-ups, offers with prices.

    Without prompts, a short line is not furniture for only naming a newsletter or a
    subscription: "Residents' Association - Spring Newsletter 2016" may be a headline.
    """
    if line == "Body":
        return True  # LexisNexis's label over the story
    if _PUBLICATION_NOTE.fullmatch(line):
        return True
    if _WIRE_CHANGES.fullmatch(line) or _SITE_SENTENCES.fullmatch(line):
        return True
    if line.lstrip("* ")[:7].lower() == "embargo" and dateline(line):
        return False  # a release's embargo dates it: "EMBARGOED UNTIL 00:01 5 JULY 2016"
    if " min read" in line and date_and_sections(line):
        return False  # a reading time beside the story's date: "Apr 22, 2013 · 5 min read"
    if _menu_run(line):
        return True
    if _words(line) <= LONG_PROMPT_WORDS + 6 and _LINK_LABEL.match(line):
        return True
    if _BARE_ADDRESS.fullmatch(line):
        return True
    if _words(line) <= COOKIE_NOTICE_WORDS and (_COOKIES.search(line) or _AGENCY_NOTE.match(line)):
        return True
    if _words(line) <= PAYWALL_WORDS and (_PAYWALL.match(line) or _DISCLAIMER.match(line)):
        return True
    if _words(line) <= COPYRIGHT_WORDS and _COPYRIGHT.match(line):
        return True
    if _words(line) <= COOKIE_NOTICE_WORDS and _PITCH.match(line):
        return True
    if _HOME_CRUMB.match(line):
        return True  # a breadcrumb, even one ending in a headline's quotation
    if (crumb := _PAPER_CRUMB.match(line)) and _names_paper(crumb["site"]):
        return True  # "Doncaster Free Press > News > Politics"
    # A long full sentence is copy even when it starts like a prompt ("Register offices ...").
    sentence = ends_sentence(line) and not line.endswith("?") and _words(line) > 8
    if not sentence and _words(line) <= 25 and _FURNITURE.fullmatch(line):
        return True
    prompt_like = not ends_sentence(line) or line.endswith(("?", "!"))
    if prompts and prompt_like and _words(line) <= LONG_PROMPT_WORDS and _PROMPT.search(line):
        # An issue's date: "Members' Newsletter — May 2018", "Weekly Newsletter No. 19 - 3 ...".
        return not (date_and_sections(line) or dateline(line))
    return is_offer(line)


def is_offer(line: str) -> bool:
    """A price with a term or a call to buy: "From £15 / month", "Subscribe for £1"."""
    return (
        _words(line) <= 20
        and not ends_sentence(line.rstrip("!"))
        and _PRICE.search(line) is not None
        and _OFFER.search(line) is not None
    )


def repeated_unit(line: str) -> str | None:
    """The text of a line that is one text run together two or three times ("XX")."""
    if len(line) > MAX_CAPTION_CHARS * 3:
        return None  # the backreference search is quadratic, and captions are short
    match = _REPEATED.fullmatch(line)
    return match[1].strip() if match else None


@dataclass(slots=True)
class _Line:
    number: int
    text: str
    # text, blank, furniture, caption, repeat, bullet, summary, subheading, date, byline
    kind: str = "text"
    unit: str = ""


# The last word of a line that no paragraph ends in: a title before its name, or a word
# that needs the next one ("... a tribute to staff. Mr" + "Moffat said so.").
_RUNS_ON = re.compile(
    r"(?:^|\s)(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Cllr|Councillor|Professor)\.?"
    r"|the|a|an|of|and|to|for|in|on|at|by|with|from)$"  # "... had heard of." ends
)


def _ends_in_given_name(text: str) -> bool:
    """Say whether a line ends mid-sentence in a given name: "Its chief executive, Paul"."""
    last = text.rsplit(" ", 1)[-1]
    return last[:1].isupper() and last.lower() in GIVEN_NAMES and not ends_sentence(text)


# A paragraph's first letter set apart as a drop cap, on its own line or a space from the
# rest of its word: "T" over "HE EDUCATION Secretary", "W hen Paul Moffat arrived".
_DROP_CAP = re.compile(r"[a-z][a-z'’]+|[a-z](?=[\s,.;:])|[A-Z]+(?=[\s'’,])")
# Two consonants an English word may begin with.
_ONSETS = frozenset(
    """
    bl br ch cl cr dr dw fl fr gl gn gr kn ph pl pr ps qu rh sc sh sk sl sm sn sp st sw th
    tr tw wh wr
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def _without_drop_cap(line: str, before: str = "") -> str:
    """The line with a drop cap joined back to its word (before: the line over it)."""
    if before:
        letter, rest = before, line
    else:
        # On one line, only a lowercase rest: "A NEW trust" opens a paragraph in capitals.
        letter, rest = line[:1], line[2:]
        if line[1:2] != " " or not rest[:1].islower() or _words(line) < 6:
            return ""
    if not letter.isupper() or not (drop := _DROP_CAP.match(rest)):
        return ""
    word = drop.group()
    if letter in "AI" and not word.isupper():  # "A" over "FTER seven years" is one word
        # "A fter" and "I ndependent" are one word each, "A new" and "I am" two.
        lowered = word.lower()
        if len(lowered) == 1:
            # A letter alone is no word of its own: "I" over "t is the week" is "It".
            return "" if lowered in "ai" else letter + rest
        if lowered[0] in "aeiouy" or lowered[1] in "aeiouy":
            return ""
        if lowered[:2] in _ONSETS:
            return ""
    return letter + rest


def _post_or_staff(line: str) -> bool:
    """Say whether a line is a reporter's post or the service they work for: "Education
    correspondent", "Local Democracy Reporting Service"."""
    return _is_post(line, any_case=True) or (_words(line) <= 5 and bool(_STAFF.fullmatch(line)))


def _lines(text: str, first: int = 1) -> list[_Line]:
    """Split text into stripped lines, joining a hard-wrapped line to its continuation."""
    out: list[_Line] = []
    for number, raw in enumerate(text.split("\n"), start=first):
        line = re.sub(r"[ \t]+", " ", raw).strip()
        before = out[-1] if out else None
        if (
            before is not None
            and len(before.text) == 1
            and (joined := _without_drop_cap(line, before.text))
        ):
            before.text = joined
            continue
        if not line[:2].isalpha() and (joined := _without_drop_cap(line)):
            line = joined
        runs_on = before is not None and (
            _RUNS_ON.search(before.text) is not None or _ends_in_given_name(before.text)
        )
        wrapped = (
            before is not None
            and before.text
            and (
                (line[:2].isalpha() and line[:2].islower() and not ends_sentence(before.text))
                or (line[:1].isalnum() and runs_on)
            )
            and not _lowercase_byline(line)
            and not _URL_LINE.fullmatch(line)
            and not is_furniture(before.text)  # "Share", then "close panel"
            and not date_and_sections(line)  # "guardian.co.uk, Tuesday 24 January 2012"
            and not (runs_on and dateline(line))  # "By Laura Andrew", "Published 12th Mar"
            and not (runs_on and _is_byline(line))  # "... the results are in", "By Jo Hall"
            # "By Rob Sissons, Sarah Smith and Tom Kelly", then "All times stated are UK";
            # "By Sarah Gordon", then "BBC News".
            and not (runs_on and (is_furniture(line) or _names_paper(line)))
            # "By Claire Lewis", then "Reporter": a post, not the rest of a name.
            and not (runs_on and _is_byline(before.text) and _post_or_staff(line))
        )
        if wrapped:
            if _LINE_END_HYPHEN.search(before.text) and line[:1].islower():
                before.text = _rehyphenated(before.text, line, text)
            else:
                before.text = f"{before.text} {line}"
            if parts := byline_and_date(before.text):
                # "By Joanna Hardcastle", then "on April 12, 2018 in Children, Workforce".
                out[-1:] = [_Line(before.number, part) for part in parts]
            continue
        if before is not None and before.text in ("By", "BY") and _NAME.match(line):
            # Reach's byline, a line to each part: "By", "Henry Vaughan", "Local Democracy
            # Reporter". The name's line stands for both, so that its post comes next.
            before.text, before.number = f"{before.text} {line}", number
            continue
        line = _unglued(line)
        if parts := _run_together(line):
            # A paper's name, or a service after the byline ("By Mark Douglas · 1 April
            # 2023 · Local Democracy Reporting Service"), is furniture.
            out += [
                _Line(
                    number,
                    p,
                    "furniture"
                    if _names_paper(p) or (k and _post_or_staff(p)) or _ISSUE_PART.fullmatch(p)
                    else "text",
                )
                for k, p in enumerate(parts)
            ]
            continue
        out.append(_Line(number, line, "text" if line else "blank"))
    return out


def _run_together(line: str) -> list[str] | tuple[str, str] | None:
    """The parts of a line that runs a byline, dates or furniture together, if it does."""
    return (
        _metadata_parts(line)
        or byline_and_date(line)
        or _date_and_byline(line)
        or _name_then_date(line)
        or _date_then_update_time(line)
    )


# "17 July 2013 Last updated at 14:32": the BBC's date, and the time of day it changed.
_UPDATE_TIME = re.compile(
    r"(?P<date>.{6,40}?)\s+(?P<time>last updated at \d{1,2}[:.]\d{2}(?: [A-Z]{2,4})?)", re.I
)


def _date_then_update_time(line: str) -> tuple[str, str] | None:
    found = _UPDATE_TIME.fullmatch(line)
    return (found["date"], found["time"]) if found and looks_like_date(found["date"]) else None


# Between parts, or before an update's time: "Posted: 31/10/2013 10:14 GMT Updated: ...".
# The Guardian's "Tue 24 Nov 2015 12.01 GMT First published on Tue 24 Nov 2015 00.01 GMT".
_METADATA_BREAK = re.compile(
    r"\s+[|•·–—/]\s+"
    r"|\s+(?=(?:(?:last\s+)?updated:|first\s+published\s+on|last\s+modified\s+on)\s)"
    # Le Monde's "Published on 14 March 2016 at 11:05 - Updated on 14 March 2016 at 15:22"
    r"|(?:\s+-|,)\s+(?=updated\s+on\s)",
    re.IGNORECASE,
)


# An issue's or a report's number beside its date: "Issue 118 | Sunday 4 October 2015 |
# Free - please take one", "IFS Report R172 · ... · 9 July 2020".
_ISSUE_PART = re.compile(
    r"(?:[\w&'’ ]{0,30} )?(?:issue|no\.|number|vol\.?|volume|edition|report|newsletter"
    r"|bulletin|briefing)(?: no\.?)? ?[A-Z]?\d[\w./-]{0,8}|report summary"
    r"|free(?:\s*[-–]\s*please take one)?",
    re.IGNORECASE,
)


def _names_list(text: str) -> bool:
    """Whether a text is names and only names: "Christine Farquharson, Kate Ogden and
    David Phillips"."""
    names = re.split(r",\s+(?:and\s+)?|\s+and\s+|\s+&\s+", text)
    return len(names) > 1 and all(looks_like_name(name) for name in names)


def _metadata_parts(line: str) -> list[str]:
    """The parts of a line of dates, bylines, names and furniture run together.

    "Published: 00:01 BST, 30 June 2016 | Updated: 08:12 BST, 30 June 2016", or
    "Jane Smith | 23rd Nov 2018 | 0 comments", "Sheffield Star | 23rd Nov 2018": each part
    is then read as its own line, the paper's name and a page's number as furniture.
    """
    parts = [part.lstrip("•· ") for part in _METADATA_BREAK.split(line)]  # "• 1 Sept 2022"
    # A date, or a byline beside the paper's name: "The Huffington Post UK | By Asa Bennett".
    if len(parts) < 2 or not any(dateline(part) or _is_byline(part) for part in parts):
        return []
    # An author's name in capitals: "Yorkshire Post · 27 Nov 2015 · 12 · JOE CASH".
    parts = [
        part.title() if part.isupper() and looks_like_name(part.title()) else part for part in parts
    ]
    if all(
        dateline(part)
        or _is_byline(part)
        or looks_like_name(part)
        or is_furniture(part)
        or _names_paper(part)
        or _post_or_staff(part)  # "By Mark Douglas · 1 April 2023 · Local Democracy ..."
        or _ISSUE_PART.fullmatch(part)
        or _names_list(part)
        for part in parts
    ):
        return parts
    return []


def _name_then_date(line: str) -> tuple[str, str] | None:
    """A byline or bare name, then the date, with nothing or a dash or bar between.

    "Jane Smith @janesmith Friday 23 November 2018 10:30", "By Jane Smith 23 Nov 2018",
    "Jane Smith - 23 November 2018".
    """
    words = line.split()
    if not 3 <= len(words) <= BYLINE_WORDS or not any(c.isdigit() for c in line):
        return None
    if _DATE_PREFIX.match(line) or dateline(line):
        return None  # "Updated Thursday, 30th June 2016": a date, not a name's
    for cut in range(2, min(len(words), 8)):
        who = _HANDLE.sub("", " ".join(words[:cut])).strip().rstrip(",")
        if not (looks_like_name(who) or _is_byline(who) or _name_and_post(who)):
            continue
        date = " ".join(words[cut:]).lstrip("-–—|• ")  # "Jane Smith - 23 November 2018"
        # A day as well as a year: "Mark Douglas, June 2016" is more likely a caption.
        if len(re.findall(r"\d+", date)) >= 2 and dateline(date):
            return " ".join(words[:cut]), date
    return None


# The first word of a reporter's role, as Reach's pages run it into the name.
_REACH_ROLES = (
    "Local|Senior|Chief|Political|Education|Health|Social|Deputy|Digital|Data|Business|News"
    "|Court|Crime|Community|Investigations|Reporter|Editor|Correspondent"
)
# What pages glue or dot together: "ByJane Smith", "17 Nov 2017Updated06:30, 17 Nov 2017",
# "17 November 2017 • 6:00am".
_GLUED = [
    (re.compile(r"^By(?=[A-Z][a-z])"), "By "),
    # A blog's "Posted by admin on 18 March 2014", read as "18 March 2014 by admin".
    (re.compile(r"^Posted\s+by\s+(?P<who>[^|•]+?)\s+on\s+(?P<date>.+)$"), r"\g<date> by \g<who>"),
    # WordPress's Divi theme: "Posted by Darren Fielding | Oct 18, 2019 | News | 0 comments".
    (
        re.compile(r"^Posted\s+by\s+(?P<who>[^|•]+?)\s+\|\s+(?P<rest>.+?)\s+\|\s+\d+\s+comments?$"),
        r"By \g<who> | \g<rest>",
    ),
    (
        re.compile(r"^(?:News|Politics|Sport|Opinion|Business|Education|Health)By\s?(?=[A-Z])"),
        "By ",
    ),
    # Reach's byline under its section, without "By": "NewsGeorge TorrLocal Democracy
    # Reporter".
    (
        re.compile(
            rf"^(?:News|Politics|Sport|Opinion|Business|Education|Health)"
            rf"(?=[A-Z][a-z'’-]+ [A-Z][a-z'’-]+(?:{_REACH_ROLES})\b)"
        ),
        "By ",
    ),
    # Reach's byline run into its role: "ByGeorge TorrLocal Democracy Reporter".
    (
        re.compile(rf"^(By [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)*?[a-z])(?=(?:{_REACH_ROLES})\b)"),
        r"\1, ",
    ),
    # GOV.UK's note on a speech's text after its date: "10 July 2014 (Transcript of the
    # speech, exactly as it was delivered)", "(Original script, may differ from ...)".
    (
        re.compile(
            r"(?<=\d{4})\s*\((?:transcript of the speech|original script|speaker's notes)[^)]*\)$",
            re.IGNORECASE,
        ),
        "",
    ),
    # The BBC's 2009 pages add the time in the UK: "Page last updated at 15:47 GMT, Tuesday,
    # 16 June 2009 16:47 UK".
    (re.compile(r"(?<=\d{4})\s+\d{1,2}:\d{2}\s+UK$"), ""),
    # The BBC's 2010 pages: "14 June 2010 Last updated at 13:48".
    (re.compile(r"(?<=\d)\s+Last updated at\s+(?=\d)", re.IGNORECASE), " | Updated "),
    (re.compile(r"(?<=\d)\s*Updated:?\s*(?=\d)"), " | Updated "),
    # An update's age dates nothing: Reuters's "NOVEMBER 28, 2012 / 2:41 PM / UPDATED 11 YEARS
    # AGO", "January 14, 2016 12:05 AM GMTUpdated 8 years ago".
    (
        re.compile(
            r"(?<=\S)\s*(?:/\s*)?Updated\s+(?:an?|\d+)\s+(?:year|month|week|day|hour|minute)s?"
            r"\s+ago$",
            re.IGNORECASE,
        ),
        "",
    ),
    # An update's time alone, glued or in brackets, dates nothing more: "7:00 pm(Updated
    # 7:05 pm)".
    (re.compile(r"\s*[(|]?\s*Updated:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\)?$", re.I), ""),
]


def _unglued(line: str) -> str:
    """The line with the glued words of a byline or dateline apart (see _GLUED)."""
    for pattern, replacement in _GLUED:
        line = pattern.sub(replacement, line)
    if " • " in line and dateline(dotted := line.replace(" • ", " ")):
        return dotted
    return line


# "17 Nov 2017 | By Jane Smith"; WordPress's "Posted on November 17, 2017 by Jane Smith".
_DATE_THEN_BYLINE = re.compile(
    r"(?P<date>.+?)(?:\s+[|•]\s+|\s+)"
    r"(?P<by>[Bb]y\s+(?:[A-Z].*|admin\w*|webmaster|the [A-Z].*|[a-z][\w.-]{2,30}$))"
)


_COMMENTS_AFTER = re.compile(
    r"\s*[|·—–-]\s*(?:\d+ comments?|no comments|leave a (?:comment|reply))\s*$", re.IGNORECASE
)


def _date_and_byline(line: str) -> tuple[str, str] | None:
    """A line's date and byline, date first, if it is only those.

    WordPress prints its account in lowercase: "Posted on 18 March 2019 by admin".
    """
    if not (found := _DATE_THEN_BYLINE.fullmatch(line)) or not dateline(found["date"]):
        return None
    who = _COMMENTS_AFTER.sub("", found["by"][3:])  # "by Rob Fenwick — Leave a comment"
    by = f"By {who[:1].upper()}{who[1:]}"
    # An account or a team that is no byline ("by donnysw", "by the Fostering Recruitment
    # Team") still leaves the date its own.
    return (found["date"], by if _is_byline(by) else found["by"])


# Where a byline may end and its date begin: "by Mithran Samuel on April 13, 2022",
# "By Chris Burn, 27 November 2015", "By Chris Burn | Published 27th Nov 2015", or a
# weekday after a space: "By Shannon Mower, Local Democracy Reporter Thursday, 14 March".
_BYLINE_DATE_BREAK = re.compile(
    r"\s+on\s+|\s*[,|]\s+|\s+[–—-]\s+|\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)",
    re.IGNORECASE,
)


# How a byline opens: "By", Civil Service World's "Written by ... on <date> in News", or
# MSN's "Story by", a wire copy's "Reporter:".
_BY_OPENING = re.compile(r"(?:(?:written|story)\s+)?by\s|reporter:\s", re.IGNORECASE)


def byline_and_date(line: str) -> tuple[str, str] | None:
    """A line's byline and its date (perhaps with sections), if it is only those."""
    if not _BY_OPENING.match(line) or _words(line) > BYLINE_WORDS + 15:
        return None
    for found in _BYLINE_DATE_BREAK.finditer(line):
        by, date = line[: found.start()], line[found.end() :]
        if not (dateline(date) or date_and_sections(date)):
            continue
        return (by, date) if _is_byline(by) else None
    return None


# A byline for the paper's staff, an agency or a site's account, naming nobody: "By
# Telegraph Reporters", "By Press Office", WordPress's "by admin".
_STAFF = re.compile(
    r"(?:our\s[^\W\d][\w\s'’-]*|.*\b(?:reporters?|staff|correspondents?|newsdesk|news\s+desk|news\s+team"
    r"|press\s+association|news\s+agency|pa\s+media|newsroom|reporting\s+service"
    r"|press\s+office|communications(?:\s+team)?|(?:data|digital|web|online|news)\s+team"
    r"|data\s+(?:desk|unit)"  # "By Data Desk", "By the BBC Shared Data Unit"
    r"|\w+['’]s\s+office|editor|comment|editorial)"  # an MP's "Rosie's Office"; "By YP Comment"
    r"|admin(?:istrator)?|webmaster)",
    re.IGNORECASE,
)


def _is_byline(line: str) -> bool:
    """A byline: "By Chris Burn", "Author: Neil Puffett", or the staff's "By PA Reporters"."""
    match = _byline_match(line)
    return bool(match and (_names_part(_who(match)) or _STAFF.fullmatch(match["who"])))


def _lowercase_byline(line: str) -> bool:
    """A byline printed in lowercase ("by Luke Stevenson"), not a wrapped sentence's end."""
    return (
        line.startswith("by ")
        and not ends_sentence(line)
        and (
            looks_like_name(line[3:].split(",")[0].strip())
            or byline_and_date(line) is not None  # Community Care's "by ... on <date> in ..."
        )
    )


def _is_heading(text: str) -> bool:
    return not ends_sentence(text) and _words(text) <= 6


def _mark_offer_blocks(lines: list[_Line]) -> None:
    """Bullet lists of benefits and their heading, next to an offer or a membership prompt."""
    visible = [ln for ln in lines if ln.kind != "blank"]
    for index, line in enumerate(visible):
        if line.kind != "furniture" or not (is_offer(line.text) or _PROMPT.search(line.text)):
            continue
        back = index - 1
        while back >= 0 and visible[back].kind == "bullet":
            visible[back].kind = "furniture"
            back -= 1
        heading = visible[back] if 0 <= back < index - 1 else None
        if heading and heading.kind == "text" and _is_heading(heading.text):
            heading.kind = "furniture"
        ahead = index + 1
        while ahead < len(visible) and visible[ahead].kind == "bullet":
            visible[ahead].kind = "furniture"
            ahead += 1


_FULL_STOP = re.compile(r"[.!][\"'’”)]*$")
_RELATED_HEADING = re.compile(rf"(?:{_RELATED_HEADINGS})[.:]*", re.IGNORECASE)


QUOTE_LEAD_WORDS = 6  # a sentence ending in a colon, leading to a quotation


def _mark_related_blocks(lines: list[_Line]) -> None:
    """Mark as furniture the other stories listed under a heading ("More on this story").

    Their headlines and dates go; a sentence of the story, ending in a full stop, or a
    rule ends the list.
    """
    in_list = False
    visible = [line for line in lines if line.kind != "blank"]
    for line, following in pairwise([*visible, None]):
        if _RELATED_HEADING.fullmatch(line.text):
            in_list = True
        elif in_list and not any(c.isalnum() for c in line.text):
            in_list = False  # a rule, "* * *": the story goes on under it, a crosshead first
        elif in_list and line.kind in (
            *("text", "caption", "date", "updated", "date+sections"),
            "bullet",  # "- Ofsted chief defends inspection regime"
        ):
            if (line.kind == "caption" and _credited(line.text)) or (
                line.kind == "text"
                and (
                    # Not a headline cut short: "UK politics live: Starmer faces ...".
                    (_FULL_STOP.search(line.text) and not line.text.endswith(("...", "…")))
                    or (line.text.endswith(":") and _words(line.text) >= QUOTE_LEAD_WORDS)
                    # A picture's caption over its credit: "Credit: Geoff Pugh for The
                    # Telegraph", or over itself credited: "... Credit: Gareth Fuller/PA".
                    or (
                        following is not None
                        and (_CREDIT.match(following.text) or _credited(following.text))
                    )
                )
            ):
                in_list = False  # the story goes on: "Dame Rosie ... said on Twitter:"
            else:
                line.kind = "furniture"


# The heading of readers' comments under a story: "3 Responses to “Trust rated good”",
# "Leave a Reply".
_COMMENTS_HEADING = re.compile(
    r"\d+ (?:responses?|comments?|replies|thoughts) (?:to|on) [\"“‘'].+[\"”’']"
    # Unquoted, the heading repeats the headline: capitalised, and no sentence's end.
    r"|\d+ (?-i:Responses?|Comments|Replies|Thoughts) (?:to|on) [^\"“‘'].*[^.!?:;,]"
    r"|leave a (?:reply|comment)|readers['’]? comments(?: \(\d+\))?"
    r"|the comments below have (?:not )?been moderated\."
    r"|comment guidelines|comments: our rules"  # the rules for readers, then comments
    r"|sort by:? (?:newest|oldest|best(?: rated)?|most recent|recent|top|popular)"
    r"|share what you think|newest \| oldest(?: \| [\w ]{1,20})*"  # the Mail's
    # A release's and a wire story's end: notes to editors follow.
    r"|-?ends-?|notes? (?:to|for) editors?\b.*|pa newsdesk:.*"
    # A news database's index terms under the story: LexisNexis's "Classification".
    r"|end of document|classification"
    r"|comments (?:are (?:now )?closed|have been disabled)(?: on this (?:article|story|page))?\.?"
    r"|before you go\W*"  # The Conversation's appeal for donations
    # The Guardian's, under every story since 2016: "… as you're joining us today from
    # England, we have a small favour to ask.", "… there is a good reason why ...".
    r"|(?:…|\.{3}) ?(?:as you[’']re joining us today from|we have a small favour to ask"
    r"|there is a good reason why people may not want you to read)\b.*",
    re.IGNORECASE,
)
# The topics a page tags its story with, a run of short lines over its end: "Rotherham",
# "Local government", "Child sexual exploitation".
TAG_WORDS, TAG_RUN = 4, 3


# A label over readers' comments that a page may also print among its menus over the
# story ("Comments" on the Independent's) or as a counter under its standfirst ("Comments
# (12)"): a heading only under COMMENTS_AFTER paragraphs of the story.
COMMENTS_AFTER = 3
_COMMENTS_LABEL = re.compile(
    r"(?:\d+ )?comments(?: \(\d+\))?|have your say|join the (?:conversation|discussion)",
    re.IGNORECASE,
)


_NO_COMMENTS = re.compile(r"\(0\)$|^0 ")


def _mark_comments(lines: list[_Line]) -> None:
    """Mark as furniture what follows a story's end: readers' comments, notes to editors.

    A heading printed twice was listed first in the page's contents: the story ends at
    the second.
    """
    paragraphs = 0  # of the story so far: under a few, a bare "Comments" is a counter
    start = None
    for i, line in enumerate(lines):
        if _COMMENTS_HEADING.fullmatch(line.text) or (
            paragraphs >= COMMENTS_AFTER and _COMMENTS_LABEL.fullmatch(line.text)
        ):
            start = i
            break
        paragraphs += _words(line.text) >= 12 and ends_sentence(line.text)
    if start is not None and _NO_COMMENTS.search(lines[start].text):
        # "Readers' comments (0)" among a page's tools: none follow, and the story goes on.
        lines[start].kind = "furniture"
        return
    if start is not None and not _COMMENTS_HEADING.fullmatch(lines[start].text):
        # A bare label mid-story ("Have your say", a poll's) over paragraphs of the story:
        # readers' comments come with their names, times and buttons, short lines.
        following = [line for line in lines[start + 1 :] if line.kind != "blank"]
        following = following[:COMMENTS_AFTER]
        if len(following) == COMMENTS_AFTER and all(
            _words(line.text) >= 12 and ends_sentence(line.text) for line in following
        ):
            lines[start].kind = "furniture"
            return
    if start is not None:
        heading = lines[start].text
        start = max(i for i, line in enumerate(lines) if line.text == heading)
        # A wire story's time stamp under its "ENDS" dates it, if nothing over it has.
        wire = heading.strip("-").lower() == "ends"
        for line in lines[start:]:
            if line.kind != "blank":
                line.kind = "date" if wire and line.kind == "date" else "furniture"
        tags = []
        for line in reversed(lines[:start]):
            if line.kind == "blank":
                continue
            if line.kind not in ("text", "caption") or _words(line.text) > TAG_WORDS:
                break
            if ends_sentence(line.text) or line.text.endswith((":", ",", ";")):
                break
            tags.append(line)
        if len(tags) >= TAG_RUN:
            for line in tags:
                line.kind = "furniture"


def _mark_repeated_captions(lines: list[_Line]) -> None:
    """A caption printed two or three times: keep one plain copy, remove the rest."""
    visible = [ln for ln in lines if ln.kind != "blank"]
    index = 0
    while index < len(visible):
        line = visible[index]
        if line.kind != "text":
            # "Picture caption: X" over X, or an image's text over its caption with a full
            # stop ("Civic Office" over "Civic Office."): the caption printed again.
            after = visible[index + 1] if index + 1 < len(visible) else None
            if (
                line.kind == "caption"
                and after
                and after.kind == "text"
                and after.text.removesuffix(".") == line.unit.removesuffix(".")
            ):
                after.kind, after.unit = "repeat", line.unit
            index += 1
            continue
        unit = repeated_unit(line.text) or line.text
        group = [line]
        ahead = index + 1
        while ahead < len(visible) and visible[ahead].kind == "text":
            other = visible[ahead]
            if (repeated_unit(other.text) or other.text) != unit:
                break
            group.append(other)
            ahead += 1
        if len(group) > 1 or unit != line.text:
            plain = next((ln for ln in group if ln.text == unit), None)
            for member in group:
                member.kind, member.unit = ("caption" if member is plain else "repeat"), unit
            if plain is None:
                group[0].kind = "repeat+caption"
        index = ahead


def _mark_labelled_captions(lines: list[_Line]) -> None:
    """The line after a caption label on its own ("Image caption,") is the caption."""
    visible = [ln for ln in lines if ln.kind != "blank"]
    for label, following in pairwise(visible):
        labelled = label.kind == "furniture" and _CAPTION_LABEL.fullmatch(label.text)
        if labelled and following.kind == "text":
            following.kind = "caption"


# A label over an author's note that is no part of the story: The Conversation's
# "Disclosure statement" over "Jane Smith has acted as an adviser to the LGA ...".
# GOV.UK's "From:" over the departments and ministers a release is from.
_NOTE_LABEL = re.compile(
    r"disclosure(?: statement)?|conflicts? of interest|partners|from:"
    r"|location:|part of:|applies to:"  # GOV.UK's, over a speech's place and its topics
    r"|image (?:copyright|source),?",  # the BBC's, over the picture's credit: "Getty Images"
    re.IGNORECASE,
)


_PARTNER_NOTE = re.compile(r"\b(?:partners?|funding|funds?|member)\b", re.IGNORECASE)


def _mark_author_notes(lines: list[_Line]) -> None:
    """The line under a disclosure's label is furniture, with the label."""
    visible = [ln for ln in lines if ln.kind != "blank"]
    for label, following in pairwise(visible):
        if (
            _NOTE_LABEL.fullmatch(label.text)
            and following.kind in ("text", "caption")
            # A story's subheading "Partners" is no label: The Conversation's partners fund.
            and (label.text.lower() != "partners" or _PARTNER_NOTE.search(following.text))
        ):
            label.kind = following.kind = "furniture"


QUOTE_BOX_LINES, QUOTE_BOX_SPEAKER_LINES = 4, 2


def _mark_quote_boxes(lines: list[_Line]) -> None:
    """The BBC's pull quotes of 2009-2014 are furniture: "Start Quote", a line of a quote
    the story gives whole, "End Quote", then its speaker's name and post, a line each."""
    visible = [ln for ln in lines if ln.kind != "blank"]
    for k, line in enumerate(visible):
        if line.text.lower() != "start quote":
            continue
        box = visible[k + 1 : k + 1 + QUOTE_BOX_LINES]
        end = next((i for i, ln in enumerate(box) if ln.text.lower() == "end quote"), None)
        if end is None:
            continue
        speaker = visible[k + 2 + end : k + 2 + end + QUOTE_BOX_SPEAKER_LINES]
        speaker = list(takewhile(lambda ln: not ends_sentence(ln.text), speaker))
        for ln in [line, *box[: end + 1], *speaker]:
            ln.kind = "furniture"


# A letter printed in full: its greeting, its sign-off with the signer's name and post
# under it, and whom it was copied to are the letter's, not captions.
_GREETING = re.compile(r"Dear [A-Z][\w.'’ -]{0,60},?")
_SIGN_OFF = re.compile(
    r"(?:Yours (?:sincerely|faithfully|truly|ever)|Kind regards|Best wishes|With best wishes),?",
    re.IGNORECASE,
)
_COPIED_TO = re.compile(r"cc:?\s+\S.*", re.IGNORECASE)
# A letters page's writer over a letter: "From: Janet Marsden, Sprotbrough, Doncaster.",
# not an e-mail's sender ("From: Press Office <news@doncaster.gov.uk>").
_LETTER_FROM = re.compile(r"From: [A-Z][^@<>\n]{2,100}\.")
SIGNATURE_LINES, COPIED_LINES, SIGNATURE_WORDS, LETTER_HEADING_WORDS = 3, 6, 16, 12


def _mark_letters(lines: list[_Line]) -> None:
    """Keep a letter's greeting, signature and copy list with its text."""
    visible = [ln for ln in lines if ln.kind != "blank"]
    signed = False  # an e-mail's "cc:" over the story is furniture; a signed letter's is not
    for k, line in enumerate(visible):
        copied = signed and _COPIED_TO.fullmatch(line.text)
        if _LETTER_FROM.fullmatch(line.text):
            line.kind = "letter"
            heading = visible[k - 1] if k else None
            if (
                heading is not None
                and heading.kind in ("text", "caption")
                and not ends_sentence(heading.text)
                and _words(heading.text) <= LETTER_HEADING_WORDS
            ):
                heading.kind = "subheading"  # the letter's: "A trust is only as good as ..."
            continue
        if line.kind not in ("text", "caption") and not copied:
            continue
        if _GREETING.fullmatch(line.text):
            line.kind = "letter"
        elif _SIGN_OFF.fullmatch(line.text) or copied:
            signed = True
            line.kind = "letter"
            most = COPIED_LINES if copied else SIGNATURE_LINES
            for after in visible[k + 1 : k + 1 + most]:
                if (
                    after.kind not in ("text", "caption")
                    or ends_sentence(after.text)
                    or _words(after.text) > SIGNATURE_WORDS
                ):
                    break
                after.kind = "letter"


SKIPPED_CAPTION_WORDS = 4


def _mark_caption_over_a_skip_link(lines: list[_Line]) -> None:
    """The line over the BBC's "Continue reading the main story" (2010-2014), no sentence,
    is its picture's caption: the link skips the related stories beside the picture."""
    visible = [ln for ln in lines if ln.kind != "blank"]
    for line, following in pairwise(visible):
        if (
            following.text.lower() == "continue reading the main story"
            and line.kind == "text"
            and not ends_sentence(line.text)
            and SKIPPED_CAPTION_WORDS <= _words(line.text) <= CAPTION_WORDS
        ):
            line.kind = "caption"


PICTURE_LABEL_WORDS = 4


def _mark_labelled_pictures(lines: list[_Line]) -> None:
    """A picture's label over its caption, which opens with the label, are captions.

    The BBC's pages of 2009-2012 copy the picture's name over its caption: "Ed Balls" over
    "Ed Balls said he was "deeply concerned" by the inspectors' findings", no full stop.
    """
    visible = [line for line in lines if line.kind != "blank"]
    for label, caption in pairwise(visible):
        if (
            label.kind == "text"
            and caption.kind == "text"
            and _words(label.text) <= PICTURE_LABEL_WORDS
            and caption.text.startswith(f"{label.text} ")
            and not ends_sentence(caption.text)
            and _words(caption.text) <= CAPTION_WORDS
            and not _is_bare_byline(caption.text)  # "Patrick Butler Social policy editor"
        ):
            label.kind = caption.kind = "caption"


def _mark_credited_captions(lines: list[_Line]) -> None:
    """A short line that a picture's credit follows on the next line is its caption.

    "Ros Jones, the mayor of Doncaster, said she was disappointed by the decision" over
    "GARY CALTON FOR THE TIMES" is no standfirst. Under Community Care's "by Kirsty Rowe on
    October 24, 2013 in Children", the line over the lead picture's credit is the
    standfirst: the picture has no caption there.
    """
    before = ("", "")  # the kinds of the two lines with text before this one
    for line, following in pairwise(lines):
        if (
            line.kind == "text"
            and following.kind in ("text", "caption", "furniture")
            and _words(line.text) <= CAPTION_WORDS
            and _CREDIT_LINE.fullmatch(following.text)
            # A credit holding its own caption is none: "(Picture: Sir Michael Wilshaw.
            # Picture by Ross Parry Agency)" under the story's last paragraph.
            and not _CAPTION_IN_CREDIT.search(following.text)
            and before != ("byline", "date+sections")  # "by Kirsty Rowe on ... in Children"
        ):
            line.kind = "caption"
        elif (
            # The BBC's pages since 2023 print the agency over the caption, which has no
            # full stop: "Getty Images" over "Doncaster's services were run by a trust".
            line.kind in ("text", "caption", "furniture")
            and following.kind == "text"
            and _AGENCY_ALONE.fullmatch(line.text)
            and _words(following.text) <= CAPTION_WORDS
            # No full stop, though perhaps a quotation: 'were "well supported"'.
            and not _FULL_STOP_END.search(following.text)
        ):
            line.kind = following.kind = "caption"
        if line.kind != "blank":
            before = (before[1], line.kind)


_CAPTION_IN_CREDIT = re.compile(r"\.\s+(?:pictures?|photos?|photograph|images?)(?: by\b|:)", re.I)


# A lead whose first word is in capitals, as National World's papers print it: "CHILDREN'S
# services in Doncaster ...", "DONCASTER Council has ...".
_CAPITAL_LEAD = re.compile(r"[A-Z][A-Z'’-]{2,} [a-z]")


def _mark_caption_over_a_lead(lines: list[_Line]) -> None:
    """The line of text over the first lead in capitals, with furniture over it, is the
    lead picture's caption.

    The Yorkshire Post prints it without a credit between its sign-up box and the lead:
    "Paul Moffat, chief executive of ..., with staff at the trust's headquarters." over
    "CHILDREN'S services in Doncaster ...". A standfirst stands over the byline there.
    """
    visible = [line for line in lines if line.kind != "blank"]
    k = next(
        (
            k
            for k, line in enumerate(visible)
            if line.kind == "text" and _CAPITAL_LEAD.match(line.text)
        ),
        None,
    )
    if k is None or k < 2:
        return
    told = [
        ln
        for ln in visible[: k - 2]
        if ln.kind == "text" and ends_sentence(ln.text) and _words(ln.text) >= STANDFIRST_MIN_WORDS
    ]
    if len(told) > 1:
        return  # a paragraph opening with an acronym far into the story: "DCST chief ..."
    furniture, caption, lead = visible[k - 2 : k + 1]
    if (
        furniture.kind == "furniture"
        and caption.kind == "text"
        and _words(caption.text) <= CAPTION_WORDS
        and ends_sentence(lead.text)
        and caption.text[:1] not in "\"“‘'"
    ):
        caption.kind = "caption"


def _mark_list_items(lines: list[_Line]) -> None:
    """The lines under one that ends in a colon, asks a question or heads a box are a list.

    "Key points from the report:" (or "Key facts") and then, their bullets lost in
    copying, "Leadership was rated inadequate" and "Children in care were well supported";
    or "What happens next?" and two or more such lines. None is a caption. The list ends
    at a sentence or at a line of another kind; an item that ends in a quotation
    ('Supervision was "irregular"') is no sentence.
    """
    visible = [line for line in lines if line.kind != "blank"]
    in_list = False
    for index, line in enumerate(visible):
        if line.kind == "text" and _BOX_HEADING.fullmatch(line.text):
            line.kind, in_list = "subheading", True
        elif line.kind != "text" or (ends_sentence(line.text) and not _quoted_item(line.text)):
            in_list = line.kind == "text" and (
                line.text.endswith((":", ":-")) or _asks_before_items(visible, index)
            )
        elif in_list:
            line.kind = "bullet"


LIST_ITEM_WORDS = 20
# A box's heading, whatever follows it: "Key facts", "Fact file", "Timeline".
_BOX_HEADING = re.compile(
    r"(?:key (?:facts|points|findings|dates|figures)|fact ?(?:file|box)|at a glance"
    r"|in numbers|the facts|timeline)[.:]?",
    re.IGNORECASE,
)


def _mark_headed_lists(lines: list[_Line]) -> None:
    """A heading and two or more items between sentences of the story are the story's.

    "What Ofsted found", then "Caseloads of up to 30 in some teams" and "High use of
    agency staff", their bullets lost in copying, and the story goes on: a box of the
    story, not captions. Pictures' captions do not come three in a row between sentences.
    """
    visible = [line for line in lines if line.kind != "blank"]

    def sentence(line: _Line) -> bool:
        return line.kind == "text" and ends_sentence(line.text) and not _quoted_item(line.text)

    index = 1
    while index < len(visible):
        end = index
        while end < len(visible) and _list_item(visible[end]):
            end += 1
        if (
            end - index >= 3
            and _words(visible[index].text) <= SUBHEADING_WORDS
            and sentence(visible[index - 1])
            and end < len(visible)
            and sentence(visible[end])
        ):
            for line in visible[index:end]:
                line.kind = "bullet"
        index = end + 1


# A live page's time over each update, with its title or not: "14:32", "2.20pm Miliband
# backs the trust", "9.15am: Report published".
_LIVE_TIME = re.compile(
    r"(?:posted at )?"  # the BBC's
    r"(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?:[:\s]\s*\S.{0,80})?",
    re.IGNORECASE,
)
# An embedded post's signature: "— Ros Jones (@MayorRosJones) July 10, 2013".
_POST_SIGNATURE = re.compile(r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\).{0,40}")
_KEY_EVENTS = re.compile(
    r"key events|show latest updates|refresh|pinned(?: post)?|live(?: reporting| updates)?"
    r"|all times (?:stated )?(?:are )?(?:uk|bst|gmt)|show key events only|live feed"
    r"|please turn on javascript to use this feature|read more about these links\.?"
    r"|get involved|latest",
    re.I,
)
LIVE_UPDATES = 3
_LIVE_KINDS = ("text", "caption", "bullet")  # a list's shape may have claimed them first


def _mark_live_updates(lines: list[_Line]) -> None:
    """A live page's updates are the story's, in order; its controls and index are not.

    The time over each update stays in the body ("2.20pm Miliband backs the trust"), as
    does the signature of an embedded post with the post above it. "Key Events" and the
    list of update titles under it repeat what follows, and go with "Refresh".
    """
    visible = [line for line in lines if line.kind != "blank"]
    times = [
        line for line in visible if line.kind in _LIVE_KINDS and _LIVE_TIME.fullmatch(line.text)
    ]
    if len(times) < LIVE_UPDATES:
        return
    for line in times:
        line.kind = "subheading"
    stamped = {id(line) for line in times}
    # The updates' lines with their controls ("Key event") left out.
    updates = [line for line in visible if line.kind != "furniture"]
    for line, after in pairwise(updates):
        # The update's title under its time: "16:45", then "That's all for today".
        if (
            id(line) in stamped
            and after.kind in _LIVE_KINDS
            and not ends_sentence(after.text)
            and _words(after.text) <= SUBHEADING_WORDS * 2
        ):
            after.kind = "subheading"
    for index, line in enumerate(visible):
        if line.kind in _LIVE_KINDS and _POST_SIGNATURE.fullmatch(line.text):
            line.kind = "subheading"
            if index and visible[index - 1].kind in _LIVE_KINDS:
                visible[index - 1].kind = "bullet"
    for index, line in enumerate(lines):
        if line.kind != "furniture" and _KEY_EVENTS.fullmatch(line.text):
            line.kind = "furniture"
            if line.text.lower() == "key events":
                # The list ends at a blank line, or at the first update's time where the
                # page was copied without blank lines.
                for item in takewhile(
                    lambda item: item.kind != "blank" and id(item) not in stamped,
                    lines[index + 1 :],
                ):
                    item.kind = "furniture"


# A row of a table or a timeline whose layout was lost in copying: "1. North Yorkshire -
# 8 points", "Slough (Slough Children First) - £1,240 - good", "2016 - becomes interim
# chief executive", "Rotherham Metropolitan Borough Council: £2.4m (PwC)".
_TABLE_ROW = re.compile(
    r"\d{1,3}[.)] \S.*|[^\W\d].{0,80}?(?: [-–—|]|:) .*\d.*|\d{4}(?:[-–/]\d{2,4})?(?: [-–—]|:) \S.*"
)
TABLE_ROWS = 3


def _mark_table_rows(lines: list[_Line]) -> None:
    """Three or more rows of a table or timeline in a row are the story's, not captions."""
    visible = [line for line in lines if line.kind != "blank"]
    index = 0
    while index < len(visible):
        end = index
        while (
            end < len(visible)
            and visible[end].kind in ("text", "bullet")
            and not ends_sentence(visible[end].text)
            and _TABLE_ROW.fullmatch(visible[end].text)
        ):
            end += 1
        if end - index >= TABLE_ROWS:
            for line in visible[index:end]:
                line.kind, line.unit = "bullet", "row"
        index = end + 1


_TABLE_NOTE = re.compile(r"\*|[¹²³\d] [A-Z]|(?:sources?|notes?):? ", re.IGNORECASE)


def _mark_pipe_tables(lines: list[_Line]) -> None:
    """A table whose cells were copied apart by tabs or bars is the story's, menu-like
    as its rows look ("Westminster | London | Feb 2015 | Good"): TABLE_ROWS lines or more
    in a run with as many cells each, a number among them."""
    visible = [
        line
        for line in lines
        if line.kind not in ("blank", "date", "byline") and not _TABLE_RULE.fullmatch(line.text)
    ]
    index = 0
    while index < len(visible):
        bars = visible[index].text.count(" | ")
        end = index
        while bars and end < len(visible) and visible[end].text.count(" | ") == bars:
            end += 1
        rows = visible[index:end]
        if len(rows) >= TABLE_ROWS and any(c.isdigit() for row in rows for c in row.text):
            # Its notes under it: "* Services run by the trust", "Source: Ofsted, 2015".
            while end < len(visible) and _TABLE_NOTE.match(visible[end].text):
                rows.append(visible[end])
                end += 1
            for row in rows:
                row.kind, row.unit = "bullet", "row"
        index = max(end, index + 1)


def _quoted_item(text: str) -> bool:
    """A short line that ends in a closing quotation mark, not in a full stop within it."""
    return (
        _words(text) <= LIST_ITEM_WORDS and text[-1] in "\"'’”" and not _FULL_STOP.search(text[:-1])
    )


def _asks_before_items(visible: list[_Line], index: int) -> bool:
    """A short question that two or more lines of no sentence follow: a list's heading."""
    line = visible[index]
    if not line.text.endswith("?") or _words(line.text) > SUBHEADING_WORDS + 4:
        return False
    items = visible[index + 1 : index + 3]
    return len(items) == 2 and all(_list_item(item) for item in items)


def _list_item(line: _Line) -> bool:
    """A line that may be an item of a list: short, and no sentence."""
    return (
        line.kind == "text"
        and (not ends_sentence(line.text) or _quoted_item(line.text))
        and _words(line.text) <= LIST_ITEM_WORDS
    )


# A short label that opens a line of a list: "2013: Gove strips the council ...",
# "Good: Doncaster, Kirklees", "12.05pm: The mayor said ...".
_LIST_LABEL = re.compile(r"(?P<label>[^\W_](?:[^:.!?]|\.(?=\S)){0,29}):\s+\S")
LIST_LABEL_WORDS = 4
# Labels of a press office's contact lines ("Tel: 01302 ...") and of a page's links to
# other things ("WATCH: ...", "Related: ..."), which are no list of the story.
_NOT_LIST_LABELS = frozenset(
    """
    contact contacts tel telephone phone mobile fax email e-mail web website twitter x
    facebook instagram linkedin address enquiries media press watch video videos listen
    podcast audio gallery read related see also more opinion comment analysis sponsored
    advertisement newsletter subscribe
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def _mark_labelled_lists(lines: list[_Line]) -> None:
    """Two or more lines in a row that a short label opens are a list of the story.

    A timeline ("2013: Michael Gove strips the council of its children's services"),
    ratings ("Good: Doncaster, Kirklees Council") or a live blog's times: each line is the
    story's, not a caption, though none ends a sentence. A picture's credit ("Photo: PA")
    is read before, a press office's contacts ("Tel: 01302 736000") and a page's links
    ("WATCH: ...") are no list, and a label alone on one line stays what it was.
    """
    run: list[_Line] = []
    for line in [*(ln for ln in lines if ln.kind != "blank"), None]:
        if (
            line is not None
            and line.kind == "text"
            and (label := _LIST_LABEL.match(line.text))
            and len(words := label["label"].lower().split()) <= LIST_LABEL_WORDS
            and not _NOT_LIST_LABELS.intersection(words)
        ):
            run.append(line)
            continue
        if len(run) >= 2:
            for item in run:
                item.kind = "bullet"
        run = []


SUMMARY_POINT_WORDS = 4


def _mark_summary_points(lines: list[_Line]) -> None:
    """Two or more short lines between the headline and the byline are the story's summary.

    The Daily Mail prints its points under the headline ("Independent trust will take
    over from council", "Ofsted rated services inadequate three times"), none ending a
    sentence: they are the story's, not captions, which come with the picture after the
    byline.
    """
    points: list[_Line] = []
    for line in lines:
        if line.kind in ("blank", "furniture"):
            continue  # "Live Reporting" between the BBC's points and its byline
        if not points and line.kind == "text" and _SUMMARY_OVER(line.text):
            line.kind = "furniture"  # the BBC's label over its points
            continue
        byline = line.kind in ("byline", "date", "updated") or (
            line.kind == "text" and _is_bare_byline(line.text)  # "Jane Smith, Education editor"
        )
        # A point may end in a quotation: Mayor Ros Jones calls it "a homecoming".
        if not byline and line.kind == "text" and not _FULL_STOP_END.search(line.text):
            if _words(line.text) < SUMMARY_POINT_WORDS:
                return
            points.append(line)
            continue
        if byline and len(points) >= 2:
            for point in points:
                point.kind = "bullet"
        return


# A news database's label on the story's summary, which is then its standfirst.
_SUMMARY_LABEL = re.compile(r"(?:highlight|standfirst|summary)\s*:\s*(?=\S)", re.IGNORECASE)


SUBHEADING_WORDS = 6
PERIOD_HEADING_WORDS = 10
_PERIOD = re.compile(
    rf"\b(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|\d\d|present|now)\b"
    rf"|\((?:(?:{_MONTHS}) )?(?:19|20)\d\d\s*[-–—]\s*(?:(?:{_MONTHS}) )?"
    rf"(?:(?:19|20)\d\d|present)\)",
    re.IGNORECASE,
)


def _mark_subheadings(lines: list[_Line]) -> None:
    """A short line between two paragraphs or lists of the story is its subheading.

    "What happens next", "Ofsted's verdict": the story goes on around it, and its names are
    the story's. A name alone, every word capitalised ("Sir Michael Wilshaw", "Doncaster
    Children's Services Trust"), is a picture's caption.
    """
    visible = [ln for ln in lines if ln.kind != "blank"]
    for k, (line, after) in enumerate(pairwise(visible)):
        # A period's heading is no caption, a name and all: "Michael Gove (May 2010 – July
        # 2014)", "Martin Winter, 2002-2009", "2011-2013: Intervention".
        period = _PERIOD.search(line.text) is not None
        # Hansard's speaker, however long: "Q1. [161834] Caroline Flint (Don Valley) (Lab)",
        # with its "Share this specific contribution" under it.
        speaker = _SPEAKER_HEADING.search(line.text) is not None
        if speaker and after.kind == "furniture":
            after = next((ln for ln in visible[k + 2 :] if ln.kind != "furniture"), after)
        # Under a section's rule ("* * *"), a line in title case opens the next section:
        # "Jones and Westminster".
        ruled = k and not any(c.isalnum() for c in visible[k - 1].text)
        if not (
            k
            and line.kind == "text"
            and _words(line.text)
            <= (PERIOD_HEADING_WORDS if period or speaker else SUBHEADING_WORDS)
            and not ends_sentence(line.text)
            and re.search(r"[^\W\d_]{2}", line.text)  # words, not a page's number
            and (period or ruled or _is_heading_shape(line.text))
            and _story_side(after)
        ):
            continue
        # A picture's caption or the page's furniture may stand between the story and its
        # subheading: "... was improving.", "Sir Michael Wilshaw speaking at the annual
        # lecture in Manchester", "Local reaction", "Riana Nelson said ...".
        j = k - 1
        while j and _beside_the_story(visible[j]):
            j -= 1
        if speaker or _story_side(visible[j]):  # a debate opens with its first speaker
            line.kind = "subheading"


def _beside_the_story(line: _Line) -> bool:
    """Furniture, or a caption: marked so, or a line too long to be a subheading and no
    sentence."""
    return line.kind in ("furniture", "caption") or (
        line.kind == "text"
        and SUBHEADING_WORDS < _words(line.text) <= CAPTION_WORDS
        and not ends_sentence(line.text)
    )


def _is_heading_shape(text: str) -> bool:
    """A subheading's shape: not a name in title case (a picture's caption), unless in
    capitals ("ED MILIBAND", "THE TRUST TODAY"), which captions seldom are, or one word
    ("Background", "Recommendations"), or a speaker's heading in Hansard ("Edward Miliband
    (Doncaster North) (Lab)")."""
    return (
        not _TITLE_CASE.fullmatch(text)
        or text.isupper()
        # A word alone, but not a sign-off's given name ("Rosie") or a form's "Yes"
        or (" " not in text and text.lower() not in GIVEN_NAMES and text not in ("Yes", "No"))
        or _SPEAKER_HEADING.search(text) is not None
    )


_SPEAKER_HEADING = re.compile(
    r"\((?:Lab|Con|LD|Lib Dem|SNP|DUP|UUP|SDLP|PC|Ind|Green|Lab/Co-op|Alliance)\)(?: \[V\])?$"
    # A minister by post, the name in brackets: "The Prime Minister (Mr David Cameron)".
    r"|^The [A-Z][\w ,'’-]{2,80} "
    r"\((?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Baroness)\.? [A-Z][\w '’-]+\)$"
)


def _story_side(line: _Line) -> bool:
    """A sentence of the story, or a row of its table, on either side of a subheading.

    A line between a sentence and a list's item may be a picture's caption still.
    """
    if line.kind == "bullet":
        return line.unit == "row"
    return line.kind == "letter" or (line.kind == "text" and ends_sentence(line.text))


def _classify(line: _Line) -> None:
    text = line.text
    if line.kind == "blank":
        return
    if label := _SUMMARY_LABEL.match(text):
        line.text, line.kind = text[label.end() :], "summary"  # a paragraph, however short
        return
    if text[:5].lower() == "sent:" and (date := dateline(text)):
        line.unit, line.kind = date[0], "date"  # Outlook's header, furniture over a headline
    elif is_furniture(text) or ((unit := repeated_unit(text)) and is_furniture(unit)):
        line.kind = "furniture"
    elif not any(c.isalnum() for c in text) and "|" not in text:
        line.kind = "furniture"  # a rule: "-----", "* * *"; not a table's "|---|---|"
    elif label := _CAPTION_LABEL.match(text):
        caption = text[label.end() :]
        line.kind, line.unit = ("caption", caption) if caption else ("furniture", "")
    elif picture := _BRACKETED_PICTURE.fullmatch(text):
        caption = (picture["caption"] or picture["among"] or "").strip()
        line.kind, line.unit = ("caption", caption) if caption else ("furniture", "")
    elif _CREDIT.match(text) or _credited(text):
        line.kind = "caption"
    elif _BULLET.match(text) and (date := dateline(text[1:].strip())):
        line.unit, line.kind = date[0], "updated" if date[1] else "date"  # the BBC's info list
    elif _BULLET.match(text):
        line.kind = "bullet"
    elif date := dateline(text):
        line.unit, updated = date
        line.kind = "updated" if updated else "date"
    elif sections := date_and_sections(text):
        line.kind, line.unit = "date+sections", sections[0]
    elif url := _URL_LINE.fullmatch(text):
        line.kind, line.unit = "url", url["url"]
    elif (_UPDATED_LINE.fullmatch(text) and _words(text) <= 8) or _RELATIVE_TIME.fullmatch(text):
        line.kind = "furniture"  # "Updated 2 hours ago": no time worth keeping
    elif (
        _words(text) <= BYLINE_WORDS
        and (match := _byline_match(text))
        and _reads_as_byline(text, _who(match))
    ):
        line.kind, line.unit = "byline", _who(match)
    elif _names_paper(text) and text.split()[-1].lower() not in _POSTS:
        line.kind = "furniture"  # a masthead under the headline: "Yorkshire Post"
    elif (
        _SHOUTED_CAPTION.fullmatch(text)
        and not ends_sentence(text)
        and not text.isupper()  # a round-up's crosshead: "KNIGHTS: DOUGLAS SIGNS NEW DEAL"
        and _words(text) <= 15
    ):
        line.kind = "caption"


def _reads_as_byline(line: str, who: str) -> bool:
    """Whether a line of "By" and who is a byline, not a sentence that starts like one.

    "By Christmas Day, 25 December, the trust will open." is a sentence.
    """
    if names := _names_part(who):
        return not ends_sentence(line) or names == [_plain_who(who).rstrip(".")]
    if _reporter_then_name(who):
        return not ends_sentence(line)  # "By 5 News Reporter Sian Williams"
    return _STAFF.fullmatch(who) is not None and not ends_sentence(line)


def _reporter_then_name(text: str) -> bool:
    """Whether a text is a journalist's post and name: "Political reporter Laura Hughes"."""
    post = _post_then_name(text)
    return post is not None and post[0].split()[-1].lower() in _POSTS


# "By Sanchez Manning for the Daily Mail": the names end where the role or paper begins.
_BYLINE_ROLE = re.compile(r",|\s+(?i:for)\s+(?=the\b|[A-Z])")
# A social media handle or an e-mail address after the name: "By Jane Smith @janesmith".
_HANDLE = re.compile(r"\s*,?\s*(?<!\S)(?:@\w+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
# The last word of a post printed after a name without a comma: "Education correspondent".
_POSTS = {"correspondent", "editor", "reporter", "writer", "columnist", "journalist", "critic"}
# The service a reporter works for, printed as a post: "Local Democracy Reporting Service".
_SERVICE_POST = re.compile(r"local democracy reporting service", re.IGNORECASE)
# Words of a post printed in title case after a name: "Local Democracy Reporter". Only
# these, as a word outside them may be the name's last: "Mary Anne Smith Chief Reporter".
_DESK_WORDS = frozenset(
    """local democracy political politics education health social affairs policy chief
    senior news home crime courts court business council digital trainee community deputy
    features sport sports investigations environment regional public data parliamentary
    westminster whitehall lobby economics family care children's northern north yorkshire
    south east west midlands of england wales scotland ireland""".split()  # noqa: SIM905 - a word list reads best as words
)


# A title before a byline's name, which an op-ed's author may keep: "By Cllr Nuala Fennelly".
# (A titled name alone under a headline is a caption's: see looks_like_name.)
_BYLINE_TITLE = re.compile(
    r"(?:Dr|Prof|Professor|Cllr|Councillor|Coun|Sir|Dame|Lord|Lady|Baroness|Rev)\.? (?=[A-Z])"
)


def _who(match: re.Match) -> str:
    """Who a byline ("By ...") names, without a title before the name."""
    return _BYLINE_TITLE.sub("", match["who"], count=1)


def _byline_match(line: str) -> re.Match | None:
    """Match a byline, handles and e-mail addresses aside: "By Jane Smith @janesmith"."""
    return _BYLINE.fullmatch(_HANDLE.sub("", line).strip())


# The Guardian's wire copy: "Patrick Butler and agencies" is Patrick Butler's.
_AND_AGENCIES = re.compile(r"\s+(?:and|&)\s+agenc(?:y|ies)$", re.IGNORECASE)


def _plain_who(who: str) -> str:
    """A byline's names and role without handles, names in title case if in capitals.

    "TOM NEWTON DUNN, Political Editor" is Tom Newton Dunn; "JAMES SLACK and LAURA
    CLARK" are James Slack and Laura Clark.
    """
    who = _AND_AGENCIES.sub("", _HANDLE.sub("", who).strip())
    names, comma, role = who.partition(",")
    parts = re.split(r"(\s+(?:and|&)\s+)", names)
    if not "".join(parts[::2]).isupper():
        return who
    return "".join(part if k % 2 else part.title() for k, part in enumerate(parts)) + comma + role


_POST_SEPARATOR = re.compile(r",| [-–—] ")


def _name_and_post(text: str) -> tuple[str, str] | None:
    """A journalist's name and post, if the text is only those.

    "Jane Smith, Education Editor", or with no comma "Sally Weale Education correspondent",
    or a dash: "Kate Lowther - Local Democracy Reporter".
    """
    text = _plain_who(text)
    if _POST_SEPARATOR.search(text):
        name, post = (part.strip() for part in _POST_SEPARATOR.split(text, 1))
        return (name, post) if looks_like_name(name) and _is_post(post, any_case=True) else None
    words = text.split()
    for cut in range(2, min(4, len(words) - 1) + 1):
        name, post = " ".join(words[:cut]), " ".join(words[cut:])
        if _is_post(post):
            return (name, post) if looks_like_name(name) else None
    return None


def _is_post(text: str, *, any_case: bool = False) -> bool:
    """A journalist's post: "Education correspondent", "News Reporter".

    Set apart from the name (after a comma, or on a line of its own) it may be in any
    case: "social policy editor"; after the name, in sentence case or as a desk's words in
    title case: "Local Democracy Reporter". A handle after it does not count: "News
    reporter @janesmith".
    """
    words = _HANDLE.sub("", text).split()
    if _SERVICE_POST.fullmatch(" ".join(words)):
        return True
    return (
        0 < len(words) <= 5
        and words[-1].lower() in _POSTS
        and (
            any_case
            or (words[0][:1].isupper() and all(w.islower() for w in words[1:]))
            or all(w.lower() in _DESK_WORDS for w in words[:-1])
        )
    )


def _is_bare_byline(text: str) -> bool:
    """A byline without "By": "Amira Hussain", "Jane Smith, Education Editor", "Jane Smith
    and Ann Lee", or the staff's: "Local Democracy Reporter"."""
    if ends_sentence(text):
        return False
    if _words(text) <= 4 and _STAFF.fullmatch(text):
        return True
    first, joined, second = text.partition(" and ")  # the Guardian's "Jane Smith and Ann Lee"
    if joined and all(looks_like_name(name) and _words(name) <= 3 for name in (first, second)):
        return True
    if looks_like_name(name := _plain_who(text)):
        return _known_person(name) or len(name.split()) <= 3
    if _name_in_place(text) or _reporter_then_name(text):
        return True
    return _name_and_post(text) is not None


def _name_in_place(text: str) -> str:
    """The reporters' names in the FT's byline of where the story was written ("Andy Bounds
    in Doncaster", "Helen Warrell and Sarah Neville in London"), else ""."""
    names, there, place = text.rpartition(" in ")
    if not (there and _NAME_LIKE.fullmatch(place) and _words(place) <= 2):
        return ""
    first, joined, second = names.partition(" and ")
    if all(
        looks_like_name(name) and _words(name) <= 3 for name in (first, second)[: 1 + bool(joined)]
    ):
        return names
    return ""


def _post_then_name(who: str) -> tuple[str, str] | None:
    """A journalist's post and name, post first: "Political Editor Mark Bellamy"."""
    words = who.split()
    for cut in range(2, min(4, len(words) - 2) + 1):
        post, name = " ".join(words[:cut]), " ".join(words[cut:])
        if _is_post(post, any_case=True) and looks_like_name(name):
            return post, name
    return None


def _names_part(who: str) -> list[str]:
    """The people a byline names ("A and B, Role" gives A and B), or [] if it names none."""
    plain = _plain_who(who)
    if posted := _post_then_name(plain):
        return [posted[1]]
    # "Anna Fielding, Rob Kemp and Priya Shah": three names, no role after a comma.
    listed = [n for n in re.split(r",\s*|\s+(?:and|&)\s+", plain.rstrip(".")) if n]
    if len(listed) > 2 and all(looks_like_name(n) for n in listed):
        return listed
    head = _BYLINE_ROLE.split(plain, maxsplit=1)[0]
    names = [n.strip() for n in re.split(r"\s+(?:and|&)\s+", head, flags=re.I) if n.strip()]
    if len(names) == 1 and (named := _name_and_post(names[0])):
        return [named[0]]  # "Sarah Whitlock Education Correspondent For The Daily Mail"
    return names if names and all(looks_like_name(n) for n in names) else []


def looks_like_name(text: str) -> bool:
    """A person's name as a byline prints it: two to four capitalised words, no title."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not _NAME.fullmatch(text):
        return False
    lowered = {w.strip(".").lower() for w in words}
    return not (lowered & _HONORIFICS or lowered & _NOT_PERSON or lowered & _PAPER_NAME_WORDS)


def _known_person(name: str) -> bool:
    return (
        Person.objects.filter(Q(name__iexact=name) | Q(aliases__text__iexact=name)).exists()
        and not Organisation.objects.filter(name__iexact=name).exists()
    )


_POSTED_PAIR = re.compile(r"(?P<first>[^,]+,[^,]+?),?\s+and\s+(?P<second>[A-Z].+)")


def byline_authors(byline: str) -> list[Author]:
    """The authors a byline names, with the post it gives when it names one person."""
    who = _byline_match(byline)
    text = _plain_who(_who(who) if who else byline)
    if _STAFF.fullmatch(text) and _names_paper(text.rsplit(None, 1)[0]):
        return []  # "By Doncaster Free Press reporter" names nobody
    text = _name_in_place(text) or text  # where the story was written is no post
    # "Andrew Porter, Political Editor, and Martin Beckford": two people, the first's post.
    pair = _POSTED_PAIR.fullmatch(text)
    if pair and not _is_post(pair["second"]) and (first := _name_and_post(pair["first"])):
        second = _name_and_post(pair["second"]) or (
            (pair["second"], "") if looks_like_name(pair["second"]) else None
        )
        if second:
            return [Author(*first), Author(*second)]
    if named := _name_and_post(text):
        return [Author(*named)]
    if posted := _post_then_name(text):
        return [Author(posted[1], posted[0])]
    names = _names_part(text)
    role = ", ".join(p.strip() for p in _BYLINE_ROLE.split(text)[1:] if p.strip())
    if len(names) != 1:
        role = ""
    return [Author(name, role) for name in names]


@dataclass
class _Cleaned:
    paragraphs: list[tuple[int, str]] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    byline: str = ""
    published: Moment | None = None
    updated_at: datetime | None = None
    source_url: str = ""
    last_line: int = 0


def _read_date(line: _Line) -> Moment | None:
    """The line's date; None where it gives no year ("November 4", a column's heading;
    "Thursday 28 May, 12.30pm", an event's time), which is then read as the story's text.

    A date with a year that is no date ("31st June 2016") is an error to report.
    """
    try:
        return parse_date(line.unit)
    except ValueError as error:
        if not _A_YEAR.search(line.unit):
            return None
        raise IngestError(f"cannot read the date “{line.text}” ({error})", line.number) from None


_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


# Reuters's credits under a story with no byline: "(Reporting by Kate Holton; Editing by
# Alison Williams)". The reporters are its authors; its editors are not.
_WIRE_CREDITS = re.compile(
    r"\(*(?:reporting|writing) by (?P<names>[^;()]{3,120}?)\s*(?:;[^()]{0,200})?\)*", re.IGNORECASE
)


def clean_lines(text: str, *, first_line: int = 1, take_byline: bool = True) -> _Cleaned:
    """Sort a text's lines into paragraphs, captions, removed furniture, byline and dates."""
    lines = _lines(text, first_line)
    for line in lines:
        _classify(line)
    _mark_pipe_tables(lines)
    _mark_offer_blocks(lines)
    _mark_related_blocks(lines)
    _mark_comments(lines)
    _mark_repeated_captions(lines)
    _mark_labelled_captions(lines)
    _mark_credited_captions(lines)
    _mark_labelled_pictures(lines)
    _mark_caption_over_a_lead(lines)
    _mark_author_notes(lines)
    _mark_quote_boxes(lines)
    _mark_caption_over_a_skip_link(lines)
    _mark_letters(lines)
    _mark_list_items(lines)
    _mark_headed_lists(lines)
    _mark_labelled_lists(lines)
    _mark_summary_points(lines)
    _mark_live_updates(lines)
    _mark_table_rows(lines)
    _mark_subheadings(lines)
    filled = [ln.number for ln in lines if ln.kind != "blank"]
    out = _Cleaned(last_line=filled[-1] if filled else first_line)
    bare_byline = None  # a byline's line with no post, which the next line may give
    guessed = None  # the line of a byline with no "By", which a later "By ..." replaces
    updated = None  # the last update's line and time
    dated_by = ""  # the line of the publication date
    reporters = ""  # the names a wire's credits under the story give
    for index, line in enumerate(lines):
        kind, text = line.kind, line.text
        if kind == "blank":
            continue
        if bare_byline is not None:
            after_name, bare_byline = bare_byline, None
            if (
                kind in ("text", "caption")
                # A post, or the service the reporter works for: "Local Democracy
                # Reporting Service" under "By George Torr".
                and _post_or_staff(text)
                and after_name.number + 1 == line.number
            ):
                # "Sally Weale", then "Education correspondent" or "News reporter @sally";
                # or the name again with the post: "Patrick Butler Social policy editor".
                post = _HANDLE.sub("", text).strip()
                same = post.startswith(f"{out.byline} ")
                out.byline = post if same else f"{out.byline}, {post}"
                continue
        if kind in ("text", "caption") and (credits := _WIRE_CREDITS.fullmatch(text)):
            out.removed.append(text)
            reporters = reporters or credits["names"]
            continue
        if kind in ("date", "updated", "date+sections") and _read_date(line) is None:
            kind = "text"  # no whole date: "November 4" over a column, an event's time
        # A date may be the story's while it has none, but not another story's under it
        # when it gave its update time over it (the BBC's pages of 2010: "Page last updated
        # at 17:06 GMT, Friday, 22 January 2010" over, "03 Sep 09 | South Yorkshire" under).
        first_date = out.published is None and (updated is None or len(out.paragraphs) < 2)
        if kind == "furniture" or kind == "repeat":
            out.removed.append(text)
        elif kind == "repeat+caption":
            out.removed.append(text)
            out.captions.append(line.unit)
        elif kind == "caption":
            out.captions.append(line.unit or text)
        elif kind == "url":
            address = line.unit if "://" in line.unit else f"https://{line.unit}"
            if not out.source_url and _is_web_address(address):
                out.source_url = address  # the first address a page prints is its own
            else:
                out.removed.append(text)
        elif kind == "date+sections":
            out.removed.append(text)  # the sections go; the date, if the first, is kept
            if first_date:
                out.published, dated_by = _read_date(line), text
        elif kind == "date" and first_date:
            out.published, dated_by = _read_date(line), text
        elif (
            kind == "date"
            and updated is None
            # not a comment's time under the story
            and (len(out.paragraphs) < 2 or _INSPECTED.match(dated_by))
            and _dates_it_better(moment := _read_date(line), text, out.published, dated_by)
        ):
            out.published, dated_by = moment, text
        elif kind == "date" and _FIRST_PUBLISHED.match(text):
            # The Guardian's "Wed 10 Jul 2013 17.02 BST", then "First published on Wed
            # 10 Jul 2013 08.41 BST": the date above was the last update's (its live
            # pages print "Updated 18 Nov 2015" over both).
            first = _read_date(line)
            if first.at < out.published.at:
                updated, out.published = (line, out.published), first
        elif kind == "date" and len(out.paragraphs) >= 2:
            out.removed.append(text)  # another story's, under the body: "More on this story"
        elif kind in ("date", "updated"):
            updated = (line, _read_date(line))
        elif kind == "byline":
            if take_byline and guessed is not None and len(out.paragraphs) <= 1:
                # "By George Torr" under a menu whose last item ("Doncaster Rovers") was
                # taken for a bare byline: the menu item was none.
                out.removed.append(out.byline)
                out.byline, guessed = "", None
            if take_byline and not out.byline:
                out.byline = text
                if not _BYLINE_ROLE.search(text):
                    bare_byline = line
            else:
                out.removed.append(text)
        elif (
            kind == "text"
            and take_byline
            and not out.byline
            and len(out.paragraphs) <= 1
            and _is_bare_byline(text)
            # Not someone the paragraph above names: "... has appointed Riana Nelson",
            # then her picture's "Riana Nelson"; unless the date follows, as under an
            # interview's standfirst: "Rachel Orme meets ...", "Rachel Orme", the date.
            and not (
                out.paragraphs
                and text in out.paragraphs[0][1]
                and not (
                    index + 1 < len(lines)
                    and lines[index + 1].kind in ("date", "updated", "date+sections")
                )
            )
        ):
            out.byline, guessed = text, line  # a name by the headline with no "By": the author
            if "," not in text:
                bare_byline = line
        elif (
            kind == "text"
            and not ends_sentence(text)
            and _words(text) <= CAPTION_WORDS
            and not _ATTRIBUTED_QUOTE.fullmatch(text)
        ):
            standfirst_slot = (
                not out.paragraphs
                and _words(text) >= STANDFIRST_MIN_WORDS
                and not _PLAYER_LABEL.match(text)  # "Watch: Mayor Ros Jones reacts to ..."
            )
            if standfirst_slot:
                out.paragraphs.append((line.number, text))
            else:
                out.captions.append(text)
        else:
            out.paragraphs.append((line.number, text))
    if updated:
        _date_update(out, *updated)
    if take_byline and not out.byline and reporters:
        out.byline = f"By {reporters}"
    return out


def _dates_it_better(moment: Moment, text: str, published: Moment, dated_by: str) -> bool:
    """Whether a later date line dates the story better than the first one read.

    A page's own date over its menus ("Saturday 23 January 2010") is the day it was read:
    "Published: 9:45PM GMT 22 Jan 2010" under the headline dates the story, and so does
    "7:30PM BST 28 Mar 2012" under "Wednesday 28 March 2012", the same day to the minute;
    so does "7:30AM GMT 22 Jan 2010" under the Telegraph's "Wednesday 24 December 2014",
    a day the page was read, years after, for the time a story is stamped with is never
    before it was published.
    """
    finer = (
        published.precision == DatePrecision.DAY
        and moment.precision == DatePrecision.MINUTE
        and _in_london(moment.at).date() <= _in_london(published.at).date()
    )
    if _INSPECTED.match(dated_by) and not _INSPECTED.match(text):
        return True  # an inspection's last day dates its report only where nothing else does
    if _PUBLISHED_AT.match(text) and not _PUBLISHED_AT.match(dated_by):
        return moment.at < published.at or finer
    return finer


_INSPECTED = re.compile(r"inspection dates?\b", re.IGNORECASE)


UPDATE_ONLY_NOTE = "Dated by its update time: the text gives no other date"


def _date_update(out: _Cleaned, line: _Line, moment: Moment) -> None:
    """Keep an update time that follows publication; date a story that gives only that.

    An update before publication contradicts the page: the publication time stands and
    the update's line is kept with what was removed, not the whole story refused.
    """
    if out.published is None:
        out.published = moment
        out.removed.append(UPDATE_ONLY_NOTE)
    elif moment.at < out.published.at:
        out.removed.append(f"{line.text} (an update time before publication: not kept)")
    else:
        out.updated_at = moment.at


# Reading sources --------------------------------------------------------------------

MAX_HEADLINE = Article._meta.get_field("headline").max_length
# A prepared file may label its first line: "Title: Doncaster children's services ...".
# A label before the headline: a database's "Headline:", or a story's status, "BREAKING:",
# "UPDATE:", Reuters' "UPDATE 2-".
_HEADLINE_LABEL = re.compile(
    r"^(?:(?:title|headline|hed)\s*:\s*"
    r"|(?:breaking|update(?: \d+)?|exclusive|live|watch|corrected)(?::\s*|-(?=\S))"
    # Reuters's: "UPDATE 2 - Britain's PM ...", "BRIEF-UK energy minister ...".
    r"|(?-i:(?:UPDATE \d+|BRIEF|REFILE|CORRECTED|RPT)) ?- ?(?=\S)"
    # A browser's printed header, its time before the page's title: "14/06/2024, 09:41".
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[ap]m)?\s+(?=\S))",
    re.IGNORECASE,
)


# Files that are not text, by how they start: a word processor's or a PDF reader's.
_NOT_TEXT = {
    b"PK\x03\x04": "a Word, OpenDocument or zip file",
    b"%PDF-": "a PDF",
    b"\xd0\xcf\x11\xe0": "an old Word (.doc) file",
    b"{\\rtf": "an RTF file",
}


def _decode(data: bytes | str) -> tuple[str, list[str]]:
    """The text, and a note when it was not UTF-8 but Windows-1252, as older pages are."""
    if isinstance(data, str):
        return data, []
    for start, kind in _NOT_TEXT.items():
        if data.startswith(start):
            raise IngestError(f"{kind}, not text; save it as plain text or a web page", 1)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows's "Unicode" text: UTF-16 with its byte-order mark.
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise IngestError("not UTF-16 text after its byte-order mark", 1) from None
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        try:
            return data.decode("cp1252"), [CP1252_NOTE]
        except UnicodeDecodeError:
            line = data[: error.start].count(b"\n") + 1
            raise IngestError(
                f"not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8", line
            ) from None


# "News > Local > Doncaster", "Home | News | Education": where the page sits, printed
# above its headline. Pipes need three crumbs: "Trust rated good | The Star" is a title.
_CRUMB = r"[^>›»|\n,.:;!?]{1,30}"
_BREADCRUMB = re.compile(
    rf"{_CRUMB}(?:\s[>›»]\s{_CRUMB})+|{_CRUMB}(?:\s\|\s{_CRUMB}){{2,}}"
    rf"|{_CRUMB}(?:\s/\s{_CRUMB}){{2,}}"  # "Doncaster Free Press / News / Local"
    # A menu of five items or more may name one at length: "Professional Social Work magazine".
    r"|[^>›»|\n,.:;!?]{1,40}(?:\s\|\s[^>›»|\n,.:;!?]{1,40}){4,}"
)


# A menu's items, apart by bars, tabs or runs of spaces: "Home  About Pat  Surgeries".
_MENU_BREAK = re.compile(r"\t|\s{2,}|\s*[|•·]\s*")
MENU_ITEMS, MENU_ITEM_MAX_WORDS, SITE_LINES, SITE_LINE_WORDS = 3, 4, 3, 10


def _is_menu(line: str) -> bool:
    """A line of a site's menu: three items or more of a few words, apart."""
    items = [item for item in _MENU_BREAK.split(line.strip()) if item]
    return len(items) >= MENU_ITEMS and all(
        _words(item) <= MENU_ITEM_MAX_WORDS and not ends_sentence(item) for item in items
    )


LABEL_LINES, LABEL_WORDS = 4, 2


def _site_over_menu(lines: list[str], filled: list[int]) -> list[int]:
    """The lines of a site's name, tagline and menu over the headline, if it has them.

    "Doncaster 24/7 | Your borough, your news" or "THE DONCASTER TIMES" and "Independent
    local news since 2016", then "NEWS | SPORT | WHAT'S ON", then the headline.
    """
    for m, i in enumerate(filled[: SITE_LINES + 1]):
        if not _is_menu(lines[i]) or _story_metadata(" ".join(lines[i].split())):
            continue  # not "Yorkshire Post · 27 Nov 2015 · 12 · JOE CASH"
        site = [" ".join(lines[j].split()) for j in filled[:m]]
        # Under the menu, a login button, the section's label or a breadcrumb may come
        # first: "Login", "Press releases", "News > Blogs".
        # A date may stand among them: "Letters", then "Posted on March 3, 2017".
        raw = [lines[j] for j in filled[m + 1 : m + 2 + LABEL_LINES]]
        under = [" ".join(line.split()) for line in raw]
        labels = [
            line
            for line, _ in takewhile(
                lambda pair: (
                    _words(pair[0]) <= LABEL_WORDS
                    or _before_headline(pair[0])
                    or _story_metadata(pair[0])
                    # A series' name over its section: "Public Leaders Network", "Social care".
                    or (_words(pair[0]) <= LABEL_WORDS + 2 and _NAME_LIKE.fullmatch(pair[0]))
                    # A second menu, its items spaced apart: "What we do  Support us".
                    or _is_menu(pair[1])
                ),
                zip(under, raw, strict=True),
            )
        ]
        if _section_label(lines, filled, m + 1 + len(labels)):
            labels.append(under[len(labels)])
        after = under[len(labels)] if len(labels) < len(under) else ""
        if (
            all(
                _words(line) <= SITE_LINE_WORDS
                and not ends_sentence(line)
                and not _story_metadata(line)  # a headline and its date over share buttons
                for line in site
            )
            and _words(after) >= 3
            and _reads_like_headline(after)
            and not _is_menu(after)
        ):
            top = filled[: m + 1 + len(labels)]
            return [i for i in top if not _story_metadata(lines[i])]  # the date is read
        return []
    return []


def _section_label(lines: list[str], filled: list[int], k: int) -> bool:
    """Whether the k-th line with text is a section's label of a few words over the headline.

    Community Care prints "Children's social work" under its menu, then a blank line, the
    headline, and a standfirst before its byline. A short headline has its standfirst
    under it and its byline under that: the label has two lines before the byline.
    """
    if k + 2 >= len(filled) or filled[k + 1] == filled[k] + 1:
        return False
    label, headline, standfirst = (" ".join(lines[i].split()) for i in filled[k : k + 3])
    return (
        _words(label) <= LABEL_WORDS + 1
        and _SUBJECT_LABEL.fullmatch(label) is not None
        and _words(headline) >= MASTHEAD_HEADLINE_WORDS
        and _reads_like_headline(headline)
        and (
            not _story_metadata(standfirst)
            # Or the byline's line files the story under the label: "Posted by Social Work
            # News Team | 1st September 2022 | Children's Social Care, News | 0 comments".
            or label.casefold() in standfirst.casefold()
        )
    )


# A breadcrumb by its arrows ("Home > News"), unlike _HOME_CRUMB: a bar or a slash after
# "Home" may begin a menu, which _site_over_menu reads.
_CRUMB_ARROW = re.compile(r"home\s?[»›>]\s", re.IGNORECASE)


def _over_breadcrumb(lines: list[str], filled: list[int]) -> int:
    """How many lines a breadcrumb near the top ends: the site's name and tagline over it.

    "DONCASTER TIMES", "Your town. Your news.", "Home > News > Education": the tagline
    reads as no furniture, but nothing over a breadcrumb is the story's.
    """
    for k, i in enumerate(filled[1 : SITE_LINES + 1], start=1):
        if _CRUMB_ARROW.match(" ".join(lines[i].split())):
            under = " ".join(lines[filled[k + 1]].split()) if k + 1 < len(filled) else ""
            if (
                all(_words(lines[j]) <= SITE_LINE_WORDS for j in filled[:k])
                and _words(under) >= MASTHEAD_HEADLINE_WORDS
                and _reads_like_headline(under)
            ):
                return k + 1
            return 0
    return 0


def _over_headline(lines: list[str], filled: list[int], k: int) -> bool:
    """Whether the k-th line with text is printed over the headline (see _before_headline).

    A line of five words or more over a date or byline is the headline, though it names
    a newsletter: "Bessacarr & Cantley Residents' Association - Spring Newsletter 2016".
    """
    line = lines[filled[k]]
    if _SPACED_CRUMB.fullmatch(line.strip()):
        return True
    if "|" in line and (
        date_and_sections(" ".join(line.split())) or _metadata_parts(" ".join(line.split()))
    ):
        # A folio or an issue barred like a menu: "8 | CHILDREN & YOUNG PEOPLE NOW | 7-20 ...",
        # "Issue 118 | Sunday 4 October 2015 | Free - please take one".
        return False
    following = lines[filled[k + 1]] if k + 1 < len(filled) else ""
    dated = _words(line) >= 5 and _story_metadata(" ".join(following.split()))
    return _before_headline(line, prompts=not dated)


def _before_headline(line: str, *, prompts: bool = True) -> bool:
    """A line a captured page may print above its headline: furniture or a breadcrumb."""
    line = " ".join(line.split())
    if not line or is_furniture(line, prompts=prompts):
        return bool(line)
    if not any(c.isalnum() for c in line):
        return True  # a rule: "---", "* * *"
    if (crumb := _PAPER_AND_SECTION.fullmatch(line)) and _names_paper(crumb["site"]):
        return True  # "Doncaster Free Press | Opinion"
    if _SECTION_CRUMB.fullmatch(line) or _SECTIONS_NEWS.fullmatch(line):
        return True  # "News | Doncaster News", CYP Now's "Social Care news", "... interview"
    if _SECTION_ALONE.fullmatch(line):
        return True  # a menu's item: the BBC's "Sport", "Weather", "iPlayer"
    if _BBC_REGION.fullmatch(line.removeprefix("BBC News ")) or line.lower() in (
        "news in brief",
        "in brief",
    ):
        return True  # the BBC's "Sheffield & South Yorkshire", CYP Now's "News in brief"
    if _ARROW_CRUMB.fullmatch(line) and not ends_sentence(line):
        return True  # a breadcrumb from any section: "News > Yorkshire & North Derbyshire Region"
    if _SOURCE_AND_AUTHOR.fullmatch(line):
        return True  # Flipboard's source over a shared story: "cypnow.co.uk - Neil Puffett"
    paper, comma, place = line.partition(", ")
    if comma and _names_paper(paper) and _NAME_LIKE.fullmatch(place):
        return True  # an aggregator's badge of the story's source: "The Star, Sheffield"
    # A page's title ending in its paper's name is the headline, whatever bars it holds.
    return bool(_BREADCRUMB.fullmatch(line)) and not _without_site_name(line)[1]


_BBC_REGION = re.compile(r"[A-Z]\w+ & (?:North|South|East|West) [A-Z]\w+")
_CRUMB_PART = r"[A-Z\d][\w&'’.-]*(?: [\w&'’.-]+){0,5}"  # "News & opinion", "2016"
_ARROW_CRUMB = re.compile(rf"{_CRUMB_PART}(?: [>›»] {_CRUMB_PART})+")
_SOURCE_AND_AUTHOR = re.compile(
    r"(?:www\.)?[a-z\d-]+(?:\.[a-z]{2,})+ [-–|·] [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
)
_SECTION_CRUMB = re.compile(rf"{_SECTION}(?: [|/] [\w&'’ ]{{1,30}})+", re.IGNORECASE)
# A menu's item alone on its line, the BBC's "Sport", "Weather", "iPlayer": no headline.
_SECTION_ALONE = re.compile(_SECTION, re.IGNORECASE)
_SECTIONS_NEWS = re.compile(
    r"[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2} (?:news|interview)"
    r"|(?:City of )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} Council news"  # a council's site
)
# A feed reader's feed names it the same way: "Yorkshire Post - Politics", "BBC News - England".
_PAPER_AND_SECTION = re.compile(
    rf"(?P<site>[^|]{{3,40}}?) [|–-] (?:{_SECTION}|england)", re.IGNORECASE
)


# A paper's name or a menu item: a few capitalised words ("The Star", "News", "Sport",
# "Children & Young People Now", "Channel 4 News").
_NAME_LIKE = re.compile(
    r"(?:[A-Z][\w&.-]*|&|and|of|the|on)(?: (?:[A-Z0-9][\w&.-]*|&|and|of|the|on)){0,4}"
)
# Words that end or start papers' names: "Yorkshire Post", "BBC News".
_PAPER_WORDS = frozenset(
    """
    post star times guardian telegraph mail mirror express independent herald echo press
    news chronicle gazette observer standard journal argus courier advertiser examiner sun
    record live online bbc itv sky reporter bulletin weekly daily week care finance now mj lgc
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# The same, less "Sun" and "Record", which are people's names too: "Sheffield Star" is none.
_PAPER_NAME_WORDS = _PAPER_WORDS - {"sun", "record"}
# A section's label over a headline: "Education", "Social care", "Exclusive".
# After a bar, a topic's name may be longer: "News | Building Schools for the Future".
_LABEL = re.compile(
    r"[A-Z][\w'’&-]*(?: [\w'’&-]+)?(?: [|·•] [A-Z][\w'’&-]*(?: [\w'’&-]+){0,5}){0,3}"
)
_SECTION_LINE = re.compile(_SECTION, re.IGNORECASE)
_SUBJECT_LABEL = re.compile(r"[A-Z][\w'’&-]*(?: [\w'’&-]+){1,3}")
# A masthead is taken off only above a headline this long: a short headline over a
# standfirst without a full stop would otherwise be lost.
MASTHEAD_HEADLINE_WORDS = 6
# A kicker in capitals is this many words at most, and the headline under it twice as many.
KICKER_WORDS = 5


# A page copied whole opens with its menus: this many short lines, one under another,
# come before its headline (see _headline_under_menus).
# The site's name and section may stand this many lines over the menus, under a blank.
MENU_LINES, MENU_ITEM_WORDS, NAME_LINES = 4, 3, 2


def _headline_under_menus(lines: list[str], filled: list[int]) -> int | None:
    """The headline's line in a page copied whole from the browser, if the text is one.

    The page opens with its site's name, menus, a cookie notice and sections, each a
    short line under the last. The headline is the first line after MENU_LINES or more
    of them that reads like one and is no name ("City of Doncaster Council"), and
    that a blank line, a date or a byline follows.
    """
    # The menus are a run of lines, perhaps under a blank line below the site's name
    # and section ("BBC News", "Sheffield & South Yorkshire").
    runs = (k for k in range(NAME_LINES + 2) if k + MENU_LINES < len(filled))
    run = next((k for k in runs if filled[k + MENU_LINES] == filled[k] + MENU_LINES), None)
    if run is None or not _site_name_lines(lines, filled, run):
        return None  # the first lines are not one run: no menus
    menu = 0
    previous = ""
    for i in filled:
        line = " ".join(lines[i].split())
        if _words(line) >= 12 and _FULL_STOP.search(line) and not is_furniture(line):
            return None  # the story began before any line read as its headline
        if _words(line) <= MENU_ITEM_WORDS or _before_headline(line):
            menu += 1
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if (
            i + 2 < len(lines)
            and not _story_metadata(after)
            and (
                _PUBLISHED_LABEL.fullmatch(after)  # the BBC's "Published", its date under it
                or _is_bare_byline(" ".join(after.split()))  # The Times's authors, their date
            )
        ):
            j = i + 2
            while (
                j + 1 < len(lines)
                and is_furniture(line_j := " ".join(lines[j].split()))
                and not _RELATIVE_TIME.fullmatch(line_j)  # the BBC's "3 hours ago"
            ):
                j += 1  # the author's handle under the name: "@FCDWhittaker"
            after = lines[j].strip()
        elif after and menu >= MENU_LINES and _SHARE_LINE.fullmatch(after):
            # The BBC's 2013 pages: "Share this page", "Facebook", ... under the headline.
            j = i + 1
            while j + 1 < len(lines) and is_furniture(" ".join(lines[j].split())):
                j += 1
            after = lines[j].strip()
        if (
            (menu >= MENU_LINES and (not after or _story_metadata(after) or _SUMMARY_OVER(after)))
            or (menu and _over_standfirst_and_byline(lines, i))
            # No blank lines at all: under the share buttons or the date, over the
            # standfirst's or a caption's long line.
            or (
                menu >= MENU_LINES
                and (is_furniture(previous) or _story_metadata(previous))
                and _words(after) >= STANDFIRST_MIN_WORDS
                and not _story_metadata(after)
            )
        ) and (
            _words(line) >= 3
            and not _menus_last_item(lines, i)
            and _reads_like_headline(line)
            and not _before_headline(line)
            # A region's name: "Look North (Yorkshire & Lincolnshire)".
            and not _NAME_LIKE.fullmatch(line.replace("(", "").replace(")", ""))
            and not _CAPTION_LABEL.match(line)
            and not _BRACKETED_PICTURE.fullmatch(line)
            and not _credited(line)  # "... on Saturday. Picture: Scott Merrylees"
            and "\t" not in lines[i]  # a menu's items apart by tabs
            and not _CAPTION_LABEL.fullmatch(previous)  # "Image caption," over a caption
            and not _crumb_over_headline(lines, filled, i)
        ):
            return _first_of_summary(lines, filled, i)
        previous = line
    return None


TAGLINE_WORDS = 15


def _crumb_over_headline(lines: list[str], filled: list[int], i: int) -> bool:
    """Whether a short line stands over a longer headline, its standfirst and its byline or
    date: the Guardian's breadcrumb of 2013 run together, "News Society Children's services"."""
    line = " ".join(lines[i].split())
    k = filled.index(i)
    if _words(line) > 5 or k + 1 >= len(filled):
        return False
    under = " ".join(lines[filled[k + 1]].split())
    return (
        _words(under) > _words(line)
        and _reads_like_headline(under)
        and not _CAPTION_LABEL.match(under)  # the BBC's picture under its headline
        and _over_standfirst_and_metadata(lines, filled, k + 1)
    )


def _site_name_lines(lines: list[str], filled: list[int], run: int) -> bool:
    """Whether the lines over a run of menus are a site's name and section, or a blog's
    name and tagline over a menu that opens with "Home": "Balby Bridge Blog", "Ramblings of
    a Yorkshire social worker" (a skip link may stand over them)."""
    names = [" ".join(lines[i].split()) for i in filled[:run]]
    names = [line for line in names if not is_furniture(line)]
    long = [k for k, line in enumerate(names) if _words(line) > MENU_ITEM_WORDS + 1]
    if len(names) > NAME_LINES or len(long) > 1:
        return False
    return not long or (
        long == [1]
        and _words(names[1]) <= TAGLINE_WORDS
        and not ends_sentence(names[1])
        and not _story_metadata(names[1])
        and " ".join(lines[filled[run]].split()) == "Home"
    )


# A page's title with the site's name first: "BBC NEWS | England | South Yorkshire |
# Inquiry ordered after boys attacked", as the BBC's pages of 2009 were titled.
TITLE_SEARCH_LINES = 120
# "Community Care | News | Headline"; the BBC's of 2010-2014: "BBC News - Headline".
_SITE_FIRST_TITLE = re.compile(
    r"(?P<site>[^|]{3,30}?) (?:\||[-–])(?: [^|]{1,40} \|)* (?P<headline>[^|]+)"
)


def _titled_headline(lines: list[str], filled: list[int]) -> int | None:
    """The line of the headline that a site-first page title over the page names again."""
    title = _SITE_FIRST_TITLE.fullmatch(" ".join(lines[filled[0]].split()))
    if not title or not _names_paper(title["site"]) or _words(title["headline"]) < 3:
        return None
    headline = title["headline"].casefold()
    return next(
        (
            i
            for i in filled[1:TITLE_SEARCH_LINES]
            if " ".join(lines[i].split()).casefold() == headline
        ),
        None,
    )


_SHARE_LINE = re.compile(r"share(?: this (?:page|article|story))?:?", re.IGNORECASE)


def _headline_over_metadata(lines: list[str], filled: list[int], i: int) -> bool:
    """Whether line i, under the masthead, is a headline with its byline or date under it:
    a caption further down, over the standfirst, is then no headline."""
    under = [j for j in filled if j > i][:3]
    if len(under) >= 2 and _words(lines[under[0]]) <= 2 and is_furniture(lines[under[0]].strip()):
        under.pop(0)  # a label under it: the Guardian's "Editorial"
    if len(under) >= 2 and _is_bare_byline(" ".join(lines[under[0]].split())):
        under.pop(0)  # the author's name, the date under it: "Sally Weale Education ..."
    after = under[0] if under else None
    line = " ".join(lines[i].split())
    return (
        after is not None
        and _words(line) >= MASTHEAD_HEADLINE_WORDS
        and _reads_like_headline(line)
        and _story_metadata(lines[after])
    )


def _menus_last_item(lines: list[str], i: int) -> bool:
    """Whether line i is a menu's last item, under the others: "Write for us", "Politics +
    Society" ends a blog's menu over a blank line, and is no headline."""
    line = " ".join(lines[i].split())
    return (
        i > 0
        and (_words(line) <= MENU_ITEM_WORDS or _JOINED_SECTIONS.fullmatch(line) is not None)
        and 0 < _words(lines[i - 1]) <= MENU_ITEM_WORDS
    )


# The Conversation's sections: "Politics + Society".
_JOINED_SECTIONS = re.compile(r"[A-Z]\w+ \+ [A-Z]\w+")


def _first_of_summary(lines: list[str], filled: list[int], i: int) -> int:
    """The headline over the lines summing a story up, line i the last of them.

    The Mail prints its summary's points under the headline, then the byline: the line
    over the byline is the last point, and the run's first line is the headline.
    """
    k = filled.index(i)
    while k > 0 and filled[k - 1] == filled[k] - 1:
        line = " ".join(lines[filled[k - 1]].split())
        if (
            _words(line) <= MENU_ITEM_WORDS + 1
            or not _reads_like_headline(line)
            or _before_headline(line)
            or _story_metadata(line)
        ):
            break
        k -= 1
    return filled[k]


# The BBC's live pages print "Summary" and its points between the headline and the byline.
_SUMMARY_OVER = re.compile(r"summary", re.IGNORECASE).fullmatch
_PUBLISHED_LABEL = re.compile(r"(?:first )?published|posted|updated", re.IGNORECASE)


# Lines of a byline's names or an author's handle between a standfirst and a date.
BYLINE_LINES, BYLINE_LINE_WORDS = 2, 6


def _over_standfirst_and_byline(lines: list[str], i: int) -> bool:
    """Whether line i heads a page's header printed without blank lines.

    National papers' pages copied whole run headline, standfirst, the author's name
    and handle, and the date together: the line under line i is a standfirst, then
    up to BYLINE_LINES short lines come before a byline or a date. The Guardian's
    opinion pages print the author's name over the standfirst too.
    """
    standfirst = " ".join(lines[i + 1].split()) if i + 1 < len(lines) else ""
    if (
        standfirst
        and (_is_bare_byline(standfirst) or _CAPTION_LABEL.match(standfirst))
        and i + 2 < len(lines)
    ):
        i += 1  # the author's name, or the picture's caption: "Image caption, ..."
        standfirst = " ".join(lines[i + 1].split())
    if _words(standfirst) < 8 or _story_metadata(standfirst) or is_furniture(standfirst):
        return False
    below = lines[i + 2 : i + 5 + BYLINE_LINES]
    if below and not below[0].strip():
        below = below[1:]  # a blank line under the standfirst, as the Guardian's pages have
    if below and _credited(" ".join(below[0].split())):
        below = below[1:]  # the picture's caption: "... Doncaster model Photo: PA"
    # The page's buttons may stand between: the FT's "Add to myFT Digest to your FT Digest".
    below = [line for line in below if not is_furniture(" ".join(line.split()))]
    for line in below[: BYLINE_LINES + 1]:
        line = " ".join(line.split())
        if not line:
            return False
        if _story_metadata(line) or _name_in_place(line):
            return True
        if _words(line) > BYLINE_LINE_WORDS:
            return False
    return False


def _credited(line: str) -> bool:
    """A picture's caption that ends in its credit: "... Photo: PA", "... (PA Wire)"."""
    return _words(line) <= CAPTION_WORDS + 10 and bool(
        _CREDIT_AT_END.search(line) or _AGENCY_CREDIT_AT_END.search(line)
    )


def _masthead(lines: list[str], filled: list[int]) -> list[int]:
    """The lines of the paper's name, its menu and the section's label over the headline.

    They are short runs of capitalised words, or a label of a word or two ("Social
    care"), and the line under them reads like a headline of MASTHEAD_HEADLINE_WORDS
    words or more.
    """
    top = []
    for k, i in enumerate(filled):
        line = " ".join(lines[i].split())
        short = _NAME_LIKE.fullmatch(line) or _LABEL.fullmatch(line)
        # Under a section's name, a series' or subject's label of a few words: "Opinion",
        # then "Children's social care", over the Guardian's headline.
        subject = (
            top
            and _SECTION_LINE.fullmatch(" ".join(lines[top[-1]].split()))
            and _SUBJECT_LABEL.fullmatch(line)
        )
        # A menu copied a line to an item, each indented as the one before: "    Social
        # work jobs" under "    Blogs" is an item, not the headline under the menu.
        item = (
            top
            and lines[i][:1] in " \t"
            and lines[top[-1]][:1] in " \t"
            and _words(line) <= MENU_ITEM_WORDS
            and not _story_metadata(line)
        )
        if (
            ((short or subject) and not _story_metadata(line))
            or (top and _before_headline(line))
            or item
        ):
            top.append(i)
            continue
        if top and _kicker_over_headline(lines, filled, k):
            top.append(i)  # the Sun's "'FAILED BY EVERYONE'" over its headline
            continue
        if top and _story_metadata(line):
            continue  # a date under the paper's name, read with the lines under the headline
        # Headlines seldom run past twenty words; a standfirst often does.
        # Under a paper's name ("Doncaster Free Press") a headline may be short.
        first = " ".join(lines[top[0]].split()) if top else ""
        shortest = 3 if _names_paper(first) else MASTHEAD_HEADLINE_WORDS
        # Under a name and a menu, a feature's long headline: "'We were told it was the
        # worst place in England to be a social worker': how Doncaster's trust ...".
        longest = 25 if len(top) > 1 else 20
        # A tabloid's kicker in capitals over a long headline: "SHAME OF FAILING
        # COUNCILS" over "Ofsted boss Sir Michael Wilshaw names and shames town halls ...".
        kicker = (
            len(top) == 1
            and first.isupper()
            and _words(first) <= KICKER_WORDS
            and not line.isupper()
            and _words(line) >= 2 * KICKER_WORDS
        )
        if kicker:
            longest = 30
        headline_sized = (
            shortest <= _words(line) or _over_standfirst_and_metadata(lines, filled, k)
        ) and _words(line) <= longest
        dated = _DATE_PREFIX.match(line) is not None  # "Published: ... | Updated: ..."
        # One line of three words or more alone may be a headline in title case ("Trust
        # Rated Good") over a standfirst, unless it names a paper.
        named = (
            len(top) > 1
            or _words(first) <= 2
            or kicker
            or _PAPER_WORDS & set(first.lower().split())
            # A site's name with its article, over a headline that is no sentence: "The
            # Sheffield Tribune", "The Old School DCS" (a headline seldom opens "The X Y").
            or (first.startswith("The ") and _words(first) <= 4 and not ends_sentence(line))
        )
        # A magazine's headline over its rubric: "Fostering change" over "A failing council
        # is stripped of its duties. Will a trust do better?" (the section over them gone).
        rubric = len(top) == 1 and not kicker and not _names_paper(first)
        if rubric and _TWO_SENTENCES.search(line):
            return []
        if top and named and headline_sized and not dated and _reads_like_headline(line):
            return top
        return []
    return []


_TWO_SENTENCES = re.compile(r"\w[.?!] [A-Z]")


def _kicker_over_headline(lines: list[str], filled: list[int], k: int) -> bool:
    """Whether a short line in capitals stands over a headline in mixed case, that over a
    standfirst, and that over a byline or date: a tabloid's kicker under its masthead."""
    line = " ".join(lines[filled[k]].split())
    return (
        line.isupper()
        and _words(line) <= KICKER_WORDS
        and k + 1 < len(filled)
        and not lines[filled[k + 1]].isupper()
        and _over_standfirst_and_metadata(lines, filled, k + 1)
    )


def _over_standfirst_and_metadata(lines: list[str], filled: list[int], k: int) -> bool:
    """Whether a short line stands over a standfirst, and that over a byline or date: a
    magazine's "Sir Michael's last stand" under its name, "The Spectator". The author's
    name may stand over the standfirst, as on the Guardian's opinion pages."""
    if k + 2 >= len(filled) or _words(lines[filled[k]]) < 2:
        return False
    if _is_bare_byline(" ".join(lines[filled[k + 1]].split())) and k + 3 < len(filled):
        k += 1
    under, then = (" ".join(lines[filled[k + j]].split()) for j in (1, 2))
    return (
        _words(under) >= STANDFIRST_MIN_WORDS
        and not _story_metadata(under)
        and (_story_metadata(then) or _is_bare_byline(then))
    )


# "Trust rated good | Doncaster Free Press", "Trust rated good - BBC News": a page's title.
_SITE_SUFFIX = re.compile(r"(?P<headline>.+)\s+[|–—-]\s+(?P<site>[^|–—-]+)")
# Papers known by one word, which may end a title alone.
_ONE_WORD_PAPERS = frozenset(
    {"bbc", "itv", "guardian", "independent", "telegraph", "mirror", "lgc", "mj"}
)


# Broadcasters and news agencies, whose names open their programmes', regions' and
# services' names: "BBC Look North", "PA Media", "Reuters UK".
_BROADCASTERS = frozenset({"bbc", "itv", "sky", "channel", "pa", "reuters"})


def _names_paper(text: str) -> bool:
    """Whether the text is a paper's name: "Sheffield Star", "BBC News", "The Guardian"."""
    if not _NAME_LIKE.fullmatch(text):
        return False
    words = text.lower().split()
    if len(words) > 1 and words[0] in _BROADCASTERS:
        return True  # a broadcaster's programme or region: "ITV News Calendar", "PA Media"
    if len(words) > 2 and words[-1] in ("uk", "us", "online"):
        words = words[:-1]  # an edition: "The Huffington Post UK", "Mail Online"
    return words[-1] in _PAPER_WORDS and (len(words) > 1 or words[0] in _ONE_WORD_PAPERS)


_SECTION_SUFFIX = re.compile(r"(?P<headline>.+) \| [A-Z][\w'’&-]*(?: [\w'’&-]+){0,2}")


# The BBC's titles before 2014 put the site first: "BBC News - Trust rated good".
_SITE_PREFIX = re.compile(r"(?P<site>BBC News(?: [\w &]{1,30})?) - (?P<headline>\S+(?: \S+){2,})")
_SITE_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|co\.uk|org|net|uk)", re.I)


def _without_site_name(headline: str) -> tuple[str, str]:
    """The headline without the paper's name that a page's title adds, and that name."""
    found = _SITE_SUFFIX.fullmatch(headline)
    if found and (_names_paper(found["site"]) or _SITE_ADDRESS.fullmatch(found["site"])):
        # A page's title may hold the section too: "Trust rated good | Society | The Guardian".
        section = _SECTION_SUFFIX.fullmatch(found["headline"])
        return (section["headline"] if section else found["headline"]), found["site"]
    if found := _SITE_PREFIX.fullmatch(headline):
        return found["headline"], found["site"]
    return headline, ""


def _story_metadata(line: str) -> bool:
    """A line of the story's metadata, which a capture may print over its headline."""
    line = _unglued(" ".join(line.split()))
    return bool(
        dateline(line)
        or date_and_sections(line)
        or _run_together(line)
        or _is_byline(line)
        or _URL_LINE.fullmatch(line)  # the page's address
        or _RELATIVE_TIME.fullmatch(line)  # "3 hours ago"
    )


HEADLINE_WORDS = 30  # the Mail's run long: "Trust set up after Edlington torture case is ..."


def _reads_like_headline(line: str) -> bool:
    """A line that can be a headline: short, and no sentence ending in a full stop."""
    line = " ".join(line.split())
    return (
        0 < len(line) <= MAX_HEADLINE
        and _words(line) <= HEADLINE_WORDS
        and not line.rstrip("\"'’”").endswith(".")
        and not _story_metadata(line)
    )


_HEADER_LABEL = re.compile(r"(?:from|to|cc|date|subject|sent):\s", re.IGNORECASE)
# A video's, recording's or gallery's title by its player: a caption, never the standfirst.
_PLAYER_LABEL = re.compile(
    r"(?:watch|listen|gallery|slideshow)(?: again| live)?:\s|swipe (?:through|for)\b", re.IGNORECASE
)
_EDITORS_NOTE = re.compile(
    r"(?:editor'?s note|correction|clarification"
    r"|updated?(?: at)?(?: \d{1,2}(?:[.:]\d{2})?\s?[ap]m)?)\s*:|this (?:article|story) was"
    r" (?:amended|updated|corrected)\b|originally published\b",
    re.IGNORECASE,
)
UNWRAPPED_NOTE = "Lines hard-wrapped at {width} characters joined into paragraphs"
# A text is hard-wrapped when the lines that run on to another line keep within one width
# (all but a few; MIN_WRAP_WIDTH to MAX_WRAP_WIDTH) and most come within WRAP_SLACK of it,
# breaking mid-sentence.
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH, WRAP_SLACK, WRAPPED_LINES = 50, 100, 15, 5
# A printed column: words broken across lines, nine lines in ten within its width.
BROKEN_WORDS, PRINTED_SHARE, MIN_PRINTED_WIDTH = 3, 0.9, 20
WRAPPED_PARAGRAPHS = 3
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def unwrapped(text: str) -> tuple[str, int | None]:
    """The text with hard-wrapped lines joined, and the width it was wrapped at, if it was.

    Text saved by some tools breaks every line at a fixed width ("lynx -dump", e-mail):
    a line breaks there only where the next word would not have fit, so a line followed
    by one whose first word would have fitted on it ends where the author ended it, and
    so, to be safe, does one that ends a sentence.
    """
    lines = text.split("\n")
    running_on = [
        line.rstrip() for line, after in pairwise(lines) if line.strip() and after.strip()
    ]
    # A printed column's copy (a cutting's OCR) breaks words across its narrow lines, and
    # a masthead or headline over it may be wider than the column.
    printed = _broken_words(lines) >= BROKEN_WORDS
    longest = MAX_WRAP_WIDTH
    if printed and running_on:
        longest = sorted(map(len, running_on))[int(PRINTED_SHARE * (len(running_on) - 1))]
    within = [line for line in running_on if len(line) <= longest]
    if len(within) < max(WRAPPED_LINES, 0 if printed else 0.95 * len(running_on)):
        return text, None
    width = max(map(len, within))
    if width < (MIN_PRINTED_WIDTH if printed else MIN_WRAP_WIDTH):
        return text, None  # a list of short lines: a menu, tags, a byline and its date
    full = [line for line in within if len(line) >= width - WRAP_SLACK]
    # Most full lines break mid-sentence; short paragraphs on lines of their own do not.
    mid_sentence = sum(not ends_sentence(line) for line in full)
    if len(full) < max(WRAPPED_LINES, len(within) / 2) or mid_sentence < 0.6 * len(full):
        return text, None
    # Where blank lines part paragraphs of wrapped lines, a line does not end one.
    parted = (
        sum(
            1
            for block in _BLANK_LINE.split(text)
            if "\n" in block.strip() and len(block.strip().split("\n", 1)[0]) >= width - WRAP_SLACK
        )
        >= WRAPPED_PARAGRAPHS
    )
    # Whether the lines from each one to the next blank line end a sentence, as a
    # paragraph's do and a caption's do not.
    ends_in_sentence, last = [False] * len(lines), False
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].strip():
            last = last if i + 1 < len(lines) and lines[i + 1].strip() else ends_sentence(lines[i])
        ends_in_sentence[i] = last
    joined = [lines[0]]
    for i, line in enumerate(lines[1:], 1):
        before = joined[-1].rstrip()
        words = line.split()
        # Elsewhere a sentence's end at a line's end may end a paragraph: a story paragraph
        # split in two there still reads, where one joined to a caption or a date would not.
        if (
            before.strip()
            and words
            and (
                len(before) + 1 + len(words[0]) > width
                # A printed column's proportional type fills its lines unevenly; its
                # headline and deck set wider, and a byline's name, post and e-mail
                # under it, stand apart.
                or (
                    printed
                    and len(before) <= width
                    and len(line.rstrip()) <= width
                    and not (_is_byline(before) or looks_like_name(before.strip()) or "@" in line)
                )
            )
            # A printed page's date or field line stands alone: "Thursday, March 15, 2012"
            # over "Page 11".
            and not (printed and (_FIELD.match(line) or _dated(line) or _dated(before)))
            and (
                (parted and ends_in_sentence[i] and not line.lstrip().startswith("©"))
                or not ends_sentence(before)
                or _quote_runs_on(before, words[0])
            )
            and not _HEADER_LABEL.match(line)  # "To: George Torr" under "From: ..."
        ):
            if _LINE_END_HYPHEN.search(before) and line.strip()[:1].islower():
                joined[-1] = _rehyphenated(before, line.strip(), text)
            else:
                joined[-1] = f"{before} {line.strip()}"
        else:
            joined.append(line)
    return "\n".join(joined), width


# A record's field on a line of its own: "Circulation: 36,480", "Picture: Dean Atkins".
_FIELD = re.compile(r"[A-Z][\w ]{0,15}:\s")


def _dated(line: str) -> bool:
    line = " ".join(line.split())
    return bool(dateline(line) or date_and_sections(line))


def _broken_words(lines: list[str]) -> int:
    """How many lines end in a word broken by a hyphen that the next line goes on with."""
    return sum(
        1
        for line, after in pairwise(lines)
        if _LINE_END_HYPHEN.search(line.rstrip()) and after.lstrip()[:1].islower()
    )


def _quote_runs_on(line: str, word: str) -> bool:
    """Whether a line ending in a closing quotation mark ends mid-sentence: 'were "stuck"'
    over 'at adequate', or '"... children,"' over 'Rogers said.'."""
    inside = line.rstrip("\"'’”")
    return (
        len(inside) < len(line)
        and inside[-1:] not in (".", "!", "?", "…")
        and (word[:1].islower() or inside.endswith(","))
    )


# A word broken at a line's end: "chil-", "Don-".
_LINE_END_HYPHEN = re.compile(r"[^\W\d_]-$")


def _rehyphenated(before: str, after: str, text: str) -> str:
    """Join a line ending in a word broken by a hyphen to the next line.

    A typesetter's hyphen goes ("chil-" and "dren" are "children", "Don-" and "caster"
    "Doncaster"); a compound's stays where the text writes it so elsewhere, or where
    its second part is a compound's usual one ("council-" and "run" are "council-run").
    """
    tail = after.split(" ", 1)[0].rstrip(".,;:!?’'\")”")
    compound = before[before.rfind(" ") + 1 :] + tail
    if tail.lower() in _COMPOUND_TAILS or re.search(re.escape(compound), text, re.IGNORECASE):
        return f"{before}{after}"
    return f"{before[:-1]}{after}"


# Second parts of compounds broken at their hyphen: "council-run", "long-term".
_COMPOUND_TAILS = frozenset(
    """
    run led based owned funded term year years old time wide known up like free making
    level scale sized quality focused related standing class style type being
    """.split()  # noqa: SIM905 - a word list reads best as words
)


CRUMB_WORDS, CRUMB_LINES = 5, 4
# GOV.UK's label of a page's kind, under its breadcrumb and over its headline.
_GOVUK_KIND = re.compile(
    r"news story|press release|speech|guidance|policy paper|statement to parliament"
    r"|official statistics|research and analysis|corporate report|correspondence|notice",
    re.IGNORECASE,
)


# GOV.UK's breadcrumb copied onto one line, its parts apart by runs of spaces: "Home
# Education, training and skills  Inspections".
_SPACED_CRUMB = re.compile(r"Home(?: {2,}\S+(?: \S+)*){1,5}")


def _crumbs_under_home(
    lines: list[str], filled: list[int], k: int, *, labelled: bool = False
) -> list[int]:
    """The lines of a breadcrumb a part to a line, from the k-th line with text under "Home".

    GOV.UK's parts may be long ("Inspections of schools and other education providers"):
    up to the label of the page's kind ("News story"), over a blank line or not, they are
    all the breadcrumb's. Only that label is, when labelled.
    """
    for j in range(k, min(k + CRUMB_LINES + 1, len(filled) - 1)):
        line = " ".join(lines[filled[j]].split())
        if _GOVUK_KIND.fullmatch(line):
            return [filled[i] for i in range(k, j + 1)]
        if labelled or ends_sentence(line) or _words(line) > 2 * CRUMB_WORDS:
            break
    if labelled:
        return []
    run = list(takewhile(lambda j: filled[j] == filled[j - 1] + 1, range(k, len(filled) - 1)))
    crumbs = takewhile(
        lambda j: _words(lines[filled[j]]) <= CRUMB_WORDS and not ends_sentence(lines[filled[j]]),
        run,
    )
    return [filled[j] for j in crumbs]


_DOMAIN = re.compile(r"(?:www\.)?[a-z\d-]+(?:\.[a-z]{2,})+", re.IGNORECASE)


def _site_over_controls(lines: list[str], filled: list[int]) -> list[int]:
    """A site's name over its controls, then a blank line: "Notes from the Frontline",
    "Subscribe", "Sign in" over a newsletter's headline."""
    controls = list(
        takewhile(
            lambda k: (
                filled[k] == filled[k - 1] + 1 and is_furniture(" ".join(lines[filled[k]].split()))
            ),
            range(1, len(filled) - 1),
        )
    )
    name = " ".join(lines[filled[0]].split())
    if (
        len(controls) >= 2
        and filled[controls[-1] + 1] > filled[controls[-1]] + 1  # a blank line under them
        # Pocket prints a story's headline over its site's address: "yorkshirepost.co.uk".
        and not _DOMAIN.fullmatch(lines[filled[1]].strip())
        and _words(name) <= SITE_LINE_WORDS
        and not ends_sentence(name)
        and not dateline(name)  # a wire's time stamp over its priority and notes
    ):
        return filled[: controls[-1] + 1]
    return []


def _sent(lines: Iterable[str]) -> Moment | None:
    """The time an e-mail was sent, from its header over the headline ("Sent: 15 May 2020
    11:02"): the story's date where the story gives none."""
    for line in lines:
        line = " ".join(line.split())
        if line[:5].lower() == "sent:" and (date := dateline(line)):
            try:
                return parse_date(date[0])
            except ValueError:
                return None
    return None


KICKER_MAX_WORDS, KICKER_HEADLINE_WORDS = 8, 7


def _kicker_over(lines: list[str], filled: list[int], start: int) -> int | None:
    """The headline's line under a kicker in capitals at line start, if that is one.

    Printed pages and their e-editions set a label in capitals over the headline: "CHILDREN
    AT RISK" over "Gove strips council of children's services after damning review".
    """
    first = k = filled.index(start)
    # Kickers may stand one over another: "NEWS", then "INSPECTION VERDICT".
    while k + 1 < len(filled) and _kicker_line(lines[filled[k]]):
        k += 1
    if k == first:
        return None
    below = filled[k]
    headline = " ".join(lines[below].split())
    # A headline in capitals may have a short standfirst under it: "TRUST RATED GOOD" over
    # "Inspectors praise the trust's leaders". A kicker's headline is the longer.
    longest_kicker = max(_words(lines[i]) for i in filled[first:k])
    if (
        headline.isupper()
        or _words(headline) < max(KICKER_HEADLINE_WORDS, longest_kicker + 3)
        or not _reads_like_headline(headline)
        or _before_headline(headline)
    ):
        return None
    return below


def _kicker_line(line: str) -> bool:
    line = " ".join(line.split())
    return line.isupper() and _words(line) <= KICKER_MAX_WORDS


# The BBC's pages of 2017-2022 label a picture's credit and caption, glued to them or on
# the line above: "image copyrightGetty Images", "image caption" over "Staff at the trust
# ...". They are read as its later pages print them: "Image source, Getty Images".
_BBC_PICTURE_LABEL = re.compile(
    r"^(?:image|media) (copyright|caption)(?:[ \t]*\n[ \t]*(?=\S)|(?=(?-i:[A-Z0-9\"“‘'])))",
    re.MULTILINE | re.IGNORECASE,
)


def _picture_label(label: re.Match) -> str:
    return "Image source, " if label[1].lower() == "copyright" else "Image caption, "


_TAB_CELLS = re.compile(r"(?<=\S) *\t[ \t]*(?=\S)")


_SUBJECT = re.compile(
    r"subject:\s*(?:(?:re|fwd?|ldrs copy|copy|press release)\s*:\s*)*(?P<subject>.+)", re.I
)


def _subject_over_byline(text: str) -> str:
    """An e-mailed story that opens with its byline, under the e-mail's header, is headed
    by the e-mail's subject: "Subject: LDRS COPY: Doncaster trust faces fresh scrutiny"."""
    lines = text.split("\n")
    subject = None
    for i, line in enumerate(lines):
        line = " ".join(line.split())
        if not line:
            continue
        if found := _SUBJECT.fullmatch(line):
            subject = found["subject"]
        elif not (_HEADER_LABEL.match(line) or is_furniture(line)):
            labelled = any(_HEADLINE_LABEL.match(later) for later in lines[i + 1 : i + 4])
            if subject and _is_byline(line) and not labelled:
                return "\n".join([*lines[:i], subject, "", *lines[i:]])
            return text
    return text


# A newswire's dateline opening a release's first paragraph: "DONCASTER, England, 5 November
# 2015 /PRNewswire/ -- An independent evaluation ...", or an agency's: "LONDON, Oct 13, 2011
# (AFP) - Britain on Thursday ...": its date, on a line of its own.
_WIRE_DATELINE = re.compile(
    r"^(?:[A-Z][\w .'’-]*,\s+){1,3}"
    r"(?P<date>[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})\s*"
    r"(?:/(?:PR ?Newswire|Business ?Wire|GLOBE NEWSWIRE|EIN Presswire|CNW)[^/\n]{0,40}/"
    r"|\((?:AFP|Reuters|AP|Bloomberg|UPI|dpa|PA)\))"
    r"\s*(?:--|-|–|—)\s*",
    re.MULTILINE,
)


MENU_RUN_LINE_WORDS = 8  # a menu's, a tool's or a date's line, between title and headline
STORY_LINE_WORDS = 12


def _story_line(line: str) -> bool:
    """A sentence of the story: long, and ending as sentences do."""
    return _words(line) >= STORY_LINE_WORDS and ends_sentence(line.strip())


def _dates_a_copy(line: str) -> bool:
    """Whether a line over a newsletter's or a release's story dates it: a date alone, or
    with the sections or an issue's number beside it (see copies.py)."""
    return bool(dateline(line) or date_and_sections(line) or _metadata_parts(line))


_UNDER_THE_HEADLINE = re.compile(r"under the headline [\"“]([^\"“”\n]{2,120})[\"”]")
PRINT_HEADLINE_LINES = 30


def read_article(text: str, *, name: str) -> Draft:
    """Read one article in the seed format: headline first, then anything in any order.

    Page furniture and breadcrumbs above the headline are removed; a date or byline
    above it is read as if it were below.
    """
    text, notes = repair(text)
    text = _BBC_PICTURE_LABEL.sub(_picture_label, text)
    text = from_old_bbc(from_nexis(from_factiva(from_web_archive(from_forward(text)))))
    text, top = from_newsletter(text, _dates_a_copy)
    text, letterhead = from_release(text, _dates_a_copy)
    text, programme = from_broadcast(text)
    text, agency = from_wire(text)
    notes += top + letterhead + programme + agency
    text = _subject_over_byline(text)
    text = from_print(text, furniture=lambda line: is_furniture(" ".join(line.split())))
    # A table's cells, copied with tabs between them, stay apart: "Westminster | Good".
    text = _TAB_CELLS.sub(" | ", text)
    text = _WIRE_DATELINE.sub(r"\g<date>\n\n", text)
    text, width = unwrapped(text)
    if width:
        notes.append(UNWRAPPED_NOTE.format(width=width))
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        raise IngestError("the file is empty", 1)
    over = partial(_over_headline, lines, filled)
    above = list(takewhile(over, range(len(filled))))
    if (crumbed := _over_breadcrumb(lines, filled)) > len(above):
        above = [*range(crumbed), *takewhile(over, range(crumbed, len(filled)))]
    above = [filled[k] for k in above][: len(filled) - 1]
    if above and lines[above[-1]].strip() == "Home":
        # GOV.UK's breadcrumb, a line to each part: "Home", "Education, training and skills".
        above += _crumbs_under_home(lines, filled, len(above))
    elif above and _SPACED_CRUMB.fullmatch(lines[above[-1]].strip()):
        above += _crumbs_under_home(lines, filled, len(above), labelled=True)
    above += _masthead(lines, filled[len(above) :])
    above += _site_over_menu(lines, filled[len(above) :])
    if above and above == filled[: len(above)] and _section_label(lines, filled, len(above)):
        above.append(filled[len(above)])  # under the masthead: "Children's Social Care"
    if not above:
        above = _site_over_controls(lines, filled)
    # A date or byline among the menus, read with the lines under: the masthead's lines
    # may stand around a date ("Politics", "Page last updated at ...", "Printable version").
    kept = [lines[i] for i in filled if above and i < above[-1] and i not in above]
    start = next((i for i in filled if not above or i > above[-1]), filled[-1])
    under_menus = _titled_headline(lines, filled)
    if under_menus is None:
        under_menus = _headline_under_menus(lines, filled)
    if (
        under_menus is not None
        and under_menus > start
        and not _headline_over_metadata(lines, filled, start)
    ):
        menus = [i for i in filled if start <= i < under_menus]
        kept += [lines[i] for i in menus if _story_metadata(lines[i])]
        above += [i for i in menus if not _story_metadata(lines[i])]
        start = under_menus
    # A magazine names its headline under the story: "This article appeared in the
    # Britain section of the print edition under the headline "Trust issues"".
    if (named := _UNDER_THE_HEADLINE.search(text)) is not None:
        top = [i for i in filled[:PRINT_HEADLINE_LINES] if " ".join(lines[i].split()) == named[1]]
        if top and top[0] != start:
            above = [i for i in above if i < top[0]] + [i for i in filled if top[0] < i < start]
            start = top[0]
    # A date, byline or address printed over the headline (furniture among them) is read
    # with the lines under it.
    under = [i for i in filled if i >= start]
    over = list(takewhile(lambda i: _story_metadata(lines[i]) or _before_headline(lines[i]), under))
    below = under[len(over) : len(over) + 1]
    dated = list(takewhile(lambda i: _story_metadata(lines[i]), under))
    after = under[len(dated) : len(dated) + 2]
    if over and below and _reads_like_headline(lines[below[0]]):
        start = below[0]
    elif dated and len(after) == 2 and _reads_like_headline(lines[after[0]]):
        # A date over a headline that may also read as a label: "13 May 2019" over
        # "RECORD NUMBER OF DONCASTER FAMILIES SIGN UP TO FOSTER".
        over, start = dated, after[0]
    else:
        over = []
    # Only on a printed page's copy, dated by its folio over the kicker: on a web page, a
    # headline in capitals may have a standfirst under it as long as a headline.
    printed = any(_story_metadata(lines[i]) for i in filled if i < start)
    kicker = _kicker_over(lines, filled, start) if printed else None
    if kicker is not None:
        kicker, start = start, kicker
    headline = _HEADLINE_LABEL.sub("", " ".join(lines[start].split()), count=1)
    headline, site = _without_site_name(headline)
    number = start + 1
    if dateline(headline):
        raise IngestError(
            f"the first line should be the headline, not a date: “{headline}”", number
        )
    if _is_byline(headline):
        raise IngestError(
            f"the first line should be the headline, not a byline: “{headline}”", number
        )
    if len(headline) > MAX_HEADLINE:
        raise IngestError(
            f"the headline is {len(headline)} characters long (at most {MAX_HEADLINE}): "
            "is the first line a paragraph?",
            number,
        )
    # Pages often print the headline again over the story: that copy is no paragraph.
    begin = over[0] if over else start + 1
    rest = lines[begin:]
    if over:
        rest[start - begin] = ""
        if kicker is not None:
            rest[kicker - begin] = ""
    again = [
        i for i, line in enumerate(rest) if " ".join(line.split()).casefold() == headline.casefold()
    ]
    for i in again:
        rest[i] = ""
    # What a saved page prints between its title and the headline again is the page's:
    # "News > Society > Children's services". Not where the story comes between: the
    # headline is then another list's, "Most viewed" under the story.
    told = next((i for i, line in enumerate(rest) if _story_line(line)), len(rest))
    title = again[0] if again and again[0] < told else 0
    crumbs = [i for i in range(title) if _before_headline(rest[i])]
    if title and all(_words(rest[i]) <= MENU_RUN_LINE_WORDS for i in range(title)):
        # Menus and tools only, between the page's title and its headline: none of it is
        # the story's but its date and byline (the BBC's 2013 pages: "More…", "Search
        # term:", "News Sheffield & South Yorkshire", "Sci/Environment").
        crumbs = [
            i
            for i in range(title)
            if rest[i].strip() and not _story_metadata(" ".join(rest[i].split()))
        ]
    for i in crumbs:
        rest[i] = ""
    cleaned = clean_lines("\n".join([*kept, *rest]), first_line=begin + 1 - len(kept))
    # A picture's caption with its credit over the headline is the story's: the Guardian's
    # "... Photograph: Christopher Thomond/The Guardian".
    tops = [" ".join(lines[i].split()) for i in above]
    pictured = [line for line in tops if _credited(line)]
    cleaned.removed[:0] = [
        *(line for line in tops if line not in pictured),
        *(" ".join(lines[begin + i].split()) for i in crumbs),
        *([" ".join(lines[kicker].split())] if kicker is not None else []),
        *([site] if site else []),
        *([headline] * len(again)),
    ]
    paragraphs = [p for _, p in cleaned.paragraphs]
    authors = byline_authors(cleaned.byline) if cleaned.byline else []
    # A note on the author under the story ("Jane Smith is a reporter for ...") is no copy,
    # and would link the author as one of the story's subjects.
    while len(paragraphs) > 1 and _about_an_author(paragraphs[-1], authors):
        cleaned.removed.append(paragraphs.pop())
    if not paragraphs:
        raise IngestError("no body text after the headline", cleaned.last_line)
    pulled = _pull_quotes(paragraphs)
    cleaned.removed += [paragraphs[i] for i in pulled]
    paragraphs = [p for i, p in enumerate(paragraphs) if i not in pulled]
    # A live page's first update is no standfirst, nor the time over it; nor is an
    # editor's note or a correction over the story, which stays where it is.
    live = _LIVE_TIME.fullmatch(paragraphs[0]) is not None
    first = next((i for i, p in enumerate(paragraphs) if not _EDITORS_NOTE.match(p)), 0)
    # Nor is a letter's greeting: "Dear Steve," opens the text.
    greeting = _GREETING.fullmatch(paragraphs[first]) is not None
    standfirst = paragraphs.pop(first) if len(paragraphs) > 1 and not live and not greeting else ""
    return Draft(
        name=name,
        headline=headline,
        standfirst=standfirst,
        body="\n\n".join(paragraphs),
        byline=cleaned.byline,
        authors=authors,
        published=cleaned.published or _sent(lines[i] for i in above),
        updated_at=cleaned.updated_at,
        captions=_unique(pictured + cleaned.captions),
        removed=cleaned.removed + notes,
        source_url=cleaned.source_url,
    )


PULL_QUOTE_WORDS = (6, 60)
# A quotation and who said it, as a block quote sets it: '"... from that." – Mark Douglas'.
_ATTRIBUTED_QUOTE = re.compile(r"(?P<quote>[\"“‘].{12,}[.!?,][\"”’])\s*[–—-]\s*[A-Z].{0,80}")
_WORD_OF_QUOTE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_QUOTE_OPENS, _QUOTE_CLOSES = ('"', "“", "'", "‘"), ('"', "”", "'", "’")


def _pull_quotes(paragraphs: list[str]) -> set[int]:
    """The paragraphs that repeat a quotation another paragraph holds: pull quotes.

    A page sets a line of a quotation in large type beside the story: "Children have been
    let down time and again." stands alone, and in "... time and again," Mr Gove said.
    """
    # A pull quote may name its speaker: '"... time and again." – Michael Gove'.
    quotes = [
        (found["quote"] if (found := _ATTRIBUTED_QUOTE.fullmatch(p)) else p) for p in paragraphs
    ]
    words = [" " + " ".join(_WORD_OF_QUOTE.findall(q.lower())) + " " for q in quotes]
    # A quotation broken by its speaker, joined again: "“We were the guinea pig,” she
    # says. “Nobody asks the guinea pig how it felt.”" holds the pull quote whole.
    said = [
        " " + " ".join(_WORD_OF_QUOTE.findall(" ".join(_QUOTED.findall(p)).lower())) + " "
        for p in paragraphs
    ]
    low, high = PULL_QUOTE_WORDS
    return {
        i
        for i, paragraph in enumerate(quotes)
        # A whole quotation: one that runs on into the next paragraph has no closing mark.
        if paragraph.startswith(_QUOTE_OPENS)
        and paragraph.endswith(_QUOTE_CLOSES)
        and low <= _words(paragraph) <= high
        and any(
            j != i and len(other) > len(words[i]) and (words[i] in other or words[i] in said[j])
            for j, other in enumerate(words)
        )
    }


_QUOTED = re.compile(r"[\"“]([^\"“”]{2,})[\"”]")


# What a note on an author says after the name: "is a reporter", "writes about".
_ABOUT_AUTHOR = re.compile(r" (?:is|was|has|writes|covers|reports)\b")


# What may stand around an author's name opening a note on them: a bullet and a title
# ("• Dame Rosie Winterton is"), honours ("Ros Jones CBE is").
_NOTE_OPENING = re.compile(
    r"(?:[•*–-]\s*)?(?:(?:Dame|Sir|Dr|Prof(?:essor)?|Cllr|Councillor|Lord|Lady|Baroness)\s+)?"
)
_HONOURS = re.compile(r"(?:,?\s+(?:[CDKO]BE|MBE|MP|QC|KC|FRSA))*")


def _about_an_author(paragraph: str, authors: list[Author]) -> bool:
    """A short note that opens with one of the story's authors: "Jane Smith is a reporter"."""
    if _words(paragraph) > 60:
        return False
    at = _NOTE_OPENING.match(paragraph).end()
    return any(
        paragraph.startswith(author.name, at)
        and _ABOUT_AUTHOR.match(paragraph, _HONOURS.match(paragraph, at + len(author.name)).end())
        for author in authors
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


_FEED_TEXT = ("headline", "body", "standfirst", "byline", "url", "publication")
_URL = URLValidator(schemes=["http", "https"])


# A feed's field written as HTML, as WordPress's API gives it: "<p>The trust ...</p>".
_FEED_MARKUP = re.compile(
    r"\s*<(?:p|div|h[1-6]|ul|ol|blockquote|figure|section|article|header|main)[\s>]", re.I
)
_BLOCK_TAGS = (
    *("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figure"),
    *("figcaption", "section", "article", "header", "footer", "tr", "pre"),
)
MARKUP_NOTE = "HTML markup removed: a paragraph for each block, the words kept"
_INLINE_MARKUP = re.compile(r"<(?:strong|em|b|i|a|br|img|span)\b[^>]*>|\[caption\b", re.I)


# WordPress's shortcodes in a post's raw text: a caption's words stay, apart; the rest
# ("[gallery ids=...]", "[embed]...[/embed]") go.
_SHORTCODE_CAPTION = re.compile(r"\[caption[^\]]*\](.*?)\[/caption\]", re.S)
_SHORTCODE = re.compile(
    r"\[(embed|video|audio|playlist)[^\]]*\].*?\[/\1\]|\[(?:gallery|embed|video|audio)\b[^\]]*\]",
    re.S,
)


def text_of_markup(markup: str) -> str:
    """Return the words of an HTML fragment: a paragraph for each block, a line per <br>.

    Whitespace collapses as a browser shows it; scripts and styles (an embed's code) go.
    """
    from lxml import html

    markup = _SHORTCODE_CAPTION.sub(r"<p>\1</p>", _SHORTCODE.sub("", markup))
    root = html.fragment_fromstring(markup, create_parent="div")
    for code in list(root.iter("script", "style", "noscript", "template")):
        code.drop_tree()
    for element in root.iter():
        for attribute in ("text", "tail"):
            if value := getattr(element, attribute):
                setattr(element, attribute, re.sub(r"\s+", " ", value))
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_BLOCK_TAGS):
        bullet = "• " if element.tag == "li" else ""  # as a browser shows a list
        element.text = f"\n\n{bullet}" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _feed_text(record: dict, key: str) -> tuple[str, list[str]]:
    """A feed's text field, repaired, and what was done to it."""
    value = record.get(key) or ""
    notes = []
    if not _FEED_MARKUP.match(value) and _INLINE_MARKUP.search(value):
        # WordPress's raw post: inline tags, paragraphs apart by blank lines (its wpautop).
        value = "".join(f"<p>{part}</p>" for part in re.split(r"\n\s*\n", value.strip()))
    if _FEED_MARKUP.match(value):
        value = text_of_markup(value)
        notes.append(MARKUP_NOTE)
    fixed, repaired = repair(value)
    return fixed, notes + repaired


# Other names exports give a record's fields: WordPress's and schema.org's, feeds'.
_RECORD_KEYS = {
    "title": "headline",
    # WordPress's API: "content" and "excerpt", each {"rendered": "<p>...</p>"}; schema.org's
    # "articleBody" and "description"; Ghost's "html" and "custom_excerpt"; scrapers' "text"
    # and "summary". The first a record has is the field.
    **dict.fromkeys(("content", "articleBody", "html", "text"), "body"),
    **dict.fromkeys(("excerpt", "custom_excerpt", "summary", "description"), "standfirst"),
    "author": "authors",  # schema.org's
    "link": "url",
    **dict.fromkeys(("published", "date", "datePublished", "pubDate"), "published_at"),
    **dict.fromkeys(("updated", "modified", "dateModified"), "updated_at"),
}


def _record_date(value) -> Moment:
    """A record's date: text as a paper prints it, or a Unix time in seconds or
    milliseconds (as many exports give it: 1429520400, "1429520400000")."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("not a date")
    if isinstance(value, int | float) or re.fullmatch(r"\d{9,13}(?:\.\d+)?", value.strip()):
        seconds = float(value)
        if seconds < 1e8:
            raise ValueError("a number, but no Unix time after 1973")  # a year: 2015
        seconds = seconds / 1000 if seconds > 1e11 else seconds  # milliseconds
        moment = datetime.fromtimestamp(seconds, UTC).replace(second=0, microsecond=0)
        return Moment(_in_london(moment), DatePrecision.MINUTE)
    return parse_date(value)


def _record_authors(value, number: int) -> list[Author]:
    """A record's authors: a byline ("Neil Puffett, Derren Hayes"), names, or objects with
    a name, as schema.org and WordPress write them ({"name": ..., "jobTitle": ...})."""
    if not value or isinstance(value, int | float):
        return []  # WordPress's "author" is its account's number, no name
    if isinstance(value, str):
        # A list of names in a string ("Neil Puffett, Derren Hayes"), or a byline.
        names = [" ".join(n.split()) for n in re.split(r",|;| and | & ", value) if n.strip()]
        if all(looks_like_name(n) for n in names):
            return [Author(n) for n in names]
        return byline_authors(value)
    authors = []
    for author in value if isinstance(value, list) else [value]:
        if isinstance(author, str):
            name, role = author, ""
        elif isinstance(author, dict) and isinstance(author.get("name"), str):
            name = author["name"]
            role = next((author[k] for k in ("role", "jobTitle", "job_title") if author.get(k)), "")
        else:
            raise IngestError(
                "“authors” should be a name, a list of names, or objects each with a “name”",
                number,
            )
        if name := " ".join(name.split()):
            authors.append(Author(name, " ".join(str(role).split())))
    return authors


def _feed_draft(record: dict, *, name: str, number: int) -> Draft:
    """One JSON Lines record as a draft; its body is cleaned as a file's would be."""
    given = {key: key for key in record}  # a field's name as the file gives it
    for key, field_name in _RECORD_KEYS.items():
        if key in record and field_name not in record:
            record = {**record, field_name: record[key]}
            given[field_name] = key
    for key in _FEED_TEXT:
        if isinstance(value := record.get(key), dict) and isinstance(value.get("rendered"), str):
            record = {**record, key: value["rendered"]}
    for key in _FEED_TEXT:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise IngestError(f"“{key}” should be a string", number)
    headline = " ".join(repair(record.get("headline") or "")[0].split())
    if not headline:
        raise IngestError("missing “headline”", number)
    if len(headline) > MAX_HEADLINE:
        raise IngestError(f"the headline is longer than {MAX_HEADLINE} characters", number)
    body_text, notes = _feed_text(record, "body")
    cleaned = clean_lines(body_text, first_line=number, take_byline=not record.get("byline"))
    if not cleaned.paragraphs:
        raise IngestError("missing “body”", number)
    dates = {}
    for key in ("published_at", "updated_at"):
        if value := record.get(key):
            try:
                dates[key] = _record_date(value)
            except (ValueError, OverflowError) as error:
                raise IngestError(
                    f"cannot read {given[key]} “{value}” ({error}): give a date as text, "
                    "such as “2015-03-03T09:12:00Z” or “3 March 2015 09:12”, or seconds "
                    "since 1970",
                    number,
                ) from None
    published = dates.get("published_at") or cleaned.published
    updated = dates.get("updated_at")
    updated_at = updated.at if updated else cleaned.updated_at
    if published and updated_at and updated_at < published.at:
        raise IngestError("updated_at is before published_at", number)
    url = (record.get("url") or "").strip()
    if url:
        try:
            _URL(url)
        except ValidationError:
            raise IngestError(f"“url” is not a web address: “{url}”", number) from None
    standfirst = " ".join(_CUT_SHORT.sub("", _feed_text(record, "standfirst")[0]).split())
    if _same_opening(standfirst, cleaned.paragraphs[0][1]):
        standfirst = ""  # an excerpt of the story's first words, as Ghost makes one
    captions = record.get("captions") or []
    if isinstance(captions, str):
        captions = captions.splitlines()
    byline = (record.get("byline") or "").strip() or cleaned.byline
    authors = _record_authors(record.get("authors"), number) or byline_authors(byline)
    return Draft(
        name=name,
        headline=headline,
        standfirst=standfirst,
        body="\n\n".join(p for _, p in cleaned.paragraphs),
        byline=byline,
        authors=authors,
        published=published,
        updated_at=updated_at,
        captions=_unique([str(c).strip() for c in captions if str(c).strip()] + cleaned.captions),
        removed=cleaned.removed + notes,
        source_url=url or cleaned.source_url,
        publication=(record.get("publication") or "").strip(),
        line=number,
    )


def read_jsonl(text: str, *, name: str) -> list[Draft]:
    """Read JSON Lines: one article per line, an object with headline, body and more."""
    drafts = []
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise IngestError(f"invalid JSON: {error.msg} (column {error.colno})", number) from None
        if not isinstance(record, dict):
            raise IngestError("each line should be a JSON object", number)
        drafts.append(_feed_draft(record, name=name, number=number))
    if not drafts:
        raise IngestError("the file is empty", 1)
    return drafts


# A feed's items (RSS 2.0) or entries (Atom): each element's own fields, by local name.
# A feed's summary cut short: "... […]", "... [...]", "Continue reading...".
_CUT_SHORT = re.compile(r"\s*(?:\[(?:…|\.\.\.)\]|continue reading\W*|read more\W*)\s*$", re.I)
_FEED_FIELDS = {
    "headline": ("title",),
    "body": ("encoded", "content", "description", "summary"),
    "byline": ("creator", "author"),
    "url": ("link",),
    "published_at": ("pubDate", "published", "date", "updated"),
}


def read_feed(text: str, *, name: str) -> list[Draft]:
    """Read an RSS or Atom feed saved as a file: each item an article, as a JSON record."""
    from lxml import etree

    # A hand-saved feed may lack a namespace's declaration ("content:encoded"): read on.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    root = etree.fromstring(text.encode(), parser)
    items = [] if root is None else [e for e in root.iter() if _local(e) in ("item", "entry")]
    if not items:
        raise IngestError("the feed has no items", 1)
    # A WordPress export names its authors by their logins ("lashworth"), and lists each
    # login with the name the site shows ("Lucy Ashworth").
    logins = {
        login: shown
        for author in root.iter()
        if _local(author) == "author"
        and (login := _child_text(author, "author_login"))
        and (shown := _child_text(author, "author_display_name"))
    }
    drafts = []
    for item in items:
        fields: dict[str, etree._Element] = {}
        record: dict[str, object] = {"captions": []}
        used: dict[str, str] = {}  # the element each field was read from
        for child in item:
            if isinstance(child.tag, str) and child.tag.startswith(f"{{{_MEDIA_RSS}}}"):
                # A photo: its description is a caption, not the story's body.
                for part in child.iter():
                    if _local(part) in ("description", "title", "text") and part.text:
                        record["captions"].append(" ".join(part.text.split()))
                continue
            # WordPress's excerpt is "encoded" too, as its content is.
            excerpt = isinstance(child.tag, str) and child.tag.endswith(_WP_EXCERPT)
            fields.setdefault("excerpt" if excerpt else _local(child), child)
        if (kind := fields.get("post_type")) is not None and (kind.text or "").strip() not in (
            "post",
            "page",
        ):
            continue  # a WordPress export's picture or menu item: no story
        for key, names in _FEED_FIELDS.items():
            for local in names:
                if (element := fields.get(local)) is not None:
                    # Atom's author holds its name beside its address: <name>, <uri>.
                    named = [part for part in element if _local(part) == "name"]
                    element = named[0] if named else element
                    value = element.get("href") or "".join(element.itertext())
                    if value.strip():
                        record[key] = " ".join(value.split()) if key != "body" else value
                        used[key] = local
                        break
        # A summary beside the story's content is its standfirst, unless it only opens
        # the story (see _feed_draft).
        summary = next(
            (fields[local] for local in ("excerpt", "summary", "description") if local in fields),
            None,
        )
        if summary is not None and used.get("body") in ("encoded", "content"):
            record["standfirst"] = text_of_markup("".join(summary.itertext()))
        if "byline" in record and used["byline"] == "creator":
            record["byline"] = logins.get(record["byline"], record["byline"])
        drafts.append(_feed_draft(record, name=name, number=item.sourceline or 1))
    if not drafts:
        raise IngestError("the feed has no stories, only pictures or menu items", 1)
    return drafts


def _local(element) -> str:
    """An element's name without its namespace or prefix: "encoded" for content:encoded."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rpartition("}")[2].rpartition(":")[2]


def _child_text(element, name: str) -> str:
    """The text of an element's first child of that local name, stripped."""
    child = next((part for part in element if _local(part) == name), None)
    return "".join(child.itertext()).strip() if child is not None else ""


_MEDIA_RSS = "http://search.yahoo.com/mrss/"
_WP_EXCERPT = "/excerpt/}encoded"  # "{http://wordpress.org/export/1.2/excerpt/}encoded"
# Its declaration, a stylesheet's (the BBC's feeds have one), and comments (a WordPress
# export's notes) before the feed's element.
_FEED_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<\?xml-stylesheet[^>]*>\s*|<!--.*?-->\s*)*"
    r"<(?:rss|feed|rdf:RDF)\b",
    re.I | re.S,
)


def is_jsonl(text: str, name: str) -> bool:
    return name.lower().endswith((".jsonl", ".ndjson")) or text.lstrip().startswith("{")


# A saved web page, by what it starts with: "<!DOCTYPE html>", "<html lang=...>".
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.I | re.S)


def is_html(text: str, name: str) -> bool:
    return name.lower().endswith((".html", ".htm")) or _HTML_START.match(text[:2000]) is not None


def _same_opening(first: str, second: str) -> bool:
    """Whether one text starts as the other does: a page's summary is often its first words."""
    first, second = (" ".join(t.split()).rstrip(".… ").casefold() for t in (first, second))
    return bool(first) and (first.startswith(second[:60]) or second.startswith(first[:60]))


PAGE_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def read_html(text: str, *, name: str) -> Draft:
    """Read a saved web page: the story, its headline, date, authors and address.

    trafilatura finds the story among the page's navigation, related links and footer,
    and reads its metadata (Open Graph, JSON-LD, <time>); the result is then read as a
    text in the seed format, so it is cleaned and checked like any other.
    """
    import trafilatura  # slow to import, and only web pages need it

    page = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=True,  # a table of ratings is the story's: see _mark_pipe_tables
        # The time too, where the page's metadata gives one; the first publication.
        date_extraction_params={"outputformat": PAGE_DATE_FORMAT, "original_date": True},
    )
    paragraphs = [line.strip() for line in (page.text or "").split("\n")] if page else []
    # A table comes as its rows between bars, ruled under its heading: "|---|---|".
    paragraphs = [line for line in paragraphs if line and not _TABLE_RULE.fullmatch(line)]
    if not paragraphs:
        raise IngestError("no story found in the web page", 1)
    if not (page.title or "").strip():
        raise IngestError("the web page has no headline (no <title>, <h1> or og:title)", 1)
    head = [" ".join(page.title.split())]
    if page.date:
        # A page that gives only the day comes back at midnight, with no zone.
        head.append(page.date.removesuffix("T00:00:00"))
    if authors := _page_authors(page.author or ""):
        head.append("By " + " and ".join(authors))
    if page.url:
        head.append(f"Source: {page.url}")
    summary = " ".join((page.description or "").split())
    story = [line for line in paragraphs if line.casefold() != head[0].casefold()]
    if summary and story and not _same_opening(summary, story[0]):
        paragraphs.insert(0, summary)  # the standfirst, which pages print outside the story
    draft = read_article("\n\n".join(head + paragraphs), name=name)
    draft.captions = _unique(_figure_captions(text) + draft.captions)
    return draft


def _page_authors(authors: str) -> list[str]:
    """The names among a page's authors as trafilatura gives them, apart by ";": not the
    posts it reads with them ("Judith Burns Education reporter; BBC News")."""
    names = []
    for author in (part.strip() for part in authors.split(";")):
        if looks_like_name(author):
            names.append(author)
        elif (named := _name_and_post(author)) and looks_like_name(named[0]):
            names.append(named[0])
    return names


def _figure_captions(page: str) -> list[str]:
    """The captions of the story's pictures (<figcaption>, or a block classed a caption),
    which trafilatura leaves out: those inside its <article> where the page marks one."""
    from lxml import etree, html

    try:
        tree = html.fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    story = next(tree.iter("article"), tree)
    # Or a block the page classes as a caption: <p class="caption">, "wp-caption-text".
    marked = (
        element
        for element in story.iter("p", "div", "span")
        if "caption" in (element.get("class") or "").lower()
        and not any(parent.tag == "figcaption" for parent in element.iterancestors())
    )
    captions = (
        " ".join(" ".join(caption.itertext()).split())
        for caption in (*story.iter("figcaption"), *marked)
    )
    # The BBC's label inside: "<span>Image caption</span>Doncaster's ...".
    captions = (
        caption[m.end() if (m := _CAPTION_LABEL.match(caption)) else 0 :] for caption in captions
    )
    return [caption for caption in captions if caption]


# Notes apps and web clippers (Obsidian's Web Clipper, MarkDownload) save a page as
# Markdown under a YAML block of its metadata, between two "---" lines.
_FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_FIELDS = {
    "headline": ("title", "headline"),
    "date": ("published", "date", "date_published", "pubdate", "published_at"),
    "authors": ("author", "authors", "byline", "creator"),
    "url": ("source", "url", "link", "canonical_url"),
    "summary": ("description", "summary", "excerpt", "subtitle", "standfirst"),
}
# MarkDownload's "> ## Excerpt" and the page's description quoted under it.
_EXCERPT = re.compile(r"^> ?#{1,6} ?Excerpt[ \t]*\n((?:>.*(?:\n|\Z))+)", re.MULTILINE)
_QUOTED_LINE = re.compile(r"^> ?", re.MULTILINE)
_CLIPPER_NOTES = re.compile(
    r"^#{1,6}[ \t]+(?:my )?(?:highlights|notes|annotations)[ \t]*\n"
    r"(?:(?!#{1,6}[ \t]|[ \t]*(?:[-*_][ \t]*){3,}\n).*(?:\n|\Z))*",
    re.MULTILINE | re.IGNORECASE,
)
_TITLE_HEADING = re.compile(r"\s*#[ \t]+(.+)\n")
# A clipper's author as a link to a note: "[[Chris Burn]]".
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")


def front_matter(text: str) -> tuple[dict, str] | None:
    """A text's front matter, its keys lowercased, and the text after it; None if it has none.

    A block that is not a mapping ("---" drawn as a rule over a plain story) is none.
    """
    if not text.startswith("---"):
        return None
    text = text.replace("\r\n", "\n")
    found = _FRONT_MATTER.match(text)
    if found is None:
        return None
    import yaml  # only clipped pages need it

    try:
        fields = yaml.safe_load(found[1])
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "cannot be read"
        raise IngestError(
            f"the front matter between the “---” lines is not valid YAML: {problem}",
            mark.line + 2 if mark else 1,
        ) from None
    if not isinstance(fields, dict):
        return None
    return {str(key).lower(): value for key, value in fields.items()}, text[found.end() :]


def _front_field(fields: dict, name: str) -> list[str]:
    """A front-matter field's values as text, whichever of its usual keys holds it."""
    for key in _FRONT_FIELDS[name]:
        value = fields.get(key)
        values = value if isinstance(value, list) else [value]
        texts = [" ".join(_WIKI_LINK.sub(r"\1", str(v)).split()) for v in values if v]
        if texts := [t for t in texts if t]:
            return texts
    return []


def read_clipping(fields: dict, story: str, *, name: str) -> Draft:
    """Read a clipped page as a text in the seed format: its front matter over its story.

    The front matter's headline, date, authors, address and summary are written as the
    lines a copied page has; the clipping date ("created:") and tags are not the story's.
    """
    head = _front_field(fields, "headline")[:1]
    # The reader's highlights and notes, which a clipper files under their own heading.
    highlights = [found.group().strip() for found in _CLIPPER_NOTES.finditer(story)]
    story = _CLIPPER_NOTES.sub("", story)
    if not head and (title := _TITLE_HEADING.match(story)):
        # MarkDownload's page title as a heading, over the summary it quotes.
        head, story = [title[1]], story[title.end() :]
    if dates := _front_field(fields, "date"):
        head.append(dates[0].removesuffix(" 00:00:00"))  # a day, written as a datetime
    if authors := _front_field(fields, "authors"):
        head.append("By " + " and ".join(authors))
    if urls := _front_field(fields, "url"):
        head.append(f"Source: {urls[0]}")
    summary = " ".join(_front_field(fields, "summary")[:1])
    if excerpt := _EXCERPT.search(story):  # MarkDownload's summary, quoted over the story
        story = story[: excerpt.start()] + story[excerpt.end() :]
        summary = summary or " ".join(_QUOTED_LINE.sub("", excerpt[1]).split())
    opening = [line for line in _unmark(story).split("\n") if line.strip()][:6]
    if summary and not any(_same_opening(summary, line) for line in opening):
        head.append(summary)  # the standfirst, which the page printed outside the story
    draft = read_article("\n\n".join([*head, story.strip("\n")]), name=name)
    draft.removed += highlights
    return draft


def read_source(data: bytes | str, *, name: str) -> list[Draft]:
    """Read a file's drafts: JSON Lines, a web page, a clipped page or the seed format."""
    text, notes = _decode(data)
    if is_jsonl(text, name):
        drafts = read_jsonl(text, name=name)
    elif is_html(text, name):
        drafts = [read_html(text, name=name)]
    elif _FEED_START.match(text[:2000]):
        drafts = read_feed(text, name=name)
    elif _FEED_MARKUP.match(text):  # a fragment of a page's or a post's HTML
        drafts = [read_article(text_of_markup(text), name=name)]
        notes.append(MARKUP_NOTE)
    elif clipped := front_matter(text):
        drafts = [read_clipping(*clipped, name=name)]
    else:
        drafts = [read_article(text, name=name)]
    for draft in drafts:
        draft.removed += notes
    return drafts


# Saving ------------------------------------------------------------------------------


@dataclass
class ImportResult:
    """What became of one article: its status, the article, and what the linker found."""

    name: str
    status: str
    article: Article | None = None
    error: str = ""
    mentions: int = 0
    unresolved: list[str] = field(default_factory=list)
    cleaned: str = ""
    draft: Draft | None = None
    dry_run: bool = False
    found: list[tuple[str, str]] = field(default_factory=list)
    new_people: list[str] = field(default_factory=list)
    message: str = ""
    undated: bool = False  # the text stated no date: the fallback date was used

    @property
    def ok(self) -> bool:
        return self.status != FAILED


def find_existing(draft: Draft) -> tuple[Article | None, bool]:
    """The article this draft was imported as before, and whether its text is the same."""
    fp = draft.fingerprint
    same = Article.objects.filter(content_hash=fp).order_by("pk").first()
    if same:
        return same, True
    match = Q(headline=draft.headline) | Q(slug=base_slug(draft.headline))
    if draft.source_url:
        match |= Q(source_url=draft.source_url)
    candidates = list(Article.objects.filter(match).order_by("pk")[:20])
    for article in candidates:
        if fingerprint(article.headline, article.body) == fp:
            return article, True  # imported before fingerprints were kept, or loaded
    by_url = [a for a in candidates if draft.source_url and a.source_url == draft.source_url]
    ours = [a for a in candidates if not _from_elsewhere(a, draft)]
    return (by_url or ours or [None])[0], False


def _from_elsewhere(article: Article, draft: Draft) -> bool:
    """Whether an article with the draft's headline is another story, not an earlier copy.

    Two papers may print one headline over their own stories: another address, other
    authors or another day of publication tell them apart.
    """
    if article.source_url and draft.source_url:
        return article.source_url != draft.source_url
    theirs = {author.name.casefold() for author in byline_authors(article.byline)}
    ours = {author.name.casefold() for author in draft.authors}
    if theirs and ours and theirs != ours:
        return True
    if article.published_at and draft.published:
        day = timezone.localtime(article.published_at).date()
        return day != timezone.localtime(draft.published.at).date()
    return False


def base_slug(headline: str, length: int = 100) -> str:
    slug = slugify(headline)[:length].rstrip("-")
    if len(slugify(headline)) > length and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    return slug or "article"


def unique_slug(model, base: str, exclude_pk=None) -> str:
    slug, n = base, 1
    taken = model.objects.exclude(pk=exclude_pk) if exclude_pk else model.objects
    while taken.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def guess_publication(draft: Draft) -> Organisation | None:
    """The publisher a feed names, or the one whose name is on the page furniture or URL."""
    publishers = Organisation.objects.filter(kind=Organisation.Kind.PUBLISHER)
    if draft.publication:
        return publishers.filter(
            Q(slug=draft.publication) | Q(name__iexact=draft.publication)
        ).first()
    page = "\n".join([*draft.removed, draft.byline])
    host = urlsplit(draft.source_url).hostname or ""
    found = set()
    for org in publishers.prefetch_related("aliases"):
        names = [org.name, *(a.text for a in org.aliases.all())]
        if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", page) for n in names if n):
            found.add(org)
        website = urlsplit(org.website).hostname or ""
        if host and website and host.removeprefix("www.") == website.removeprefix("www."):
            found.add(org)
    return found.pop() if len(found) == 1 else None


def _person_named(name: str) -> Person | None:
    return (
        Person.objects.filter(name__iexact=name).first()
        or Person.objects.filter(aliases__text__iexact=name).first()
    )


def _add_authors(article: Article, draft: Draft) -> list[str]:
    """Link the byline's people as authors, creating those unknown; record their posts."""
    created = []
    for author in draft.authors:
        person = _person_named(author.name)
        if person is None:
            person = Person.objects.create(
                name=author.name,
                slug=unique_slug(Person, slugify(author.name) or "person"),
                source_note=f"Created on import from the byline “{draft.byline}”.",
            )
            created.append(person.name)
        article.authors.add(person)
        if author.role and not Role.objects.filter(person=person, title__iexact=author.role):
            Role.objects.create(
                person=person,
                title=author.role,
                source=article,
                source_note=f"Byline: “{draft.byline}”.",
            )
    return created


def _fill(article: Article, draft: Draft, publication: Organisation | None) -> None:
    article.headline = draft.headline
    article.standfirst = draft.standfirst
    article.body = draft.body
    article.byline = draft.byline[:300]
    article.captions = "\n".join(draft.captions)
    article.removed_text = "\n".join(draft.removed)
    if draft.published:
        article.published_at = draft.published.at
        article.published_precision = draft.published.precision
    article.updated_at = draft.updated_at
    if draft.source_url:
        article.source_url = draft.source_url
    article.source_file = draft.name[-200:]
    article.content_hash = draft.fingerprint
    if publication is not None:
        article.publication = publication


def _check_permission(user, *, publish: bool, update: bool) -> None:
    if user is None:
        return
    needed = ["articles.add_article"]
    needed += ["articles.change_article"] if update else []
    needed += ["articles.publish_article"] if publish else []
    missing = [p for p in needed if not user.has_perm(p)]
    if missing:
        raise IngestError(f"you do not have permission to import with {', '.join(missing)}")


def _preview_mentions(article: Article) -> tuple[list[tuple[str, str]], list[str]]:
    """Run the linker over an unsaved article: (text, entity) found and names unresolved."""
    result, layout = link(article, current_linker())
    spans = [s for s in result.spans if field_span(s.start, s.end, layout) is not None]
    names = {}
    people = {p.pk: str(p) for p in Person.objects.filter(pk__in=_pks(spans, "person"))}
    orgs = {o.pk: str(o) for o in Organisation.objects.filter(pk__in=_pks(spans, "organisation"))}
    for kind, table in (("person", people), ("organisation", orgs)):
        names.update({f"{kind}:{pk}": name for pk, name in table.items()})
    found = [(s.text, names.get(s.entity, s.entity)) for s in spans]
    return found, unresolved_names(result, layout)


def _pks(spans, kind: str) -> list[int]:
    return [int(s.entity.split(":")[1]) for s in spans if s.entity.startswith(f"{kind}:")]


def store(
    draft: Draft,
    *,
    publish: bool = False,
    update: bool = False,
    dry_run: bool = False,
    user=None,
    fallback_date: Moment | None = None,
) -> ImportResult:
    """Save one draft as an article (or say what would happen), and link it."""
    _check_permission(user, publish=publish, update=update)
    result = ImportResult(draft.name, IMPORTED, draft=draft, dry_run=dry_run)
    if draft.published is None and fallback_date is not None:
        draft.published, result.undated = fallback_date, True
    result.cleaned = draft.as_text()
    existing, same = find_existing(draft)
    if existing and not update:
        result.status, result.article = DUPLICATE, existing
        result.message = (
            f"already imported as “{existing.slug}”"
            if same
            else f"“{existing.slug}” has the same headline or address but other text: "
            "import with update to replace it"
        )
        return result
    if publish and draft.published is None:
        raise IngestError("cannot publish an article with no date: give one, or import a draft")
    article = existing if existing else Article(status=Article.Status.DRAFT)
    result.status = UPDATED if existing else IMPORTED
    _fill(article, draft, guess_publication(draft))
    if publish:
        article.status = Article.Status.PUBLISHED
    if not article.pk:
        article.slug = unique_slug(Article, base_slug(draft.headline))
    try:
        article.full_clean(exclude=["slug"], validate_unique=False)
    except ValidationError as error:
        problems = "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
        raise IngestError(problems, draft.line if draft.line > 1 else None) from None
    result.article = article
    if dry_run:
        result.found, result.unresolved = _preview_mentions(article)
        result.mentions = len(result.found)
        result.new_people = [a.name for a in draft.authors if _person_named(a.name) is None]
        return result
    article.save()
    result.new_people = _add_authors(article, draft)
    result.mentions = len(relink(article))
    result.unresolved = list(article.unresolved_names)
    return result


def store_all(
    drafts: list[Draft],
    *,
    name: str,
    on_result: Callable[[ImportResult], None] | None = None,
    **options,
) -> list[ImportResult]:
    """Store one source's drafts together: all of them, or none and one failure."""
    results = []
    try:
        with transaction.atomic():
            for draft in drafts:
                result = store(draft, **options)
                results.append(result)
                if on_result:
                    on_result(result)
    except IngestError as error:
        line = f", {error}" if error.line else f": {error}"
        return [ImportResult(name, FAILED, error=f"{name}{line}")]
    except IntegrityError as error:
        return [ImportResult(name, FAILED, error=f"{name}: could not be saved ({error})")]
    return results


def import_source(
    data: bytes | str,
    *,
    name: str,
    publish: bool = False,
    update: bool = False,
    dry_run: bool = False,
    user=None,
    fallback_date: Moment | None = None,
) -> list[ImportResult]:
    """Import a file's text (seed format or JSON Lines): every article in it, or none."""
    try:
        drafts = read_source(data, name=name)
    except IngestError as error:
        return [ImportResult(name, FAILED, error=f"{name}, {error}")]
    return store_all(
        drafts,
        name=name,
        publish=publish,
        update=update,
        dry_run=dry_run,
        user=user,
        fallback_date=fallback_date,
    )


def import_text(
    text: str,
    *,
    name: str,
    publish: bool = False,
    update: bool = False,
    dry_run: bool = False,
    user=None,
) -> ImportResult:
    """Import one article in the seed format."""
    try:
        drafts = [read_article(text, name=name)]
    except IngestError as error:
        return ImportResult(name, FAILED, error=f"{name}, {error}")
    options = {"publish": publish, "update": update, "dry_run": dry_run, "user": user}
    return store_all(drafts, name=name, **options)[0]


def import_jsonl(
    text: str,
    *,
    name: str,
    publish: bool = False,
    update: bool = False,
    dry_run: bool = False,
    user=None,
) -> list[ImportResult]:
    """Import a JSON Lines feed: every article in it, or none and one failure."""
    try:
        drafts = read_jsonl(text, name=name)
    except IngestError as error:
        return [ImportResult(name, FAILED, error=f"{name}, {error}")]
    options = {"publish": publish, "update": update, "dry_run": dry_run, "user": user}
    return store_all(drafts, name=name, **options)


@dataclass
class Summary:
    imported: int = 0
    updated: int = 0
    duplicates: int = 0
    failed: int = 0
    mentions: int = 0
    unresolved: list[str] = field(default_factory=list)

    def __str__(self):
        names = ", ".join(self.unresolved[:20]) + (" ..." if len(self.unresolved) > 20 else "")
        return (
            f"{self.imported} imported, {self.updated} updated, {self.duplicates} duplicates, "
            f"{self.failed} failed; {self.mentions} mentions linked; "
            f"{len(self.unresolved)} unresolved names" + (f": {names}" if names else "")
        )


def summarise(results: Iterable[ImportResult]) -> Summary:
    """Count what an import did, across every source."""
    summary, unresolved = Summary(), set()
    for result in results:
        match result.status:
            case "imported":
                summary.imported += 1
            case "updated":
                summary.updated += 1
            case "duplicate":
                summary.duplicates += 1
            case _:
                summary.failed += 1
        summary.mentions += result.mentions
        unresolved.update(result.unresolved)
    summary.unresolved = sorted(unresolved)
    return summary
