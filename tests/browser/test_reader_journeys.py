"""What a reader does in a real browser: from story to entity and back, search, subscribe."""

import re
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TRUST_ARTICLE = "/articles/ofsted-rates-government-imposed-childrens-services-trust-inadequate/"
TRUST_SLUG = "doncaster-childrens-services-trust"
TRUST = f"/organisations/{TRUST_SLUG}/"
LEADERS_ARTICLE = "/articles/leaders-in-charge-of-doncasters-children-say-services-are-not-failing/"
ATOM = "{http://www.w3.org/2005/Atom}"


def test_reader_goes_from_the_home_page_to_an_article(page):
    page.goto("/")
    headline = "Ofsted rates government-imposed children's services trust 'inadequate'"
    page.get_by_role("link", name=headline).click()
    expect(page).to_have_url(re.compile(re.escape(TRUST_ARTICLE) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(headline)


def test_reader_follows_a_mention_in_the_body_to_the_organisation(page):
    page.goto(TRUST_ARTICLE)
    body = page.locator("[itemprop=articleBody]")
    body.get_by_role("link", name="Doncaster Children's Services Trust").first.click()
    expect(page).to_have_url(re.compile(re.escape(TRUST) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Doncaster Children's Services Trust")


def test_a_passage_on_the_organisation_page_leads_back_to_the_mention_in_the_article(page):
    page.goto(TRUST)
    coverage = page.locator("article.mentioning").filter(
        has=page.get_by_role("link", name=re.compile("^Ofsted rates government-imposed"))
    )
    coverage.locator(".passages a").first.click()
    expect(page).to_have_url(re.compile(re.escape(TRUST_ARTICLE) + "#m\\d+$"))
    spot = page.locator(f"#{urlsplit(page.url).fragment}")
    expect(spot).to_have_attribute("href", TRUST)
    expect(spot).to_be_in_viewport()


def test_on_a_phone_a_reader_goes_from_an_article_to_an_entity_and_back(phone):
    phone.goto(TRUST_ARTICLE)
    body = phone.locator("[itemprop=articleBody]")
    body.get_by_role("link", name="Michael Gove").first.click()
    expect(phone).to_have_url(re.compile(r"/people/michael-gove/$"))
    coverage = phone.locator("article.mentioning").filter(
        has=phone.get_by_role("link", name=re.compile("^Ofsted rates government-imposed"))
    )
    coverage.locator(".passages a").first.click()
    expect(phone).to_have_url(re.compile(re.escape(TRUST_ARTICLE) + "#m\\d+$"))
    expect(phone.locator(f"#{urlsplit(phone.url).fragment}")).to_be_in_viewport()


def test_a_point_on_the_timeline_leads_to_the_article_that_reports_it(page):
    page.goto(f"/ratings/{TRUST_SLUG}/")
    chart = page.get_by_role("group", name="Ofsted grades of Doncaster Children's Services Trust")
    chart.get_by_role("link", name=re.compile("Good, 2018")).click()
    expect(page).to_have_url(re.compile(re.escape(LEADERS_ARTICLE) + "(#.*)?$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Leaders in charge of Doncaster")


@pytest.mark.parametrize(
    ("query", "result", "url"),
    [
        ("Wilshaw", "Michael Wilshaw", "/people/michael-wilshaw/"),
        ("Doncaster trust", "Doncaster Children's Services Trust", TRUST),
    ],
)
def test_reader_searches_and_opens_a_highlighted_result(page, query, result, url):
    page.goto("/")
    box = page.get_by_role("search").get_by_role("searchbox")
    box.fill(query)
    box.press("Enter")
    words = r"(\+|%20)".join(query.split())
    expect(page).to_have_url(re.compile(rf"/search/\?q={words}(&|$)"))
    results = page.locator("main")
    expect(results.locator("mark").first).to_be_visible()
    results.get_by_role("link", name=result, exact=True).first.click()
    expect(page).to_have_url(re.compile(re.escape(url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(result)


def test_reader_subscribes_to_the_latest_stories_and_the_feed_leads_to_them(page):
    page.goto("/")
    entries = follow_feed(page, page.locator("head link[rel=alternate][type$='+xml']").first)
    newest = page.locator(".story-list h2 a").first.inner_text()
    assert entries[0][0] == newest
    page.goto(urlsplit(entries[0][1]).path)
    expect(page.get_by_role("heading", level=1)).to_have_text(newest)


def test_reader_follows_an_organisation_through_its_feed(page):
    page.goto(TRUST)
    follow = page.get_by_role("link", name="Follow Doncaster Children's Services Trust")
    announced = page.locator(f"head link[rel=alternate][href='{follow.get_attribute('href')}']")
    expect(announced).to_have_count(1)
    headlines = {title for title, _ in follow_feed(page, follow)}
    coverage = set(page.locator("article.mentioning h3 a").all_inner_texts())
    assert headlines
    assert headlines == coverage


def test_a_missing_page_looks_like_the_site_and_offers_a_search(page):
    response = page.goto("/articles/no-such-story/")
    assert response.status == 404
    expect(page.get_by_role("banner").get_by_role("link", name="Newsroom")).to_be_visible()
    box = page.get_by_role("main").get_by_role("searchbox")
    box.fill("Ofsted")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=Ofsted(&|$)"))
    expect(page.get_by_role("main").get_by_role("link", name="Ofsted", exact=True)).to_be_visible()


def follow_feed(tab, link):
    """Fetch the feed a link points to; return its entries' titles and links."""
    response = tab.request.get(urljoin(tab.url, link.get_attribute("href")))
    assert response.ok
    # The feed comes from the project's own server under test.
    root = ElementTree.fromstring(response.body())  # noqa: S314
    if root.tag == f"{ATOM}feed":
        return [
            (entry.findtext(f"{ATOM}title"), entry.find(f"{ATOM}link").get("href"))
            for entry in root.iter(f"{ATOM}entry")
        ]
    return [(item.findtext("title"), item.findtext("link")) for item in root.iter("item")]
