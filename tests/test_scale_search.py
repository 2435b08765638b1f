"""Search at scale: a common term ranks only the newest matches and says so, snippets are made
for the page shown only, and pages end where the ranked matches do."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom import search as search_module
from newsroom.search import search

pytestmark = pytest.mark.django_db

START = datetime(2020, 1, 1, tzinfo=UTC)


@pytest.fixture
def few_ranked(monkeypatch):
    """Rank only the three newest matches, as 1,000 are ranked in a large corpus."""
    monkeypatch.setattr(search_module, "RANKED", 3)


@pytest.fixture
def haddock_stories(make_article):
    """Five stories about haddock, the oldest with the word in its headline."""
    oldest = make_article("Haddock prices rise", body="Fish markets.", published_at=START)
    others = [
        make_article(
            f"Market report {n}",
            body="Cod and haddock. " * (n + 1),
            published_at=START + timedelta(days=n + 1),
        )
        for n in range(4)
    ]
    return oldest, others


def headlines(results):
    return [hit.article.headline for hit in results.articles]


def test_a_common_term_ranks_the_newest_matches_and_says_there_are_more(
    few_ranked, haddock_stories
):
    oldest, others = haddock_stories
    results = search("haddock")
    assert results.more_than_ranked
    newest_three = {a.headline for a in others[1:]}
    assert set(headlines(results)) == newest_three
    assert headlines(results)[0] == "Market report 3"  # says haddock most often
    assert oldest.headline not in headlines(results)


def test_a_rare_term_ranks_every_match(few_ranked, make_article):
    make_article("Council news", body="A halibut was seen.", published_at=START + timedelta(1))
    make_article("Halibut sighted", body="Nothing else.", published_at=START)
    results = search("halibut")
    assert not results.more_than_ranked
    assert headlines(results) == ["Halibut sighted", "Council news"]


def test_pages_end_where_the_ranked_matches_do(few_ranked, haddock_stories):
    first = search("haddock", page=1, per_page=2)
    second = search("haddock", page=2, per_page=2)
    third = search("haddock", page=3, per_page=2)
    assert first.has_next
    assert not second.has_next
    assert len(first.articles) == 2
    assert len(second.articles) == 1
    assert third.articles == []
    assert not set(headlines(first)) & set(headlines(second))


def test_snippets_are_made_for_the_page_shown_only(make_article):
    for n in range(12):
        make_article(f"Turbot {n}", body="Turbot again. " * 5, published_at=START + timedelta(n))
    with CaptureQueriesContext(connection) as captured:
        results = search("turbot", per_page=5)
    assert len(results.articles) == 5
    assert results.has_next
    marking = [q["sql"] for q in captured if "highlight(" in q["sql"] or "ts_headline" in q["sql"]]
    assert len(marking) == 1
    listed = re.search(r"IN \(([^()]*)\)", marking[0].split("WHERE", 1)[1])
    assert len(listed[1].split(",")) == 5


def test_the_search_page_says_when_only_the_newest_matches_are_ranked(
    client, few_ranked, haddock_stories
):
    html = client.get("/search/", {"q": "haddock"}).content.decode()
    assert "More than 3 articles match" in html
    assert "Market report 3" in html
    html = client.get("/search/", {"q": "prices"}).content.decode()
    assert "More than" not in html


def test_entity_search_queries_do_not_grow_with_names(client, make_organisation, make_alias):
    def count():
        with CaptureQueriesContext(connection) as captured:
            search("Wessex trust")
        return len(captured)

    trust = make_organisation("Wessex Care Trust")
    before = count()
    for n in range(30):
        make_alias(trust, f"Wessex trust {n}")
        make_organisation(f"Wessex Trust {n}", slug=f"wessex-trust-{n}")
    assert count() == before
