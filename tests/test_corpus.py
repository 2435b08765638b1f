"""The generated corpus: realistic, linked, searchable, and the same for the same seed."""

import random
import re

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Exists, OuterRef

from articles.corpus import Writer, build_cast
from articles.mentions import relink_many
from articles.models import Article, Mention
from entities.models import Alias, Inspection, InspectionRating, Organisation, Person, Role
from newsroom.search import search

TITLES = ("Mr ", "Ms ", "Mrs ", "Dr ", "Cllr ", "Sir ", "Dame ", "Professor ")


@pytest.fixture
def corpus(db):
    call_command("generate_corpus", articles=120, entities=400, seed=7, verbosity=0)


def drafts(seed, count=20):
    writer = Writer(build_cast(400, random.Random(seed)), seed)
    return [writer.article(n) for n in range(count)]


def test_the_same_seed_gives_the_same_corpus():
    assert drafts(7) == drafts(7)
    assert drafts(7) != drafts(8)


def test_the_command_builds_entities_with_their_names_posts_and_ratings(corpus):
    assert Organisation.objects.count() == Person.objects.count() == 200
    assert Alias.objects.count() > 600
    kinds = set(Alias.objects.values_list("kind", flat=True))
    assert set(Alias.Kind.values) - {Alias.Kind.MISSPELLING} <= kinds
    assert Alias.objects.filter(kind=Alias.Kind.FORMER_NAME, valid_until__isnull=False).exists()
    assert Role.objects.filter(organisation__isnull=False, start_date__isnull=False).exists()
    years = {i.start_date.year for i in Inspection.objects.all()}
    assert min(years) < 2014
    assert max(years) >= 2018
    assert InspectionRating.objects.filter(sources__isnull=False).exists()


def test_every_article_is_published_linked_and_credited(corpus):
    articles = Article.objects.all()
    assert articles.count() == 120
    assert not articles.exclude(status=Article.Status.PUBLISHED).exists()
    assert not articles.filter(mentions__isnull=True).exists()
    assert not articles.filter(authors__isnull=True).exists()
    years = [a.published_at.year for a in articles]
    assert min(years) < 2010
    assert max(years) > 2020
    assert all(2000 <= len(a.body) <= 7000 for a in articles)


def test_about_half_the_articles_name_the_hub(corpus):
    hub = Organisation.objects.get(slug="ofsted")
    share = Article.objects.filter(mentions__organisation=hub).distinct().count() / 120
    assert 0.35 < share < 0.65


def test_articles_name_entities_in_every_form_the_linker_reads(corpus):
    texts = list(Mention.objects.values_list("text", "person__family_name"))
    bodies = " ".join(Article.objects.values_list("body", flat=True))
    assert any(text.lower().startswith("the ") for text, _ in texts)  # descriptions
    assert any(text.startswith(TITLES) for text, family in texts if family)  # "Mr Jones"
    assert any(text == family for text, family in texts)  # a surname alone
    assert any(re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]+", text) for text, _ in texts)  # acronyms
    assert "Ofsted's" in bodies
    assert "Ofsted’s" in bodies
    assert "“" in bodies
    assert '"' in bodies
    # An acronym no alias knows, linked because the article defines it: "... (ACR)".
    aliased = Alias.objects.filter(organisation=OuterRef("organisation"), text=OuterRef("text"))
    acronyms = Mention.objects.filter(organisation__isnull=False, text__regex=r"^[A-Z]{3,}$")
    assert acronyms.exclude(Exists(aliased)).exists()


def test_the_stored_mentions_are_what_relinking_finds(corpus):
    stats = relink_many(Article.objects.all())
    assert (stats.articles, stats.created, stats.deleted, stats.renamed) == (120, 0, 0, 0)


def test_generated_articles_are_searchable(corpus):
    article = Article.objects.filter(headline__contains="rated").first()
    place = article.headline.split(" children")[0].split(" rated")[0]
    results = search(place)
    assert results.articles


def test_it_refuses_a_database_that_holds_articles(make_article):
    make_article()
    with pytest.raises(CommandError, match="already holds"):
        call_command("generate_corpus", articles=5, entities=100, verbosity=0)
