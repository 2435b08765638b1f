"""Re-linking in batches: only what changed is written, and editors' decisions survive."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import mentions
from articles.mentions import relink, relink_many
from articles.models import Article, Mention
from articles.tasks import articles_touched
from entities.models import Alias

pytestmark = pytest.mark.django_db

WRITES = re.compile(r"^\s*(INSERT|UPDATE|DELETE)", re.IGNORECASE)


@pytest.fixture
def ofsted(make_organisation, make_alias):
    ofsted = make_organisation("Ofsted")
    make_alias(ofsted, "the watchdog", kind=Alias.Kind.DESCRIPTION)
    return ofsted


@pytest.fixture
def trust(make_organisation):
    return make_organisation("Doncaster Children's Services Trust")


def ids(article):
    return {m.text: m.pk for m in article.mentions.all()}


def linked(article):
    return [(m.text, m.entity.name) for m in article.mentions.linked().order_by("start")]


def test_a_mention_found_again_keeps_its_id(make_article, ofsted):
    article = make_article(body="Ofsted published a report. The watchdog said more.")
    relink(article)
    before = ids(article)
    relink_many(Article.objects.all())
    relink(article)
    assert ids(article) == before


def test_an_alias_change_adds_and_removes_only_what_it_touches(
    make_article, make_alias, ofsted, trust
):
    article = make_article(body="Ofsted inspected DCST. The watchdog praised the Trust.")
    relink(article)
    before = ids(article)
    alias = make_alias(trust, "DCST")
    stats = relink_many(Article.objects.all())
    after = ids(article)
    assert after["Ofsted"] == before["Ofsted"]
    assert after["The watchdog"] == before["The watchdog"]
    assert "DCST" in after
    assert (stats.created, stats.deleted) == (1, 0)
    alias.delete()
    relink_many(Article.objects.all())
    assert ids(article) == before


def test_relinking_an_unchanged_corpus_writes_nothing(make_article, ofsted):
    for n in range(5):
        relink(make_article(body=f"Ofsted visited {n} homes. The watchdog met Edlington Council."))
    with CaptureQueriesContext(connection) as queries:
        stats = relink_many(Article.objects.all())
    assert not [q["sql"] for q in queries if WRITES.match(q["sql"])]
    assert (stats.articles, stats.created, stats.deleted, stats.renamed) == (5, 0, 0, 0)


def test_a_batch_costs_the_same_queries_whatever_its_size(make_article, ofsted):
    for n in range(30):
        make_article(body=f"Ofsted said {n} things. The watchdog agreed.")
    relink_many(Article.objects.all())  # the linker is built and the mentions are written

    def queries(articles):
        with CaptureQueriesContext(connection) as captured:
            relink_many(articles, batch_size=100)
        return len(captured)

    assert queries(Article.objects.all()[:3]) == queries(Article.objects.all())


def test_an_editors_rejection_and_mention_survive_a_batch(make_article, make_mention, ofsted):
    article = make_article(body="Ofsted and the inspectors published a report. Ofsted said.")
    relink(article)
    first = article.mentions.get(start=0)
    first.rejected = True
    first.save()
    added = make_mention(article, ofsted, 15, 25, origin=Mention.Origin.EDITOR)
    relink_many(Article.objects.all())
    assert article.mentions.get(start=0).rejected
    assert article.mentions.get(pk=added.pk).text == "inspectors"
    assert [m.text for m in article.mentions.linked()] == ["inspectors", "Ofsted"]


def test_an_editors_mention_moves_with_its_words(make_article, make_mention, ofsted):
    article = make_article(body="The inspectors published a report.")
    added = make_mention(article, ofsted, 4, 14, origin=Mention.Origin.EDITOR)
    article.body = "On Monday, the inspectors published a report."
    article.save()
    stats = relink_many(Article.objects.all())
    moved = article.mentions.get(pk=added.pk)
    assert (moved.start, moved.end, stats.moved) == (15, 25, 1)


def test_an_editors_mention_whose_words_are_gone_is_dropped(make_article, make_mention, ofsted):
    article = make_article(body="The inspectors published a report.")
    make_mention(article, ofsted, 4, 14, origin=Mention.Origin.EDITOR)
    article.body = "Nobody published a report."
    article.save()
    relink_many(Article.objects.all())
    assert not article.mentions.exists()


def test_unresolved_names_follow_the_alias_table(make_article, make_organisation, ofsted):
    article = make_article(body="Ofsted met the Edlington Parish Council on Monday.")
    relink_many(Article.objects.all())
    article.refresh_from_db()
    assert article.unresolved_names == ["Edlington Parish Council"]
    make_organisation("Edlington Parish Council")
    relink_many(Article.objects.all())
    article.refresh_from_db()
    assert article.unresolved_names == []
    assert linked(article)[1] == ("Edlington Parish Council", "Edlington Parish Council")


def test_a_failing_batch_leaves_its_articles_as_they_were(
    make_article, make_alias, ofsted, trust, monkeypatch
):
    first = make_article(body="DCST was inspected by Ofsted.")
    second = make_article(body="DCST was inspected again by Ofsted.")
    relink_many(Article.objects.all())
    make_alias(trust, "DCST")
    real_link = mentions.link

    def fail_on_second(article, linker):
        if article.pk == second.pk:
            raise RuntimeError("the linker failed")
        return real_link(article, linker)

    monkeypatch.setattr(mentions, "link", fail_on_second)
    with pytest.raises(RuntimeError):
        relink_many(Article.objects.order_by("pk"), batch_size=1)
    assert [text for text, _ in linked(first)] == ["DCST", "Ofsted"]
    assert [text for text, _ in linked(second)] == ["Ofsted"]


def test_only_articles_naming_the_words_or_the_entity_are_touched(
    make_article, make_mention, ofsted, trust
):
    by_text = make_article(body="A report on dcst.")
    by_standfirst = make_article(standfirst="About DCST.", body="Nothing.")
    by_mention = make_article(body="The trust twice: the trust.")
    make_mention(by_mention, trust, 0, 9, origin=Mention.Origin.EDITOR)
    make_mention(by_mention, trust, 17, 26, origin=Mention.Origin.EDITOR)
    make_article(body="Ofsted only.")
    touched = articles_touched(["DCST"], [f"organisation:{trust.pk}"])
    assert sorted(a.pk for a in touched) == sorted([by_text.pk, by_standfirst.pk, by_mention.pk])


def test_the_command_reports_its_rate(make_article, ofsted, capsys):
    make_article(body="Ofsted said so.")
    call_command("relink_articles", verbosity=1)
    out = capsys.readouterr().out
    assert re.search(r"Re-linked 1 articles in [\d.]+ s \([\d,]+ articles/s;", out)
    assert "1 created" in out


def test_relink_returns_the_mentions_the_linker_holds_kept_and_new(make_article, ofsted):
    article = make_article(body="Ofsted published a report. The watchdog said more.")
    first = relink(article)
    again = relink(article)
    assert [(m.pk, m.text) for m in again] == [(m.pk, m.text) for m in first]
    assert [m.pk for m in again] == list(
        article.mentions.order_by("start").values_list("pk", flat=True)
    )
