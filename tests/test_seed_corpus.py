"""The seed fixtures hold what the five articles say, to the word."""

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from articles.models import Article
from entities.models import (
    Alias,
    Inspection,
    InspectionRating,
    Organisation,
    Person,
    Role,
)
from tests.conftest import FIXTURES_DIR

LONDON = ZoneInfo("Europe/London")
Grade, Area = InspectionRating.Grade, InspectionRating.JudgementArea
pytestmark = pytest.mark.django_db


def article(slug_start):
    return Article.objects.get(slug__startswith=slug_start)


def rating(org_slug, area, year):
    return InspectionRating.objects.get(
        inspection__organisation__slug=org_slug,
        judgement_area=area,
        inspection__published_on__year=year,
    )


def test_loading_the_seed_twice_duplicates_nothing(seeded):
    counts = [Article.objects.count(), Alias.objects.count(), Role.objects.count()]
    call_command("load_seed", verbosity=0)
    call_command("load_seed", "--force", verbosity=0)
    assert [Article.objects.count(), Alias.objects.count(), Role.objects.count()] == (counts)
    assert counts == [5, Alias.objects.count(), 18]


def test_load_seed_leaves_an_edited_database_alone(seeded):
    Organisation.objects.filter(slug="ofsted").update(name="Ofsted (edited)")
    call_command("load_seed", verbosity=0)
    assert Organisation.objects.get(slug="ofsted").name == "Ofsted (edited)"


def test_the_november_2015_overall_grade_is_inadequate_from_cyp_now(seeded):
    found = rating("doncaster-childrens-services-trust", Area.OVERALL, 2015)
    assert found.grade == Grade.INADEQUATE
    assert found.inspection.framework == Inspection.Framework.SIF
    assert found.inspection.published_on == date(2015, 11, 27)
    assert article("ofsted-rates-government-imposed") in found.sources.all()


def test_the_2015_leadership_grade_requires_improvement_per_the_2016_article(seeded):
    found = rating("doncaster-childrens-services-trust", Area.LEADERSHIP, 2015)
    assert found.grade == Grade.REQUIRES_IMPROVEMENT
    assert list(found.sources.all()) == [article("ofsted-leadership-not-funding")]


def test_the_2022_leadership_grade_is_inadequate_for_council_and_trust(seeded):
    for org in ["doncaster-council", "doncaster-childrens-services-trust"]:
        found = rating(org, Area.LEADERSHIP, 2022)
        assert found.grade == Grade.INADEQUATE
        assert found.inspection.framework == Inspection.Framework.ILACS
        assert rating(org, Area.OVERALL, 2022).grade == Grade.REQUIRES_IMPROVEMENT


def test_the_disputed_earlier_rating_cites_both_dates_and_says_so(seeded):
    found = rating("doncaster-council", Area.OVERALL, 2012)
    assert found.grade == Grade.INADEQUATE
    assert found.sources.count() == 3
    assert "2012" in found.notes
    assert "2013" in found.notes
    assert "disagree" in found.notes


def test_every_rating_cites_an_article_that_names_its_grade(seeded):
    words = {
        Grade.OUTSTANDING: "outstanding",
        Grade.GOOD: "good",
        Grade.REQUIRES_IMPROVEMENT: "requir",
        Grade.INADEQUATE: "inadequate",
    }
    for found in InspectionRating.objects.prefetch_related("sources"):
        texts = [f"{a.standfirst} {a.body}".lower() for a in found.sources.all()]
        assert texts, found
        assert any(words[found.grade] in text for text in texts), found


@pytest.mark.parametrize(
    ("person", "title", "organisation"),
    [
        ("michael-wilshaw", "Chief inspector", "ofsted"),
        (
            "mark-douglas",
            "Chief operating officer",
            "doncaster-childrens-services-trust",
        ),
        ("paul-moffat", "Chief executive", "doncaster-childrens-services-trust"),
        (
            "michael-gove",
            "Secretary of State for Education",
            "department-for-education",
        ),
        ("ros-jones", "Mayor", "doncaster-council"),
        ("andrew-webb", "President", "association-of-directors-of-childrens-services"),
        ("dave-hill", "President", "association-of-directors-of-childrens-services"),
        ("mark-rogers", "Chief executive", "solihull-council"),
        ("ed-miliband", "MP", None),
    ],
)
def test_who_held_which_post_is_recorded_with_its_source(seeded, person, title, organisation):
    role = Role.objects.get(person__slug=person, title=title)
    assert (role.organisation.slug if role.organisation else None) == organisation
    source = role.source
    text = f"{source.standfirst} {source.body} {source.byline} {source.captions}"
    assert role.person.name in text


def test_every_alias_the_articles_use_appears_in_its_source_article(seeded):
    for alias in Alias.objects.exclude(source=None).select_related("source"):
        source = alias.source
        text = " ".join([source.standfirst, source.body, source.captions, source.removed_text])
        text = text.replace("\u2019", "'")
        assert alias.text.lower().replace("\u2019", "'") in text.lower(), alias


def test_every_person_and_organisation_named_in_a_body_is_an_entity(seeded):
    names = [
        "Sir Michael Wilshaw",
        "Mark Douglas",
        "Riana Nelson",
        "Rebecca Wilshire",
        "Ros Jones",
        "Paul Moffat",
        "Michael Gove",
        "David Cameron",
        "Roy Perry",
        "Dave Hill",
        "Mark Rogers",
        "Andrew Webb",
        "Ed Miliband",
        "Caroline Flint",
        "Rosie Winterton",
        "Doncaster Children's Services Trust",
        "Doncaster Council",
        "Ofsted",
        "Department for Education",
        "Local Government Association",
        "Association of Directors of Children Services",
        "SOLACE",
        "iMPOWER",
        "Solihull Council",
        "Kensington and Chelsea",
        "Westminster",
        "Office for Standards in Education",
        "DCST",
        "ADCS",
    ]
    known = {a.text for a in Alias.objects.all()}
    known |= {o.name for o in Organisation.objects.all()}
    known |= {p.name for p in Person.objects.all()}
    assert [name for name in names if name not in known] == []


def test_published_times_are_the_ones_the_text_gives_in_london_time(seeded):
    leadership = article("ofsted-leadership-not-funding")
    assert leadership.published_at.astimezone(LONDON) == datetime(
        2016, 6, 30, 11, 39, tzinfo=LONDON
    )
    assert leadership.updated_at.astimezone(LONDON) == datetime(2016, 6, 30, 11, 42, tzinfo=LONDON)
    failing = article("leaders-in-charge")
    assert failing.published_at.astimezone(LONDON) == datetime(2022, 4, 13, 17, 17, tzinfo=LONDON)
    assert failing.byline == "By George Torr, Local Democracy Reporter"
    assert [a.name for a in failing.authors.all()] == ["George Torr"]
    assert article("ofsted-finds-weak").published_at.astimezone(LONDON).date() == (
        date(2016, 6, 29)
    )


def test_page_furniture_is_removed_and_recorded(seeded):
    furniture = ["Hide Ad", "Sign up to", "Did you enjoy", "£", "newsletter", "'˜"]
    for each in Article.objects.all():
        text = f"{each.standfirst}\n{each.body}"
        assert not [bit for bit in furniture if bit in text], each
        assert each.removed_text, each
    stripped = article("failing-doncaster-council")
    assert stripped.captions == "Secretary of State for Education Michael Gove"
    assert "Michael Gove" not in stripped.body.split("\n\n")[0]


def test_every_fixture_body_is_a_faithful_subset_of_its_raw_file():
    """Each body paragraph is a line of the raw seed file, unchanged but for debris."""
    for row in json.loads((FIXTURES_DIR / "articles.json").read_text()):
        fields = row["fields"]
        raw = (FIXTURES_DIR / fields["source_file"]).read_text(encoding="utf-8")
        raw_lines = {line.strip().replace("'˜", "‘") for line in raw.splitlines()}
        for paragraph in fields["body"].split("\n\n"):
            assert paragraph in raw_lines, paragraph[:60]
