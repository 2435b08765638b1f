"""Search: ranked, highlighted, published-only, forgiving of misspelt names, on both engines."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.mentions import relink
from articles.models import Article
from newsroom import search_index
from newsroom.search import closeness, fts5_expression, marked, search

pytestmark = pytest.mark.django_db


def names(results):
    return [hit.entity.name for hit in results.entities]


def test_a_misspelt_surname_finds_the_person(seeded):
    assert names(search("Wilshw"))[0] == "Michael Wilshaw"


def test_a_loose_description_finds_the_organisation(seeded):
    assert names(search("Doncaster trust"))[0] == "Doncaster Children's Services Trust"


def test_an_alias_finds_its_entity_and_says_which_name_matched(seeded):
    hit = search("DCST").entities[0]
    assert hit.entity.name == "Doncaster Children's Services Trust"
    assert hit.also_known_as == "DCST"


def test_articles_are_ranked_with_matched_words_marked(seeded):
    results = search("Wilshaw leadership")
    assert results.articles
    top = results.articles[0]
    assert "<mark>" in top.snippet or "<mark>" in top.headline
    assert "leadership" in top.article.headline.lower()


def test_a_headline_match_outranks_a_body_match(make_article):
    body_only = make_article(headline="Council news", body="The word haddock appears here.")
    in_headline = make_article(headline="Haddock prices rise", body="Fish markets were busy.")
    found = [hit.article for hit in search("haddock").articles]
    assert found == [in_headline, body_only]


def test_drafts_never_appear_in_results(make_article):
    make_article(headline="Secret haddock plan", status=Article.Status.DRAFT, published_at=None)
    make_article(headline="Public haddock plan")
    assert [hit.article.headline for hit in search("haddock").articles] == ["Public haddock plan"]


def test_markup_in_an_article_is_escaped_around_the_marks(make_article):
    make_article(headline="<b>Haddock</b> & chips", body="<i>Fried</i> haddock <script>")
    hit = search("haddock").articles[0]
    assert "<b>" not in hit.headline
    assert "<script>" not in hit.snippet
    assert hit.headline == "&lt;b&gt;<mark>Haddock</mark>&lt;/b&gt; &amp; chips"
    assert "<mark>haddock</mark>" in hit.snippet  # PostgreSQL's snippets leave out tag-like text


def test_edits_reach_the_index(make_article):
    article = make_article(headline="Plain title", body="Nothing to see.")
    article.body = "Now it mentions turbot."
    article.save()
    assert [hit.article for hit in search("turbot").articles] == [article]
    article.delete()
    assert search("turbot").articles == []


def test_new_aliases_and_renamed_entities_are_found(make_organisation, make_alias):
    trust = make_organisation("Wessex Care Trust")
    make_alias(trust, "WCT")
    assert names(search("WCT")) == ["Wessex Care Trust"]
    trust.name = "Mercia Care Trust"
    trust.save()
    assert names(search("Mercia care")) == ["Mercia Care Trust"]
    assert names(search("Wessex")) == []


def test_query_syntax_cannot_break_the_search(make_article):
    make_article(headline="Haddock prices rise")
    for query in ['"', "NEAR(", "haddock*", "-", "a AND OR NOT", "col:haddock", "'); DROP"]:
        search(query)  # no error
    assert search('"haddock prices"').articles


def test_fts5_expression_quotes_every_term():
    assert fts5_expression('ofsted "help and protection" -council') == (
        '("ofsted") AND ("help and protection") NOT "council"'
    )
    assert fts5_expression("trust OR council") == '("trust" OR "council")'
    assert fts5_expression('say "hi') == '("say") AND ("hi")'
    assert fts5_expression("!!!") == ""


def test_marked_turns_only_its_own_marks_into_markup():
    assert marked("a \x02<b>\x03 c\x02") == "a <mark>&lt;b&gt;</mark> c"


def test_closeness_prefers_the_name_the_query_spells_nearly():
    assert closeness("Wilshw", "Michael Wilshaw") > closeness("Wilshw", "Rebecca Wilshire")
    assert closeness("Doncaster trust", "Doncaster Children's Services Trust") > closeness(
        "Doncaster trust", "Doncaster Council"
    )


def test_search_page_shows_entities_and_articles(client, seeded):
    for article in Article.objects.all():
        relink(article)
    html = client.get("/search/", {"q": "Wilshw"}).content.decode()
    assert 'href="/people/michael-wilshaw/"' in html
    html = client.get("/search/", {"q": "Doncaster trust"}).content.decode()
    assert 'href="/organisations/doncaster-childrens-services-trust/"' in html
    assert "<mark>" in html


def test_search_page_queries_do_not_grow_with_matches(client, make_article, make_person):
    make_person("Alice Haddock")
    make_article(headline="Haddock one")

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/search/", {"q": "haddock"}).status_code == 200
        return len(queries)

    before = count()
    for n in range(10):
        make_article(headline=f"Haddock story {n}", body="Haddock again. " * 20)
        make_person(f"Bob Haddock{n}")
    assert count() == before


def test_an_empty_search_shows_the_form_without_querying(client):
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/search/").content.decode()
    assert len(queries) == 0
    assert '<label for="search-q"' in html or 'for="q"' in html


def test_a_trigger_a_table_rebuild_dropped_is_put_back_after_migrate(make_article):
    if connection.vendor == "sqlite":  # rebuilding a table drops its triggers
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER search_article_ai")
    make_article(headline="Unindexed halibut")
    search_index.ensure(connection.alias)
    assert [hit.article.headline for hit in search("halibut").articles] == ["Unindexed halibut"]
