"""Public pages at scale: fixed queries, no counting, keyset pages, cheap validators, caching."""

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.comentions import co_mentioned
from articles.mentions import relink
from articles.models import Article, Mention
from entities.models import Inspection, InspectionRating, Organisation

pytestmark = pytest.mark.django_db

SIZES = [0, 10, 100, 1000]


def queries_of(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    assert response.status_code in {200, 304}, url
    return [q["sql"] for q in queries]


def mentioned_in_articles(entity, mentions, make_article, per_article=10):
    """`mentions` linked mentions of the entity, `per_article` to an article."""
    key = "person" if entity.__class__.__name__ == "Person" else "organisation"
    rows = []
    for n in range(0, mentions, per_article):
        words = [entity.name] * min(per_article, mentions - n)
        article = make_article(body=". ".join(words) + ".")
        at = 0
        for _ in words:
            rows.append(
                Mention(
                    article=article,
                    start=at,
                    end=at + len(entity.name),
                    text=entity.name,
                    **{key: entity},
                )
            )
            at += len(entity.name) + 2
    Mention.objects.bulk_create(rows)


@pytest.fixture
def fresh_cache():
    """Each measured request renders the page, as the first reader after a change would."""
    from django.core.cache import cache

    return cache.clear


def test_article_page_queries_are_the_same_for_0_to_1000_mentions(
    client, make_article, make_organisation, fresh_cache
):
    ofsted = make_organisation("Ofsted")
    counts = []
    for size in SIZES:
        article = make_article(body="Ofsted. " * max(size, 1))
        mentioned_in_articles_of(article, ofsted, size)
        fresh_cache()
        counts.append(len(queries_of(client, article.get_absolute_url())))
    assert len(set(counts)) == 1
    assert counts[0] <= 6


def mentioned_in_articles_of(article, entity, size):
    Mention.objects.bulk_create(
        Mention(article=article, start=n * 8, end=n * 8 + 6, text="Ofsted", organisation=entity)
        for n in range(size)
    )


@pytest.mark.parametrize("kind", ["organisation", "person"])
def test_entity_page_queries_are_the_same_for_0_to_1000_mentions(
    client, make_article, make_organisation, make_person, fresh_cache, kind
):
    counts = []
    for size in SIZES:
        entity = make_person() if kind == "person" else make_organisation()
        mentioned_in_articles(entity, size, make_article)
        fresh_cache()
        counts.append(len(queries_of(client, entity.get_absolute_url())))
    # With no articles to show, the page skips the queries that would read them.
    none, *some = counts
    assert len(set(some)) == 1
    assert none <= some[0]


def test_home_page_queries_are_the_same_for_0_to_1000_mentions(
    client, make_article, make_organisation, fresh_cache
):
    counts = []
    for size in SIZES:
        mentioned_in_articles(make_organisation(), size, make_article)
        make_article()  # the home page always has a story to show
        fresh_cache()
        counts.append(len(queries_of(client, "/")))
    assert len(set(counts)) == 1


def test_no_page_counts_a_whole_list(
    client, make_article, make_organisation, make_person, fresh_cache
):
    ofsted, gove = make_organisation("Ofsted"), make_person("Michael Gove")
    for _ in range(45):
        relink(make_article(body="Ofsted and Michael Gove met."))
    article = Article.objects.first()
    for url in [
        "/",
        "/archive/",
        "/archive/2024/",
        article.get_absolute_url(),
        ofsted.get_absolute_url(),
        gove.get_absolute_url(),
    ]:
        fresh_cache()
        sql = " ".join(queries_of(client, url))
        assert '"__count"' not in sql, url  # what Paginator and QuerySet.count() ask for
        assert "SELECT DISTINCT" not in sql.upper(), url


def follow(client, url, rel):
    """Every headline on every page reached through the `rel` links from `url`."""
    pages = []
    while url:
        html = client.get(url).content.decode()
        pages.append(html)
        marker = f'rel="{rel}" href="'
        if marker not in html:
            break
        query = html.split(marker)[1].split('"')[0].replace("&amp;", "&")
        url = url.split("?")[0] + query
    return pages


def headlines(html, section):
    part = html.split(section)[1]
    return [chunk.split("<")[0] for chunk in part.split('/">')[1:] if chunk.startswith("Story ")]


def test_home_pages_older_and_newer_cover_every_story_once_in_order(client, make_article):
    # Thirty share one publication time, so the id must settle their order.
    same = datetime(2024, 1, 2, 9, 30, tzinfo=UTC)
    for n in range(45):
        published = same if n < 30 else same + timedelta(days=n)
        make_article(f"Story {n:02}", published_at=published)
    pages = follow(client, "/", "next")
    assert len(pages) == 3
    listed = [h for page in pages for h in headlines(page, 'id="latest-heading"')]
    expected = list(
        Article.objects.published()
        .order_by("-published_at", "-pk")
        .values_list("headline", flat=True)
    )
    assert listed == expected
    assert "Page 1 of" not in pages[0]
    assert 'rel="prev"' not in pages[0]
    # Going back from the last page through the "newer" links returns the same pages.
    newer = pages[-1].split('rel="prev" href="')[1].split('"')[0].replace("&amp;", "&")
    back = follow(client, newer, "prev")
    assert [headlines(p, 'id="latest-heading"') for p in back] == [
        headlines(p, 'id="latest-heading"') for p in reversed(pages[:-1])
    ]


def test_entity_coverage_pages_through_every_article_that_mentions_it(
    client, make_article, make_organisation
):
    ofsted = make_organisation("Ofsted")
    for n in range(25):
        relink(make_article(f"Story {n:02}", body="Ofsted said so. Ofsted again."))
    make_article("Story 99", body="Nobody said so.")
    pages = follow(client, ofsted.get_absolute_url(), "next")
    assert len(pages) == 2
    listed = [h for page in pages for h in headlines(page, 'id="coverage"')]
    assert sorted(listed) == [f"Story {n:02}" for n in range(25)]
    assert all(page.count("<mark>Ofsted</mark>") == 2 * len(headlines(page, 'id="coverage"'))
               for page in pages)  # fmt: skip


def test_a_malformed_page_cursor_is_not_found(client, make_organisation):
    ofsted = make_organisation("Ofsted")
    assert client.get("/?before=yesterday").status_code == 404
    assert (
        client.get(f"{ofsted.get_absolute_url()}?after=20241301T000000.000000Z_1").status_code
        == 404
    )


def test_co_mentions_count_only_the_latest_articles(make_article, make_organisation):
    ofsted, old, new = (make_organisation(n) for n in ["Ofsted", "Old Council", "New Council"])
    start = datetime(2020, 1, 1, tzinfo=UTC)
    for n in range(3):
        relink(make_article(body="Ofsted and Old Council.", published_at=start + timedelta(n)))
    for n in range(2):
        relink(make_article(body="Ofsted and New Council.", published_at=start + timedelta(9 + n)))
    assert [(c.entity, c.articles) for c in co_mentioned(ofsted, window=2)] == [(new, 2)]
    assert [c.entity for c in co_mentioned(ofsted)] == [old, new]


@pytest.fixture
def story(make_article, make_organisation, make_person, make_alias):
    make_organisation("Ofsted")
    make_alias(make_organisation("Wessex Council"), "Wessex Council")  # kept after a rename
    make_person("Ann Early")
    article = make_article(body="Ofsted rated Wessex Council. Ann Early replied to Ofsted.")
    relink(article)
    return article


def etags(client, article):
    """The ETags of the pages a change to this article's world could touch."""
    urls = ["/", article.get_absolute_url(), "/organisations/ofsted/", "/people/ann-early/"]
    return {url: client.get(url).headers.get("ETag") for url in urls}


def changed(client, story, write):
    before = etags(client, story)
    write()
    after = etags(client, story)
    return {url for url in before if before[url] != after[url]}


ALL_PAGES = {"/", "/organisations/ofsted/", "/people/ann-early/"}


def test_validators_change_on_an_edit(client, story, django_capture_on_commit_callbacks):
    def edit():
        with django_capture_on_commit_callbacks(execute=True):
            story.body += " Nobody else spoke."
            story.save()

    assert changed(client, story, edit) == ALL_PAGES | {story.get_absolute_url()}


def test_validators_change_on_a_relink_that_finds_a_new_name(client, story):
    # Made in bulk, as the corpus generator does: no signal says anything changed.
    Organisation.objects.bulk_create([Organisation(name="Ann Early Trust", slug="aet")])
    story.body += " Ann Early Trust agreed."
    Article.objects.filter(pk=story.pk).update(body=story.body)

    assert changed(client, story, lambda: relink(story)) >= ALL_PAGES | {story.get_absolute_url()}


def test_validators_change_on_a_rejection(client, story, django_capture_on_commit_callbacks):
    def reject():
        with django_capture_on_commit_callbacks(execute=True):
            mention = story.mentions.get(text="Ann Early")
            mention.rejected = True
            mention.save()

    assert changed(client, story, reject) == ALL_PAGES | {story.get_absolute_url()}
    assert "/people/ann-early/" not in client.get(story.get_absolute_url()).content.decode()


def test_validators_change_on_a_rating(
    client, story, make_organisation, django_capture_on_commit_callbacks
):
    council = story.mentions.get(text="Wessex Council").organisation
    ofsted = story.mentions.filter(text="Ofsted").first().organisation

    def rate():
        with django_capture_on_commit_callbacks(execute=True):
            inspection = Inspection.objects.create(
                organisation=council, inspectorate=ofsted, published_on=date(2024, 1, 1)
            )
            InspectionRating.objects.create(
                inspection=inspection, judgement_area="overall", grade=2
            )

    assert changed(client, story, rate) >= ALL_PAGES
    assert "Wessex Council" in client.get("/").content.decode().split('id="grades-heading"')[1]


def test_validators_change_on_a_rename(client, story, django_capture_on_commit_callbacks):
    def rename():
        with django_capture_on_commit_callbacks(execute=True):
            council = story.mentions.get(text="Wessex Council").organisation
            council.name = "Wessex County Council"
            council.save()

    assert changed(client, story, rename) >= ALL_PAGES | {story.get_absolute_url()}
    assert "Wessex County Council" in client.get("/organisations/ofsted/").content.decode()


def test_validators_change_when_a_scheduled_article_goes_live(
    client, story, make_article, make_organisation
):
    later = make_article("Scheduled", body="Ofsted.", published_at=timezone.now() + timedelta(1))
    relink(later)
    before = etags(client, story)
    assert "Scheduled" not in client.get("/").content.decode()
    # Time passing writes nothing: move the clock back instead of waiting for it.
    Article.objects.filter(pk=later.pk).update(published_at=timezone.now() - timedelta(1))
    assert "Scheduled" in client.get("/").content.decode()
    assert etags(client, story)["/"] != before["/"]


def test_unrelated_reads_keep_every_validator(client, story):
    assert changed(client, story, lambda: client.get("/ratings/")) == set()


def test_a_conditional_get_is_one_query(client, story, django_assert_num_queries):
    for url in etags(client, story):
        etag = client.get(url).headers["ETag"]
        with django_assert_num_queries(1):
            assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_reader_gets_the_cached_page_for_one_query_until_it_changes(
    client, story, django_assert_num_queries, django_capture_on_commit_callbacks
):
    url = story.get_absolute_url()
    first = client.get(url).content
    with django_assert_num_queries(1):
        assert client.get(url).content == first
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "A new headline"
        story.save()
    assert b"A new headline" in client.get(url).content


def test_staff_pages_are_never_cached_for_readers(
    client, make_article, editor, story, django_assert_num_queries
):
    draft = make_article("Secret draft", status=Article.Status.DRAFT, published_at=None)
    client.force_login(editor)
    assert b"readers cannot see it" in client.get(draft.get_absolute_url()).content
    assert client.get(story.get_absolute_url()).status_code == 200
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert b"Secret draft" not in client.get("/").content
    with CaptureQueriesContext(connection) as queries:
        client.get(story.get_absolute_url())
    assert len(queries) > 1  # rendered for the reader: the editor's copy was not kept
    with django_assert_num_queries(1):
        client.get(story.get_absolute_url())


def test_the_link_setting_is_part_of_the_cached_page(client, story, settings):
    url = story.get_absolute_url()
    every = client.get(url).content.decode().count('href="/organisations/ofsted/"')
    settings.MENTION_LINKS = "first"
    first = client.get(url).content.decode().count('href="/organisations/ofsted/"')
    assert (every, first) == (3, 2)  # two in the body, one in "In this article"


def test_a_thousand_mentions_render_in_their_paragraphs(client, make_article, make_organisation):
    make_organisation("Ofsted")
    article = make_article(body="\n\n".join(["Ofsted said. Ofsted did."] * 500))
    relink(article)
    assert article.mentions.count() == 1000
    html = client.get(article.get_absolute_url()).content.decode()
    body = html.split('itemprop="articleBody"')[1].split("<aside")[0]
    assert body.count("<p>") == 500
    assert body.count('href="/organisations/ofsted/"') == 1000


def test_redis_is_the_cache_when_configured():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    env = {**os.environ, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "newsroom.settings"}

    def backend(**extra):
        result = subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            env={**env, **extra}, cwd=settings.BASE_DIR,
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        return result.stdout.strip()

    assert backend(REDIS_URL="redis://127.0.0.1:6379/0") == (
        "django.core.cache.backends.redis.RedisCache"
    )
    assert backend() == "django.core.cache.backends.locmem.LocMemCache"
