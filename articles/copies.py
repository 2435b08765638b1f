"""Copies of a story that other tools made, put back in the shape of a copied page.

A news database's export labels each field (Factiva's "HD", LexisNexis's "HEADLINE:"),
a web archive prints its own toolbar over the page it kept (the Wayback Machine,
archive.today, Google's cache), and a forwarded e-mail its header and the forwarder's
note; a newsletter, a press release, a broadcast's transcript and a news agency's wire
copy wrap their story in their own. Each function here takes a text and returns it with
the tool's furniture gone and the story's fields as the lines a copied page has: headline
first, then date, byline and text. A text that is no such copy comes back unchanged.
Those that take whole lines away (from_newsletter, from_release, from_broadcast,
from_wire) return them too, for the draft's record of what was removed.
"""

import re
from itertools import pairwise, takewhile

# Factiva's fields, each a label at a line's start with its value after a tab or a space
# ("HD\tTrust rated good", "PD 14 February 2018") or on the lines under it ("LP").
FACTIVA_LABELS = frozenset(
    """
    HD CR WC PD ET SN SC ED PG LA CY LP TD CT RF CO IN NS RE IPC IPD PUB AN BY SE CLM ART
    GC RST
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_FACTIVA_LINE = re.compile(r"(?P<label>[A-Z]{2,3})(?:(?P<gap>[\t ]+)(?P<value>\S.*))?")
_FACTIVA_STORY = frozenset({"LP", "TD"})
# The index after the story: "NS gsoc : Social Issues", "AN Document GRDN000020150312".
_FACTIVA_CODES = re.compile(r"[\w-]+ : |Document \w+$")
FACTIVA_FIELDS = 3  # of headline, byline, date, lead and text: fewer is no export


def _starts_factiva_field(found: re.Match | None, within: str | None) -> bool:
    """Whether a line starts a field, read inside the field `within` (None: before any).

    Inside the story, a paragraph may open with capitals ("IN 2014 the council"): only a
    story's label, a tab, or an index label over its codes starts a field there.
    """
    if found is None or found["label"] not in FACTIVA_LABELS:
        return False
    if within not in _FACTIVA_STORY or found["label"] in _FACTIVA_STORY:
        return True
    value = found["value"]
    return value is None or "\t" in found["gap"] or bool(_FACTIVA_CODES.match(value))


def from_factiva(text: str) -> str:
    """A Factiva export's story: its headline, byline, date, lead and text, in that order.

    The other fields (word count, source, edition, copyright, the index's codes and the
    document's number) go.
    """
    preamble: list[str] = []
    fields: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        found = _FACTIVA_LINE.fullmatch(line.rstrip())
        if _starts_factiva_field(found, fields[-1][0] if fields else None):
            fields.append((found["label"], [found["value"]] if found["value"] else []))
        elif fields:
            fields[-1][1].append(line)
        else:
            preamble.append(line)
    labels = {label for label, _ in fields}
    if len(labels & {"HD", "BY", "PD", "LP", "TD"}) < FACTIVA_FIELDS:
        return text

    def joined(label: str) -> str:
        return " ".join(w for got, lines in fields if got == label for w in " ".join(lines).split())

    head = [joined("HD")]
    if date := joined("PD"):
        head.append(f"{date} {joined('ET')}".strip())
    if byline := joined("BY"):
        head.append(byline if byline.lower().startswith("by ") else f"By {byline}")
    story = ["\n".join(lines) for label, lines in fields if label in _FACTIVA_STORY]
    return "\n\n".join([*preamble, *head, *story])


# LexisNexis's labels: "HEADLINE: ...", "BYLINE: ...", "BODY:" (old exports, in capitals)
# and "Byline: ...", "Body" (Nexis Uni).
_NEXIS_LABEL = re.compile(
    r"(?P<label>HEADLINE|BYLINE|Byline|GRAPHIC|Graphic|DATELINE|Dateline):[ \t]*(?P<value>.*)"
)


PAPER_WORDS = 5  # a paper's name over a record's date is short; a headline seldom is
# Its dates: "November 28, 2012 Wednesday".
_NEXIS_DATE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December) \d{1,2}, \d{4}(?: \w+day)?"
)


def from_nexis(text: str) -> str:
    """A LexisNexis record's story: its headline first, its byline and pictures labelled as
    pages label them, and its paper's name gone from over the date.

    An old export prints the headline under the paper, date and length ("HEADLINE: ...",
    perhaps over two lines); Nexis Uni prints it first, and labels the byline "Byline:".
    """
    lines = text.split("\n")
    if not any(
        line.startswith(("LENGTH:", "Length:", "LOAD-DATE:", "Load-Date:")) for line in lines
    ):
        return text
    headline: list[str] = []
    rest: list[str] = []
    within = ""
    for line in lines:
        found = _NEXIS_LABEL.fullmatch(line.strip())
        if found is None:
            if within == "HEADLINE" and line.strip() and ":" not in line:
                headline.append(line.strip())  # the headline's second line
                continue
            within = ""
            rest.append(line)
            continue
        within = label = found["label"].upper()
        value = found["value"].strip()
        if label == "HEADLINE":
            headline.append(value)
        elif label == "BYLINE" and value:
            rest.append(value if value.lower().startswith("by ") else f"By {value}")
        elif label == "GRAPHIC" and value:
            rest.append(f"Image caption: {value}")
        elif value:
            rest.append(line)  # a dateline, read as the line it is
    # The paper's name over the date ("The Star (Sheffield)"), under the document's count
    # or Nexis Uni's headline; first, it is short: a headline first is no paper's name.
    filled = [i for i, line in enumerate(rest) if line.strip()][:4]
    for k, (paper, date) in enumerate(pairwise(filled)):
        if _NEXIS_DATE.fullmatch(rest[date].strip()):
            if k or headline or len(rest[paper].split()) <= PAPER_WORDS:
                del rest[paper]
            break
    if not headline:
        return "\n".join(rest)
    return "\n\n".join([" ".join(headline), "\n".join(rest)])


# The Wayback Machine's toolbar, over the page it kept: "The Wayback Machine - https://web.
# archive.org/web/20140612093012/http://...", the captures, the calendar, "About this
# capture" and who collected it, down to "TIMESTAMPS".
_WAYBACK = re.compile(
    r"(?:The Wayback Machine - )?https?://web\.archive\.org/web/\d+\w*/(?P<url>\S+)"
)
_WAYBACK_END = "TIMESTAMPS"
_WAYBACK_TOOLBAR = re.compile(
    r"\d[\d,]* captures?|\d.*\d{4} - \d.*\d{4}|(?:[A-Z]{3}\s+){2}[A-Z]{3}|"
    r"(?:Previous capture\s+\d+\s+Next capture)|(?:\d{4}\s+){2}\d{4}|success|fail|"
    r"About this capture|COLLECTED BY|Organization: .*|Collection: .*",
    re.IGNORECASE,
)
# archive.today (archive.ph, archive.is ...) over its copy, down to "archived 4 Mar 2015
# 10:12:01 UTC"; the address it was saved from is beside or under "Saved from".
_ARCHIVE_TODAY = re.compile(r"archive\.(?:today|ph|is|li|vn|fo|md)")
_ARCHIVED_AT = re.compile(r"archived \d{1,2} \w{3} \d{4} [\d:]+ UTC", re.IGNORECASE)
# Its toolbar's last line when no "archived" line follows: "share download .zip report bug
# or abuse Buy me a coffee".
_ARCHIVE_SHARE = re.compile(r"share\s+download \.zip\b.*", re.IGNORECASE)
# Google's cache: "This is Google's cache of http://... It is a snapshot of the page as it
# appeared on ...", then its links and a tip.
_GOOGLE_CACHE = re.compile(r"This is Google's cache of (?P<url>\S+?)\.? It is a snapshot")
_GOOGLE_TOOLBAR = re.compile(r"Full version\s+Text-only version.*|Tip: To quickly find.*")
_SAVED_FROM = re.compile(r"Saved from(?:\s+(?P<url>\S+))?")
TOOLBAR_LINES = 40  # an archive's toolbar is over the page, within this many lines


def from_web_archive(text: str) -> str:
    """A page an archive kept, without the archive's toolbar, and the page's own address.

    The archive's dates are when it copied the page, not the story's: they go with it.
    """
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()][:TOOLBAR_LINES]
    if not filled:
        return text
    first = lines[filled[0]].strip()
    url, end = "", None
    if found := _WAYBACK.fullmatch(first):
        url = found["url"]
        ends = [i for i in filled if lines[i].strip() == _WAYBACK_END]
        end = ends[0] if ends else filled[0]
        if not ends:
            for i in filled[1:]:
                if not _WAYBACK_TOOLBAR.fullmatch(" ".join(lines[i].split())):
                    break
                end = i
    elif _ARCHIVE_TODAY.fullmatch(first):
        ends = [i for i in filled if _ARCHIVED_AT.fullmatch(lines[i].strip())]
        ends = ends or [i for i in filled if _ARCHIVE_SHARE.fullmatch(lines[i].strip())]
        if not ends:
            return text
        end = ends[0]
        saved = [(i, found) for i in filled if (found := _SAVED_FROM.fullmatch(lines[i].strip()))]
        if saved and saved[0][1]["url"]:
            url = saved[0][1]["url"]  # "Saved from\thttp://..."
        elif saved and (after := [i for i in filled if i > saved[0][0]]):
            url = lines[after[0]].strip()
    elif found := _GOOGLE_CACHE.match(first):
        url = found["url"]
        end = filled[0]
        for i in filled[1:3]:
            if _GOOGLE_TOOLBAR.fullmatch(lines[i].strip()):
                end = i
    else:
        return text
    for i in (i for i in filled if i > end):  # the archive's title line again, under it
        if not (_WAYBACK.fullmatch(lines[i].strip()) or lines[i].strip() == first):
            break
        end = i
    page = "\n".join(lines[end + 1 :])
    return f"{page}\n\nSource: {url}" if url.startswith(("http://", "https://")) else page


# A forwarded e-mail's header: the mail program's mark, then "From:", "Date:", "Subject:"
# and "To:" lines; the forwarder's note may follow, above a rule. Outlook puts the
# forwarder's own header and note first, then "-----Original Message-----" and the header
# of the mail forwarded.
_FORWARD_MARK = re.compile(
    r"-+ ?forwarded message ?-+|begin forwarded message:?|-+ ?original message ?-+", re.I
)
_MAIL_HEADER = re.compile(
    r"(?:from|date|sent|subject|to|cc|bcc|importance|reply-to|message-id|mime-version"
    r"|content-type|content-transfer-encoding|x-[\w-]+):\s.*",
    re.IGNORECASE,
)
_MAIL_DATE = re.compile(r"(?:date|sent):\s", re.IGNORECASE)
_MAIL_MACHINERY = re.compile(
    r"(?:mime-version|content-type|content-transfer-encoding|message-id|x-[\w-]+):", re.I
)
_RULE = re.compile(r"[-_*=~]{3,}")
FORWARD_NOTE_LINES = 12  # the forwarder's note is short: a rule further down is the story's


def _is_mark(line: str) -> bool:
    return _FORWARD_MARK.fullmatch(line.strip()) is not None


def _without_mail_header(lines: list[str]) -> str:
    """An e-mail's text without its header's machinery ("MIME-Version: 1.0"); or, where
    the sender's note stands over a rule ("Subs - final version below. Thanks, Jess",
    "-----"), the story under it, dated by the header's date."""
    end = next(
        (i for i, line in enumerate(lines) if not _MAIL_HEADER.fullmatch(line.strip())),
        len(lines),
    )
    if end < 2 or end == len(lines) or lines[end].strip():
        return "\n".join(lines)  # a line or two that only look like a header
    rest = lines[end:]
    note = [i for i, line in enumerate(rest) if line.strip()][:FORWARD_NOTE_LINES]
    if rules := [i for i in note if _RULE.fullmatch(rest[i].strip())]:
        # The story under the note, over the e-mail's date (read as if under the headline).
        dates = [line for line in lines[:end] if _MAIL_DATE.match(line.strip())]
        return "\n".join([*dates, *rest[rules[0] + 1 :]])
    # Else the header stays, but for its machinery: "MIME-Version: 1.0".
    return "\n".join([*(ln for ln in lines[:end] if not _MAIL_MACHINERY.match(ln.strip())), *rest])


def from_forward(text: str) -> str:
    """A forwarded e-mail's story, without the forward's header and the note above a rule."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    noted = bool(filled) and _MAIL_HEADER.fullmatch(lines[filled[0]].strip()) is not None
    if noted:
        # The forwarder's header and note over the mark: none of it is the story's.
        near = filled[: FORWARD_NOTE_LINES * 2]
        filled = filled[next((k for k, i in enumerate(near) if _is_mark(lines[i])), 0) :]
    if not filled or not _is_mark(lines[filled[0]]):
        return _without_mail_header(lines) if noted else text
    end = filled[0]
    for i in filled[1:]:
        if not _MAIL_HEADER.fullmatch(lines[i].strip()):
            break
        end = i
    note = [] if noted else [i for i in filled if i > end][:FORWARD_NOTE_LINES]
    if rules := [i for i in note if _RULE.fullmatch(lines[i].strip())]:
        end = rules[0]
    return "\n".join(lines[end + 1 :])


# A newsletter's top: its greeting, contents and sign-up prompts over the lead story.
_NEWSLETTER_MARK = re.compile(
    r"(?:having trouble reading this e-?mail\? )?view (?:this e-?mail )?in (?:your )?browser\b.*"
    r"|in (?:today's|this) edition:?|good morning\.? here(?:'s| is) what you need to know\b.*"
    r"|forwarded this e-?mail\?.*|in this issue\b.*"
    # A parish's or a school's: "Newsletter of the Parishes of ...", "Weekly Newsletter No. 19".
    r"|(?:[\w'’ ]{0,30} )?newsletter (?:no\.? ?\d+|of the\b).*",
    re.IGNORECASE,
)
_CONTENTS_ITEM = re.compile(r"(?:[-*•>]|\d{1,2}[.)])\s+\S.*")
_LEAD_LABEL = re.compile(r"(?:today's )?(?:top|lead|main|big) story|the big story", re.I)
NEWSLETTER_TOP_LINES, NEWSLETTER_TOP_WORDS = 40, 20


def from_newsletter(text: str, dated) -> tuple[str, list[str]]:
    """A newsletter's lead story without the top over it, and the lines taken away.

    The masthead, greeting and contents ("In today's edition", "- Doncaster trust seeks
    extra £3m") go; the issue's date, where `dated(line)` finds one, stays to date the
    story. Only a top of short lines is a newsletter's: a paragraph over a prompt is a
    story's.
    """
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()][:NEWSLETTER_TOP_LINES]
    # The top ends at the first paragraph: a line longer than a contents item.
    top = list(
        takewhile(
            lambda i: (
                len(lines[i].split()) <= NEWSLETTER_TOP_WORDS
                or _NEWSLETTER_MARK.fullmatch(lines[i].strip())
            ),
            filled,
        )
    )
    if not any(_NEWSLETTER_MARK.fullmatch(lines[i].strip()) for i in top):
        return text, []
    ends = [
        k
        for k, i in enumerate(top)
        if any(
            pattern.fullmatch(lines[i].strip())
            for pattern in (_NEWSLETTER_MARK, _CONTENTS_ITEM, _RULE, _LEAD_LABEL)
        )
    ]
    cut = top[: ends[-1] + 1]
    if len(cut) == len(filled):
        return text, []
    # A headline under the top, or the top held it: "Private fostering: do you know
    # someone?" over "Weekly Newsletter No. 19 - Friday 3 February 2023" and the story.
    after = next((i for i in filled[len(cut) :] if not dated(lines[i].strip())), None)
    if after is None or len(lines[after].split()) > NEWSLETTER_TOP_WORDS:
        return text, []
    kept = [lines[i] for i in cut if dated(lines[i].strip())]
    taken = [lines[i].strip() for i in cut if not dated(lines[i].strip())]
    return "\n".join([*kept, *lines[cut[-1] + 1 :]]), taken


# A release's label over its sender's letterhead and date: "GMB PRESS RELEASE" over "GMB
# Yorkshire & North Derbyshire Region" over "Wednesday 21 September 2016".
_RELEASE_LABEL = re.compile(r"(?:[\w&'’. ]{1,40} )?(?:press|news|media) (?:release|notice)", re.I)
_RELEASE_STATUS = re.compile(r"(?:for )?immediate(?: release| use)?|embargoed\b.*", re.I)
RELEASE_TOP_LINES, LETTERHEAD_LINES, LETTERHEAD_WORDS = 8, 3, 10
WIRE_BLOCK_LINES = 8


def from_release(text: str, dated) -> tuple[str, list[str]]:
    """A press release without the letterhead between its label and its date, and the
    lines taken: the sender's name and address are no headline. Only the date over a
    release's status ("For immediate release") is the letterhead's: a release's label
    may stand over its headline and date."""
    lines = text.split("\n")
    top = [i for i, line in enumerate(lines) if line.strip()][:RELEASE_TOP_LINES]
    label = next((k for k, i in enumerate(top) if _RELEASE_LABEL.fullmatch(lines[i].strip())), None)
    if label is None:
        return text, []
    date = next((k for k in range(label + 1, len(top)) if dated(lines[top[k]].strip())), None)
    if date is None or date + 1 == len(top):
        return text, []
    letterhead = top[label + 1 : date]
    if not letterhead or len(letterhead) > LETTERHEAD_LINES:
        return text, []
    if not _RELEASE_STATUS.fullmatch(lines[top[date + 1]].strip()):
        return text, []
    if any(len(lines[i].split()) > LETTERHEAD_WORDS for i in letterhead):
        return text, []
    taken = [lines[i].strip() for i in letterhead]
    return "\n".join(line for i, line in enumerate(lines) if i not in letterhead), taken


# The BBC's pages of 2000-2012: the page's tools over the headline, and under it the
# picture's caption, with no full stop, before the story's first sentence.
_OLD_BBC_TOOLS = re.compile(r"(?:e-mail this to a friend|printable version)\b.*", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?$")
CAPTION_LABEL_WORDS, CAPTION_MIN_WORDS = 3, 4


def from_old_bbc(text: str) -> str:
    """An old BBC page with the caption under its headline labelled as a caption.

    "Edlington attack 'was preventable'" over "The two boys were lured to a wooded
    ravine in Edlington in April 2009" (with the picture's label, "Edlington", over it
    where the copy kept it), then "The torture of two boys ... a report has found."
    """
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    tools = next(
        (k for k, i in enumerate(filled) if _OLD_BBC_TOOLS.fullmatch(lines[i].strip())), None
    )
    if tools is None or not any("page last updated at" in lines[i].lower() for i in filled[:tools]):
        return text
    while tools + 1 < len(filled) and _OLD_BBC_TOOLS.fullmatch(lines[filled[tools + 1]].strip()):
        tools += 1
    under = filled[tools + 2 : tools + 4]  # the headline is the line under the tools
    if under and len(lines[under[0]].split()) <= CAPTION_LABEL_WORDS and len(under) > 1:
        label, caption = under
    else:
        label, caption = None, under[0] if under else None
    if caption is None:
        return text
    words = lines[caption].split()
    if len(words) < CAPTION_MIN_WORDS or _SENTENCE_END.search(lines[caption].strip()):
        return text
    lines[caption] = f"Image caption, {lines[caption].strip()}"
    if label is not None:
        del lines[label]
    return "\n".join(lines)


# A broadcast's programme over its transcript's title and date: "BBC Radio 4 - Today",
# "CHANNEL 4 NEWS - 19:00", "CYP Now Podcast - Episode 47".
_PROGRAMME = re.compile(
    r"[\w&'’()., ]{0,40}\b(?:bbc|itv|radio|podcast|channel \d|tv|news|look north)\b"
    r"[\w&'’()., ]{0,30} [-–|] [\w&'’()., :]{1,40}",
    re.IGNORECASE,
)
_BROADCAST_DATE = re.compile(
    r"(?:(?:date of )?(?:broadcast|transmission)(?: date)?|transmitted|aired|released"
    r"|recorded|first broadcast):\s.*",
    re.IGNORECASE,
)


def from_broadcast(text: str) -> tuple[str, list[str]]:
    """A transcript without its programme's name over the title, and the line taken."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()][:4]
    if len(filled) < 3 or not _PROGRAMME.fullmatch(lines[filled[0]].strip()):
        return text, []
    if not any(_BROADCAST_DATE.fullmatch(lines[i].strip()) for i in filled[2:]):
        return text, []
    return "\n".join(lines[filled[0] + 1 :]), [lines[filled[0]].strip()]


# A news agency's time stamp, the day of the month and the time run together before the
# date: Reuters's and PA's "PA 262201 GMT Nov 26 2015", "171205 GMT Dec 17 2024".
WIRE_TIME = re.compile(
    r"(?:(?:PA|RTRS|Reuters|AP|AFP)\s+)?(?P<day>[0-3]\d)(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
    r"\s+(?P<zone>GMT|UTC|BST)\s+(?P<month>[A-Z][a-z]{2})[a-z]*\.?\s+(?P<date>\d{1,2}),?"
    r"\s+(?P<year>\d{4})",
    re.IGNORECASE,
)
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()  # noqa: SIM905
# The lines over a wire story that are the agency's: its catchline ("EDUCATION Doncaster
# (embargoed)", "COUNCIL Doncaster children"), the story's number, and its headline under
# the service's code ("RTRS - UK government unveils ...").
_CATCHLINE = re.compile(
    r"[A-Z]{3,} [A-Z][a-z][\w'’]*(?: [A-Za-z][a-z][\w'’]*){0,2}"
    r"(?: \((?i:embargoed|repeat|corrected|urgent|update \d+|new lead|writethru)\))?"
)
_STORY_NUMBER = re.compile(r"story (?:no\.?|number):? ?\d{1,6}", re.IGNORECASE)
_SERVICE_CODE = re.compile(r"(?:RTRS|PA|AFP|AP) [-–] (?P<headline>\S.*)")
_EMBARGO = re.compile(r"\**\s*embargo(?:ed)?\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_NAME = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\b",
    re.IGNORECASE,
)


def from_wire(text: str) -> tuple[str, list[str]]:
    """A wire story without its agency's lines over the headline, and the lines taken.

    The block of lines with the transmission time stamp is the agency's: its catchline,
    the story's number and its headline under the service's code go. An embargo dates
    the story, not the time it was sent: "EMBARGOED TO 0001 FRIDAY NOVEMBER 27" takes the
    stamp's year (the next, for January's embargo on a December stamp), and the stamp goes.
    """
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    block = (
        list(takewhile(lambda i: lines[i].strip(), range(filled[0], len(lines)))) if filled else []
    )
    stamps = [i for i in block if WIRE_TIME.fullmatch(lines[i].strip())]
    if not stamps or len(block) > WIRE_BLOCK_LINES:
        return text, []
    stamp = WIRE_TIME.fullmatch(lines[stamps[0]].strip())
    taken = []
    for i in block:
        line = lines[i].strip()
        if _EMBARGO.match(line) and (month := _MONTH_NAME.search(line)):
            if not _YEAR.search(line):
                sent = _MONTHS.index(stamp["month"].lower())
                later = _MONTHS.index(month[1].lower()) < sent
                lines[i] = f"{line} {int(stamp['year']) + later}"
            taken.append(stamps[0])
        elif _CATCHLINE.fullmatch(line) or _STORY_NUMBER.fullmatch(line):
            taken.append(i)
        elif code := _SERVICE_CODE.fullmatch(line):
            again = any(lines[k].strip() == code["headline"] for k in filled if k > block[-1])
            if again:
                taken.append(i)
            else:
                lines[i] = code["headline"]
    taken = sorted(set(taken))
    kept = "\n".join(line for i, line in enumerate(lines) if i not in taken)
    return kept, [lines[i].strip() for i in taken]


# A printed page's headline, set over short lines and copied a line at a time ("Gove
# strips council of" over "children's services", "Cameron takes" / "fight to Mili-" /
# "band's backyard"), and its drop capital apart from the word ("D" over "ONCASTER
# Council", "C HILDREN'S"). Only lines near the top are read as a headline's.
_DROP_CAP = re.compile(r"^([B-HJ-Z])(?:\n| )(?=[A-Z]{2})", re.MULTILINE)
PRINT_TOP_LINES, PRINT_LINE_WORDS = 15, 6
_RUNS_ON = frozenset("of to the a an and as at in on for by with from".split())  # noqa: SIM905
# Not "Sign in" over "Mail": a menu's items, a line each.
_RUNS_ON_CAPITALISED = _RUNS_ON - {"in", "on"}
_WEB_ADDRESS = re.compile(r"\w\.(?:co|com|org|net|gov|uk)\b|www\.|https?:", re.IGNORECASE)
_BYLINE = re.compile(r"by\s", re.IGNORECASE)


def _runs_on(line: str, following: str) -> bool:
    """Whether a short line of a headline goes on in the next short line."""
    if not 2 <= len(following.split()) <= PRINT_LINE_WORDS or len(line.split()) < 2:
        return False  # a menu's items are a word or two a line: "home", "UK", "world"
    if "@" in following or _WEB_ADDRESS.search(following) or _BYLINE.match(line):
        return False  # a byline's e-mail or handle under it: "david.holmes@jpress.co.uk"
    first = following.lstrip("'‘\"“")[:1]  # "services rated" over "'good' by Ofsted"
    if line[-1] in ".!?:;,\"”’'|" or not first.isalnum():
        return following[0] == "£" and line.split()[-1].lower() in _RUNS_ON
    return first.islower() or line.split()[-1].lower() in _RUNS_ON_CAPITALISED


def from_print(text: str, furniture=lambda line: False) -> str:
    """A printed page's copy with its headline's lines and its drop capital rejoined.

    No line that is furniture (a predicate on a line) joins another: "download .zip"
    over "report bug or abuse" are a web archive's buttons.
    """
    text = _DROP_CAP.sub(r"\1", text)
    lines = text.split("\n")
    top = lines[:PRINT_TOP_LINES]
    joined: list[str] = []
    last = ""  # the last line's own words, before any joining
    for line in top:
        stripped = line.strip()
        if (
            joined
            and len(last.split()) <= PRINT_LINE_WORDS
            and _runs_on(last, stripped)
            and not (furniture(last) or furniture(stripped))
        ):
            if last.endswith("-") and last[-2:-1].isalpha() and stripped[0].islower():
                joined[-1] = joined[-1].rstrip()[:-1] + stripped  # "Mili-" + "band's"
            else:
                joined[-1] = f"{joined[-1].rstrip()} {stripped}"
        else:
            joined.append(line)
        last = stripped
    return "\n".join(joined + lines[PRINT_TOP_LINES:])
