"""Mentions follow the text: linked on save, re-linked on alias changes, editors' calls kept."""

import pytest

from articles import ingest
from articles.mentions import relink, relink_many
from articles.models import Article, Mention
from entities.models import Alias, Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def ofsted(make_organisation, make_alias):
    ofsted = make_organisation("Ofsted")
    make_alias(ofsted, "the watchdog", kind=Alias.Kind.DESCRIPTION)
    return ofsted


def linked(article):
    return [(m.text, m.entity.name) for m in article.mentions.linked().order_by("start")]


def test_relinking_links_names_and_descriptions(make_article, ofsted):
    article = make_article(body="Ofsted published a report. The watchdog said more.")
    relink(article)
    assert linked(article) == [("Ofsted", "Ofsted"), ("The watchdog", "Ofsted")]


def test_standfirst_mentions_are_kept_in_their_own_field(make_article, ofsted):
    article = make_article(standfirst="A new Ofsted report.", body="The watchdog said so.")
    relink(article)
    fields = {(m.field, m.start, m.text) for m in article.mentions.all()}
    assert fields == {("standfirst", 6, "Ofsted"), ("body", 0, "The watchdog")}


def test_the_headline_is_context_for_the_story_but_holds_no_mentions(
    make_article, make_person, ofsted
):
    make_person("Michael Gove", given_name="Michael", family_name="Gove")
    article = make_article(
        headline="Michael Gove asks Ofsted to inspect",
        standfirst="Mr Gove wrote on Monday.",
        body="The watchdog agreed, and Gove thanked it.",
    )
    relink(article)
    mentions = {(m.field, m.start, m.text, m.entity.name) for m in article.mentions.all()}
    assert mentions == {
        ("standfirst", 0, "Mr Gove", "Michael Gove"),
        ("body", 0, "The watchdog", "Ofsted"),
        ("body", 25, "Gove", "Michael Gove"),
    }
    article.headline = "Ofsted Says Doncaster Council Has Improved"
    article.save()
    relink(article)
    assert article.unresolved_names == []  # a title-case headline is no list of names


def test_an_articles_own_author_is_not_its_mention_but_is_in_anothers(
    make_article, make_person, ofsted
):
    writer = make_person("Derren Hayes", given_name="Derren", family_name="Hayes")
    feature = make_article(
        standfirst="Derren Hayes looks at what Ofsted found.", body="Hayes spoke to staff."
    )
    feature.authors.add(writer)
    quoted = make_article(body="Derren Hayes, a reporter, said Ofsted was right.")
    relink(feature)
    relink_many(Article.objects.filter(pk=quoted.pk))
    assert linked(feature) == [("Ofsted", "Ofsted")]
    assert linked(quoted) == [("Derren Hayes", "Derren Hayes"), ("Ofsted", "Ofsted")]
    relink_many(Article.objects.filter(pk=feature.pk))
    assert linked(feature) == [("Ofsted", "Ofsted")]


def test_an_editors_rejection_survives_relinking(make_article, ofsted):
    article = make_article(body="Ofsted published a report. Ofsted said more.")
    relink(article)
    first = article.mentions.get(start=0)
    first.rejected = True
    first.save()
    relink(article)
    assert article.mentions.get(start=0).rejected
    assert [m.start for m in article.mentions.linked()] == [27]


def test_a_rejection_survives_a_body_edit_that_does_not_touch_its_words(make_article, ofsted):
    article = make_article(body="Ofsted published a report.")
    relink(article)
    article.mentions.update(rejected=True)
    article.body = "On Monday, Ofsted published a report."
    article.save()
    relink(article)
    kept = article.mentions.get()
    assert (kept.start, kept.text, kept.rejected) == (11, "Ofsted", True)


def test_an_editors_mention_survives_relinking(make_article, make_mention, ofsted):
    article = make_article(body="The inspectors published a report.")
    make_mention(article, ofsted, 4, 14, origin=Mention.Origin.EDITOR)
    relink(article)
    assert linked(article) == [("inspectors", "Ofsted")]


def test_a_mention_whose_words_were_edited_away_is_dropped(make_article, make_mention, ofsted):
    article = make_article(body="The inspectors published a report.")
    make_mention(article, ofsted, 4, 14, origin=Mention.Origin.EDITOR)
    article.body = "Nobody published a report."
    article.save()
    relink(article)
    assert article.mentions.count() == 0


def test_adding_an_alias_relinks_the_articles_it_touches(
    make_article, make_organisation, make_alias, django_capture_on_commit_callbacks
):
    trust = make_organisation("Doncaster Children's Services Trust")
    article = make_article(body="DCST was rated inadequate.")
    relink(article)
    assert linked(article) == []
    with django_capture_on_commit_callbacks(execute=True):
        make_alias(trust, "DCST")
    assert linked(article) == [("DCST", "Doncaster Children's Services Trust")]


def test_renaming_an_entity_relinks_its_articles(
    make_article, make_organisation, django_capture_on_commit_callbacks
):
    council = make_organisation("Doncaster Council")
    article = make_article(body="Doncaster Council met. Then Doncaster City Council met.")
    relink(article)
    assert linked(article) == [("Doncaster Council", "Doncaster Council")]
    council.name = "Doncaster City Council"
    with django_capture_on_commit_callbacks(execute=True):
        council.save()
    assert linked(article) == [("Doncaster City Council", "Doncaster City Council")]


def test_a_post_someone_holds_lets_them_speak_for_its_body(
    make_article, make_organisation, make_person, make_alias
):
    council = make_organisation("Doncaster Council")
    make_alias(council, "the council", kind=Alias.Kind.DESCRIPTION)
    mayor = make_person("Ros Jones", given_name="Ros", family_name="Jones")
    article = make_article(
        body="Doncaster Council failed. Birmingham City Council is under pressure. "
        "Ros Jones said the council would act."
    )
    relink(article)
    assert ("the council", "Doncaster Council") not in linked(article)
    Role.objects.create(person=mayor, organisation=council, title="Mayor")
    relink(article)
    assert linked(article)[-1] == ("the council", "Doncaster Council")


def test_deleting_an_alias_unlinks_it(
    make_article, make_organisation, make_alias, django_capture_on_commit_callbacks
):
    trust = make_organisation("Doncaster Children's Services Trust")
    alias = make_alias(trust, "DCST")
    article = make_article(body="DCST was rated inadequate.")
    relink(article)
    with django_capture_on_commit_callbacks(execute=True):
        alias.delete()
    assert linked(article) == []


def test_a_dated_former_name_links_only_in_articles_of_its_period(
    make_article, make_organisation, make_alias
):
    from datetime import UTC, date, datetime

    council = make_organisation("City of Doncaster Council")
    make_alias(council, "Doncaster Metropolitan Borough Council", valid_until=date(2022, 12, 31))
    text = "Doncaster Metropolitan Borough Council met."
    old = make_article(body=text, published_at=datetime(2020, 1, 1, tzinfo=UTC))
    new = make_article(body=text, published_at=datetime(2024, 1, 1, tzinfo=UTC))
    relink(old)
    relink(new)
    assert len(linked(old)) == 1
    assert linked(new) == []


def test_names_the_linker_cannot_resolve_are_listed_on_the_article(make_article, ofsted):
    article = make_article(body="Ofsted met the Edlington Parish Council on Monday.")
    relink(article)
    article.refresh_from_db()
    assert "Edlington Parish Council" in article.unresolved_names


@pytest.mark.django_db
def test_a_name_in_capitals_is_offered_once_as_the_text_writes_it_elsewhere(seeded):
    article = ingest.import_text(
        "Podcast: kinship care after the review\n\n3 March 2021\n\n"
        "DR TOM AKINYEMI: Thank you for having me.\n\n"
        "Tom Akinyemi is a researcher. The NSPCC funded the study.\n",
        name="podcast.txt",
    ).article

    assert article.unresolved_names == ["NSPCC", "Tom Akinyemi"]
