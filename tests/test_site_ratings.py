"""Inspection ratings: current grades, the filterable table, and each organisation's timeline."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from entities.filters import InspectionRatingFilter
from entities.grades import with_current_grade
from entities.models import Inspection, InspectionRating, Organisation
from entities.timeline import build

pytestmark = pytest.mark.django_db
Grade, Area = InspectionRating.Grade, InspectionRating.JudgementArea


@pytest.fixture
def rate(make_organisation):
    """rate(org, grade, published_on, ...) records one judgement of one inspection."""
    ofsted = make_organisation("Ofsted", kind=Organisation.Kind.REGULATOR)

    def make(organisation, grade, published_on, area=Area.OVERALL, sources=(), **fields):
        year = published_on.year if published_on else 2019
        framework = "ilacs" if year >= 2018 else "sif" if year >= 2014 else "earlier"
        inspection = fields.pop("inspection", None) or Inspection.objects.create(
            organisation=organisation,
            inspectorate=ofsted,
            framework=framework,
            published_on=published_on,
            kind=fields.pop("kind", Inspection.Kind.FULL),
            date_precision=fields.pop("precision", "day"),
        )
        rating = InspectionRating.objects.create(
            inspection=inspection, judgement_area=area, grade=grade, **fields
        )
        rating.sources.set(sources)
        return rating

    return make


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_current_grade_is_the_latest_overall_grade_in_one_query(make_organisation, rate):
    trust = make_organisation("Wessex Trust")
    rate(trust, Grade.INADEQUATE, date(2015, 11, 27))
    latest = rate(trust, Grade.GOOD, date(2018, 6, 1))
    rate(trust, Grade.INADEQUATE, date(2019, 3, 1), area=Area.LEADERSHIP)
    rate(trust, Grade.OUTSTANDING, date(2012, 1, 1))
    ungraded = make_organisation("Never Inspected")
    with CaptureQueriesContext(connection) as queries:
        grades = {o.name: o.current_grade for o in with_current_grade(Organisation.objects.all())}
    assert len(queries) == 1
    assert grades["Wessex Trust"] == latest.grade
    assert grades[ungraded.name] is None


def test_ratings_page_lists_every_rating_with_its_published_sources(
    client, make_organisation, rate, make_article
):
    trust = make_organisation("Wessex Trust")
    public = make_article("Trust rated good")
    draft = make_article("Secret draft about the trust", status=Article.Status.DRAFT)
    rate(trust, Grade.GOOD, date(2018, 6, 1), sources=[public, draft])
    html = client.get("/ratings/").content.decode()
    assert "Wessex Trust" in html
    assert "Good" in html
    assert f'href="{public.get_absolute_url()}"' in html
    assert "Secret draft" not in html


def test_ratings_filter_by_organisation_grade_area_and_year(client, make_organisation, rate):
    trust, council = make_organisation("Wessex Trust"), make_organisation("Mercia Council")
    rate(trust, Grade.GOOD, date(2018, 6, 1))
    rate(trust, Grade.INADEQUATE, date(2015, 6, 1), area=Area.LEADERSHIP)
    rate(council, Grade.INADEQUATE, date(2015, 7, 1))

    def rows(**query):
        html = client.get("/ratings/", query).content.decode()
        return (
            html.split("<tbody>")[1].split("</tbody>")[0].count("<tr>") if "<tbody>" in html else 0
        )

    assert rows() == 3
    assert rows(organisation="wessex-trust") == 2
    assert rows(grade=Grade.INADEQUATE) == 2
    assert rows(judgement_area=Area.LEADERSHIP) == 1
    assert rows(year=2015) == 2
    assert rows(organisation="mercia-council", year=2018) == 0


def test_ratings_sort_by_the_chosen_column_both_ways(client, make_organisation, rate):
    rate(make_organisation("Alpha Council"), Grade.INADEQUATE, date(2015, 6, 1))
    rate(make_organisation("Beta Council"), Grade.OUTSTANDING, date(2016, 6, 1))
    html = client.get("/ratings/", {"o": "grade"}).content.decode()
    assert html.index("Beta Council</a>") < html.index("Alpha Council</a>")
    html = client.get("/ratings/", {"o": "-grade"}).content.decode()
    assert html.index("Alpha Council</a>") < html.index("Beta Council</a>")
    assert 'aria-sort="descending"' in html


def test_ratings_page_is_paginated(client, make_organisation, rate):
    council = make_organisation("Mercia Council")
    for year in range(2019, 2019 + 27):
        rate(council, Grade.GOOD, date(year, 1, 1))
    first = client.get("/ratings/").content.decode()
    assert "Page 1 of 2" in first
    assert 'rel="next"' in first
    assert client.get("/ratings/", {"page": 2}).content.decode().count("Mercia Council</a>") == 2


def test_ratings_table_says_where_sources_disagree(client, make_organisation, rate):
    rate(
        make_organisation("Wessex Trust"),
        Grade.INADEQUATE,
        date(2012, 1, 1),
        precision="year",
        notes="The sources disagree on the year: 2012 in two, 2013 in one.",
    )
    html = client.get("/ratings/").content.decode()
    assert "Sources disagree." in html


def test_dates_are_shown_only_as_precisely_as_the_sources_give_them(
    client, make_organisation, rate
):
    rate(make_organisation("Wessex Trust"), Grade.GOOD, date(2018, 1, 1), precision="year")
    rate(make_organisation("Mercia Council"), Grade.GOOD, date(2022, 4, 1), precision="month")
    html = client.get("/ratings/").content.decode()
    assert "<td>2018</td>" in html
    assert "1 January 2018" not in html
    assert "<td>April 2022</td>" in html


def test_the_filterset_works_on_a_plain_queryset():
    assert "o" in InspectionRatingFilter().filters
    assert InspectionRatingFilter({"grade": "9"}).is_valid() is False


def test_timeline_puts_outstanding_at_the_top_and_time_left_to_right(make_organisation, rate):
    trust = make_organisation("Wessex Trust")
    old = rate(trust, Grade.INADEQUATE, date(2015, 11, 27))
    new = rate(trust, Grade.OUTSTANDING, date(2020, 5, 1))
    chart = build([old, new])
    first, last = chart.points
    assert last.y < first.y  # outstanding is higher up the page
    assert first.x < last.x
    assert chart.line  # the overall grades are joined
    assert chart.years[0].label == "2015"


def test_timeline_leaves_out_undated_ratings_and_says_so(make_organisation, rate):
    rating = rate(make_organisation("Wessex Trust"), Grade.GOOD, None)
    chart = build([rating])
    assert chart.points == []
    assert chart.undated == 1


def test_timeline_page_draws_an_accessible_chart_linking_points_to_sources(
    client, make_organisation, rate, make_article
):
    trust = make_organisation("Wessex Trust")
    report = make_article("Trust rated good")
    rate(trust, Grade.INADEQUATE, date(2015, 11, 27))
    rate(trust, Grade.GOOD, date(2018, 1, 1), precision="year", sources=[report])
    html = client.get("/ratings/wessex-trust/").content.decode()
    svg = html.split('<svg class="chart"')[1].split("</svg>")[0]
    assert 'role="group" aria-labelledby="timeline-title" aria-describedby="timeline-desc"' in svg
    assert '<title id="timeline-title">Ofsted grades of Wessex Trust, 2015 to 2018</title>' in svg
    assert "Inadequate (27 November 2015), then Good (2018)" in svg
    assert f'<a class="point" href="{report.get_absolute_url()}"' in svg
    assert re.search(
        r'aria-label="Overall effectiveness: Good, 2018\. Reported in Trust rated good"', svg
    )
    assert "<script" not in html.split("</head>")[1]  # drawn without JavaScript
    assert "<table" in html  # and the data behind it, as a table


def test_organisation_page_shows_the_timeline_and_current_grade(client, make_organisation, rate):
    trust = make_organisation("Wessex Trust")
    rate(trust, Grade.REQUIRES_IMPROVEMENT, date(2022, 4, 1), precision="month")
    html = client.get(trust.get_absolute_url()).content.decode()
    assert 'class="badge grade-3"' in html
    assert "Requires improvement to be good" in html
    assert "(April 2022)" in html
    assert 'aria-labelledby="timeline-title"' in html


def test_seed_timeline_shows_doncasters_grades_over_the_years(client, seeded):
    html = client.get("/ratings/doncaster-council/").content.decode()
    assert "Inadequate (2012), then Requires improvement (April 2022)" in html
    assert "Sources disagree." in html


def test_ratings_and_timeline_queries_do_not_grow_with_ratings(
    client, make_organisation, rate, make_article
):
    trust = make_organisation("Wessex Trust")
    rate(trust, Grade.GOOD, date(2018, 6, 1), sources=[make_article()])
    before = count_queries(client, "/ratings/"), count_queries(client, "/ratings/wessex-trust/")
    for year in range(2019, 2025):
        other = make_organisation(f"Council {year}")
        rate(other, Grade.GOOD, date(year, 1, 1), sources=[make_article(), make_article()])
        rate(trust, Grade.INADEQUATE, date(year, 1, 1), sources=[make_article()])
    after = count_queries(client, "/ratings/"), count_queries(client, "/ratings/wessex-trust/")
    assert after == before


def test_ratings_page_does_not_grow_with_the_number_of_organisations(
    client, make_organisation, rate
):
    """The organisation filter is a text box: no <option> per inspected organisation."""
    trust = make_organisation("Wessex Trust")
    for year in range(2019, 2019 + 26):  # a full first page
        rate(trust, Grade.GOOD, date(year, 1, 1))
    before = client.get("/ratings/").content.decode()
    queries = count_queries(client, "/ratings/")
    for number in range(40):
        rate(make_organisation(f"Council {number}"), Grade.GOOD, date(2010, 1, 1))
        make_organisation(f"Uninspected {number}")
    after = client.get("/ratings/").content.decode()
    assert "Council 1" not in after  # neither on the first page nor offered in a list
    assert after.count("<option") == before.count("<option")
    assert abs(len(after) - len(before)) < 20  # only the rating count differs
    assert count_queries(client, "/ratings/") == queries


def test_ratings_organisation_box_keeps_what_was_typed_and_unknown_slugs_match_nothing(
    client, make_organisation, rate
):
    rate(make_organisation("Wessex Trust"), Grade.GOOD, date(2018, 6, 1))
    html = client.get("/ratings/", {"organisation": "no-such-place"}).content.decode()
    assert 'name="organisation" value="no-such-place"' in html
    assert "No rating matches those filters." in html
    html = client.get("/ratings/", {"organisation": "wessex-trust"}).content.decode()
    assert "Wessex Trust</a>" in html
