"""The database refuses rows that break the data's rules, on SQLite and PostgreSQL."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import Article, Mention
from entities.models import Alias, Inspection, InspectionRating, Organisation, Role

pytestmark = pytest.mark.django_db


def refused(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


@pytest.fixture
def ofsted(make_organisation):
    return make_organisation("Ofsted", kind=Organisation.Kind.REGULATOR)


@pytest.fixture
def council(make_organisation):
    return make_organisation("Doncaster Council")


def inspection(council, ofsted, **fields):
    fields.setdefault("framework", Inspection.Framework.SIF)
    return Inspection.objects.create(organisation=council, inspectorate=ofsted, **fields)


def test_two_organisations_cannot_share_a_slug(make_organisation):
    make_organisation("Ofsted", slug="ofsted")
    refused(lambda: make_organisation("Ofsted again", slug="ofsted"))


def test_an_inspection_area_gets_one_grade(council, ofsted):
    done = inspection(council, ofsted, published_on=date(2015, 11, 27))
    InspectionRating.objects.create(inspection=done, judgement_area="overall", grade=4)
    refused(
        lambda: InspectionRating.objects.create(inspection=done, judgement_area="overall", grade=2)
    )


def test_an_unknown_grade_is_refused(council, ofsted):
    done = inspection(council, ofsted)
    refused(
        lambda: InspectionRating.objects.create(inspection=done, judgement_area="overall", grade=7)
    )


def test_a_monitoring_visit_carries_no_grade(council, ofsted):
    visit = inspection(council, ofsted, kind=Inspection.Kind.MONITORING_VISIT)
    rating = InspectionRating(inspection=visit, judgement_area="overall", grade=3)
    with pytest.raises(ValidationError, match="monitoring visit"):
        rating.full_clean()


@pytest.mark.parametrize(
    ("framework", "start"),
    [
        ("ilacs", date(2016, 5, 1)),
        ("sif", date(2012, 1, 1)),
        ("earlier", date(2019, 1, 1)),
    ],
)
def test_a_grade_belongs_to_the_framework_of_its_years(council, ofsted, framework, start):
    refused(lambda: inspection(council, ofsted, framework=framework, start_date=start))


def test_inspection_dates_are_in_order(council, ofsted):
    refused(
        lambda: inspection(council, ofsted, start_date=date(2015, 10, 1), end_date=date(2015, 9, 1))
    )
    refused(
        lambda: inspection(
            council, ofsted, start_date=date(2015, 10, 1), published_on=date(2015, 9, 1)
        )
    )


def test_role_and_alias_dates_are_in_order(make_person, council):
    person = make_person("Ros Jones")
    refused(
        lambda: Role.objects.create(
            person=person,
            organisation=council,
            title="Mayor",
            start_date=date(2013, 5, 1),
            end_date=date(2012, 1, 1),
        )
    )
    refused(
        lambda: Alias.objects.create(
            organisation=council,
            text="Old name",
            valid_from=date(2020, 1, 1),
            valid_until=date(2019, 1, 1),
        )
    )


def test_an_alias_names_exactly_one_entity(make_person, council):
    person = make_person("Ros Jones")
    refused(lambda: Alias.objects.create(text="Jones", organisation=council, person=person))
    refused(lambda: Alias.objects.create(text="Nobody"))


def test_an_entity_cannot_have_the_same_alias_twice_in_other_case(council):
    Alias.objects.create(organisation=council, text="the council")
    refused(lambda: Alias.objects.create(organisation=council, text="The Council"))


def test_an_alias_in_use_on_the_same_days_twice_is_refused(make_person):
    miliband = make_person("Ed Miliband")
    then = date(2008, 10, 3), date(2010, 5, 11)
    Alias.objects.create(
        person=miliband, text="the Energy Secretary", valid_from=then[0], valid_until=then[1]
    )
    # Another period of the same post is the person's too; one that overlaps is an error.
    Alias(person=miliband, text="the Energy Secretary", valid_from=date(2024, 7, 5)).full_clean()
    with pytest.raises(ValidationError, match="some of these dates"):
        Alias(person=miliband, text="The Energy Secretary", valid_until=date(2009, 1, 1)).clean()
    refused(
        lambda: Alias.objects.create(
            person=miliband, text="THE ENERGY SECRETARY", valid_from=then[0]
        )
    )


def test_a_published_article_needs_a_publication_time(make_article):
    refused(lambda: make_article(status=Article.Status.PUBLISHED, published_at=None))


def test_a_mention_span_must_match_its_text(make_article, council):
    article = make_article(body="Doncaster Council met.")
    refused(
        lambda: Mention.objects.create(
            article=article, organisation=council, start=0, end=5, text="Doncaster"
        )
    )
    refused(
        lambda: Mention.objects.create(
            article=article, organisation=council, start=4, end=4, text=""
        )
    )


def test_a_mention_span_outside_the_body_or_overlapping_is_explained(
    make_article, make_mention, council
):
    article = make_article(body="Doncaster Council met.")
    make_mention(article, council, 0, 17)
    outside = Mention(article=article, organisation=council, start=18, end=40, text="x" * 22)
    with pytest.raises(ValidationError, match="past the end"):
        outside.clean()
    overlapping = Mention(article=article, organisation=council, start=10, end=17, text="Council")
    with pytest.raises(ValidationError, match="overlaps"):
        overlapping.clean()
