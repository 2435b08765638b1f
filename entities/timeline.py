"""The geometry of an organisation's grades over the years, drawn server-side as SVG.

`build(ratings)` turns ratings into a `Timeline`: a point per dated rating, placed by
date across and by grade down (outstanding at the top), shaped by judgement area, with
a line through the overall-effectiveness grades; the template only draws it. A date
stated only to the year or month sits mid-year or mid-month. Each point carries the
address of the first published article that reports its rating (`published_sources`,
set by the view) and words that describe it for readers who cannot see the chart.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .grades import grade_label
from .models import InspectionRating

WIDTH, HEIGHT = 640, 230
LEFT, RIGHT, TOP, BOTTOM = 150, 20, 20, 40
PLOT_WIDTH, PLOT_HEIGHT = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
MAX_TICKS = 12
INSET = 12

Area = InspectionRating.JudgementArea
# Marker outlines centred on (0, 0), one shape per judgement area, and a nudge
# sideways so that areas judged in the same inspection do not hide each other.
SHAPES = {
    Area.OVERALL: ("circle", "M-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0Z", 0),
    Area.LEADERSHIP: ("square", "M-5,-5H5V5H-5Z", -11),
    Area.HELP_AND_PROTECTION: ("diamond", "M0,-7L7,0L0,7L-7,0Z", 11),
    Area.CHILDREN_IN_CARE: ("triangle", "M0,-7L6.5,5H-6.5Z", 22),
}
MIDDLE = {"year": (7, 1), "month": (None, 15)}


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    grade: int
    area: str
    shape: str
    path: str
    href: str
    label: str


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class LegendItem:
    area: str
    label: str
    shape: str
    path: str


@dataclass
class Timeline:
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM
    points: list[Point] = field(default_factory=list)
    line: str = ""
    grades: list[Tick] = field(default_factory=list)
    years: list[Tick] = field(default_factory=list)
    legend: list[LegendItem] = field(default_factory=list)
    summary: str = ""
    period: str = ""
    undated: int = 0


def placed_on(rating: InspectionRating) -> date | None:
    """The date a rating is drawn at: its report's, else its inspection's."""
    inspection = rating.inspection
    when = inspection.published_on or inspection.end_date or inspection.start_date
    if when is None:
        return None
    month, day = MIDDLE.get(inspection.date_precision, (None, None))
    return when.replace(month=month or when.month, day=day or when.day)


def build(ratings: Iterable[InspectionRating], stated=None) -> Timeline:
    """Lay out the ratings as points on a grade-by-year chart.

    `stated(date, precision)` words a date as precisely as its source (the default gives
    the year, or month and year, or the full date).
    """
    stated = stated or _stated
    ratings = list(ratings)
    dated = [(placed_on(r), r) for r in ratings]
    dated = sorted(((when, r) for when, r in dated if when), key=lambda pair: pair[0])
    timeline = Timeline(undated=len(ratings) - len(dated))
    timeline.grades = [
        Tick(_y(grade), grade_label(grade, short=True)) for grade in InspectionRating.Grade
    ]
    if not dated:
        return timeline
    first, last = date(dated[0][0].year, 1, 1), date(dated[-1][0].year + 1, 1, 1)
    timeline.period = " to ".join(dict.fromkeys([str(first.year), str(last.year - 1)]))
    span = (last - first).days

    def x(when: date) -> float:
        return round(LEFT + PLOT_WIDTH * (when - first).days / span, 1)

    years = range(first.year, last.year + 1)
    step = -(-len(years) // MAX_TICKS)
    timeline.years = [Tick(x(date(y, 1, 1)), str(y)) for y in years[::step]]
    areas = []
    for when, rating in dated:
        shape, path, nudge = SHAPES[rating.judgement_area]
        sources = getattr(rating, "published_sources", [])
        words = (
            f"{rating.get_judgement_area_display()}: {rating.get_grade_display()}, "
            f"{stated(rating.inspection.published_on or when, rating.inspection.date_precision)}"
        )
        if sources:
            words += ". Reported in " + "; ".join(s.headline for s in sources)
        timeline.points.append(
            Point(
                x=x(when) + nudge,
                y=_y(rating.grade),
                grade=rating.grade,
                area=rating.judgement_area,
                shape=shape,
                path=path,
                href=sources[0].get_absolute_url() if sources else "",
                label=words,
            )
        )
        if rating.judgement_area not in areas:
            areas.append(rating.judgement_area)
    overall = [p for p in timeline.points if p.area == Area.OVERALL]
    timeline.line = " ".join(f"{p.x},{p.y}" for p in overall) if len(overall) > 1 else ""
    timeline.legend = [
        LegendItem(area, Area(area).label, SHAPES[area][0], SHAPES[area][1])
        for area in Area.values
        if area in areas
    ]
    timeline.summary = _summary(dated, stated, timeline.undated)
    return timeline


def _y(grade: int) -> float:
    # Inset from the plot's edges, so no marker sits on the year axis.
    return round(TOP + INSET + (PLOT_HEIGHT - 2 * INSET) * (grade - 1) / 3, 1)


def _stated(when: date, precision: str) -> str:
    if precision == "year":
        return str(when.year)
    if precision == "month":
        return when.strftime("%B %Y")
    return f"{when.day} {when.strftime('%B %Y')}"


def _summary(dated, stated, undated: int) -> str:
    overall = [
        f"{grade_label(r.grade, short=True)} "
        f"({stated(r.inspection.published_on or when, r.inspection.date_precision)})"
        for when, r in dated
        if r.judgement_area == Area.OVERALL
    ]
    parts = []
    if overall:
        parts.append("Overall effectiveness over time: " + ", then ".join(overall) + ".")
    others = len(dated) - len(overall)
    if others:
        parts.append(f"{others} other judgement{'s' if others != 1 else ''} shown by shape.")
    if undated:
        parts.append(
            f"{undated} rating{'s' if undated != 1 else ''} without a date "
            "appear only in the table."
        )
    return " ".join(parts)
