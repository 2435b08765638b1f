"""Importing raw articles: cleaning, dates, bylines, repeats and broken input (articles.ingest)."""

import codecs
import json
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from articles import ingest
from articles.models import Article, Mention
from entities.models import Organisation, Person, Role
from tests.conftest import FIXTURES_DIR

SOURCES = FIXTURES_DIR / "sources"
DATA = Path(__file__).parent / "data"
FIXTURE_ARTICLES = {
    Path(row["fields"]["source_file"]).name: row["fields"]
    for row in json.loads((FIXTURES_DIR / "articles.json").read_text())
}
SEED_FILES = sorted(FIXTURE_ARTICLES)
UNDATED = "004_acd8f210b770263f.txt"
TEXT_FIELDS = ["headline", "standfirst", "body", "byline", "captions", "removed_text"]


def when(text: str | None):
    return text and datetime.fromisoformat(text.replace("Z", "+00:00"))


def import_seed(name: str, **options) -> ingest.ImportResult:
    return ingest.import_text((SOURCES / name).read_text(), name=name, **options)


@pytest.fixture
def known_entities(seeded):
    """The seed's organisations, people and aliases, with no articles yet."""
    Article.objects.all().delete()


# The seed files ---------------------------------------------------------------------


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_file_imports_as_the_hand_cleaned_fixture(db, name):
    fixture = FIXTURE_ARTICLES[name]

    result = import_seed(name)

    assert result.status == ingest.IMPORTED, result.error
    article = Article.objects.get()
    for field in TEXT_FIELDS:
        assert getattr(article, field) == fixture[field], field
    assert article.updated_at == when(fixture["updated_at"])
    if name == UNDATED:
        assert article.published_at is None  # the capture has no date line
    else:
        assert article.published_at == when(fixture["published_at"])
        assert article.published_precision == fixture["published_precision"]
    assert [p.name for p in article.authors.all()] == [
        row["fields"]["name"]
        for row in json.loads((FIXTURES_DIR / "entities.json").read_text())
        if row["model"] == "entities.person" and row["pk"] in fixture["authors"]
    ]
    assert article.status == Article.Status.DRAFT


def test_an_undated_seed_takes_the_date_given_for_it(db):
    name = UNDATED
    drafts = ingest.read_source((SOURCES / name).read_bytes(), name=name)

    [result] = ingest.store_all(drafts, name=name, fallback_date=ingest.parse_date("July 2013"))

    assert result.article.published_at == when(FIXTURE_ARTICLES[name]["published_at"])
    assert result.article.published_precision == "month"


def test_byline_author_gets_the_post_it_states(db):
    article = import_seed("001_92dd316e499adfc4.txt").article

    torr = Person.objects.get(name="George Torr")
    assert list(article.authors.all()) == [torr]
    role = Role.objects.get(person=torr)
    assert (role.title, role.organisation, role.source) == (
        "Local Democracy Reporter",
        None,
        article,
    )
    assert role.source_note == "Byline: “By George Torr, Local Democracy Reporter”."


def test_known_authors_and_posts_are_not_duplicated(known_entities):
    puffett = Person.objects.get(name="Neil Puffett")
    people, roles = Person.objects.count(), Role.objects.count()

    by_puffett = import_seed("002_1013821daa504b5f.txt").article
    import_seed("001_92dd316e499adfc4.txt")

    assert list(by_puffett.authors.all()) == [puffett]
    assert (Person.objects.count(), Role.objects.count()) == (people, roles)


def test_seeds_imported_over_the_loaded_fixtures_are_duplicates(seeded):
    articles = Article.objects.count()

    results = [import_seed(name) for name in SEED_FILES]

    assert [r.status for r in results] == [ingest.DUPLICATE] * len(SEED_FILES)
    assert Article.objects.count() == articles


def test_publisher_named_in_the_furniture_becomes_the_publication(known_entities):
    article = import_seed("002_1013821daa504b5f.txt").article

    assert article.publication == Organisation.objects.get(slug="cyp-now")


# Cleaning furniture the seeds do not contain -------------------------------------

FURNITURE_VARIANTS = """Council leader resigns over children's services report

The leader of Borsetshire County Council has resigned after a damning report.

Advertisement
ADVERTISEMENT
Article continues below advertisement
Share this article
Share on WhatsApp
Follow us on Instagram
Read more: Inspectors return to Borsetshire
READ MORE
Sign up to the Borchester Echo's politics newsletter
Get the day's headlines straight to your inbox
Subscribe for £1
Only £1 for your first month
Support local journalism: subscribe today
Enjoyed this story?
Thanks for signing up!
Thank you for reading.
Share or comment on this article:
Updated 2 hours ago
Comments (12)
Comments 12

Cllr Jane Smith said she took full responsibility for the failings.

Digital subscription

  - Unlimited articles
  - Ad-free reading

£4.99 per month

The council will pay £15 a month per child in extra support, the report says.
"""


def test_furniture_the_seeds_do_not_contain_is_removed_and_kept(db):
    result = ingest.import_text(FURNITURE_VARIANTS, name="variants.txt")

    article = result.article
    assert article.standfirst == (
        "The leader of Borsetshire County Council has resigned after a damning report."
    )
    assert article.body == (
        "Cllr Jane Smith said she took full responsibility for the failings.\n\n"
        "The council will pay £15 a month per child in extra support, the report says."
    )
    assert article.removed_text.splitlines() == [
        "Advertisement",
        "ADVERTISEMENT",
        "Article continues below advertisement",
        "Share this article",
        "Share on WhatsApp",
        "Follow us on Instagram",
        "Read more: Inspectors return to Borsetshire",
        "READ MORE",
        "Sign up to the Borchester Echo's politics newsletter",
        "Get the day's headlines straight to your inbox",
        "Subscribe for £1",
        "Only £1 for your first month",
        "Support local journalism: subscribe today",
        "Enjoyed this story?",
        "Thanks for signing up!",
        "Thank you for reading.",
        "Share or comment on this article:",
        "Updated 2 hours ago",
        "Comments (12)",
        "Comments 12",
        "Digital subscription",
        "- Unlimited articles",
        "- Ad-free reading",
        "£4.99 per month",
    ]
    assert article.captions == ""


@pytest.mark.parametrize(
    "headline",
    [
        "Doncaster children's trust needs extra £5m a year, consultants find",
        "Trust to save £1.2 million a year from its first budget",
    ],
)
def test_a_sum_a_headline_reports_is_no_subscription_price(db, headline):
    text = f"{headline}\n\nA review says the trust needs more money.\n\nThe council agreed.\n"

    draft = ingest.read_article(text, name="sum.txt")

    assert draft.headline == headline
    assert draft.removed == []


def test_a_subscriptions_sales_pitch_is_furniture(db):
    text = (
        "Trust rated good\n\nThe trust was rated good.\n\nSign up to our daily newsletter\n\n"
        "Did you know with a Digital Subscription to Doncaster Free Press, you can get "
        "unlimited access to the website including our premium content, as well as "
        "benefiting from fewer ads, loyalty rewards and much more.\nLearn More\n\n"
        "Staff were praised.\n"
    )

    draft = ingest.read_article(text, name="pitch.txt")

    assert draft.body == "Staff were praised."
    assert draft.captions == []
    assert "Learn More" in draft.removed


@pytest.mark.parametrize(
    "pitch",
    [
        "Want to get our latest news? Sign up to our free newsletter.",
        "Get the latest news and sport from Doncaster straight to your inbox.",
        "For more news from Doncaster, visit our website.",
        "Follow the Doncaster Free Press on Facebook.",
        "Join our WhatsApp community for the latest news.",
        "Join YorkshireLive's WhatsApp community to get breaking news sent to your phone",
        "Join now",
        "Thank you for subscribingSee our privacy notice",
        "You have reached the end of the free preview.",
        "Registered office: 1 London Bridge Street, SE1 9GF.",
        "ShareComments",
        "Your inbox, our expert journalists. The Early Edition: start your day with what "
        "really matters.",
        "Download our free app for the latest news.",
        "Subscribe to the Doncaster Free Press for just £1 a month.",
        "Got a story? Email newsdesk@example.com",
        "Do you have a story? Contact the newsdesk on 01302 555555.",
        "More from News",
        "Recommended for you",
        "Have your say",
        "Watch more of our videos on Shots!",
        "and live on Freeview channel 276",
        "Visit Shots! now",
        "You can find this article in your saved articles",
        "By continuing, you agree to our Terms and Privacy Policy.",
        "We use your sign-up to provide content in ways you've consented to and to improve "
        "our understanding of you. You can unsubscribe at any time.",
        "Our journalists try to be accurate but occasionally we make mistakes. For more "
        "details of our complaints policy please click this link.",
        "I hope you appreciated this article. Before you move on, I wanted to ask if you "
        "would consider supporting the Guardian’s journalism.",
        "Remind me in May",
        "Accepted payment methods: Visa, Mastercard, American Express and PayPal",
        "Get our free View from Westminster email",
        "I would like to be emailed about offers, events and updates from The Independent. "
        "Read our privacy notice",
        "The Telegraph values your comments but kindly requests all posts are on topic, "
        "constructive and respectful.",
        "Gift this article free",
        "Get the biggest daily stories by email",
        "See our privacy notice",
        "Show me",
        "We rely on advertising to help fund our award-winning journalism. We urge you to turn "
        "off your ad blocker for The Telegraph website so that you can continue to access our "
        "quality content in the future.",
        "Thank you for your support.",
        "Support The Star and become a subscriber today. Enjoy unlimited access to all of our "
        "advertising-lite content and exclusive newsletters.",
        "Sometimes we miss stories. Sign up to get the most important ones direct to you.",
        "Want the latest on children’s social care? Sign up to our daily newsletter.",
        "Don't miss out on the latest Doncaster news. Follow us on Facebook and Twitter.",
        "Want a quick and expert briefing on the biggest news stories? Listen to our latest "
        "podcasts to find out What You Need To Know...",
        "Related: Councillor Nick Allen says trust must be 'held to account'",
        "Sign up to the HuffPost UK Morning newsletter for the latest news.",
        "This story was written by a Local Democracy Reporter. The Local Democracy Reporting "
        "Service is a partnership between the BBC and local news organisations.",
        "This story was first published by the Local Democracy Reporting Service.",
        "Share this:",
        "Like Loading...",
        "Was this page useful?",
        "Home » News » Rosie welcomes the launch of the trust",
        "Duration 4:32",
        "The views expressed in the contents above are those of our users and do not "
        "necessarily reflect the views of MailOnline.",
        "We are no longer accepting comments on this article.",
        "Published by Associated Newspapers Ltd",
        "Share your thoughts on this story in the comments below.",
        "Want more Doncaster news? Sign up to our newsletter here.",
        "Follow BBC Yorkshire on Facebook, X and Instagram. Send your story ideas to "
        "yorkslincs.news@bbc.co.uk.",
        "Why you can trust Sky News",
        "Please use Chrome browser for a more accessible video player",
        "Please use the sharing tools found via the share button at the top or side of "
        "articles. Copying articles to share with others is a breach of FT.com T&Cs and "
        "Copyright Policy.",
        "Copyright The Financial Times Limited 2016. All rights reserved.",
        "Have your say. Comments are moderated.",
        "Have your say on this story. Our comments are moderated.",
        "Want to join the conversation? Please or to comment on this article.",
        "Want more? Subscribe to LGC for unlimited access to news, analysis and comment.",
        "SCHOOLS WEEK IS FREE TO READ. Help us keep it that way – subscribe to the print edition.",
        "Get the full picture with The MJ's weekly magazine and daily news alerts.",
        "Letters should be sent to letters@lgcplus.com and include a full postal address. We "
        "reserve the right to edit letters for length.",
        "This article first appeared in Public Finance's October issue.",
        "Do you agree? Email letters@lgcplus.com",
        "Contains Parliamentary information licensed under the Open Parliament Licence v3.0.",
        "Is this page useful?",
        "Yes this page is useful",
        "Report a problem with this page",
        "Show 3 comments",
        "Read 1 comment",
        "Back to the top of the page",
        "Back to news",
        "Rate this page",
        "Accessibility statement",
        "ENDS",
        "Join the conversation. Log in or register to comment.",
        "Your email address will not be published.",
        "Sort by: Newest",
        "Thank you for reading. Please support us by subscribing to the Doncaster Free Press.",
        "Get the latest news, analysis and practice from children and young people's services.",
        "What do you think? Email letters@doncasterfreepress.co.uk",
        "Since you're here …",
        "Click to share on Twitter (Opens in new window)",
        "You must sign in to make a comment",
        "Facebook Twitter WhatsApp Email",
        "Want to bookmark your favourite articles and stories to read or reference later? "
        "Start your Independent Premium subscription today.",
        "Click to follow The Independent",
        "For further information please contact the Communications and Marketing Team on "
        "01302 736000 or email media@doncaster.gov.uk.",
        "This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled.",
        "Share by email",
        "Google+",
        "Got it!",
        "Like Reply 4 Reactions",
        "BBC © 2013 The BBC is not responsible for the content of external sites. Read more.",
        "Download the data (CSV, 14KB)",
        "Interactive chart: Ofsted grades of Yorkshire councils, 2010-2023",
        "Hover over a council to see its grade history",
        "News | Finance | Workforce | Children's services | Jobs | Events",
        "Tweet | Share | LinkedIn | Email",
        "Scroll down for video",
        "248 shares",
        "Readers' comments will be switched on shortly",
        "Reuse content",
        "Have a question we haven't answered? Email education@doncasterfreepress.co.uk",
        "This article is republished from The Conversation under a Creative Commons "
        "license. Read the original article.",
        "Want to write?",
        "Calum Webb receives funding from the Nuffield Foundation.",
        "University of Sheffield provides funding as a member of The Conversation UK.",
        "Free for one month, then £2 per week. Cancel anytime.",
        "Subscribe to The Star. Support local journalism. Click here.",
        "Get all the latest Doncaster news straight to your inbox. Sign up for our free "
        "newsletter here.",
        "Your comments are subject to our terms and conditions.",
        "Copyright Johnston Publishing Ltd. Doncaster Free Press, Sunny Bar, Doncaster DN1 1NB.",
        'This article appeared in the Britain section of the print edition under the headline "'
        'Trust issues"',
        "This article appears in the 13 March 2015 issue of the New Statesman, Labour's lost north",
        "... we have a small favour to ask. Millions are turning to the Guardian for open, "
        "independent, quality news every day.",
        "Follow the Long Read on Twitter at @gdnlongread, listen to our podcasts here and sign up "
        "to the long read weekly email here.",
        "Copyright © 2022 BBC. The BBC is not responsible for the content of external sites. "
        "Read about our approach to external linking.",
        "Subscribe to The MJ for the latest local government news, jobs and analysis.",
        "Looking for practice guidance? Community Care Inform Children has more than 200 "
        "guides and tools. Subscribe now.",
        "Home > Children > Doncaster children's trust goes live with pledge to end \"decades "
        'of failure"',
        "This article is available to CYP Now subscribers. Subscribe now.",
        "This article is available to CYP Now Digital members only.",
        "To continue reading, become a CYP Now Digital member today.",
        "Sorry, there seem to be some issues. Please try again later.",
        "Submitting...",
        "Want to read more? Here's how to subscribe to The Star...",
        "Visit https://www.thestar.co.uk/subscriptions now to sign up.",
        "Want to stay up to date? Sign up for Community Care's daily newsletter.",
        "We will use your email address only for the purpose of sending you newsletters. "
        "Please see our Privacy Notice for details of your data protection rights.",
        "Thank you for visiting Children & Young People Now and making use of our archive. "
        "Register now to continue reading.",
        "Get the inside track on what MPs and Peers are talking about. Sign up to The House's "
        "morning email.",
        "Share: Facebook | Twitter | LinkedIn | Email | Print",
        "Thank you for reading this article. Subscribe to the Doncaster Free Press from just £1 "
        "a week and get unlimited access to local news.",
        "A message from the editor: Thank you for reading this article. We're more reliant on "
        "your support than ever as the shift in consumer habits brought about by coronavirus "
        "impacts our advertisers.",
        "Thank you for reading this story on our website. While I have your attention, I also "
        "have an important request to make of you.",
        "In order for us to continue to provide high quality and trusted local news on this "
        "free-to-read site, I am asking you to also please purchase a copy of our newspaper.",
        "Get the biggest Daily stories by emailSubscribeWe will use your email address only for "
        "the purpose of sending you newsletters. Please see our Privacy Notice for details of "
        "your data protection rights.Thank you for subscribingWe have more newsletters Show "
        "meSee our privacy noticeInvalid Email",
        "Our Privacy Notice explains how we use your data.",
        "Like this story? Click here to sign up to our newsletter for the latest updates.",
        "With your permission we and our partners may use precise geolocation data and "
        "identification through device scanning.",
        "You have read 2 of your 3 free articles this month. Subscribe now for unlimited access.",
        "You have reached your limit of free articles. Subscribe to LGC for unlimited access.",
        "Comments are subject to our community guidelines, which can be viewed here.",
        "Our journalists are highly trained and our content is independently regulated by "
        "IPSO to some of the most rigorous standards in the world.",
        "With the coronavirus lockdown having a major impact on many of our advertisers - and "
        "consequently the revenue we receive - we are more reliant than ever on you.",
        "Don't miss the latest news from around Greater Manchester. Sign up to our newsletters "
        "here.",
        "Don't miss the latest news from around Britain. Follow Mirror on Twitter and Facebook.",
        "Your subscription will help us to continue to bring quality news to the people of "
        "Yorkshire. In return, you'll see fewer ads on site.",
        "This article was produced by the Local Democracy Reporting Service, which provides "
        "coverage of local councils across the country.",
        "Sign up for The Staggers, our daily politics newsletter.",
        "Follow KentOnline on Facebook and Twitter",
        "Support your Doncaster Free Press by becoming a digital subscriber. Click here to find "
        "out more.",
        "Support independent journalism in Yorkshire. Subscribe today for unlimited access.",
        "This is a Local Democracy Reporting Service story.",
        "• Comments on this article are premoderated. Comments have been closed.",
        "Do you work in children's social care in Doncaster? Get in touch at "
        "newsdesk@doncasterlive.co.uk",
        "You've read 3 of your 4 free articles this month. Register for free to keep reading, "
        "or log in to your Community Care account.",
        "Want to read more? Subscribe to LGC to get full access to this article, plus daily "
        "news, analysis and exclusive data.",
        "This content is available to registered users. Registration is free and takes less "
        "than a minute.",
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content "
        "funded by outside parties.",
        "Subscribers get unlimited access to features, practice guides and our archive since 1970.",
        "@FCDWhittaker",
        "Subscribe to CYP Now for full access to news, analysis and practice articles.",
        "Did you know with an Ad-Lite subscription to The Yorkshire Post you can get 70% fewer "
        "ads while viewing the news that matters to you.",
        "Subscribe to LGC Plus for unlimited access to all LGC content, including analysis.",
        "LGC Plus gives you unlimited access to the latest local government news and analysis.",
        "Get unlimited access to news, analysis and practice guidance. Subscribe today.",
        "We believe everyone deserves access to information that's grounded in science and "
        "truth, and analysis rooted in authority and integrity.",
        "This article was produced as part of the BBC Local Democracy Reporting Service.",
        "Our knowledge and research site, Community Care Inform Children, has guides to working "
        "with children in care.",
        "Inform Children subscribers can read our guide to preparing for an ILACS inspection.",
        "Commenting is now closed on this article",
        "Your thoughts",
        "Community Care Inform",
        "You are receiving this email because you signed up to the Doncaster Briefing.",
        "Support local journalism: subscribe for just £1 for your first month.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "LGC Plus subscribers get exclusive analysis. Subscribe now.",
        "Listen to the full episode above or download it from iTunes.",
        "Public Finance is published by CIPFA. All rights reserved.",
        "Inside Social Work is produced by Community Care and is available on all major "
        "podcast platforms.",
        "This article is brought to you by the Local Democracy Reporting Service, a BBC-funded "
        "partnership.",
        "This website and its associated newspaper adhere to the Independent Press Standards "
        "Organisation's Editors' Code of Practice.",
        "Doncaster Nub News is part of the Nub News network of independent local news sites.",
        "Thanks for reading The Northern Desk! Subscribe for free to receive new posts and "
        "support my work.",
        "Did someone forward you this? Subscribe here.",
        "Don't miss out - sign up to The Star's newsletter for the latest news.",
        "By signing up you agree to our privacy policy.",
        "Nub News uses cookies to improve your experience. Accept Reject",
        "Watch Jackie Long's report from Doncaster in the video above.",
        "National World Publishing Ltd. All rights reserved.",
        "View more sharing options",
    ],
)
def test_a_papers_pitch_under_the_story_is_furniture(db, pitch):
    text = f"Trust rated good\n\nThe trust was rated good.\n\nStaff were praised.\n\n{pitch}\n"

    draft = ingest.read_article(text, name="pitch.txt")

    assert draft.body == "Staff were praised."
    assert pitch in draft.removed


@pytest.mark.parametrize(
    "banner",
    [
        "View original article",
        "View this email in your browser",
        "Having trouble viewing this email? View it online",
        "Accept additional cookies Reject additional cookies View cookies",
        "PRESS RELEASE",
        "Ofsted news release",
        "Email Print",
        "[Video: Watch Jon Hill's report - 2 min 38 sec]",
        "Listen now on Apple Podcasts | Spotify | SoundCloud",
        "Cookies on GOV.UK",
        "Ofsted press office",
        "(Corrects spelling of Westminster City Council in 14th par)",
        "theguardian.com · 5 min read",
        "Saved Mar 14, 2019 · Tags: doncaster, social-care, research",
        "Save for later",
        "Clipped from: https://www.cypnow.co.uk/news/article/doncaster-trust",
        "Clip date: 21/06/2021 09:14",
        "Notebook: Research - DCST history",
        "Jump to comments (84)",
    ],
)
def test_a_banner_or_label_over_the_headline_is_furniture(db, banner):
    text = (
        f"{banner}\n\nDoncaster children's services rated good by Ofsted\n\n19 November 2019"
        "\n\nThe trust was rated good by Ofsted for the first time.\n\nStaff were praised.\n"
    )

    draft = ingest.read_article(text, name="banner.txt")

    assert draft.headline == "Doncaster children's services rated good by Ofsted"
    assert banner in draft.removed
    assert draft.body == "Staff were praised."


def test_googles_cached_copy_keeps_its_headline_and_loses_the_caches_header(db):
    text = (
        "This is Google's cache of http://www.bbc.co.uk/news/uk-england-22195023. It is a "
        "snapshot of the page as it appeared on 19 Apr 2013 14:02:11 GMT. The current page "
        "could have changed in the meantime. Learn more\nFull version\nText-only version\n"
        "View source\nTip: To quickly find your search term on this page, press Ctrl+F or "
        "⌘-F (Mac) and use the find bar.\nBBC\nNews\nSport\nWeather\n"
        "18 April 2013 Last updated at 11:47\n"
        "Doncaster children's services to be run by independent trust\n"
        "Children's services in Doncaster are to be run by an independent trust.\n"
        "Michael Gove said the move followed persistent failure.\n"
    )

    draft = ingest.read_article(text, name="cache.txt")

    assert draft.headline == "Doncaster children's services to be run by independent trust"
    assert draft.standfirst.startswith("Children's services in Doncaster")
    assert "Full version" in draft.removed


def test_an_archived_copys_capture_time_does_not_date_the_story(db):
    text = (
        "archive.today\nwebpage capture\nSaved from\nhttps://www.communitycare.co.uk/2015/"
        "11/24/doncaster-trust-chief-warns/\nsearch\n24 Nov 2015 16:21:08 UTC\n"
        "All snapshots from host www.communitycare.co.uk\nWebpage\nScreenshot\nshare\n"
        "download .zip\nreport bug or abuse\nBuy me a coffee\nshort link\nlong link\n"
        "markdown\nhtml code\nwiki code\nCommunity Care\n"
        "Doncaster trust chief warns of funding gap in first year\n"
        "by Andy McNicoll on November 24, 2015 in Children, Workforce\n"
        "Trust needed £2.4m more than agreed with the council, chief executive tells MPs\n"
        "Doncaster Children's Services Trust needs millions more, its chief executive said.\n"
    )

    draft = ingest.read_article(text, name="archive.txt")

    assert draft.headline == "Doncaster trust chief warns of funding gap in first year"
    assert (draft.published.at.date(), draft.published.precision) == (
        date(2015, 11, 24),
        "day",
    )


def test_an_aggregators_copy_keeps_its_headline_and_loses_its_furniture(db):
    text = (
        "Doncaster children's trust faces £9m overspend as placement costs soar\n"
        "Local Democracy Reporting Service\nGeorge Torr\nLocal Democracy Reporter\n"
        "14 October 2021\n\nApple News\nShared from Apple News\n\n"
        "The trust is facing a £9m overspend.\n\nStory continues\n\n"
        "Placement costs have soared.\n\n"
        "This story was originally published by the Doncaster Free Press.\n\n"
        "Read full article\n\nGet more Doncaster news\nOpen in Apple News\n"
    )

    draft = ingest.read_article(text, name="apple.txt")

    assert draft.headline.startswith("Doncaster children's trust faces £9m overspend")
    assert draft.body == "Placement costs have soared."
    for line in ("Shared from Apple News", "Story continues", "Read full article"):
        assert line in draft.removed


def test_a_trending_box_mid_page_is_furniture(db):
    text = (
        "Trust rated good\n\nThe trust was rated good.\n\nStaff were praised.\n\n"
        "Trending\n\n1\nDoncaster Rovers: Gary McSheffrey on survival hopes\n2\n"
        "Ofsted chief inspector Amanda Spielman warns of children's care 'crisis'\n\n"
        "Comments\n"
    )

    draft = ingest.read_article(text, name="trending.txt")

    assert draft.body == "Staff were praised."
    assert "Amanda Spielman" not in " ".join(draft.captions)


def test_a_broadcasters_read_more_box_mid_story_is_furniture(db):
    text = (
        "Councils overspend on children's homes\n\nThe LGA said costs had soared.\n\n"
        "Placements cost £10,000 a week.\n\nRead more from Sky News:\n"
        "Ofsted to scrap single-word judgements for schools\n"
        "Care review author warns reforms 'too slow'\n\n"
        "The ADCS said councils were overspending.\n\nFollow @SkyNews on X\n\nContact us\n"
    )

    draft = ingest.read_article(text, name="sky.txt")

    assert draft.body.split("\n\n") == [
        "Placements cost £10,000 a week.",
        "The ADCS said councils were overspending.",
    ]
    assert "Ofsted to scrap single-word judgements for schools" not in draft.captions


def test_a_box_of_job_adverts_mid_story_is_furniture(db):
    box = [
        "Jobs",
        "Head of service, children in care – City of Doncaster Council – £65,000",
        "Principal social worker – North Lincolnshire Council – £52,000 – £58,000",
        "Trust finance director – Northern Star Learning, Bradford – competitive",
        "Assistant principal (SEND) – Harris Academy Peckham – L8 – L12",
        "More jobs",
    ]
    text = (
        "Trust rated good\n\nThe trust was rated good.\n\nStaff were praised.\n\n"
        + "\n".join(box)
        + "\n\nThe council said it was proud of them.\n"
    )

    draft = ingest.read_article(text, name="jobs.txt")

    assert draft.body == "Staff were praised.\n\nThe council said it was proud of them."
    assert draft.removed == box


@pytest.mark.parametrize(
    "picture",
    [
        'Michael Gove said publication was "firmly in the public interest" (Chris Radburn/PA Wire)',
        "Mark Rogers said inspections were putting off good directors (PA)",
        "Ros Jones, the mayor of Doncaster, said she was disappointed by the decision\n"
        "GARY CALTON FOR THE TIMES",
        "Ros Jones, the mayor of Doncaster, said she was disappointed\nPicture: Gary Calton",
        "Michael Gove will announce that Doncaster's children's services are to be taken out of "
        "council hands\nPA",
    ],
)
def test_a_pictures_caption_over_the_story_is_no_standfirst(db, picture):
    text = (
        "Doncaster council stripped of children's services\n\nOctober 23 2013, 12:01am\n\n"
        f"{picture}\n\nA council is to lose its children's services.\n\n"
        "Michael Gove told the council yesterday.\n"
    )

    draft = ingest.read_article(text, name="picture.txt")

    assert draft.standfirst == "A council is to lose its children's services."
    assert draft.captions[0] == picture.split("\n")[0]


def test_the_conversations_notes_and_topics_around_the_story_are_furniture(db):
    text = (
        "Rotherham and Doncaster: two councils, two kinds of intervention\n"
        "Published: February 6, 2015 2.17pm GMT\n"
        "Disclosure statement\n"
        "Karen Whitfield has acted as an adviser to the Local Government Association's peer "
        "review programme.\n\n"
        "Partners\nUniversity of Sheffield provide funding as members of The Conversation UK.\n\n"
        "CC BY ND\nWe believe in the free flow of information\n\n"
        "Louise Casey's report has triggered the removal of Rotherham's cabinet. Dave "
        "Higgens/PA\n\n"
        "Eric Pickles announced that commissioners would run Rotherham.\n\n"
        "The lesson from Doncaster is that intervention is slow.\n\n"
        "Rotherham\n\nLocal government\n\nOfsted\n\nMichael Gove\n\nBefore you go...\n\n"
        "The Conversation UK is a not-for-profit news organisation.\n"
    )

    draft = ingest.read_article(text, name="conversation.txt")

    assert draft.standfirst == "Eric Pickles announced that commissioners would run Rotherham."
    assert draft.body == "The lesson from Doncaster is that intervention is slow."
    assert "Local Government Association" not in " ".join(draft.captions)


def test_a_govuk_releases_from_block_and_government_note_are_furniture(db):
    text = (
        "Independent trust to take over Doncaster children’s services\n"
        "Education Secretary accepts the recommendations of Professor Le Grand’s review.\n\n"
        "From:\nDepartment for Education and The Rt Hon Michael Gove MP\n"
        "Published\n10 July 2013\n"
        "This was published under the 2010 to 2015 Conservative and Liberal Democrat "
        "coalition government\n\n"
        "The education secretary has today accepted the review's main recommendation.\n\n"
        "A trust will run the services.\n"
    )

    draft = ingest.read_article(text, name="govuk.txt")

    assert draft.published.at.date() == date(2013, 7, 10)
    assert draft.body == (
        "The education secretary has today accepted the review's main recommendation.\n\n"
        "A trust will run the services."
    )
    assert "Department for Education and The Rt Hon Michael Gove MP" in draft.removed


@pytest.mark.parametrize("note", ["CHECK AGAINST DELIVERY", "(Check against delivery)"])
def test_a_speechs_check_against_delivery_is_furniture_not_its_byline(db, note):
    text = (
        "Sir Michael Wilshaw's speech to the ADCS conference\n\n"
        f"{note}\n\nPublished 8 July 2015\n\n"
        "Thank you for inviting me to speak today.\n\n"
        "When I became chief inspector, I said Ofsted would hold councils to account.\n"
    )

    draft = ingest.read_article(text, name="speech.txt")

    assert draft.byline == ""
    assert draft.body.startswith("When I became chief inspector")
    assert note in draft.removed


def test_the_bbcs_share_panel_is_furniture_not_a_caption(db):
    text = (
        "Trust services 'require improvement', Ofsted says\n\nPublished\n14 July 2021\n\n"
        "Share\nclose panel\n\nImage caption,\nThe trust has run services since 2014\n\n"
        "Children's services require improvement, Ofsted has said.\n\nThe trust agreed.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.captions == ["The trust has run services since 2014"]
    assert "close panel" in draft.removed


def test_sentences_that_start_like_furniture_are_kept(db):
    body = [
        "Register offices in the borough will close early on Friday, the council said.",
        "Subscribe to the consultation before March, residents have been told by the trust.",
        "Share prices fell after the announcement.",
        "The council unveils its new logo",
        "Thank you for reading this, the mayor wrote to every foster carer in the borough.",
        "Advertising for new foster carers will begin in May.",
        "Follow the guidance on Facebook, parents were told by the council.",
        "Share your views with the council before the comments deadline, residents heard.",
        "For more news on the inspection, the council said, visit its offices.",
        "Facebook and Twitter were told to remove the posts, the council said.",
        "Thank you for visiting the school, said Ms Jones, who was pleased.",
        "Have you signed up to the council's newsletter?",
    ]
    text = "Headline\n\nStandfirst sentence.\n\n" + "\n\n".join(body) + "\n"

    article = ingest.import_text(text, name="copy.txt").article

    assert article.body.split("\n\n") == body[:-1]
    assert article.removed_text == body[-1]


def test_a_list_of_other_stories_under_the_body_is_removed_with_their_dates(db):
    text = (
        "Trust rated good\n\nPublished\n17 November 2017\n\nThe trust was rated good.\n\n"
        "The mayor welcomed it.\n\nMore on this story\nDoncaster children's trust "
        "'inadequate'\nPublished\n27 November 2015\n\nTop Stories\n"
    )

    article = ingest.import_text(text, name="related.txt").article

    assert article.body == "The mayor welcomed it."
    assert (article.published_at.date(), article.updated_at) == (date(2017, 11, 17), None)
    assert "Doncaster children's trust 'inadequate'" in article.removed_text.splitlines()
    assert "27 November 2015" in article.removed_text.splitlines()


@pytest.mark.parametrize(
    "heading",
    [
        "Among the key criticisms in the report:",  # an item that ends in a quotation goes on
        "What happens next?",
        "What Ofsted found",
        "Key facts",
        "Timeline",
    ],
)
def test_a_list_under_a_heading_in_the_story_is_the_storys_not_captions(db, heading):
    items = [
        "Too many children in need did not have up-to-date plans",
        "Supervision of social workers was “irregular and of variable quality”",
        "Leaders did not have an accurate picture of performance",
    ]
    text = (
        "Ofsted verdict\n\nOfsted published its report on the trust.\n\n"
        f"The trust said it was disappointed.\n\n{heading}\n\n"
        + "\n\n".join(items)
        + "\n\nThe mayor said she would act.\n\nStaff at the trust's offices\n"
    )

    article = ingest.import_text(text, name="list.txt").article

    assert article.body.split("\n\n") == [
        "The trust said it was disappointed.",
        heading,
        *items,
        "The mayor said she would act.",
    ]
    assert article.captions == "Staff at the trust's offices"


def test_lines_under_one_ending_in_a_colon_are_a_list_of_the_story_not_captions(
    known_entities,
):
    text = (
        "Ofsted verdict\n\nOfsted published its report.\n\nKey points from the report:\n\n"
        "Leadership of Doncaster Children's Services Trust was rated inadequate\n"
        "Children in care were found to be well supported\n\n"
        "Help and protection requires improvement\n\nThe trust said it was disappointed.\n\n"
        "Staff at the trust's offices\n"
    )

    article = ingest.import_text(text, name="list.txt").article

    assert article.body.split("\n\n") == [
        "Key points from the report:",
        "Leadership of Doncaster Children's Services Trust was rated inadequate",
        "Children in care were found to be well supported",
        "Help and protection requires improvement",
        "The trust said it was disappointed.",
    ]
    assert article.captions == "Staff at the trust's offices"
    assert [m.text for m in article.mentions.filter(field="body")] == [
        "Doncaster Children's Services Trust",
        "The trust",
    ]


def test_a_resolutions_items_that_run_on_are_the_storys_not_captions(db):
    text = (
        "Cabinet approves children's services plan\n\nPublished 8 November 2023\n\n"
        "The cabinet met on Wednesday to discuss the plan after the inspection.\n\n"
        "RESOLVED that Cabinet:-\n"
        "(1) notes the outcome of the Ofsted inspection of children's services;\n"
        "(2) approves additional investment of £3.4m in 2024/25 to reduce caseloads; and\n"
        "(3) notes that the plan will be reported to the panel quarterly.\n\n"
        "The councillor outlined the key terms, including:-\n"
        "(a) a contract of seven years;\n(b) a suite of 32 indicators; or\n"
        "(c) a break clause.\n\nThe plan will be published next week.\n"
    )

    draft = ingest.read_article(text, name="minutes.txt")

    assert draft.captions == []
    assert draft.body.split("\n\n")[1:3] == [
        "(1) notes the outcome of the Ofsted inspection of children's services;",
        "(2) approves additional investment of £3.4m in 2024/25 to reduce caseloads; and",
    ]
    assert "The councillor outlined the key terms, including:-" in draft.body
    assert "(b) a suite of 32 indicators; or" in draft.body


def test_lines_a_short_label_opens_are_a_list_of_the_story_not_captions(known_entities):
    text = (
        "Timeline\n\nHere are the key moments.\n\n"
        "2013: Michael Gove strips Doncaster Council of its children's services\n"
        "2014: Doncaster Children's Services Trust takes over\n\n"
        "Good: Doncaster, Kirklees Council\nInadequate: none\n\n"
        "The handover is due next year.\n\n12.38pm: Ofsted confirms it\n"
        "1.10pm: Mayor Ros Jones welcomes it\n\nPhoto: the trust's offices\n\n"
        "Note: the trust's offices\n\nContact: Press Office\nTel: 01302 736000\n\n"
        "WATCH: Ofsted's chief on the report\nVideo: the mayor on the handover\n"
    )

    article = ingest.import_text(text, name="timeline.txt").article

    assert article.body.split("\n\n") == [
        "2013: Michael Gove strips Doncaster Council of its children's services",
        "2014: Doncaster Children's Services Trust takes over",
        "Good: Doncaster, Kirklees Council",
        "Inadequate: none",
        "The handover is due next year.",
        "12.38pm: Ofsted confirms it",
        "1.10pm: Mayor Ros Jones welcomes it",
    ]
    assert article.captions.splitlines() == [
        "Photo: the trust's offices",
        "Note: the trust's offices",
        "Contact: Press Office",
        "Tel: 01302 736000",
        "WATCH: Ofsted's chief on the report",
        "Video: the mayor on the handover",
    ]
    assert [m.text for m in article.mentions.filter(field="body")] == [
        "Michael Gove",
        "Doncaster Council",
        "Doncaster Children's Services Trust",
        "Ofsted",
        "Mayor Ros Jones",
    ]


def test_short_lines_between_the_headline_and_the_byline_are_the_storys_summary(
    known_entities,
):
    text = (
        "Gove seizes control of Doncaster children's services\n\n"
        "Education Secretary says town hall has let children down\n"
        "Independent trust will take over from council\n"
        "Ofsted rated services inadequate three times\n\n"
        "By LAURA CLARK, EDUCATION CORRESPONDENT\n\n"
        "PUBLISHED: 00:41 BST, 10 July 2013\n\n"
        "Michael Gove last night stripped Doncaster Council of its children's services.\n\n"
        "The council's leader at the town hall on Tuesday night\n\n"
        "The mayor said she accepted the findings.\n"
    )

    article = ingest.import_text(text, name="summary.txt").article

    assert article.standfirst == "Education Secretary says town hall has let children down"
    assert article.body.split("\n\n")[:3] == [
        "Independent trust will take over from council",
        "Ofsted rated services inadequate three times",
        "Michael Gove last night stripped Doncaster Council of its children's services.",
    ]
    assert article.captions == "The council's leader at the town hall on Tuesday night"
    assert article.mentions.filter(field="body", text="Ofsted").exists()


def test_a_short_line_between_paragraphs_is_a_subheading_of_the_story(known_entities):
    text = (
        "Trust rated good\n\nDoncaster Children's Services Trust was rated good.\n\n"
        "It had been inadequate.\n\nOfsted's verdict\n\nInspectors praised its leaders."
        "\n\nSir Michael Wilshaw\n\nThe chief inspector agreed.\n\n12\n\nIt thanked staff."
        "\n\nStaff at the trust's offices\n"
    )

    article = ingest.import_text(text, name="subheads.txt").article

    assert article.body.split("\n\n") == [
        "It had been inadequate.",
        "Ofsted's verdict",
        "Inspectors praised its leaders.",
        "The chief inspector agreed.",
        "It thanked staff.",
    ]
    assert article.captions.splitlines() == ["Sir Michael Wilshaw", "Staff at the trust's offices"]
    assert "12" in article.removed_text.splitlines()  # a page's or a picture's number
    assert "Ofsted" in [m.text for m in article.mentions.filter(field="body")]


@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        (
            "Its chief executive, Paul\nMoffat, said so.",
            "Its chief executive, Paul Moffat, said so.",
        ),
        ("Mayor Ros\nJones said: “We agree.”", "Mayor Ros Jones said: “We agree.”"),
        (
            "Rebecca\nWilshire, who led the trust, spoke.",
            "Rebecca Wilshire, who led the trust, spoke.",
        ),
    ],
)
def test_a_line_break_after_a_given_name_runs_on_into_the_surname(db, broken, whole):
    text = f"Trust rated good\n\nThe trust was rated good.\n\n{broken}\n\nStaff were praised.\n"

    draft = ingest.read_article(text, name="broken.txt")

    assert draft.body.split("\n\n") == [whole, "Staff were praised."]


def test_other_stories_listed_as_dashed_items_under_a_related_heading_are_removed(db):
    text = (
        "Trust boss speaks\n\nThe trust's boss spoke.\n\nShe defended her staff.\n\n"
        "Related articles\n- Ofsted chief defends inspection regime\n- ADCS calls for reform"
        "\n\nThe trust will return to council control.\n"
    )

    article = ingest.import_text(text, name="related.txt").article

    assert article.body == "She defended her staff.\n\nThe trust will return to council control."
    assert "- Ofsted chief defends inspection regime" in article.removed_text.splitlines()


def test_a_galleries_counter_is_furniture_and_the_line_under_it_a_caption(known_entities):
    text = (
        "Trust still failing\n\nThe trust is still failing, inspectors said.\n\n+3\n"
        "Sir Michael Wilshaw, Ofsted's chief inspector, said children were still waiting\n\n"
        "The report was published today.\n"
    )

    article = ingest.import_text(text, name="gallery.txt").article

    assert article.body == "The report was published today."
    assert article.captions == (
        "Sir Michael Wilshaw, Ofsted's chief inspector, said children were still waiting"
    )
    assert "+3" in article.removed_text.splitlines()
    assert not article.mentions.filter(field="body").exists()


@pytest.mark.parametrize(
    "heading",
    ["More News", "Popular", "Most viewed"],
)
def test_a_pages_list_of_other_headlines_under_the_story_is_removed(db, heading):
    text = (
        "Mayor wants children's services back\n\nThe mayor wants them back.\n\n"
        f"The department says it will consider the request.\n\n{heading}\n"
        "1. Rotherham: Man charged after crash on Parkway\n2. Ros Jones reveals budget plans\n"
    )

    article = ingest.import_text(text, name="station.txt").article

    assert article.body == "The department says it will consider the request."
    assert "2. Ros Jones reveals budget plans" in article.removed_text.splitlines()


def test_an_aggregators_in_this_article_box_of_names_is_removed(known_entities):
    text = (
        "Trust rated good\n\nThe trust was rated good.\n\nThe council welcomed the report.\n\n"
        "In this article:\nOfsted\nDoncaster Council\n\nTerms and Privacy Policy\n"
    )

    article = ingest.import_text(text, name="yahoo.txt").article

    assert article.body == "The council welcomed the report."
    assert not article.mentions.filter(text__in=["Ofsted", "Doncaster Council"]).exists()


@pytest.mark.parametrize(
    "heading", ["Read More", "Related Internet Links", "Related posts:", "Related coverage"]
)
def test_other_stories_under_a_read_more_heading_inside_the_story_are_removed(db, heading):
    text = (
        "Trust boss speaks\n\nThe trust's boss spoke.\n\nShe defended her staff.\n\n"
        f"{heading}\nDoncaster mum praises social worker who 'saved her family'\n\n"
        "The trust will return to council control.\n"
    )

    article = ingest.import_text(text, name="read-more.txt").article

    assert article.body.split("\n\n") == [
        "She defended her staff.",
        "The trust will return to council control.",
    ]
    assert "Doncaster mum praises social worker who 'saved her family'" in article.removed_text


@pytest.mark.parametrize(
    "furniture",
    [
        "Comments are closed.",
        "Tags: Ofsted, trusts",
        "Join our commenting forum",
        "Topics: Ofsted",
        "The BBC is not responsible for the content of external sites.",
        "The comments below have not been moderated.",
        "Your support helps us to tell the story",
        "Video report by ITV News Calendar's Chris Kiddey",
        "pic.twitter.com/AbC123xyz",
        "Story from BBC NEWS:",
        "Barnardo's is a registered charity. Registered charity No. 216250 and SC037605.",
        "NSPCC. Registered charity England and Wales 216401. Scotland SC037717. Jersey 384.",
        "For media enquiries contact press@becomecharity.org.uk or call 020 7251 3117.",
        "Yahoo is part of the Yahoo family of brands. By clicking 'Accept all' you agree that"
        " Yahoo and our partners will store and/or access information on your device.",
        "More stories from cypnow.co.uk",
        "Like Comment Flip Share",
        "https://www.thestar.co.uk/news/doncaster-children-s-trust-rated-1-8267430 1/2",
        "05/12/2016, 09:41 Doncaster children's trust rated | The Star",
        "5 minutes",
        "Enjoy more audio and podcasts on iOS or Android.",
        "Your browser does not support the <audio> element.",
        "You must be logged in to comment.",
        "Start Page: 14",
        "Share 1.2k",
        "Ad loading",
        "Share on Facebook | Share on Twitter | Email this story",
        "You can find this story in My Bookmarks.",
        "Blog at WordPress.com.",
        "Public Finance is published by CIPFA.",
        "Professional Social Work is the magazine of the British Association of Social Workers.",
        "BASW members: Log in to read the full article and download the PDF edition.",
        "Don't miss the biggest stories from Doncaster. Sign up to our newsletter here.",
        "Donate today",
        "Every week our editors will round up the biggest stories on social care, health and "
        "housing.",
        "LabourList is the only daily news and comment site dedicated to the Labour Party. We "
        "rely on donations from our readers.",
        "PoliticsHome provides the most comprehensive coverage of UK politics anywhere on the "
        "web, offering high quality original reporting and analysis.",
        "Sign up to LabourList's morning email for everything Labour, every weekday morning.",
        "Support the Yorkshire Post by becoming a subscriber today.",
        "Subscribers to Community Care Inform can access our guide to responding to an "
        "inadequate Ofsted judgment.",
        "Read our guide to TUPE transfers and your rights as a social worker.",
        "Whether $5 or $50, every contribution counts.",
        "Yahoo is part of the Yahoo family of brands.",
        "Sign up to get the latest Doncaster news in your inbox every morning.",
        "We value your privacy. We and our partners store and access information on your "
        "device. ACCEPT | MORE OPTIONS",
        "Got a news story? Email news@hallamfm.co.uk or call the newsroom.",
        "Cookies on the BBC website",
        "We and our 894 partners store and access personal data, like browsing data. Click "
        '"Accept all" to consent.',
        "Listen to the best of BBC Radio Sheffield on Sounds and follow BBC Yorkshire on "
        "Facebook, X and Instagram.",
        "Want to tell us something? Email newsdesk@hulldailymail.co.uk or message us.",
        "Get practice guides, legal updates and knowledge & practice hubs with Community Care "
        "Inform.",
        "Yorkshire Post. Copyright 2018. All rights reserved.",
        "You have successfully signed up!",
        "Follow ITV News Calendar on Facebook, Twitter and Instagram",
        "Telegraph View: Failing children cannot wait",
        "Keep up to date with the latest developments in social work. Sign up to our daily "
        "and weekly newsletters.",
        "The Doncaster Free Press newsletter has all the latest news from across the borough.",
        "Follow BBC Sheffield & South Yorkshire on Facebook, Twitter and Instagram. Send your "
        "story ideas to yorkslincs.news@bbc.co.uk.",
        "When you subscribe we will use the information you provide to send you these "
        "newsletters. Our Privacy Notice explains more about how we use your data.",
        "Newsletter: Get the latest Rotherham news in your inbox. Sign up now.",
        "Subscribe to CYP Now to unlock all articles, practice guides and the archive.",
        "Listen to Hallam FM News every hour on the hour.",
        "This website and its associated newspaper adheres to the Editors' Code of Practice.",
        "This article is part of CYP Now's special report on children's trusts.",
        "Our Yorkshire Post newsletter brings you the latest news and views from across the "
        "county.",
        "Yorkshire Post – Yorkshire's National Newspaper",
        "Yorkshire Post says is the newspaper's daily editorial column.",
        "Our View is the opinion of the Doncaster Free Press.",
        "Reading Chronicle, Newsquest (Thames Valley) Ltd.",
        "Share f t ✉",
        "Share this article: [f] [t] [in] [email]",
        "Share on: Facebook | Twitter | LinkedIn",
        "Comments have been disabled on this article.",
        "Shared from the BBC News app. Get it on iPhone or Android: https://bbc.in/news-app",
        "We value your feedback. Take our reader survey.",
        "Enter email",
        "Registered in England No. 894646.",
        "Comment speech bubble icon",
        "LGC subscribers can read the full inspection letter here.",
        "The Yorkshire Post ©2024 National World Publishing Ltd.",
        "This article is for subscribers. You have 2 free articles remaining this month.",
        "View this post on the web at https://doncasterdispatch.substack.com/p/homes",
        "You can also follow us on Facebook and Twitter.",
        "Local Democracy Reporting Service: This story was written by a Local Democracy "
        "Reporter, part of a BBC-funded scheme.",
        "Promoted by Doncaster Central Labour Party, 1 Example Street, Doncaster DN1 1AA.",
        "Doncaster Children's Services Trust is a company limited by guarantee registered in "
        "England and Wales.",
        "Transcript prepared by BBC Yorkshire. Please check against broadcast.",
        "The Star, Sheffield. Part of Johnston Press.",
    ],
)
def test_comment_and_tag_lines_under_the_story_are_removed(db, furniture):
    text = (
        f"Trust rated good\n\nThe trust was rated good.\n\nThe mayor welcomed it.\n\n{furniture}\n"
    )

    article = ingest.import_text(text, name="tags.txt").article

    assert article.body == "The mayor welcomed it."
    assert article.removed_text == furniture


@pytest.mark.parametrize(
    "link",
    [
        "READ MORE: Doncaster Council budget cuts 'will hit the most vulnerable'",
        "Read more: Trust boss says staff have turned a corner after a difficult year.",
        "SEE ALSO: Ofsted to return to Doncaster as inspectors praise 'real progress'",
    ],
)
def test_a_labelled_link_to_another_story_is_removed_even_as_a_sentence(db, link):
    text = f"Trust rated good\n\nThe trust was rated good.\n\n{link}\n\nThe mayor welcomed it.\n"

    article = ingest.import_text(text, name="link.txt").article

    assert article.body == "The mayor welcomed it."
    assert link in article.removed_text.splitlines()


def test_an_embedded_posts_picture_link_goes_but_the_pages_own_address_stays(db):
    text = (
        "Trust rated good\n\nwww.example.com/news/trust-rated-good\n\nThe trust was rated "
        "good.\n\npic.twitter.com/AbC123xyz\n\nThe mayor welcomed it.\n"
    )

    article = ingest.import_text(text, name="embed.txt").article

    assert article.source_url == "https://www.example.com/news/trust-rated-good"
    assert article.body == "The mayor welcomed it."
    assert article.removed_text == "pic.twitter.com/AbC123xyz"


@pytest.mark.parametrize(
    "heading",
    [
        '3 Responses to "Trust rated good"',
        "Leave a Reply",
        "Readers' comments (3)",
        "The comments below have not been moderated.",
        "Comments (3)\nSort by: Newest",
        "Comments 214\nShare what you think\nNewest | Oldest | Best rated | Worst rated",
        "Comments are closed on this article.",
        "ENDS",
        "Notes to editors:",
        "Notes for editors",
        "PA NEWSDESK: A separate story on the review is on the wires.",
        "5 Responses to Trust rated good",
        "End of Document\n\nClassification\n\nOrganization: OFSTED (83%)",
        "Comments are closed.",
    ],
)
def test_readers_comments_under_the_story_are_removed(db, heading):
    text = (
        "Trust rated good\n\nThe trust was rated good.\n\nThe mayor welcomed it.\n\n"
        f"{heading}\n\nJane Carter November 27, 2015 at 3:41 pm\nOfsted never understands "
        "the pressure on staff.\n\nSocial worker\nMoffat is doing his best.\n"
    )

    article = ingest.import_text(text, name="comments.txt").article

    assert article.body == "The mayor welcomed it."
    assert article.captions == ""
    assert "Moffat is doing his best." in article.removed_text.splitlines()


@pytest.mark.parametrize("heading", ["Comments", "Comments (14)", "Have your say"])
def test_a_bare_comments_heading_ends_the_story_only_under_its_paragraphs(db, heading):
    text = (
        f"Trust rated good\n\nJane Smith\n{heading}\n23 November 2018\n\nThe trust that "
        "runs Doncaster's children's services was rated good by inspectors.\n\n"
        f"{heading}\n\nInspectors said that leaders had a firm grip on the quality of the work."
        "\n\nThe mayor said the rating was a tribute to every social worker in the town.\n\n"
        f"{heading}\nSue from Bentley: The council failed for years.\n"
    )

    article = ingest.import_text(text, name="comments.txt").article

    assert article.body.endswith("a tribute to every social worker in the town.")
    assert "Sue from Bentley: The council failed for years." in article.removed_text


def test_a_papers_rules_for_readers_comments_under_the_story_are_removed(db):
    # The foot of a Yorkshire Post, Star or Doncaster Free Press page, copied whole.
    text = (
        "Trust rated good\n\nThe trust was rated good.\n\nThe mayor welcomed it.\n\n"
        "Comment Guidelines\n\nNational World encourages reader discussion on our stories. "
        "User feedback, insights and back-and-forth exchanges add a rich layer of context "
        "to reporting. Please review our Community Guidelines before commenting.\n"
    )

    article = ingest.import_text(text, name="guidelines.txt").article

    assert article.body == "The mayor welcomed it."
    assert article.unresolved_names == []


def test_a_paragraph_after_a_list_of_other_stories_is_still_the_story(db):
    text = (
        "Trust rated good\n\n17 November 2017\n\nThe trust was rated good.\n\n"
        "The mayor welcomed it.\n\nRelated articles\nCouncil stripped of control\n\n"
        "The trust said it was delighted.\n\nInspectors will return next year.\n"
    )

    article = ingest.import_text(text, name="inline.txt").article

    assert article.body.split("\n\n") == [
        "The mayor welcomed it.",
        "The trust said it was delighted.",
        "Inspectors will return next year.",
    ]
    assert article.removed_text.splitlines() == ["Related articles", "Council stripped of control"]


def test_captions_repeated_two_or_three_times_are_kept_once(db):
    text = (
        "Headline about a trust\n\nThe standfirst says what happened.\n\n"
        "Sir Michael Wilshaw at the launchSir Michael Wilshaw at the launch"
        "Sir Michael Wilshaw at the launch\n\n"
        "The first paragraph of the body.\n\n"
        "The trust's offices\nThe trust's offices\n\nThe trust's offices\n\n"
        "The second paragraph of the body.\n"
    )

    article = ingest.import_text(text, name="captions.txt").article

    assert article.captions == "Sir Michael Wilshaw at the launch\nThe trust's offices"
    assert article.body == "The first paragraph of the body.\n\nThe second paragraph of the body."
    assert article.removed_text.splitlines() == [
        "Sir Michael Wilshaw at the launch" * 3,
        "The trust's offices",
        "The trust's offices",
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "Doncaster Mansion House, home of the borough's elected mayor. Source: Alamy",
        "Inspectors said too many children waited. Credit: Christopher Furlong/Getty Images",
        "The mayor, Ros Jones, at the Civic Office. Picture: Marie Caley/NW",
        "The trust has been wound up after eight years. (Photo: Doncaster Nub News)",
        "Doncaster was the first council to hand its services to a trust. CHRISTOPHER "
        "FURLONG/GETTY IMAGES",
    ],
)
def test_a_line_ending_in_a_pictures_credit_is_a_caption_not_the_standfirst(db, caption):
    text = (
        f"Trust to run Doncaster children's services\n\n8 October 2013\n\n{caption}\n\n"
        "Children's services are to be run by an independent trust.\n\nThe mayor agreed.\n"
    )

    article = ingest.import_text(text, name="credit.txt").article

    assert article.standfirst == "Children's services are to be run by an independent trust."
    assert article.captions == caption


@pytest.mark.parametrize(
    ("credit", "caption"),
    [
        ("Getty Images", "Doncaster's children's services were run by a trust for eight years"),
        ("PA Media", "Doncaster's children's services were run by a trust for eight years"),
        ("Owen Whitaker/BBC", "Doncaster's services were run by a trust for eight years"),
        ("Getty Images", 'Inspectors said children in Doncaster were "well supported"'),
    ],
)
def test_a_credit_over_a_line_without_a_full_stop_makes_it_a_caption(db, credit, caption):
    text = (
        "Doncaster's trust experiment is over\n\n14 March 2023\nBy Rachel Pennock\n"
        f"{credit}\n{caption}\n"
        "For eight years, the person who answered did not work for the council.\n\n"
        "In September that changed.\n"
    )

    article = ingest.import_text(text, name="bbc.txt").article

    assert article.standfirst.startswith("For eight years")
    assert caption in article.captions


def test_caption_labels_and_age_notes_of_other_publishers_stay_out_of_the_copy(db):
    # The BBC labels captions and credits; the Guardian notes an old article's age.
    text = (
        "Trust to run Doncaster children's services\n\n"
        "This article is more than 8 years old\n\n"
        "Image source, PA\nImage caption,\n"
        "Education Secretary Michael Gove said children had been let down\n\n"
        "Children's services are to be run by an independent trust.\n\n"
        "Image caption, The mayor at the meeting on Monday\n\n"
        "The mayor said she was disappointed.\n\n"
        "Image captions in the report named no child.\n\n"
        "Pictures, videos and messages were shared by staff.\n"
    )

    article = ingest.import_text(text, name="labels.txt").article

    assert article.standfirst == "Children's services are to be run by an independent trust."
    assert article.body == (
        "The mayor said she was disappointed.\n\nImage captions in the report named no child."
        "\n\nPictures, videos and messages were shared by staff."
    )
    assert article.captions.splitlines() == [
        "Education Secretary Michael Gove said children had been let down",
        "The mayor at the meeting on Monday",
    ]
    assert article.removed_text.splitlines() == [
        "This article is more than 8 years old",
        "Image source, PA",  # the picture's credit, no caption
        "Image caption,",
    ]


@pytest.mark.parametrize(
    "picture",
    [
        "image copyright\nDoncaster Children's Services Trust\nimage caption\n"
        "Staff celebrated the result at their offices",
        "image copyrightGetty Images\nimage captionStaff celebrated the result at their offices",
    ],
)
def test_the_bbcs_picture_labels_of_2017_to_2022_stay_out_of_the_copy(db, picture):
    text = (
        "Doncaster children's services rated good\n\nBy Emma Glasbey\nBBC News, Yorkshire\n\n"
        f"Published 12 October 2017\n\n{picture}\n\n"
        "Children's services in Doncaster have been rated good by Ofsted."
        "\n\nThe trust was set up in 2014.\n"
    )

    article = ingest.import_text(text, name="bbc.txt").article

    assert article.standfirst == "Children's services in Doncaster have been rated good by Ofsted."
    assert article.captions == "Staff celebrated the result at their offices"
    assert article.body == "The trust was set up in 2014."


@pytest.mark.parametrize(
    "caption",
    [
        "Picture caption: Education Secretary Michael Gove.\n\nEducation Secretary Michael Gove.",
        "Media caption Education Secretary Michael Gove spoke to BBC Look North",
    ],
)
def test_a_labelled_caption_printed_again_or_a_media_caption_is_no_paragraph(db, caption):
    text = (
        "Trust to run Doncaster children's services\n\nThe trust will run services.\n\n"
        f"The mayor was disappointed.\n\n{caption}\n\nStaff were told on Monday.\n"
    )

    article = ingest.import_text(text, name="caption.txt").article

    assert article.body == "The mayor was disappointed.\n\nStaff were told on Monday."
    assert article.captions.startswith("Education Secretary Michael Gove")


def test_a_short_line_with_no_full_stop_in_the_body_is_a_caption(db):
    text = (
        "Headline\n\nStandfirst sentence.\n\nFirst paragraph.\n\n"
        "The mayor at the meeting on Monday\n\nAre services failing again?\n\nLast paragraph.\n"
    )

    article = ingest.import_text(text, name="caption.txt").article

    assert article.captions == "The mayor at the meeting on Monday"
    assert article.body == "First paragraph.\n\nAre services failing again?\n\nLast paragraph."


def test_encoding_debris_and_mojibake_are_repaired_and_noted(db):
    text = (
        "The councilâ€™s reply\n\nIt called the report '˜unfair' and '˜one-sided'.\n\n"
        "The councilâ€™s leader said the trust was â€œimprovingâ€\x9d.\n"
    )

    article = ingest.import_text(text, name="debris.txt").article

    assert article.headline == "The council’s reply"
    assert article.standfirst == "It called the report ‘unfair’ and ‘one-sided’."
    assert article.body == "The council’s leader said the trust was “improving”."
    assert ingest.DEBRIS_NOTE in article.removed_text.splitlines()
    assert ingest.MOJIBAKE_NOTE in article.removed_text.splitlines()


def test_html_character_references_from_a_pages_source_are_decoded(db):
    text = (
        "Kensington &amp; Chelsea praised\n\n1 June 2016\n\n"
        "Doncaster Children&#8217;s Services Trust met R&D; staff.\n"
    )

    article = ingest.import_text(text, name="source.txt").article

    assert article.headline == "Kensington & Chelsea praised"
    assert article.body == "Doncaster Children’s Services Trust met R&D; staff."
    assert ingest.HTML_NOTE in article.removed_text.splitlines()


def test_hard_wrapped_paragraphs_are_joined(db):
    text = "Headline\n\nThe standfirst runs\nover two lines.\n\nThe body also\nwraps here.\n"

    article = ingest.import_text(text, name="wrapped.txt").article

    assert article.standfirst == "The standfirst runs over two lines."
    assert article.body == "The body also wraps here."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Chief executive Paul Moffat said it was a tribute to staff. Mr", "Moffat said so."),
        ("It was a tribute to staff, said Mr.", "Moffat."),
        ("The trust took over children's social care from", "Doncaster Council in 2014."),
        ("The review was ordered by the", "Education Secretary, Michael Gove."),
    ],
)
def test_a_line_that_breaks_before_a_name_runs_on_into_it(db, first, second):
    text = f"Headline\n\nThe standfirst.\n\n{first}\n{second}\n\nThe mayor agreed.\n"

    article = ingest.import_text(text, name="wrapped.txt").article

    assert article.body.split("\n\n") == [f"{first} {second}", "The mayor agreed."]
    assert article.captions == ""


def test_a_single_paragraph_is_the_body_not_a_standfirst(db):
    article = ingest.import_text("Headline\n\nOnly one paragraph.\n", name="one.txt").article

    assert (article.standfirst, article.body) == ("", "Only one paragraph.")


# Bylines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By George Torr, Local Democracy Reporter", [("George Torr", "Local Democracy Reporter")]),
        (
            "By Kate Lowther - Local Democracy Reporter",
            [("Kate Lowther", "Local Democracy Reporter")],
        ),
        ("By Jane Smith and John O'Neill", [("Jane Smith", ""), ("John O'Neill", "")]),
        ("By Ruth McDonald, Health Editor", [("Ruth McDonald", "Health Editor")]),
        ("By Press Association", []),
        ("By Sanchez Manning for the Daily Mail", [("Sanchez Manning", "the Daily Mail")]),
        (
            "By Sarah Whitlock Education Correspondent For The Daily Mail",
            [("Sarah Whitlock", "The Daily Mail")],
        ),
        ("By Ann Lee for MailOnline", [("Ann Lee", "MailOnline")]),
        ("By JANE SMITH FOR MAILONLINE", [("Jane Smith", "Mailonline")]),
        ("By Jane Smith @janesmith", [("Jane Smith", "")]),
        ("Written by Joe Bloggs, BBC News, Yorkshire", [("Joe Bloggs", "BBC News, Yorkshire")]),
        ("Sally Weale Education correspondent", [("Sally Weale", "Education correspondent")]),
        ("Mary Anne Smith Health editor", [("Mary Anne Smith", "Health editor")]),
        (
            "By Laura Evans Local Democracy Reporter",
            [("Laura Evans", "Local Democracy Reporter")],
        ),
        ("Mary Anne Smith Chief Reporter", [("Mary Anne Smith", "Chief Reporter")]),
        ("By JANE SMITH AND JOHN DOE", [("Jane Smith", ""), ("John Doe", "")]),
        ("By Jane Smith jane.smith@example.com", [("Jane Smith", "")]),
        ("By Local Democracy Reporting Service", []),
        (
            "By Andrew Porter, Political Editor, and Martin Beckford",
            [("Andrew Porter", "Political Editor"), ("Martin Beckford", "")],
        ),
        (
            "By Jane Smith, Education Editor and Social Affairs Correspondent",
            [("Jane Smith", "Education Editor and Social Affairs Correspondent")],
        ),
    ],
)
def test_bylines_name_their_authors(byline, authors):
    assert [(a.name, a.role) for a in ingest.byline_authors(byline)] == authors


def test_a_bare_name_under_the_headline_is_the_byline(db):
    text = "Headline\n\nAmira Hussain\n12 May 2021\n\nThe standfirst.\n\nThe body.\n"

    article = ingest.import_text(text, name="bare.txt").article

    assert article.byline == "Amira Hussain"
    assert [p.name for p in article.authors.all()] == ["Amira Hussain"]


def test_two_bare_names_under_the_headline_are_the_byline(db):
    # The Guardian prints two authors with no "By" over its date.
    text = (
        "Headline\n\nThe standfirst of the story, long enough to be one.\n"
        "Toby Helm and Daniel Boffey\nSat 17 May 2014 21.05 BST\n\nThe body.\n"
    )

    article = ingest.import_text(text, name="two.txt").article

    assert sorted(p.name for p in article.authors.all()) == ["Daniel Boffey", "Toby Helm"]
    assert article.body == "The body."
    assert article.unresolved_names == []


@pytest.mark.parametrize(
    "byline",
    [
        "by Andy McNicoll on October 14, 2015 in Children, Social work news",
        "By Andy McNicoll\non October 14, 2015 in Children, Social work news",
    ],
)
def test_community_cares_byline_with_its_date_and_sections_is_read(db, byline):
    text = (
        "Too many councils still not good enough, warns Wilshaw\nThree quarters of councils "
        f"have failed to achieve a good rating, Ofsted's report finds\n{byline}\n\n"
        "Three-quarters of councils inspected have failed to achieve a good rating.\n"
    )

    draft = ingest.read_article(text, name="cc.txt")

    assert draft.standfirst.endswith("Ofsted's report finds")
    assert draft.byline.lower() == "by andy mcnicoll"
    assert (draft.published.at.year, draft.published.at.month, draft.published.at.day) == (
        2015,
        10,
        14,
    )


def test_a_by_line_after_a_menu_item_taken_for_a_name_is_the_byline(db):
    text = (
        "Services return to the council\nHome\nNews\nSport\nDoncaster Rovers\n"
        "The trust will be wound up, councillors have agreed.\nBy George Torr\n"
        "Published 14th Dec 2022, 17:17 GMT\nChildren's services will return next year.\n"
    )

    draft = ingest.read_article(text, name="menu.txt")

    assert draft.byline == "By George Torr"
    assert "Doncaster Rovers" in draft.removed


def test_a_byline_printed_a_line_to_each_part_is_one_byline(db):
    text = (
        "Council keeps its services\nCouncil bosses say they want to keep control after an "
        "'inadequate' Ofsted rating\nBy\nHenry Vaughan\n"
        "Local Democracy Reporter\n13:15, 19 JAN 2017\nThe council has told the Government "
        "it wants to keep control.\n"
    )

    draft = ingest.read_article(text, name="reach.txt")

    assert draft.byline == "By Henry Vaughan, Local Democracy Reporter"
    assert draft.captions == []


@pytest.mark.parametrize(
    ("lines", "post"),
    [
        ("Sally Weale Education correspondent", "Education correspondent"),
        ("Sally Weale\nEducation correspondent", "Education correspondent"),
        ("Sally Weale North of England editor", "North of England editor"),
    ],
)
def test_a_name_and_its_post_under_the_headline_are_the_byline(db, lines, post):
    text = (
        f"Council takes back its services\n\n{lines}\n12 May 2021\n\nThe standfirst.\n\nThe body.\n"
    )

    article = ingest.import_text(text, name="post.txt").article

    [author] = article.authors.all()
    assert author.name == "Sally Weale"
    assert Role.objects.get(person=author).title == post
    assert article.captions == ""


@pytest.mark.parametrize(
    "byline",
    [
        "By JOE BLOGGS",
        "By JOE BLOGGS, Political Editor",
        "By Political Editor Joe Bloggs",
        "By Joe Bloggs @joebloggs",
        "Written by Joe Bloggs, BBC News",
        "Story by Joe Bloggs",
    ],
)
def test_bylines_in_capitals_with_handles_or_written_by_name_their_author(db, byline):
    text = f"Headline\n\n{byline}\n12 May 2021\n\nThe standfirst.\n\nThe body.\n"

    article = ingest.import_text(text, name="by.txt").article

    assert article.byline == byline
    assert [p.name for p in article.authors.all()] == ["Joe Bloggs"]


@pytest.mark.parametrize(
    ("header", "byline", "author", "published"),
    [
        (
            "Richard Hall @RichardHall\nWednesday 17 November 2017 12:01 GMT",
            "Richard Hall @RichardHall",
            ("Richard Hall", None),
            "2017-11-17 12:01",
        ),
        (
            "Jane Smith\nNews reporter @janesmith\nFriday 17 November 2017 06:00, UK",
            "Jane Smith, News reporter",
            ("Jane Smith", "News reporter"),
            "2017-11-17 06:00",
        ),
        (
            "ByJane Smith\nNews Reporter\n06:00, 17 Nov 2017Updated06:30, 17 Nov 2017",
            "By Jane Smith, News Reporter",
            ("Jane Smith", "News Reporter"),
            "2017-11-17 06:00",
        ),
        (
            "NewsBy Jane Smith Senior Reporter\nNovember 17, 2017 7:00 pm(Updated 7:05 pm)",
            "By Jane Smith Senior Reporter",
            ("Jane Smith", "Senior Reporter"),
            "2017-11-17 19:00",
        ),
        (
            "Jane Smith, Education Editor\nFriday November 17 2017, 12.01am, The Times",
            "Jane Smith, Education Editor",
            ("Jane Smith", "Education Editor"),
            "2017-11-17 00:01",
        ),
        (
            "Jane Smith, social policy editor\nFri 17 Nov 2017 17.30 GMT",
            "Jane Smith, social policy editor",
            ("Jane Smith", "social policy editor"),
            "2017-11-17 17:30",
        ),
        ("17 Nov 2017 | By Jane Smith", "By Jane Smith", ("Jane Smith", None), "2017-11-17"),
        (
            "Posted on November 17, 2017 by Jane Smith",
            "By Jane Smith",
            ("Jane Smith", None),
            "2017-11-17",
        ),
        (
            "Report by Jane Smith\nFriday 17 November 2017, 6:00pm",
            "Report by Jane Smith",
            ("Jane Smith", None),
            "2017-11-17 18:00",
        ),
        (
            "By Telegraph Reporters\n17 November 2017 • 6:00am",
            "By Telegraph Reporters",
            None,
            "2017-11-17 06:00",
        ),
    ],
)
def test_the_bylines_and_dates_web_pages_print_are_read(db, header, byline, author, published):
    text = f"Headline\n\n{header}\n\nThe standfirst.\n\nThe body.\n"

    article = ingest.import_text(text, name="header.txt").article

    assert article.byline == byline
    assert (
        ingest.format_moment(ingest.Moment(article.published_at, article.published_precision))
        == published
    )
    authors = [
        (p.name, Role.objects.filter(person=p).values_list("title", flat=True).first())
        for p in article.authors.all()
    ]
    assert authors == ([author] if author else [])


def test_a_note_on_the_author_under_the_story_is_removed(db):
    text = (
        "Trust rated good\n\nby Jane Smith on November 23, 2018 in Children\n\n"
        "The trust was rated good.\n\nStaff deserved the credit, it said.\n\n"
        "About the author\n\nJane Smith is a reporter covering children's services.\n"
    )

    article = ingest.import_text(text, name="bio.txt").article

    assert article.body == "Staff deserved the credit, it said."
    assert [p.name for p in article.authors.all()] == ["Jane Smith"]
    assert "Jane Smith is a reporter covering children's services." in article.removed_text
    assert not article.mentions.filter(person__name="Jane Smith").exists()


@pytest.mark.parametrize(
    ("author", "note"),
    [
        (
            "Ros Jones",
            "Ros Jones CBE is the elected Mayor of Doncaster. Her column appears fortnightly.",
        ),
        ("Rosie Winterton", "Dame Rosie Winterton is Labour MP for Doncaster Central."),
        ("Ray Jones", "• Ray Jones is emeritus professor of social work at Kingston University."),
    ],
)
def test_a_note_on_a_titled_or_honoured_author_under_the_column_is_removed(db, author, note):
    text = (
        f"We must not go back\n\nBy {author}\n\n4 July 2019\n\nThe trust has done well.\n\n"
        f"We owe its staff our thanks.\n\n{note}\n"
    )

    draft = ingest.read_article(text, name="column.txt")

    assert draft.body == "We owe its staff our thanks."
    assert note in draft.removed


def test_a_titled_name_under_the_headline_is_a_caption_not_a_byline(db):
    text = "Headline\n\nSir Michael Wilshaw\n\nThe standfirst.\n\nThe body.\n"

    article = ingest.import_text(text, name="titled.txt").article

    assert (article.byline, article.captions) == ("", "Sir Michael Wilshaw")
    assert not Person.objects.exists()


def test_a_new_authors_slug_does_not_clash_with_an_existing_one(make_person):
    make_person("Someone Else", slug="amira-hussain")

    ingest.import_text("Headline\n\nBy Amira Hussain\n\nStandfirst.\n\nBody.\n", name="a.txt")

    assert Person.objects.get(name="Amira Hussain").slug == "amira-hussain-2"


# Dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "utc", "precision"),
    [
        ("Thursday, 30th June 2016, 11:39 am", datetime(2016, 6, 30, 10, 39), "minute"),
        ("Wednesday, 13th April 2022, 5:17 pm", datetime(2022, 4, 13, 16, 17), "minute"),
        ("Friday, November 27, 2015", datetime(2015, 11, 27, 0, 0), "day"),
        ("29 Jun 16", datetime(2016, 6, 28, 23, 0), "day"),
        ("13/04/2022", datetime(2022, 4, 12, 23, 0), "day"),
        ("05/04/2022", datetime(2022, 4, 4, 23, 0), "day"),
        ("2022-04-05", datetime(2022, 4, 4, 23, 0), "day"),
        ("2022-04-05T17:17:00+01:00", datetime(2022, 4, 5, 16, 17), "minute"),
        ("2015-11-27T09:30:00Z", datetime(2015, 11, 27, 9, 30), "minute"),
        ("14:05 Tuesday 12 July 2016", datetime(2016, 7, 12, 13, 5), "minute"),
        ("Wed 13 Apr 2022 17.17 BST", datetime(2022, 4, 13, 16, 17), "minute"),
        ("Wednesday 13 April 2022 5.17pm", datetime(2022, 4, 13, 16, 17), "minute"),
        ("1 December 2015 09:00 GMT", datetime(2015, 12, 1, 9, 0), "minute"),
        ("July 2013", datetime(2013, 6, 30, 23, 0), "month"),
        ("2013-07", datetime(2013, 6, 30, 23, 0), "month"),
        ("23 November 2018 – 06:00", datetime(2018, 11, 23, 6, 0), "minute"),
        ("23 November 2018 | 6:00am", datetime(2018, 11, 23, 6, 0), "minute"),
        ("23-11-2018", datetime(2018, 11, 23, 0, 0), "day"),
        ("Fri, 23 Nov 2018 06:00:00 +0000", datetime(2018, 11, 23, 6, 0), "minute"),
    ],
)
def test_dates_are_read_in_london_time_with_their_precision(text, utc, precision):
    moment = ingest.parse_date(text)

    assert moment.at == utc.replace(tzinfo=UTC)
    assert moment.precision == precision


@pytest.mark.parametrize(
    # "IST" is Dublin's and Delhi's: a zone no one can place.
    "text",
    ["Thursday, 31st June 2016", "30 June", "32/13/2022", "1 June 2016 10:00 IST"],
)
def test_dates_that_are_not_whole_real_dates_are_refused(text):
    with pytest.raises(ValueError):  # noqa: PT011 - any reason will do; the line is named later
        ingest.parse_date(text)


@pytest.mark.parametrize(
    "line", ["23 November 2018 – 06:00", "23 November 2018 | 6:00am", "23-11-2018"]
)
def test_a_date_with_its_time_set_apart_dates_the_story(db, line):
    text = f"Trust rated good\n\n{line}\n\nThe trust was rated good.\n"

    article = ingest.import_text(text, name="dated.txt").article

    assert article.published_at.date() == date(2018, 11, 23)


def test_date_and_updated_lines_set_the_article_times(db):
    text = (
        "Headline\n\nPublished: 14:05 Tuesday 12 July 2016\n"
        "Last updated: 16:30 Tuesday 12 July 2016\n\nStandfirst.\n\nBody.\n"
    )

    article = ingest.import_text(text, name="dated.txt").article

    assert article.published_at == datetime(2016, 7, 12, 13, 5, tzinfo=UTC)
    assert article.updated_at == datetime(2016, 7, 12, 15, 30, tzinfo=UTC)
    assert article.removed_text == ""


def test_a_prepared_file_with_labelled_lines_imports_clean(db):
    text = (
        "Title: Doncaster trust rated inadequate\nSource: BBC News\nDate: 2015-11-27\n"
        "Author: Judith Moritz\n"
        "URL: https://www.bbc.co.uk/news/uk-england-south-yorkshire-1\n\n"
        "The standfirst.\n\nThe body.\n"
    )

    article = ingest.import_text(text, name="prepared.txt").article

    assert article.headline == "Doncaster trust rated inadequate"
    assert [p.name for p in article.authors.all()] == ["Judith Moritz"]
    assert article.published_at == datetime(2015, 11, 27, 0, 0, tzinfo=UTC)
    assert article.source_url == "https://www.bbc.co.uk/news/uk-england-south-yorkshire-1"
    assert (article.standfirst, article.body) == ("The standfirst.", "The body.")


def test_the_headline_printed_again_over_the_story_is_removed(db):
    headline = "Ofsted rates Doncaster children's services trust inadequate once again"
    text = f"{headline}\n\n{headline}\n\nThe standfirst.\n\nThe body.\n"

    article = ingest.import_text(text, name="again.txt").article

    assert (article.standfirst, article.body) == ("The standfirst.", "The body.")
    assert article.removed_text == headline


def test_a_source_line_naming_the_site_over_the_headline_is_the_source(db):
    url = "https://www.bbc.co.uk/news/uk-england-south-yorkshire-29446912"
    text = f"Source: BBC News, {url}\n\nTrust begins work\n\nThe standfirst.\n\nThe body.\n"

    article = ingest.import_text(text, name="source.txt").article

    assert (article.headline, article.source_url) == ("Trust begins work", url)


def test_a_web_address_line_is_the_source_and_later_ones_are_removed(db):
    text = (
        "Headline\n\nSource: https://www.yorkshirepost.co.uk/news/doncaster-council-1\n\n"
        "The standfirst.\n\nThe body.\n\nLink: www.doncaster.gov.uk/ofsted\n"
        f"https://example.org/{'x' * 200}\n"
    )

    draft = ingest.read_article(text, name="url.txt")
    article = ingest.import_text(text, name="url.txt").article

    assert article.source_url == "https://www.yorkshirepost.co.uk/news/doncaster-council-1"
    assert (article.standfirst, article.body) == ("The standfirst.", "The body.")
    assert article.removed_text.splitlines() == [
        "Link: www.doncaster.gov.uk/ofsted",
        f"https://example.org/{'x' * 200}",
    ]
    assert ingest.read_article(draft.as_text(), name="again.txt").source_url == draft.source_url


def test_a_web_address_too_long_to_keep_is_removed_not_a_failure(db):
    long = f"https://example.org/{'x' * 200}"
    article = ingest.import_text(f"Headline\n\n{long}\n\nThe body.\n", name="u.txt").article

    assert (article.source_url, article.removed_text) == ("", long)


def test_published_and_updated_times_on_one_line_are_both_read(db):
    text = (
        "Headline\n\nPublished: 00:01 BST, 30 June 2016 | Updated: 08:12 BST, 30 June 2016"
        "\n\nStandfirst.\n\nBody.\n"
    )

    article = ingest.import_text(text, name="mail.txt").article

    assert article.published_at == datetime(2016, 6, 29, 23, 1, tzinfo=UTC)
    assert article.updated_at == datetime(2016, 6, 30, 7, 12, tzinfo=UTC)


def test_a_date_followed_by_its_sections_dates_the_article_and_a_lowercase_byline(db):
    text = (
        "Trust rated inadequate\n\nThe first trust set up by ministers has failed\n\n"
        "November 27, 2015 in Children, Children's services, Ofsted\nby Luke Stevenson\n\n"
        "The trust was rated inadequate by Ofsted.\n"
    )

    article = ingest.import_text(text, name="sections.txt").article

    assert article.published_at == datetime(2015, 11, 27, 0, 0, tzinfo=UTC)
    assert article.byline == "by Luke Stevenson"
    assert [p.name for p in article.authors.all()] == ["Luke Stevenson"]
    assert article.removed_text == "November 27, 2015 in Children, Children's services, Ofsted"
    assert article.body == "The trust was rated inadequate by Ofsted."


@pytest.mark.parametrize(
    ("line", "byline", "published"),
    [
        (
            "by Mithran Samuel on April 13, 2022 in Children, Children's social care, Ofsted",
            "by Mithran Samuel",
            datetime(2022, 4, 12, 23, 0, tzinfo=UTC),
        ),
        ("By Chris Burn, 27 November 2015", "By Chris Burn", datetime(2015, 11, 27, tzinfo=UTC)),
        (
            "By Chris Burn, Political Editor, Friday, 27 November 2015",
            "By Chris Burn, Political Editor",
            datetime(2015, 11, 27, tzinfo=UTC),
        ),
        (
            "By Chris Burn | Published 27th Nov 2015, 17:00 BST",
            "By Chris Burn",
            datetime(2015, 11, 27, 16, 0, tzinfo=UTC),
        ),
    ],
)
def test_a_byline_and_its_date_on_one_line_are_both_read(db, line, byline, published):
    text = f"Trust rated inadequate\n\n{line}\n\nThe trust was rated inadequate by Ofsted.\n"

    article = ingest.import_text(text, name="one-line.txt").article

    assert (article.byline, article.published_at) == (byline, published)
    author = byline.split(",")[0].removeprefix("by ").removeprefix("By ")
    assert [p.name for p in article.authors.all()] == [author]
    assert article.body == "The trust was rated inadequate by Ofsted."


def test_a_written_by_line_with_its_date_and_section_is_read(db):
    line = "Written by Suzannah Brecknell on 23 July 2014 in News"
    text = f"DfE names trust board\n\n{line}\n\nMinisters have appointed the chair.\n"

    article = ingest.import_text(text, name="csw.txt").article

    assert article.published_at == datetime(2014, 7, 22, 23, 0, tzinfo=UTC)  # London's midnight
    assert [p.name for p in article.authors.all()] == ["Suzannah Brecknell"]
    assert article.body == "Ministers have appointed the chair."


def test_a_byline_runs_into_its_weekday_and_date(db):
    line = "By Shannon Mower, Local Democracy Reporter   Thursday, 14 March 2024 at 12:30pm"
    text = f"Trust rated good\n\n{line}\n\nThe trust was rated good.\n"

    article = ingest.import_text(text, name="nub.txt").article

    assert article.byline == "By Shannon Mower, Local Democracy Reporter"
    assert article.published_at == datetime(2024, 3, 14, 12, 30, tzinfo=UTC)


def test_a_posted_line_with_its_date_and_section_is_read(db):
    text = (
        "Trust names Paul Moffat as chief executive\n\nPosted 18 April 2016 in Trust news\n\n"
        "The trust has appointed Paul Moffat.\n"
    )

    article = ingest.import_text(text, name="trust-news.txt").article

    assert article.published_at == datetime(2016, 4, 17, 23, 0, tzinfo=UTC)  # London's midnight
    assert article.body == "The trust has appointed Paul Moffat."


def test_a_sentence_starting_with_by_and_ending_in_a_date_is_body_text(db):
    text = "Headline\n\nBy Christmas Day, 25 December 2014, the trust will be open.\n"

    draft = ingest.read_article(text, name="christmas.txt")

    assert draft.body == "By Christmas Day, 25 December 2014, the trust will be open."
    assert (draft.byline, draft.published) == ("", None)


def test_a_date_followed_by_the_papers_name_dates_the_article(db):
    text = (
        "Gove seizes control\n\nGreg Hurst, Education Editor\n"
        "July 10 2013, 12:01am, The Times\n\nMichael Gove took the step.\n"
    )

    article = ingest.import_text(text, name="times.txt").article

    assert article.published_at == datetime(2013, 7, 9, 23, 1, tzinfo=UTC)
    assert article.removed_text == "July 10 2013, 12:01am, The Times"
    assert article.body == "Michael Gove took the step."


def test_furniture_and_breadcrumbs_above_the_headline_are_removed(db):
    text = (
        "Skip to main content\n\nNews > Local > Doncaster\n\nAdvertisement\n\n"
        "Trust rated inadequate\n\n27 November 2015\n\nThe trust was rated inadequate.\n"
    )

    article = ingest.import_text(text, name="page.txt").article

    assert article.headline == "Trust rated inadequate"
    assert article.body == "The trust was rated inadequate."
    assert article.removed_text.splitlines() == [
        "Skip to main content",
        "News > Local > Doncaster",
        "Advertisement",
    ]


@pytest.mark.parametrize(
    "over",
    [
        "Friday, November 27, 2015\nBy Neil Puffett",
        "By Neil Puffett\n27 November 2015",
        "by Neil Puffett on November 27, 2015 in Children, Ofsted",
    ],
)
def test_a_date_and_byline_printed_above_the_headline_are_read(db, over):
    text = f"{over}\n\nTrust rated 'inadequate'\n\nThe trust was rated inadequate.\n"

    article = ingest.import_text(text, name="over.txt").article

    assert article.headline == "Trust rated 'inadequate'"
    assert article.published_at == datetime(2015, 11, 27, tzinfo=UTC)
    assert [p.name for p in article.authors.all()] == ["Neil Puffett"]
    assert article.body == "The trust was rated inadequate."


@pytest.mark.parametrize(
    "masthead",
    [
        "The Star\nMenu\nNews\nSport",
        "Yorkshire Post",
        "Doncaster Free Press\n\nHome\nNews",
        "Social care",
        "EXCLUSIVE",
        "Skip to main content\nThe Guardian - Back to home\nEducation",
        "Skip to main contentSkip to navigation\nPrint subscriptions\nSign in\nSearch jobs\n"
        "The Guardian - Back to home\nNews\nSociety",
        "BBC Homepage\nSkip to content\nAccessibility Help\nHome\nNews",
        "Home\nNews\nRoyals\nU.S.\nSport\nTV\nFemail\nLatest Headlines",
        "LGC\nLocal Government Chronicle\nHome | News | Children's services",
        "Children & Young People Now\nNews",
        "New Statesman\n\nPolitics | Society",
        "Tortoise\n\nSensemaker | Long read",
        "Channel 4 News",
        "OFF THE DANGER LIST",  # a tabloid's kicker
        "TES\nNews | Building Schools for the Future",
    ],
)
def test_the_papers_name_and_menu_above_the_headline_are_removed(db, masthead):
    text = (
        f"{masthead}\n"
        "Doncaster children's trust to be wound up as council takes back control\n\n"
        "By Chris Burn\nPublished 31st Mar 2022, 05:00 BST\n\n"
        "The trust set up after Ofsted found Doncaster failing is to close.\n\n"
        "Staff will move back to the council.\n"
    )

    article = ingest.import_text(text, name="star.txt").article

    assert article.headline.startswith("Doncaster children's trust to be wound up")
    assert (
        article.standfirst == "The trust set up after Ofsted found Doncaster failing is to close."
    )
    assert [p.name for p in article.authors.all()] == ["Chris Burn"]
    assert masthead.split("\n")[0] in article.removed_text


def test_a_features_long_headline_under_the_sites_name_and_menu_is_the_headline(db):
    headline = (
        "'We were told it was the worst place in England to be a social worker': how "
        "Doncaster's trust turned things around"
    )
    text = (
        "Community Care\nHome | News | Children | Adults | Workforce | Jobs\n"
        f"{headline}\n\nby Luke Stevenson on May 19, 2016 in Children\n\n"
        "Paul Moffat talks about the trust's first 18 months.\n\nWhen he arrived, services "
        "had been rated inadequate for five years.\n"
    )

    article = ingest.import_text(text, name="cc.txt").article

    assert article.headline == headline
    assert "Community Care" in article.removed_text


@pytest.mark.parametrize(
    "over",
    [
        "https://www.example.com/news/trust-rated-inadequate-123",
        "Source: https://www.example.com/news/trust-rated-inadequate-123\n\nShare\nShare panel",
    ],
)
def test_the_pages_address_printed_above_the_headline_is_read(db, over):
    text = f"{over}\n\nTrust rated 'inadequate'\n\n27 November 2015\n\nThe trust failed.\n"

    article = ingest.import_text(text, name="over.txt").article

    assert article.headline == "Trust rated 'inadequate'"
    assert article.source_url == "https://www.example.com/news/trust-rated-inadequate-123"
    assert article.body == "The trust failed."


def test_the_pages_copyright_footer_is_removed_but_a_sentence_about_copyright_stays(db):
    text = (
        "Trust rated good\n\nThe trust was rated good.\n\n"
        "Copyright lawyers for the trust said its new logo had been registered last year.\n\n"
        "© 2019 JPIMedia Publishing Ltd. All rights reserved.\n\nCopyright 2016 Slough Observer\n"
        "© 2024 National World Publishing Ltd. All rights reserved.\n"
    )

    article = ingest.import_text(text, name="footer.txt").article

    assert article.body.endswith("its new logo had been registered last year.")
    assert article.removed_text.splitlines() == [
        "© 2019 JPIMedia Publishing Ltd. All rights reserved.",
        "Copyright 2016 Slough Observer",
        "© 2024 National World Publishing Ltd. All rights reserved.",
    ]


@pytest.mark.parametrize("paper", ["Doncaster Free Press", "Skip to main content\nThe Star"])
def test_a_short_headline_under_the_papers_name_is_the_headline(db, paper):
    text = f"{paper}\nTrust rated good\n\nThe trust was rated good.\n\nThe mayor said so.\n"

    article = ingest.import_text(text, name="short.txt", publish=False).article

    assert article.headline == "Trust rated good"
    assert article.standfirst == "The trust was rated good."
    assert paper.split("\n")[-1] in article.removed_text


def test_a_cookie_notice_above_the_headline_is_removed(db):
    notice = (
        "We use cookies on this site to enhance your user experience. By clicking any link "
        "on this page you are giving your consent for us to set cookies."
    )
    text = f"{notice}\n\nTrust rated good\n\n23 November 2018\n\nThe trust was rated good.\n"

    article = ingest.import_text(text, name="cookies.txt").article

    assert article.headline == "Trust rated good"
    assert article.removed_text == notice


@pytest.mark.parametrize(
    "metadata",
    [
        "Jane Smith | 23rd Nov 2018 | 0 comments",
        "By Jane Smith · 23 November 2018 · 3 min read",
        "23 November 2018 • Jane Smith",
    ],
)
def test_a_name_and_date_run_together_with_furniture_are_read(db, metadata):
    text = f"Trust rated good\n{metadata}\nThe trust was rated good.\nThe mayor said so.\n"

    article = ingest.import_text(text, name="pipes.txt").article

    assert article.published_at.date() == date(2018, 11, 23)
    assert [p.name for p in article.authors.all()] == ["Jane Smith"]
    assert article.body == "The mayor said so."


@pytest.mark.parametrize(
    "site", ["Doncaster Free Press", "BBC News", "BBC", "The Yorkshire Post", "ITV News Calendar"]
)
@pytest.mark.parametrize("bar", [" | ", " - ", " – "])
@pytest.mark.parametrize("section", ["", " | Society", " | Children's services"])
def test_the_papers_name_after_a_pages_title_is_removed(db, site, bar, section):
    text = (
        f"Trust rated good{section}{bar}{site}\n\n23 November 2018\n\nThe trust was rated good.\n"
    )

    article = ingest.import_text(text, name="title.txt").article

    assert article.headline == "Trust rated good"
    assert article.removed_text == site


@pytest.mark.parametrize(
    "headline",
    ["Ofsted - the verdict", "Doncaster v Rotherham - Live", "Trust chief - Paul Moffat"],
)
def test_a_headline_with_a_dash_keeps_what_is_no_papers_name(db, headline):
    draft = ingest.read_article(f"{headline}\n\nThe body.\n", name="x.txt")

    assert draft.headline == headline


def test_a_page_saved_as_markdown_by_a_reader_tool_is_read_as_text(db):
    text = (
        "Title: Trust rated good\n"
        "URL Source: https://www.example.com/news/trust-rated-good\n"
        "Published Time: 2018-11-23T06:00:00Z\n\n"
        "Markdown Content:\n"
        "# Trust rated good\n\n"
        "![The trust's offices](https://www.example.com/offices.jpg)\n\n"
        "**Doncaster Children's Services Trust** has been rated *good* by "
        "[Ofsted](https://www.gov.uk/ofsted).\n\n---\n\n> The trust said it was delighted.\n"
    )

    article = ingest.import_text(text, name="reader.md").article

    assert article.headline == "Trust rated good"
    assert article.source_url == "https://www.example.com/news/trust-rated-good"
    assert article.published_at == datetime(2018, 11, 23, 6, 0, tzinfo=UTC)
    assert article.standfirst == (
        "Doncaster Children's Services Trust has been rated good by Ofsted."
    )
    assert article.body == "The trust said it was delighted."
    assert ingest.MARKDOWN_NOTE in article.removed_text


def test_a_news_databases_record_keeps_the_story_and_its_summary(db):
    lexis = (
        "Trust to run services\n\nThe Guardian (London)\nJuly 11, 2014 Friday 6:00 PM GMT\n\n"
        "Copyright 2014 Guardian News and Media. All Rights Reserved\n\nSection: EDUCATION;"
        " Version:2\nLength: 412 words\nByline: Jane Marlow\nHighlight: Ministers remove "
        "services from the council\nBody\n\nThe trust will start in October.\n\nThe "
        "council agreed.\n\nLoad-Date: July 12, 2014\n\nEnd of Document\n"
    )
    factiva = (
        "Council loses services\nJane Marlow\n412 words\n11 July 2014\nThe Yorkshire Post\n"
        "English\n(c) 2014 Johnston Publications Ltd\n\nThe trust will start in October.\n\n"
        "The council agreed.\n\nDocument YKPOST0020140711ea7b00012\n"
    )

    lexis_draft = ingest.read_article(lexis, name="lexis.txt")
    factiva_draft = ingest.read_article(factiva, name="factiva.txt")

    assert lexis_draft.standfirst == "Ministers remove services from the council"
    assert lexis_draft.body == "The trust will start in October.\n\nThe council agreed."
    assert factiva_draft.body == "The council agreed."
    for furniture in ("Length: 412 words", "Load-Date: July 12, 2014", "End of Document"):
        assert furniture in lexis_draft.removed
    for furniture in ("412 words", "English", "Document YKPOST0020140711ea7b00012"):
        assert furniture in factiva_draft.removed


def test_markdowns_underscores_and_a_picture_inside_a_paragraph_leave_the_sentence_whole(db):
    text = (
        "Trust rated good\n\nThe trust was rated good by [Ofsted](https://www.gov.uk/ofsted)."
        "\n\nThe _trust_ said it was proud. ![Staff at the trust](https://e.com/a.jpg)\n\n"
        "Its __chair__ agreed.\n"
    )

    article = ingest.import_text(text, name="notes.md").article

    assert article.body.split("\n\n") == ["The trust said it was proud.", "Its chair agreed."]
    assert article.captions == "Staff at the trust"


def test_a_papers_name_beside_the_date_is_furniture_not_an_author(db):
    text = "Trust rated good\nSheffield Star | 23rd Nov 2018\nThe trust was rated good.\nIt is.\n"

    article = ingest.import_text(text, name="star.txt").article

    assert article.published_at.date() == date(2018, 11, 23)
    assert article.removed_text == "Sheffield Star"
    assert not article.authors.exists()
    assert not Person.objects.exists()


def test_a_date_between_the_papers_name_and_the_headline_is_read(db):
    text = (
        "ITV News Calendar\nWednesday 29 June 2016, 6:37pm\n"
        "Doncaster children's services no longer 'inadequate'\n"
        "Children's services in Doncaster are no longer inadequate.\nThe trust said so.\n"
    )

    article = ingest.import_text(text, name="itv.txt").article

    assert article.headline == "Doncaster children's services no longer 'inadequate'"
    assert article.published_at == datetime(2016, 6, 29, 17, 37, tzinfo=UTC)
    assert article.removed_text == "ITV News Calendar"


@pytest.mark.parametrize(
    "paywall",
    [
        "To read this article in full, subscribe to LGC.",
        "Please log in or register to continue reading this story.",
        "To read the rest of this article and access all of LGC's content, you need to be a "
        "subscriber.",
        # Trade papers' registration walls.
        "Want to read more?",
        "Want to read more CYP Now content?",
        "Thank you for visiting Children & Young People Now. Register for free to read more "
        "news, or subscribe for full access.",
        "Thank you for visiting Schools Week",
        "We are an independent, not-for-profit publication. Register for free to read more.",
        "You've reached your limit of free articles this month. Register now for free.",
        "This is a premium article. Register now to get three free articles a month.",
        "Get two free articles a month and our weekly newsletter.",
        "Forgotten your password?",
        "Already have an account? Sign in here",
        "Register | Sign in",
        # Sky's audio player's note; the Independent's appeal.
        "This audio is created using AI. Generated by AI voice.",
        "Support truly independent journalism",
        # Comment boxes, tool bars, GOV.UK's survey, the Local Democracy Reporting Service.
        "Commenting on this article is now closed.",
        "Be the first to comment on this article",
        "Click to print (Opens in new window)",
        "Explore the topic",
        "Thank you for your feedback",
        "The Local Democracy Reporting Service (LDRS) is a public service news agency funded "
        "by the BBC. LDRS reporters are employed by local news publishers to report on local "
        "authorities and councils.",
    ],
)
def test_a_paywalls_sentence_is_furniture(db, paywall):
    text = f"Trust rated good\n\n23 November 2018\n\nThe trust was rated good.\n\n{paywall}\n"

    article = ingest.import_text(text, name="paywall.txt").article

    assert article.body == "The trust was rated good."
    assert article.removed_text == paywall


def test_an_old_free_press_pages_date_label_and_tools_are_furniture(db):
    text = (
        "Children's services failing, says Ofsted\n\nPublished Date:\n12 November 2009\n"
        "By Sarah Marsh\nEmail a friend Print this article Text size\n\n"
        "Ofsted has rated Doncaster's children's services inadequate.\n\nThe council said so.\n"
    )

    draft = ingest.read_article(text, name="dfp2009.txt")

    assert ingest.format_moment(draft.published) == "2009-11-12"
    assert draft.byline == "By Sarah Marsh"
    assert draft.standfirst == "Ofsted has rated Doncaster's children's services inadequate."
    assert draft.captions == []


@pytest.mark.parametrize(
    "banner",
    [
        "NOT FOR PUBLICATION OR BROADCAST BEFORE THIS TIME",
        "** FOR IMMEDIATE RELEASE **",
        "*** EMBARGOED UNTIL 00:01 HOURS FRIDAY 7 SEPTEMBER 2012 ***",
    ],
)
def test_a_releases_banner_is_not_its_headline(db, banner):
    text = (
        f"{banner}\n\nOfsted press release\nNR 2012-48\n\n"
        "Chief inspector: Doncaster's children remain at risk\n\n"
        "Children in Doncaster continue to be let down, Sir Michael Wilshaw warns today.\n\n"
        "Inspectors judged services inadequate.\n"
    )

    draft = ingest.read_article(text, name="release.txt")

    assert draft.headline == "Chief inspector: Doncaster's children remain at risk"
    if "EMBARGOED" in banner:
        assert ingest.format_moment(draft.published) == "2012-09-07 00:01"


@pytest.mark.parametrize("paper", ["Schools Week", "Community Care", "Public Finance"])
def test_a_papers_name_under_the_headline_is_no_author(db, paper):
    text = f"Trust rated good\n{paper}\n23 Nov 2018, 10:30\nThe trust was rated good.\nIt was.\n"

    article = ingest.import_text(text, name="paper.txt").article

    assert article.byline == ""
    assert not Person.objects.exists()


@pytest.mark.parametrize(
    ("metadata", "role"),
    [
        ("Jane Smith @janesmith Friday 23 November 2018 10:30", ""),
        ("By Jane Smith 23 Nov 2018", ""),
        ("Jane Smith, Education Editor 23 November 2018", "Education Editor"),
        ("Jane Smith - 23 November 2018", ""),
        ("Jane Smith | Friday 23 November 2018", ""),
    ],
)
def test_a_name_then_a_date_with_nothing_between_are_read(db, metadata, role):
    text = f"Trust rated good\n{metadata}\nThe trust was rated good.\nThe mayor said so.\n"

    article = ingest.import_text(text, name="name-date.txt").article

    assert article.published_at.date() == date(2018, 11, 23)
    assert [p.name for p in article.authors.all()] == ["Jane Smith"]
    assert list(Role.objects.values_list("title", flat=True)) == ([role] if role else [])
    assert article.body == "The mayor said so."


def test_a_tabloids_long_headline_under_its_kicker_is_the_headline(db):
    text = (
        "SHAME OF FAILING COUNCILS\n"
        "Ofsted boss Sir Michael Wilshaw names and shames town halls where kids are left at "
        "risk - with Doncaster among the worst\n\n"
        "By David Wooding, Political Editor\n"
        "Published: 00:01, 28 Nov 2012 | Updated: 07:43, 28 Nov 2012\n\n"
        "THOUSANDS of vulnerable kids are being let down by useless councils.\n\n"
        "Sir Michael Wilshaw said some town halls had been failing children.\n"
    )

    draft = ingest.read_article(text, name="sun.txt")

    assert draft.headline.startswith("Ofsted boss Sir Michael Wilshaw names and shames")
    assert draft.removed == ["SHAME OF FAILING COUNCILS"]


def test_a_headline_in_capitals_over_a_short_standfirst_is_the_headline(db):
    text = (
        "TRUST RATED GOOD\n\n"
        "Inspectors praise the trust's leaders\n\n"
        "By Chris Burn\n\nThe trust was rated good on Monday.\n"
    )

    draft = ingest.read_article(text, name="x.txt")

    assert draft.headline == "TRUST RATED GOOD"


@pytest.mark.parametrize(
    "site",
    [
        "Doncaster 24/7 | Your borough, your news\n\nLatest | Council | Health | Schools | Sport",
        "THE DONCASTER TIMES\nIndependent local news since 2016\n\nNEWS | SPORT | WHAT'S ON",
        "Doncaster Nub News\n\nHOME   NEWS   COUNCIL   CHILDREN   WHAT'S ON",
        "Cllr Pat Haworth - Working for Wheatley Hills & Intake\n\nHome  About Pat  Surgeries",
    ],
)
def test_a_sites_name_tagline_and_menu_over_the_headline_are_removed(db, site):
    text = (
        f"{site}\n\nEnd of an era as children's services return to council control\n\n"
        "Saturday 1 April 2023\n\nThe trust handed services back today.\n\nStaff moved.\n"
    )

    draft = ingest.read_article(text, name="site.txt")

    assert draft.headline == "End of an era as children's services return to council control"
    assert draft.published.at.date() == date(2023, 4, 1)


@pytest.mark.parametrize(
    "posted",
    [
        "Posted by admin on 18 March 2014\nFiled under: Council, Children",
        "Posted by admin | 18 March 2014 | Filed under: Newsletter, Community, Children",
    ],
)
def test_a_blogs_posted_by_line_dates_the_story(db, posted):
    text = (
        "Bessacarr & Cantley Residents' Association - Spring Newsletter 2014\n"
        f"{posted}\n\nThe trust will run the services.\n\nStaff will move.\n"
    )

    draft = ingest.read_article(text, name="blog.txt")

    assert draft.headline == "Bessacarr & Cantley Residents' Association - Spring Newsletter 2014"
    assert draft.published.at.date() == date(2014, 3, 18)
    assert draft.authors == []
    assert "Staff will move." in draft.body


def test_a_short_headline_in_title_case_is_no_masthead(db):
    text = (
        "Trust Rated Good\n\n"
        "Inspectors praise the leadership of the trust that took over Doncaster's services\n\n"
        "By Chris Burn\n\nThe trust was rated good on Monday.\n"
    )

    draft = ingest.read_article(text, name="x.txt")

    assert draft.headline == "Trust Rated Good"
    assert draft.standfirst.startswith("Inspectors praise the leadership")


def test_a_headline_that_reads_like_a_breadcrumb_part_is_still_the_headline(db):
    draft = ingest.read_article("Ofsted > council, says report\n\nThe body.\n", name="x.txt")

    assert draft.headline == "Ofsted > council, says report"


@pytest.mark.parametrize(
    "byline",
    [
        "By Telegraph Reporters",
        "By PA Reporter",
        "By Our Political Staff",
        "By Local Democracy Reporting Service",
        "By The Newsroom",
        "By Admin",
        "By Press Office",
        "By Doncaster Free Press reporter",
        "By Data Desk",
        "By the BBC Shared Data Unit",
    ],
)
def test_a_byline_for_the_staff_is_kept_and_names_no_author(db, byline):
    text = f"Trust rated good by Ofsted\n\n{byline}\n18 March 2019\n\nThe trust was rated good.\n"

    article = ingest.import_text(text, name="staff.txt").article

    assert article.byline == byline
    assert not article.authors.exists()
    assert byline not in article.captions


def test_a_wordpress_date_posted_by_the_sites_account_is_read(db):
    text = (
        "Trust rated good by Ofsted\n\nPosted on 18 March 2019 by admin\n\n"
        "The trust was rated good.\n"
    )

    article = ingest.import_text(text, name="wordpress.txt").article

    assert article.published_at.date() == date(2019, 3, 18)
    assert article.body == "The trust was rated good."
    assert not article.authors.exists()


def test_a_wrapped_sentence_ending_in_by_and_a_name_stays_one_paragraph(db):
    text = "Headline\n\nThe standfirst.\n\nThe report was written\nby Julian Le Grand.\n"

    article = ingest.import_text(text, name="wrapped.txt").article

    assert article.body == "The report was written by Julian Le Grand."
    assert article.byline == ""


# Broken input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "empty.txt, line 1: the file is empty"),
        ("\n  \n", "empty.txt, line 1: the file is empty"),
        ("A headline only\n\nHide Ad\n", "empty.txt, line 3: no body text after the headline"),
        ("Headline\n\nThursday, 31st June 2016, 11:39 am\n\nBody.\n", "empty.txt, line 3:"),
        ("Friday, November 27, 2015\n\nBody.\n", "empty.txt, line 1: the first line should be"),
        ("By Jane Smith\n\nBody.\n", "empty.txt, line 1: the first line should be the headline"),
        ("x" * 301 + "\n\nBody.\n", "empty.txt, line 1: the headline is 301 characters"),
    ],
)
def test_broken_files_fail_naming_the_file_and_line(db, text, error):
    result = ingest.import_text(text, name="empty.txt")

    assert result.status == ingest.FAILED
    assert result.error.startswith(error)
    assert not Article.objects.exists()


def test_an_update_before_publication_is_set_aside_not_the_story(db):
    text = "Headline\n\n5 May 2020\nUpdated 4 May 2020\n\nBody.\n"

    article = ingest.import_text(text, name="dates.txt").article

    assert article.published_at.date() == date(2020, 5, 5)
    assert article.updated_at is None
    assert "Updated 4 May 2020 (an update time before publication: not kept)" in (
        article.removed_text
    )


def test_the_guardians_first_published_line_dates_the_story_under_its_update(db):
    text = (
        "Gove strips Doncaster of children's services\n\nWed 10 Jul 2013 17.02 BST\n"
        "First published on Wed 10 Jul 2013 08.41 BST\n\nThe council was told today.\n"
    )

    article = ingest.import_text(text, name="guardian.txt").article

    assert article.published_at == datetime(2013, 7, 10, 7, 41, tzinfo=UTC)  # 08.41 BST
    assert article.updated_at == datetime(2013, 7, 10, 16, 2, tzinfo=UTC)
    assert "before publication" not in article.removed_text


def test_a_live_blogs_key_event_labels_are_furniture(db):
    text = (
        "Ofsted report day: live\n\n5.32pm Key event\n\nThe trust was rated good today, "
        "its chief executive said.\n\nKey event\n\nThe key events of the day follow.\n"
    )

    article = ingest.import_text(text, name="live.txt").article

    assert "Key event" not in article.standfirst + article.body
    assert article.body.endswith("The key events of the day follow.")
    assert article.removed_text.split("\n")[:2] == ["5.32pm Key event", "Key event"]


def test_a_story_that_gives_only_its_update_time_is_dated_by_it(db):
    text = "Headline\n\nLast updated: 23/11/2018\n\nThe body.\n"

    result = ingest.import_text(text, name="updated.txt")

    assert result.ok, result.error
    assert result.article.published_at.date() == date(2018, 11, 23)
    assert ingest.UPDATE_ONLY_NOTE in result.article.removed_text


def test_control_characters_go_and_unicode_line_breaks_break_lines(known_entities):
    text = (
        "Trust rated good\n\n23 November 2018\n\n"
        "The trust\x00 was rated good by Ofsted.\x07\u2029The mayor said so.\u2028It is.\n"
    )

    article = ingest.import_text(text, name="controls.txt").article

    assert article.standfirst == "The trust was rated good by Ofsted."
    assert article.body == "The mayor said so.\n\nIt is."
    assert article.mentions.get().text == "Ofsted"


def test_hard_wrapped_lines_are_joined_into_their_paragraphs(known_entities):
    paragraphs = [
        "The trust set up to run children's services in Doncaster after years of failure "
        "has been rated good by Ofsted for the first time since it was created.",
        "Inspectors said leaders at Doncaster Children's Services Trust knew their services "
        "well and that children in the borough were now safer than they had been.",
        "The mayor of Doncaster, Ros Jones, said the result was fantastic news for the "
        "borough and thanked staff for their hard work over the past four years.",
    ]
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in paragraphs)
    text = f"Trust rated good\n\nBy Jane Smith\n23 November 2018\n\n{wrapped}\n"

    article = ingest.import_text(text, name="wrapped.txt").article

    assert [article.standfirst, *article.body.split("\n\n")] == paragraphs
    assert article.byline == "By Jane Smith"
    assert {m.text for m in article.mentions.all()} >= {
        "Doncaster Children's Services Trust",
        "Ros Jones",
    }
    assert ingest.UNWRAPPED_NOTE.format(width=60) in article.removed_text


def test_a_wrapped_line_ending_in_a_quotation_mark_mid_sentence_runs_on():
    lines = [
        "Sir Michael said that too many councils were still",
        'rated "requires improvement" and had been "stuck"',
        "at adequate for years, with no sign of change in",
        "their leadership or their practice on the ground",
        "and no sense of urgency from those who led them.",
        "",
        '"Nobody in local government is complacent here,"',
        "Mark Rogers said in answer to the chief inspector",
        "at a conference of directors in Manchester later",
        "in the week, where he was given a warm welcome.",
    ]

    text, width = ingest.unwrapped("\n".join(lines))

    assert width == 50
    assert text.split("\n\n") == [" ".join(lines[:5]), " ".join(lines[6:])]


def test_a_sentence_ending_a_wrapped_line_runs_on_where_blank_lines_part_paragraphs():
    lines = [
        "Ofsted has rated the service inadequate in every one of its",
        "inspections since 2009. Seven children known to the council",
        "died between 2004 and 2009, and the town was the scene of",
        "the Edlington attack that same summer.",
        "",
        "The rating is the worst a council can be given by the watchdog,",
        "and ministers have said that they will act on it this very week.",
        "The council said it would co-operate with them in whatever",
        "they decided, and that it had already asked for help from a",
        "neighbouring council.",
        "",
        "The trust will take over the services next year, after the",
        "review by the government's commissioner is finally published.",
        "Its chief executive has not yet been appointed, and the board",
        "will meet for the first time soon.",
    ]

    text, width = ingest.unwrapped("\n".join(lines))

    assert width == 64
    assert text.split("\n\n") == [
        " ".join(lines[:4]),
        " ".join(lines[5:10]),
        " ".join(lines[11:]),
    ]


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("leaders at Don-", "caster Children's Services Trust", "Doncaster Children's"),
        ("the trust had suc-", "ceeded where others failed", "succeeded where"),
        ("with its council-", "run partners", "council-run partners"),
        ("a well-", "known figure, well-known to all", "well-known figure"),
    ],
)
def test_a_word_broken_at_a_wrapped_lines_end_is_whole_again(before, after, joined):
    text = f"{before}\n{after}"

    assert joined in ingest._rehyphenated(before, after, text)


CUTTING = """DONCASTER FREE PRESS Thursday, July 15, 2010 Page 1

CHILDREN'S SERVICES
STILL 'INADEQUATE'

By Jane Hartley
Education Reporter

DONCASTER'S children's
services are still failing
the borough's most vulner-
able youngsters, a damning
Ofsted report has found.

Inspectors from the watch-
dog rated services for looked
after children as "inade-
quate" after a visit in June.

Doncaster Council's direc-
tor of children's services,
Chris Pratt, said: "We are
not hiding from this."

The Mayor of Doncaster,
Peter Davies, said he was
"deeply disappointed" by the
report, and the council-
run service would change.
"""


def test_a_cuttings_narrow_columns_are_joined_into_paragraphs_and_broken_words_mended(db):
    draft = ingest.read_article(CUTTING, name="cutting.txt")

    assert draft.standfirst == (
        "DONCASTER'S children's services are still failing the borough's most vulnerable "
        "youngsters, a damning Ofsted report has found."
    )
    assert draft.body.split("\n\n") == [
        'Inspectors from the watchdog rated services for looked after children as "inadequate"'
        " after a visit in June.",
        "Doncaster Council's director of children's services, Chris Pratt, said: "
        '"We are not hiding from this."',
        'The Mayor of Doncaster, Peter Davies, said he was "deeply disappointed" by the report,'
        " and the council-run service would change.",
    ]
    assert [author.name for author in draft.authors] == ["Jane Hartley"]
    assert draft.captions == []


def test_a_pdfs_running_header_is_furniture(db):
    text = (
        "Annual Review 2016/17\n\n1 September 2017\n\nThe trust had a good year.\n\n"
        "Doncaster Children's Services Trust | Annual Review 2016/17 | Page 4 of 28\n\n"
        "Staff turnover fell. The council said page 4 of the plan was wrong.\n"
    )

    draft = ingest.read_article(text, name="review.txt")

    assert "Doncaster Children's Services Trust | Annual Review 2016/17 | Page 4 of 28" in (
        draft.removed
    )
    assert draft.body == "Staff turnover fell. The council said page 4 of the plan was wrong."


@pytest.mark.parametrize(
    "heading",
    ["Background", "Recommendations", "Edward Miliband (Doncaster North) (Lab)"],
)
def test_a_reports_one_word_heading_and_a_hansard_speaker_stay_in_the_body(db, heading):
    text = (
        "Children's services in Doncaster\n\n1 June 2016\n\nThe council has made progress "
        f"since the last inspection.\n\n{heading}\n\nThe trust took over the services in "
        "October 2014.\n"
    )

    draft = ingest.read_article(text, name="report.txt")

    assert draft.body.split("\n\n") == [
        heading,
        "The trust took over the services in October 2014.",
    ]
    assert draft.captions == []


def test_a_cuttings_byline_name_post_and_address_stand_apart(db):
    text = CUTTING.replace(
        "By Jane Hartley\nEducation Reporter", "Jane Hartley\nEducation Reporter"
    )

    draft = ingest.read_article(text, name="cutting.txt")

    assert draft.byline == "Jane Hartley, Education Reporter"


def test_a_cuttings_folio_on_three_lines_still_dates_it(db):
    text = CUTTING.replace(
        "DONCASTER FREE PRESS Thursday, July 15, 2010 Page 1",
        "DONCASTER FREE PRESS\nThursday, July 15, 2010\nPage 1",
    )

    draft = ingest.read_article(text, name="cutting.txt")

    assert ingest.format_moment(draft.published) == "2010-07-15"


def test_a_cuttings_ligatures_are_letters_again(db):
    text = CUTTING.replace("report, and", "ﬁrst report, the ofﬁce's, and")

    draft = ingest.read_article(text, name="cutting.txt")

    assert "by the first report, the office's, and" in draft.body


@pytest.mark.parametrize(
    ("clause", "kept"),
    [
        ("(c) the Council shall pay the Trust the sums agreed;", True),
        ("(C) The Parties have agreed to enter into this Contract.", True),
        ("(c) The highest hourly rate paid was £58.50.", True),
        ("(c) 2014 Johnston Publications Ltd", False),
        ("(c) Telegraph Media Group Limited 2014", False),
    ],
)
def test_a_clause_lettered_c_is_the_story_and_a_copyright_mark_is_not(db, clause, kept):
    text = (
        "Direction issued to Doncaster Council\n\n1 April 2014\n\nThe Secretary of State "
        "directs that:\n\n(a) the Trust shall run the services;\n\n(b) the Council shall "
        f"monitor them;\n\n{clause}\n\n(d) both shall report.\n"
    )

    draft = ingest.read_article(text, name="direction.txt")

    assert (clause in draft.body.split("\n\n")) is kept
    assert (clause in draft.removed) is not kept


def test_short_lines_of_a_press_release_are_not_taken_for_wrapped_ones(db):
    text = (
        "Press release\nDoncaster Children's Services Trust rated good\n"
        "Ofsted has rated the trust good in its latest inspection.\nFrom: Ofsted\n"
        "Published 23 November 2018\nThe trust took over from Doncaster Council in 2014.\n"
        "Ofsted's regional director said the trust had improved.\n"
    )

    article = ingest.import_text(text, name="release.txt").article

    assert article.standfirst == "Ofsted has rated the trust good in its latest inspection."
    assert article.body == (
        "The trust took over from Doncaster Council in 2014.\n\n"
        "Ofsted's regional director said the trust had improved."
    )


def test_text_in_windows_1252_is_read_as_such_and_says_so(db):
    data = "Headline\n\nThe Trust\u2019s caf\u00e9 opened.\n".encode("cp1252")
    [result] = ingest.import_source(data, name="legacy.txt")

    assert result.ok, result.error
    assert result.article.body == "The Trust\u2019s caf\u00e9 opened."
    assert ingest.CP1252_NOTE in result.article.removed_text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_text_in_utf_16_with_its_byte_order_mark_is_read(db, encoding):
    text = "Trust\u2019s caf\u00e9 opens\r\n\r\nThe Trust\u2019s caf\u00e9 opened.\r\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    [result] = ingest.import_source(data, name="notepad.txt")

    assert result.ok, result.error
    assert result.article.headline == "Trust\u2019s caf\u00e9 opens"
    assert result.article.body == "The Trust\u2019s caf\u00e9 opened."


def test_decomposed_letters_and_odd_apostrophes_do_not_split_a_name(known_entities):
    text = (
        "Trust rated good\n\nOfsted\u02bcs inspectors rated the trust good.\n\n"
        "Ros Jones welcomed it. Zoe\u0308 Jones, a councillor, agreed.\n\nOfsted\u2032s "
        "report praised the staff.\n"
    )

    article = ingest.import_text(text, name="mac.txt").article

    assert "Zo\u00eb Jones" in article.body
    assert [m.text for m in article.mentions.filter(field="body")] == [
        "Ros Jones",
        "Ofsted",
    ]
    assert [m.text for m in article.mentions.filter(field="standfirst")] == ["Ofsted"]


def test_an_e_mails_header_and_the_senders_note_over_a_rule_are_not_the_story(db):
    text = (
        "From: newsdesk@yorkshirepost.co.uk\nTo: subs@yorkshirepost.co.uk\n"
        "Subject: COPY: Gove prison visit - for p5 - FINAL\n"
        "Date: Thu, 12 Nov 2015 17:42:10 +0000\n\n"
        "Subs - final version for p5 below. Pic to follow.\nThanks, Jess\n\n"
        "------------------------------\n\nGOVE: DONCASTER PRISON 'A WARNING TO US ALL'\n\n"
        "By Jessica Marsh, Westminster Correspondent\n\n"
        "JUSTICE Secretary Michael Gove has described conditions at the prison as a warning.\n\n"
        "He visited yesterday.\n"
    )

    draft = ingest.read_article(text, name="copy.eml")

    assert draft.headline == "GOVE: DONCASTER PRISON 'A WARNING TO US ALL'"
    assert ingest.format_moment(draft.published) == "2015-11-12 17:42"
    assert draft.byline == "By Jessica Marsh, Westminster Correspondent"
    assert draft.standfirst.startswith("JUSTICE Secretary Michael Gove")
    assert "Thanks, Jess" not in draft.body


def test_an_e_mail_of_nothing_but_its_header_is_refused_not_crashed_on(db):
    data = b"From: newsdesk@example.org\nTo: subs@example.org\nSubject: Copy to follow"

    [result] = ingest.import_source(data, name="empty.eml")

    assert not result.ok
    assert result.error.startswith("empty.eml")


def test_an_e_mails_machinery_is_not_its_headline(db):
    text = (
        "From: Democratic Services <democratic.services@doncaster.gov.uk>\n"
        "To: All Members <allmembers@doncaster.gov.uk>\n"
        "Date: Tue, 14 May 2019 16:47:12 +0100\nSubject: Cabinet decision record\n"
        'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n\n'
        "Dear Councillor,\n\nPlease find below the record of the decision taken at Cabinet "
        "this morning.\n\nCabinet agreed to fund the trust.\n"
    )

    draft = ingest.read_article(text, name="decision.eml")

    assert "MIME" not in draft.headline + draft.standfirst + draft.body
    assert "Content-Type" not in draft.headline + draft.standfirst + draft.body


def test_bytes_that_no_encoding_reads_name_their_line(db):
    [result] = ingest.import_source(b"Headline\n\nCaf\xe9 \x81 body.\n", name="broken.txt")

    assert result.error == "broken.txt, line 3: not UTF-8 text (byte 0xe9); save it as UTF-8"


@pytest.mark.parametrize(
    ("start", "kind"),
    [(b"PK\x03\x04", "a Word, OpenDocument or zip file"), (b"%PDF-1.7\n", "a PDF")],
)
def test_a_word_document_or_a_pdf_is_refused_with_what_it_is(db, start, kind):
    [result] = ingest.import_source(start + b"Ofsted praised the trust.\n", name="story.docx")

    assert (
        result.error == f"story.docx, line 1: {kind}, not text; save it as plain text or a web page"
    )
    assert not Article.objects.exists()


# Repeats and updates ---------------------------------------------------------------------


def test_the_same_article_twice_is_a_duplicate_and_changes_nothing(db):
    first = import_seed("000_d859d43d3e4e57e3.txt").article
    edited_at = first.edited_at

    again = import_seed("000_d859d43d3e4e57e3.txt")

    assert again.status == ingest.DUPLICATE
    assert again.article == first
    assert Article.objects.get().edited_at == edited_at


def test_whitespace_quote_and_furniture_differences_are_still_a_duplicate(db):
    raw = (SOURCES / "000_d859d43d3e4e57e3.txt").read_text()
    import_seed("000_d859d43d3e4e57e3.txt")
    variant = (
        raw.replace("\n\n", "\r\n\r\n\r\n")
        .replace("’", "'")
        .replace("The latest report", "The  latest   report")
        .replace("Sign up to our daily newsletter", "Share this article\n\nHide Ad")
    )

    result = ingest.import_text(variant, name="again.txt")

    assert result.status == ingest.DUPLICATE
    assert Article.objects.count() == 1


def test_update_replaces_an_earlier_import_keeping_its_slug(db):
    raw = (SOURCES / "001_92dd316e499adfc4.txt").read_text()
    first = ingest.import_text(raw, name="001.txt").article
    changed = raw.replace("The report said leaders", "The report found that leaders")

    without = ingest.import_text(changed, name="001.txt")
    result = ingest.import_text(changed, name="001.txt", update=True)

    assert without.status == ingest.DUPLICATE
    assert "update" in without.message
    assert result.status == ingest.UPDATED
    article = Article.objects.get()
    assert (article.pk, article.slug) == (first.pk, first.slug)
    assert "The report found that leaders" in article.body


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("By Chris Burn\n27 November 2015", "By Neil Puffett\n27 November 2015"),
        ("By Chris Burn\n27 November 2015", "By Chris Burn\n28 November 2015"),
        ("https://example.org/a\n27 November 2015", "https://example.org/b\n27 November 2015"),
    ],
)
def test_another_papers_story_under_the_same_headline_is_a_new_article(db, first, second):
    ingest.import_text(f"Trust rated inadequate\n\n{first}\n\nOne story.\n", name="a.txt")

    result = ingest.import_text(f"Trust rated inadequate\n\n{second}\n\nAnother.\n", name="b")

    assert result.status == ingest.IMPORTED
    assert result.article.slug == "trust-rated-inadequate-2"
    assert Article.objects.count() == 2


def test_the_same_papers_story_with_other_text_under_its_headline_is_a_duplicate(db):
    head = "Trust rated inadequate\n\nBy Chris Burn\nhttps://example.org/a\n27 November 2015"
    ingest.import_text(f"{head}\n\nOne story.\n", name="a.txt")

    result = ingest.import_text(f"{head}\n\nThe story, edited.\n", name="a.txt")

    assert result.status == ingest.DUPLICATE
    assert "update" in result.message


def test_the_association_and_the_society_are_the_ones_named_before_them(known_entities):
    text = (
        "Councils ask for money\n\nThe Local Government Association wants money. The "
        "association said so.\n\nThe Association of Directors of Children's Services agreed, "
        "and the association's president spoke. The Society of Local Authority Chief Executives "
        "and Senior Managers did too; the Society said so.\n"
    )

    article = ingest.import_text(text, name="associations.txt").article

    described = article.mentions.filter(text__istartswith="the ", organisation__isnull=False)
    assert [(m.text, m.organisation.name) for m in described.order_by("start")] == [
        ("The association", "Local Government Association"),
        ("the association", "Association of Directors of Children's Services"),
        ("the Society", "Society of Local Authority Chief Executives and Senior Managers"),
    ]


def test_the_councils_city_name_and_the_dfe_in_capitals_are_linked(known_entities):
    text = "Council takes back services\n\nDoncaster City Council and the DFE agreed.\n"

    article = ingest.import_text(text, name="city.txt").article

    assert [(m.text, m.organisation.name) for m in article.mentions.order_by("start")] == [
        ("Doncaster City Council", "Doncaster Council"),
        ("DFE", "Department for Education"),
    ]


def test_a_council_named_by_its_place_alone_takes_the_description_after_it(known_entities):
    text = (
        "Solihull shows the way\n\nDoncaster Council lost its children's services. In "
        "Solihull, the council turned them round. Solihull's council was rated good.\n"
    )

    article = ingest.import_text(text, name="solihull.txt").article

    assert [(m.text, m.organisation.name) for m in article.mentions.order_by("start")] == [
        ("Doncaster Council", "Doncaster Council"),
        ("the council", "Solihull Council"),
        ("Solihull's council", "Solihull Council"),
    ]


def test_solaces_name_without_its_managers_and_rbkc_are_linked(known_entities):
    text = (
        "Chief executives weigh in\n\nThe Society of Local Authority Chief Executives said "
        "so. RBKC agreed.\n"
    )

    article = ingest.import_text(text, name="short-names.txt").article

    assert [(m.text, m.organisation.name) for m in article.mentions.order_by("start")] == [
        (
            "Society of Local Authority Chief Executives",
            "Society of Local Authority Chief Executives and Senior Managers",
        ),
        ("RBKC", "Royal Borough of Kensington and Chelsea"),
    ]


def test_doncaster_council_described_by_its_county_is_linked(known_entities):
    text = (
        "Council loses its services\n\nDoncaster Council was stripped of its services. "
        "The South Yorkshire council will appeal, and the South Yorkshire authority's "
        "mayor agreed.\n"
    )

    article = ingest.import_text(text, name="county.txt").article

    assert [(m.text, m.organisation.name) for m in article.mentions.order_by("start")] == [
        ("Doncaster Council", "Doncaster Council"),
        ("The South Yorkshire council", "Doncaster Council"),
        ("the South Yorkshire authority", "Doncaster Council"),
    ]


def test_the_trusts_name_misspelt_in_print_is_linked(known_entities):
    text = "Trust fails\n\nDoncaster Children Services Trust failed again.\n"

    article = ingest.import_text(text, name="misspelt.txt").article

    assert [m.organisation.name for m in article.mentions.all()] == [
        "Doncaster Children's Services Trust"
    ]


@pytest.mark.parametrize(
    ("published", "linked"),
    [
        # Rosie Winterton was made a dame in June 2016.
        ("4 March 2015", ["Rosie Winterton"]),
        ("4 March 2017", ["Dame Rosie Winterton", "Dame Rosie"]),
    ],
)
def test_a_title_a_person_gained_links_from_its_date(known_entities, published, linked):
    text = f"MPs write\n\n{published}\n\nDame Rosie Winterton wrote. Dame Rosie said no.\n"

    article = ingest.import_text(text, name="dame.txt").article

    assert [m.text for m in article.mentions.order_by("start")] == linked


def test_the_trusts_name_without_its_place_is_no_other_trust_for_the_trust_after_it(
    known_entities,
):
    text = (
        "Trust to appeal\n\nDoncaster Children's Services Trust met. Later the Children's "
        "Services Trust said the trust would appeal.\n"
    )

    article = ingest.import_text(text, name="tail.txt").article

    assert [m.text for m in article.mentions.order_by("start")] == [
        "Doncaster Children's Services Trust",
        "Children's Services Trust",
        "the trust",
    ]


@pytest.mark.parametrize(
    ("published", "linked"),
    [
        # Before Doncaster became a city, "the city council" is another council, and
        # "the council" after it is that one too.
        ("12 March 2018", ["Doncaster Council"]),
        ("12 March 2023", ["Doncaster Council", "the city council", "the council"]),
    ],
)
def test_a_description_of_another_time_names_another_body_for_the_ones_after_it(
    known_entities, published, linked
):
    text = (
        f"Trusts spread\n\n{published}\n\nDoncaster Council was first. Elsewhere, "
        "the city council struggled, and the council's leader quit.\n"
    )

    article = ingest.import_text(text, name="another-time.txt").article

    assert [m.text for m in article.mentions.order_by("start")] == linked


def linked_on_import(text: str) -> list[tuple[str, str]]:
    """Import a story; return (words, entity name) for each of its mentions, in order."""
    article = ingest.import_text(text, name="story.txt").article
    mentions = article.mentions.order_by("start").select_related("organisation", "person")
    return [(m.text, str(m.organisation or m.person)) for m in mentions]


def test_westminster_meaning_parliament_neither_links_the_council_nor_takes_the_council(
    known_entities,
):
    text = (
        "MPs raise Doncaster\n\nEd Miliband raised Doncaster Council at Westminster. "
        "Westminster politicians agreed the council had failed, and MPs in Westminster Hall "
        "said the council needed help. He took the fight to Westminster, where a Westminster "
        "source said ministers in Westminster were worried. The boroughs of Kensington and "
        "Chelsea, and Westminster, were rated outstanding.\n"
    )

    assert linked_on_import(text) == [
        ("Ed Miliband", "Ed Miliband"),
        ("Doncaster Council", "Doncaster Council"),
        ("the council", "Doncaster Council"),
        ("the council", "Doncaster Council"),
        ("Kensington and Chelsea", "Royal Borough of Kensington and Chelsea"),
        ("Westminster", "Westminster City Council"),
    ]


def test_the_london_councils_link_as_papers_name_them(known_entities):
    text = (
        "Outstanding boroughs\n\nKensington and Chelsea was rated outstanding. The Royal "
        "Borough's director of children's services spoke, and Westminster Council agreed. The "
        "Royal Borough of Greenwich was not inspected.\n"
    )

    assert linked_on_import(text) == [
        ("Kensington and Chelsea", "Royal Borough of Kensington and Chelsea"),
        ("The Royal Borough", "Royal Borough of Kensington and Chelsea"),
        ("Westminster Council", "Westminster City Council"),
    ]


def test_labour_in_its_ordinary_sense_is_no_mention_of_the_party(known_entities):
    text = (
        "Staff shortages\n\nLabour shortages have hit social work, and Labour costs rose "
        "by a fifth as agency Labour filled posts. Labour MP Caroline Flint said so.\n"
    )

    assert linked_on_import(text) == [
        ("Labour", "Labour Party"),
        ("Caroline Flint", "Caroline Flint"),
    ]


def test_the_governments_formal_name_links_it(known_entities):
    text = (
        "A moral duty\n\nShe said Her Majesty’s Government had a moral duty, and His "
        "Majesty's Government agreed.\n"
    )

    assert linked_on_import(text) == [
        ("Her Majesty’s Government", "HM Government"),
        ("His Majesty's Government", "HM Government"),
    ]


def test_society_in_its_ordinary_sense_is_no_mention_of_solace(known_entities):
    text = (
        "Chief executives speak\n\nSOLACE said councils needed stability. Children are "
        "the future of the society we live in, said Mark Rogers. The Society said so too.\n"
    )

    assert linked_on_import(text) == [
        ("SOLACE", "Society of Local Authority Chief Executives and Senior Managers"),
        ("Mark Rogers", "Mark Rogers"),
        ("The Society", "Society of Local Authority Chief Executives and Senior Managers"),
    ]


def test_update_relinks_the_new_text(known_entities):
    raw = (SOURCES / "003_180a2f6a0e39ffa9.txt").read_text()
    ingest.import_text(raw, name="003.txt")
    changed = raw.replace("In a statement, Ofsted said", "In a statement, the DfE said")

    result = ingest.import_text(changed, name="003.txt", update=True)

    texts = set(result.article.mentions.values_list("text", flat=True))
    assert "DfE" in texts
    assert result.mentions == Mention.objects.filter(article=result.article).count()


def test_a_dry_run_writes_nothing_but_shows_the_text_and_mentions(known_entities):
    counts = [m.objects.count() for m in (Article, Person, Role, Mention)]

    result = import_seed("001_92dd316e499adfc4.txt", dry_run=True)

    assert [m.objects.count() for m in (Article, Person, Role, Mention)] == counts
    assert result.dry_run
    assert result.status == ingest.IMPORTED
    assert result.article.pk is None
    assert result.cleaned.startswith("Leaders in charge of Doncaster's children say")
    assert "Sign up to our daily newsletter" not in result.cleaned
    assert ("Ofsted", "Ofsted") in result.found
    assert ("Riana Nelson", "Riana Nelson") in result.found
    assert result.mentions == len(result.found)


def test_imports_are_drafts_unless_published(db):
    draft = import_seed("000_d859d43d3e4e57e3.txt").article
    published = import_seed("003_180a2f6a0e39ffa9.txt", publish=True).article

    assert draft.status == Article.Status.DRAFT
    assert published.status == Article.Status.PUBLISHED
    assert list(Article.objects.published()) == [published]


def test_an_undated_article_cannot_be_published(db):
    result = import_seed(UNDATED, publish=True)

    assert result.status == ingest.FAILED
    assert "no date" in result.error
    assert not Article.objects.exists()


def test_a_user_without_publish_permission_cannot_publish(reporter):
    result = import_seed("003_180a2f6a0e39ffa9.txt", publish=True, user=reporter)

    assert result.status == ingest.FAILED
    assert "articles.publish_article" in result.error
    assert not Article.objects.exists()


# JSON Lines ---------------------------------------------------------------------------


def jsonl(*records) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_json_lines_import_one_article_per_line(db):
    feed = jsonl(
        {
            "headline": "Trust rated good",
            "standfirst": "Inspectors praise the trust.",
            "body": "First paragraph.\n\nShare this article\n\nSecond paragraph.",
            "published_at": "2022-04-05T17:17:00+01:00",
            "byline": "By Amira Hussain, Education Reporter",
            "url": "https://news.example.org/trust-rated-good",
            "captions": ["The trust's offices"],
        },
        {"headline": "Council replies", "body": "It disagrees.", "published_at": "13/04/2022"},
    )

    results = ingest.import_jsonl(feed, name="feed.jsonl")

    assert [r.status for r in results] == [ingest.IMPORTED, ingest.IMPORTED]
    good = Article.objects.get(headline="Trust rated good")
    assert good.body == "First paragraph.\n\nSecond paragraph."
    assert good.removed_text == "Share this article"
    assert good.standfirst == "Inspectors praise the trust."
    assert good.published_at == datetime(2022, 4, 5, 16, 17, tzinfo=UTC)
    assert good.source_url == "https://news.example.org/trust-rated-good"
    assert good.captions == "The trust's offices"
    assert [p.name for p in good.authors.all()] == ["Amira Hussain"]
    replies = Article.objects.get(headline="Council replies")
    assert (replies.published_at, replies.published_precision) == (
        datetime(2022, 4, 12, 23, 0, tzinfo=UTC),
        "day",
    )


@pytest.mark.parametrize(
    ("key", "updated_key"),
    [("published", "updated"), ("date", "modified"), ("datePublished", "dateModified")],
)
def test_json_lines_exports_other_names_for_the_fields_are_read(db, key, updated_key):
    feed = jsonl(
        {
            "title": "Trust rated good",
            "body": "Inspectors praised the trust.\n\nIt was pleased.",
            key: "2024-02-09T11:20:00Z",
            updated_key: "2024-02-10T09:00:00Z",
        }
    )

    (result,) = ingest.import_jsonl(feed, name="export.jsonl", publish=True)

    assert result.status == ingest.IMPORTED, result.error
    assert result.article.headline == "Trust rated good"
    assert result.article.published_at == datetime(2024, 2, 9, 11, 20, tzinfo=UTC)
    assert result.article.updated_at == datetime(2024, 2, 10, 9, 0, tzinfo=UTC)


def test_a_wordpress_apis_post_is_read_with_its_rendered_fields(db):
    post = {
        "id": 60114,
        "date": "2015-11-26T00:01:00",
        "title": {"rendered": "Doncaster trust &#8216;requires improvement&#8217;"},
        "link": "https://www.doncasterfreepress.co.uk/news/trust-1-7590011",
        "content": {"rendered": "<p>Ofsted has judged the trust.</p><p>It was pleased.</p>"},
        "excerpt": {"rendered": "<p>Inspectors say progress has been made</p>"},
        "author": 7,  # the account's number, no name
    }

    (result,) = ingest.import_jsonl(jsonl(post), name="wp.jsonl", publish=True)

    assert result.status == ingest.IMPORTED, result.error
    article = result.article
    assert article.headline == "Doncaster trust ‘requires improvement’"
    assert article.standfirst == "Inspectors say progress has been made"
    assert article.body == "Ofsted has judged the trust.\n\nIt was pleased."
    assert article.source_url == post["link"]
    assert not article.authors.exists()


@pytest.mark.parametrize(
    ("authors", "names"),
    [
        ("Neil Puffett, Derren Hayes", ["Neil Puffett", "Derren Hayes"]),
        (
            [{"@type": "Person", "name": "Anna Fazackerley", "url": "https://x.example"}],
            ["Anna Fazackerley"],
        ),
        (
            [{"name": "George Torr", "jobTitle": "Local Democracy Reporter"}, " Joe  Lepper "],
            ["George Torr", "Joe Lepper"],
        ),
        ({"name": "Neil Puffett", "role": "Editor"}, ["Neil Puffett"]),
    ],
)
def test_json_lines_authors_may_be_a_byline_names_or_objects_with_a_name(db, authors, names):
    record = {"headline": "Trust rated good", "body": "It was pleased.", "authors": authors}

    (result,) = ingest.import_jsonl(jsonl(record), name="feed.jsonl")

    assert result.status == ingest.IMPORTED, result.error
    assert sorted(p.name for p in result.article.authors.all()) == sorted(names)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1429520400, datetime(2015, 4, 20, 9, 0, tzinfo=UTC)),
        ("1521715500", datetime(2018, 3, 22, 10, 45, tzinfo=UTC)),
        (1521715500000, datetime(2018, 3, 22, 10, 45, tzinfo=UTC)),
    ],
)
def test_json_lines_dates_may_be_unix_times(db, value, expected):
    record = {"headline": "Trust rated good", "body": "It was pleased.", "published": value}

    (result,) = ingest.import_jsonl(jsonl(record), name="feed.jsonl", publish=True)

    assert result.status == ingest.IMPORTED, result.error
    assert result.article.published_at == expected


def test_a_json_lines_date_it_cannot_read_is_named_as_the_file_names_it(db):
    record = {"headline": "H", "body": "B.", "published": "3 days ago"}

    [result] = ingest.import_jsonl(jsonl(record), name="feed.jsonl")

    assert result.status == ingest.FAILED
    assert result.error.startswith("feed.jsonl, line 1: cannot read published “3 days ago”")
    assert "2015-03-03T09:12:00Z" in result.error


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ('{"headline": "H", "body": "B.", "authors": [["x"]]}', "feed.jsonl, line 2: “authors”"),
        ('{"headline": "H", "body": "B.", "published": 2015}', "feed.jsonl, line 2: cannot read"),
        ('{"headline": "Broken", "body": ', "feed.jsonl, line 2: invalid JSON"),
        ('["not", "an", "object"]', "feed.jsonl, line 2: each line should be a JSON object"),
        ('{"body": "No headline."}', "feed.jsonl, line 2: missing “headline”"),
        ('{"headline": "No body", "body": "Hide Ad"}', "feed.jsonl, line 2: missing “body”"),
        ('{"headline": "H", "body": "B.", "published_at": "soon"}', "feed.jsonl, line 2: cannot"),
        ('{"headline": "H", "body": "B.", "url": "not a url"}', "feed.jsonl, line 2: “url”"),
    ],
)
def test_a_bad_json_line_fails_the_whole_feed_naming_the_line(db, bad, error):
    feed = jsonl({"headline": "Good", "body": "Fine."}, bad)

    [result] = ingest.import_jsonl(feed, name="feed.jsonl")

    assert result.status == ingest.FAILED
    assert result.error.startswith(error)
    assert not Article.objects.exists()


def test_a_feeds_html_body_is_read_as_the_words_a_browser_shows(known_entities):
    record = {
        "headline": "Trust rated good",
        "standfirst": "<p>Inspectors praise <em>the</em> trust.</p>",
        "body": (
            "<p>Doncaster Children&#8217;s Services Trust was rated\n <strong>good</strong>"
            " by Ofsted.</p>\n<figure><img src='a.jpg'><figcaption>The trust's offices"
            "</figcaption></figure><script>embed()</script><ul><li>Leadership: good</li>"
            "<li>Help and protection: good</li></ul><p>The trust thanked staff.<br>"
            "Its chair spoke.</p><p>Tags like &lt;b&gt; stay words.</p>"
        ),
    }

    [result] = ingest.import_jsonl(jsonl(record), name="feed.jsonl")

    article = result.article
    assert article.standfirst == "Inspectors praise the trust."
    assert article.body.split("\n\n") == [
        "Doncaster Children’s Services Trust was rated good by Ofsted.",
        "• Leadership: good",
        "• Help and protection: good",
        "The trust thanked staff.",
        "Its chair spoke.",
        "Tags like <b> stay words.",
    ]
    assert article.captions == "The trust's offices"
    assert ingest.MARKUP_NOTE in article.removed_text
    assert [m.text for m in article.mentions.filter(field="body")] == [
        "Doncaster Children’s Services Trust",
        "Ofsted",
        "The trust",
    ]


def test_a_fragment_of_html_saved_as_text_is_read_as_the_words_a_browser_shows(db):
    text = (
        "<h1>Doncaster&#8217;s new children&#8217;s trust opens its doors</h1>\n"
        '<p class="byline">By <a href="/author/george-torr">George Torr</a> | 1 October 2014'
        "</p>\n<p><strong>The trust has taken over social care in Doncaster.</strong></p>\n"
        '[caption id="attachment_4471" width="300"]<img src="moffat.jpg" alt="Paul Moffat" />'
        " Paul Moffat, chief executive. Picture: DCST[/caption]\n"
        "<p>Around 650 staff have moved across from Doncaster Council.</p>\n"
        '<p>[gallery ids="9911,9912"]</p>\n<p>The trust&#8217;s chair spoke.</p>\n'
    )

    [result] = ingest.import_source(text, name="post.txt", publish=True)

    assert result.ok, result.error
    article = result.article
    assert article.headline == "Doncaster’s new children’s trust opens its doors"
    assert article.byline == "By George Torr"
    assert article.published_at.date().isoformat() == "2014-10-01"
    assert article.standfirst == "The trust has taken over social care in Doncaster."
    assert article.body.split("\n\n") == [
        "Around 650 staff have moved across from Doncaster Council.",
        "The trust’s chair spoke.",
    ]
    assert article.captions == "Paul Moffat, chief executive. Picture: DCST"
    assert "george-torr" not in article.body + article.byline


def test_a_byline_date_and_service_on_one_line_date_and_credit_the_story(db):
    text = (
        "Trust era ends as council takes back children's services\n\n"
        "By Mark Douglas · 1 April 2023 · Local Democracy Reporting Service\n\n"
        "Children's services are back under the council's control.\n\nStaff moved today.\n"
    )

    draft = ingest.read_article(text, name="ldrs.txt")

    assert ingest.format_moment(draft.published) == "2023-04-01"
    assert [author.name for author in draft.authors] == ["Mark Douglas"]
    assert draft.captions == []


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Doncaster Free Press - News</title>
<item>
<title>Children's trust 'requires improvement' says Ofsted</title>
<link>https://www.doncasterfreepress.co.uk/news/trust-1</link>
<dc:creator>Mark Douglas</dc:creator>
<pubDate>Fri, 20 Nov 2015 09:14:00 GMT</pubDate>
<description><![CDATA[<p>Inspectors say the trust is no longer inadequate.</p>]]></description>
<content:encoded><![CDATA[<p>Inspectors say the trust is no longer inadequate.</p>
<p>Ofsted rated Doncaster Children's Services Trust as requiring improvement.</p>]]>
</content:encoded>
</item>
<item>
<title>Mayor welcomes report</title>
<link>https://www.doncasterfreepress.co.uk/news/mayor-2</link>
<pubDate>Fri, 20 Nov 2015 11:30:00 GMT</pubDate>
<description>&lt;p&gt;The mayor welcomed the report.&lt;/p&gt;</description>
</item>
</channel></rss>
"""


def test_a_saved_feeds_items_are_articles_each(db):
    results = ingest.import_source(RSS, name="feed.xml", publish=True)

    assert [r.status for r in results] == [ingest.IMPORTED, ingest.IMPORTED]
    first, second = (r.article for r in results)
    assert first.headline == "Children's trust 'requires improvement' says Ofsted"
    assert first.byline == "Mark Douglas"
    assert first.published_at == datetime(2015, 11, 20, 9, 14, tzinfo=UTC)
    assert first.source_url == "https://www.doncasterfreepress.co.uk/news/trust-1"
    assert "Ofsted rated Doncaster Children's Services Trust" in first.body
    assert second.body == "The mayor welcomed the report."


def test_an_atom_entry_is_an_article(db):
    atom = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>CYP Now</title><entry><title type='html'>Doncaster still inadequate</title>"
        "<link href='https://www.cypnow.co.uk/news/1'/><published>2012-09-28T11:02:00+01:00"
        "</published><author><name>Neil Puffett</name><uri>https://www.cypnow.co.uk/a/np"
        "</uri></author><content type='html'>"
        "&lt;p&gt;Child protection in Doncaster remains inadequate.&lt;/p&gt;&lt;p&gt;The "
        "council accepts it.&lt;/p&gt;</content></entry></feed>"
    )

    [result] = ingest.import_source(atom, name="atom.txt", publish=True)

    article = result.article
    assert (article.headline, article.byline) == ("Doncaster still inadequate", "Neil Puffett")
    assert article.published_at == datetime(2012, 9, 28, 10, 2, tzinfo=UTC)
    assert article.source_url == "https://www.cypnow.co.uk/news/1"
    assert article.body.endswith("The council accepts it.")


def test_a_feed_with_a_stylesheet_is_a_feed(db):
    # The BBC's feeds name a stylesheet under the declaration.
    styled = RSS.replace(
        "?>", '?>\n<?xml-stylesheet title="XSL_formatting" type="text/xsl" href="/x.xsl"?>', 1
    )
    assert styled != RSS

    results = ingest.import_source(styled, name="feed.xml", publish=True)

    assert [r.status for r in results] == [ingest.IMPORTED, ingest.IMPORTED]


def test_a_feeds_photo_is_a_caption_and_a_wordpress_exports_raw_post_its_paragraphs(db):
    feed = (
        '<?xml version="1.0"?>\n<!-- This is a WordPress eXtended RSS file -->\n<rss '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>Trust at eight'
        "</title><pubDate>Thu, 02 Mar 2023 19:12:00 +0000</pubDate><content:encoded><![CDATA["
        "When the <strong>trust</strong> opened, it was sold as the future.\n\nIt closed in "
        "2023.\n\n<em>The post Trust at eight appeared first on Community Care.</em>]]>"
        '</content:encoded><media:content url="https://example.org/a.jpg"><media:description>'
        "The Civic Office. Picture: Scott Merrylees</media:description></media:content>"
        "</item></channel></rss>"
    )

    [result] = ingest.import_source(feed, name="export.xml", publish=True)

    article = result.article
    assert article.body.split("\n\n") == [
        "When the trust opened, it was sold as the future.",
        "It closed in 2023.",
    ]
    assert article.captions == "The Civic Office. Picture: Scott Merrylees"
    assert "appeared first on" in article.removed_text


def test_a_feed_with_no_items_says_so_and_imports_nothing(db):
    empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>'

    [result] = ingest.import_source(empty, name="feed.xml", publish=True)

    assert result.status == ingest.FAILED
    assert "the feed has no items" in result.error
    assert not Article.objects.exists()


def test_a_feed_is_told_from_the_seed_format_by_name_or_content(db):
    record = jsonl({"headline": "From a feed", "body": "Body."})

    from_content = ingest.import_source(record, name="pasted text")

    assert [r.article.headline for r in from_content] == ["From a feed"]


def test_a_repeat_inside_one_feed_is_a_duplicate(db):
    record = {"headline": "Twice", "body": "Same body."}

    results = ingest.import_jsonl(jsonl(record, record), name="feed.jsonl")

    assert [r.status for r in results] == [ingest.IMPORTED, ingest.DUPLICATE]


# Another newspaper ----------------------------------------------------------------------


def test_an_article_from_another_paper_imports_clean_and_linked(seeded):
    text = (DATA / "slough_children_trust.txt").read_text()

    result = ingest.import_text(text, name="slough_children_trust.txt")

    assert result.status == ingest.IMPORTED, result.error
    article = result.article
    assert article.headline.startswith("Slough's children's services trust")
    assert article.standfirst.startswith("Inspectors say the trust set up")
    assert article.byline == "By Hannah Brodie, Local Democracy Reporting Service"
    assert article.published_at == datetime(2016, 7, 12, 13, 5, tzinfo=UTC)
    assert article.updated_at == datetime(2016, 7, 12, 15, 30, tzinfo=UTC)
    assert article.captions.splitlines() == [
        "The trust's offices in Slough town centre",
        "Sir Michael Wilshaw, Ofsted's chief inspector",
    ]
    for furniture in [
        "Advertisement",
        "Share this article",
        "Read more: Council approves £2m rescue plan for children's social care",
        "Subscribe for £1",
        "Article continues below",
        "Follow us on Facebook",
        "Get the latest Slough news straight to your inbox",
        "Did you enjoy this article?",
    ]:
        assert furniture in article.removed_text.splitlines()
        assert furniture not in article.body
    assert "council’s cabinet member" in article.body
    assert "â€" not in article.body
    assert len(article.body.split("\n\n")) == 9
    linked = {m.entity for m in article.mentions.select_related("organisation", "person")}
    assert {
        Organisation.objects.get(name="Ofsted"),
        Organisation.objects.get(name="Department for Education"),
        Organisation.objects.get(name="Doncaster Children's Services Trust"),
        Person.objects.get(name="Michael Wilshaw"),
    } <= linked
    wilshaw = article.mentions.filter(person__name="Michael Wilshaw")
    assert sorted(wilshaw.values_list("text", flat=True)) == [
        "Sir Michael Wilshaw",
        "Wilshaw",
    ]
    assert "Slough Borough Council" in article.unresolved_names
    hannah = Person.objects.get(name="Hannah Brodie")
    assert hannah.roles.get().title == "Local Democracy Reporting Service"


def test_another_papers_names_descriptions_and_namesakes_link_as_a_reader_reads_them(seeded):
    text = (DATA / "bbc_doncaster_services.txt").read_text()

    article = ingest.import_text(text, name="bbc_doncaster_services.txt").article

    assert article.standfirst.startswith("Children's services in Doncaster are to be run")
    assert "Mayor Ros Jones said the time was right for the change" in article.captions
    assert article.published_at == datetime(2022, 4, 12, 23, 0, tzinfo=UTC)
    linked = [
        (m.text, str(m.entity))
        for m in article.mentions.select_related("organisation", "person").order_by(
            "field", "start"
        )
        if m.field == "body"
    ]
    assert linked == [
        ("City of Doncaster Council", "Doncaster Council"),
        ("Doncaster Children's Trust", "Doncaster Children's Services Trust"),
        ("The new trust", "Doncaster Children's Services Trust"),
        ("the education watchdog", "Ofsted"),
        ("Ofsted", "Ofsted"),
        ("the council", "Doncaster Council"),
        ("Mayor Ros Jones", "Ros Jones"),
        ("Mayor Jones", "Ros Jones"),
        ("the trust", "Doncaster Children's Services Trust"),
        ("Ofsted", "Ofsted"),
        # Not Ros Jones: "Debbie Jones" and the "Ms Jones" after her are someone else.
        ("the watchdog", "Ofsted"),
        ("Department for Education", "Department for Education"),
    ]
    assert "Debbie Jones" in article.unresolved_names


def test_descriptions_beside_bodies_no_alias_knows_link_as_a_reader_reads_them(seeded):
    text = (DATA / "trade_press_trusts_report.txt").read_text()

    article = ingest.import_text(text, name="trade_press_trusts_report.txt").article

    linked = [
        (m.text, str(m.entity))
        for m in article.mentions.select_related("organisation", "person").order_by("start")
        if m.field == "body"
    ]
    assert linked == [
        ("Doncaster Children's Services Trust", "Doncaster Children's Services Trust"),
        ("Michael Gove", "Michael Gove"),
        ("Doncaster Council", "Doncaster Council"),
        ("Mr Gove", "Michael Gove"),
        ("the council", "Doncaster Council"),  # Rotherham's is named later
        # Not "The Slough trust", nor "The council's" after Rotherham's council.
        ("the trust", "Doncaster Children's Services Trust"),  # "In Doncaster, the trust's"
        ("Paul Moffat", "Paul Moffat"),
        ("the council", "Doncaster Council"),
        ("the trust", "Doncaster Children's Services Trust"),
        ("OFSTED", "Ofsted"),
        ("The watchdog", "Ofsted"),
        ("Local Government Association", "Local Government Association"),
        ("LGA", "Local Government Association"),
        ("LGA", "Local Government Association"),
    ]
    assert "Rotherham Metropolitan Borough Council" in article.unresolved_names
    assert "Slough Children's Services Trust" in article.unresolved_names


# Web pages ---------------------------------------------------------------------------


def test_a_saved_web_page_imports_its_story_without_the_page_around_it(seeded):
    page = (DATA / "national_paper_page.html").read_bytes()

    (result,) = ingest.import_source(page, name="national_paper_page.html", publish=True)

    assert result.status == ingest.IMPORTED, result.error
    article = result.article
    assert article.headline == "Doncaster told to act on children's services"
    assert article.standfirst == (
        "Watchdog gives the council three months as Michael Gove weighs handing services to a trust"
    )
    assert article.published_at == datetime(2013, 10, 9, 11, 1, tzinfo=UTC)
    assert article.published_precision == "minute"
    assert [author.name for author in article.authors.all()] == ["Hannah Rees"]
    assert article.source_url.endswith("/society/2013/oct/09/doncaster-told-to-act")
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("The head of Ofsted has given Doncaster three months")
    assert paragraphs[-1].endswith("Ms Jones met Wilshaw’s inspectors last week.")
    for furniture in ("Skip to main content", "Most viewed", "Related", "Peak District", "©"):
        assert furniture not in article.body
    linked = {
        (m.text, str(m.entity)) for m in article.mentions.select_related("organisation", "person")
    }
    assert {
        ("Michael Gove", "Michael Gove"),  # in the standfirst
        ("Ofsted", "Ofsted"),
        ("the local authority", "Doncaster Council"),
        ("Sir Michael Wilshaw", "Michael Wilshaw"),
        ("The watchdog", "Ofsted"),
        ("Mr Gove", "Michael Gove"),
        ("Department for Education", "Department for Education"),
        ("Ros Jones", "Ros Jones"),
        ("Ms Jones", "Ros Jones"),
        ("Wilshaw", "Michael Wilshaw"),
    } <= linked


def test_a_page_whose_summary_opens_the_story_keeps_it_once(db):
    page = (
        "<html><head><title>Trust rated good</title>"
        '<meta name="description" content="The trust was rated good on Monday.">'
        "</head><body><article><h1>Trust rated good</h1>"
        "<p>The trust was rated good on Monday. It is the first time inspectors have said so"
        " since the trust was set up, and staff were delighted.</p>"
        "<p>Its chief executive said the rating belonged to every member of staff.</p>"
        "</article></body></html>"
    )

    draft = ingest.read_source(page, name="pasted")[0]

    assert draft.headline == "Trust rated good"
    assert draft.published is None  # the page gives no date
    assert draft.standfirst.startswith("The trust was rated good on Monday. It is the first")
    assert draft.body == "Its chief executive said the rating belonged to every member of staff."


def test_a_pages_picture_captions_are_kept_as_captions(db):
    page = (
        "<html><head><title>Trust rated good</title></head><body>"
        '<aside><figure><img src="b.jpg"><figcaption>Another story</figcaption></figure></aside>'
        "<article><h1>Trust rated good</h1>"
        '<figure><img src="a.jpg" alt=""><figcaption><span class="off-screen">Image caption'
        "</span>Paul Moffat at the Civic Office. Picture: Marie Caley</figcaption></figure>"
        "<p>The trust was rated good on Monday by inspectors from the watchdog, the first "
        "time they have said so since it was set up to run the borough's services.</p>"
        "<p>Its chief executive said the rating belonged to every member of staff, and "
        "thanked the foster carers who had stayed with the trust through its worst years.</p>"
        "<p>The council's cabinet member for children said she was delighted for the staff "
        "and for the children and families they support across the borough.</p>"
        "</article></body></html>"
    )

    draft = ingest.read_source(page, name="pictured.html")[0]

    assert draft.captions == ["Paul Moffat at the Civic Office. Picture: Marie Caley"]
    assert "Paul Moffat" not in draft.body


def test_a_block_a_page_classes_as_a_caption_is_a_caption(db):
    page = (
        "<html><head><title>Trust rated good</title></head><body><article>"
        '<h1>Trust rated good</h1><img src="a.jpg">'
        '<p class="caption">Dave Hill takes over as ADCS president. Image: ADCS</p>'
        "<p>The trust was rated good on Monday by inspectors from the watchdog, the first "
        "time they have said so since it was set up to run the borough's services.</p>"
        "<p>Its chief executive said the rating belonged to every member of staff, and "
        "thanked the foster carers who had stayed with the trust through its worst years.</p>"
        "</article></body></html>"
    )

    draft = ingest.read_source(page, name="captioned.html")[0]

    assert draft.captions == ["Dave Hill takes over as ADCS president. Image: ADCS"]


def test_a_tables_rows_copied_with_tabs_are_the_storys_not_menus(db):
    text = (
        "How every council is rated\n\nTue 14 Jul 2015 09.41 BST\n\n"
        "Ofsted has now published reports on 84 of England's 152 councils.\n\n"
        "The table below lists every council inspected so far.\n\n"
        "Council\tRegion\tReport published\tOverall effectiveness\n"
        "Kensington and Chelsea\tLondon\tMar 2015\tGood\n"
        "Westminster\tLondon\tFeb 2015\tGood\n"
        "Doncaster*\tYorkshire and the Humber\tAug 2012\tInadequate\n\n"
        "* Services run by Doncaster Children's Services Trust since 1 October 2014\n"
        "Source: Ofsted, inspection reports to 10 July 2015\n\n"
        "Doncaster is something of a special case, the council said.\n"
    )

    draft = ingest.read_article(text, name="datablog.txt")

    assert draft.body.split("\n\n")[1:7] == [
        "Council | Region | Report published | Overall effectiveness",
        "Kensington and Chelsea | London | Mar 2015 | Good",
        "Westminster | London | Feb 2015 | Good",
        "Doncaster* | Yorkshire and the Humber | Aug 2012 | Inadequate",
        "* Services run by Doncaster Children's Services Trust since 1 October 2014",
        "Source: Ofsted, inspection reports to 10 July 2015",
    ]
    assert draft.captions == []


def test_a_pages_table_is_kept_in_the_story_by_rows(db):
    page = (
        "<html><head><title>Councils overspend on children's care</title></head><body>"
        "<article><h1>Councils overspend on children's care</h1>"
        "<p>Councils in England overspent on children's social care by £770m last year, "
        "new analysis by the Local Government Association shows.</p>"
        "<table><tr><th>Council</th><th>Ofsted rating</th></tr>"
        "<tr><td>Westminster</td><td>Outstanding</td></tr>"
        "<tr><td>Doncaster</td><td>Good</td></tr></table>"
        "<p>The association called on the government to fund councils properly, saying "
        "demand for children's services had never been higher.</p>"
        "</article></body></html>"
    )

    draft = ingest.read_source(page, name="table.html")[0]

    rows = [line for line in draft.body.split("\n\n") if "|" in line]
    assert [row.strip("| ").split(" | ") for row in rows] == [
        ["Council", "Ofsted rating"],
        ["Westminster", "Outstanding"],
        ["Doncaster", "Good"],
    ]


@pytest.mark.parametrize(
    "over",
    [
        # The Guardian's caption, twice over the headline.
        "Doncaster council offices. Ministers said the authority had failed children. "
        "Photograph: Christopher Thomond/The Guardian",
        # The Telegraph's, among its tags and tools.
        "Related Topics\nOfsted, Children's services\nGift this article free\n"
        "Ministers said the authority had failed children Credit: Gareth Fuller/PA",
    ],
)
def test_a_credited_caption_among_the_furniture_is_a_caption(db, over):
    menu = "Skip to main content\nSign in\nThe Guardian - Back to home\nNews\nOpinion\nSport\n"
    text = (
        (menu + over + "\n" + over + "\nSocial care\n" if "Photograph" in over else "")
        + "Gove strips Doncaster of its children's services\n\n14 October 2013\n\n"
        + ("" if "Photograph" in over else over + "\nListen to this article\n")
        + "\nThe Education Secretary has removed children's services from Doncaster.\n\n"
        "The council said it would co-operate.\n"
    )

    draft = ingest.read_article(text, name="credited.txt")

    assert draft.headline == "Gove strips Doncaster of its children's services"
    assert [caption for caption in draft.captions if "the authority had failed" in caption]
    assert draft.body == "The council said it would co-operate."


def test_a_page_that_gives_only_the_day_is_dated_to_the_day(db):
    page = (
        '<html><head><title>Trust rated good</title><meta property="article:published_time" '
        'content="2019-03-18"></head><body><article><h1>Trust rated good</h1>'
        "<p>The trust was rated good on Monday by inspectors from the watchdog.</p>"
        "<p>Its chief executive said the rating belonged to every member of staff.</p>"
        "</article></body></html>"
    )

    draft = ingest.read_source(page, name="day.html")[0]

    assert draft.published.at.date().isoformat() == "2019-03-18"
    assert draft.published.precision == "day"


def test_a_web_page_without_a_story_is_refused_and_saves_nothing(db):
    page = "<!DOCTYPE html><html><head><title>Home</title></head><body><nav></nav></body></html>"

    (result,) = ingest.import_source(page, name="home.html")

    assert result.status == ingest.FAILED
    assert result.error == "home.html, line 1: no story found in the web page"
    assert not Article.objects.exists()


def test_the_capitalised_department_is_the_dfe_and_a_lowercase_one_two_sentences_on_is_not(
    known_entities,
):
    text = (
        "Ministers act\n\nThe Department for Education said the trust would run services. "
        "The Department will appoint its chair. Inspectors said the department was "
        "improving.\n"
    )

    assert linked_on_import(text) == [
        ("Department for Education", "Department for Education"),
        ("The Department", "Department for Education"),
    ]


def test_the_dfes_earlier_names_are_no_mention_of_it(known_entities):
    text = (
        "Old departments\n\nIn 2005 the Department for Education and Skills, once the "
        "Department for Education and Employment, set the rules. The Department for "
        "Education now sets them.\n"
    )

    assert linked_on_import(text) == [("Department for Education", "Department for Education")]


def test_the_trusts_name_links_as_papers_misspell_it(known_entities):
    text = (
        "Trust praised\n\nDoncaster Children's Service Trust was praised, and so was "
        "Doncaster Childrens' Services Trust.\n"
    )

    assert linked_on_import(text) == [
        ("Doncaster Children's Service Trust", "Doncaster Children's Services Trust"),
        ("Doncaster Childrens' Services Trust", "Doncaster Children's Services Trust"),
    ]


@pytest.mark.parametrize(
    "masthead",
    [
        "Yorkshire Post",
        "The Times",
        "Financial Times",
        "Doncaster Evening Post",
        "Children & Young People Now",
    ],
)
def test_a_papers_name_under_the_headline_is_furniture_not_a_caption(db, masthead):
    text = (
        f"Trust rated good by inspectors\n\n{masthead}\n\nBy Jane Smith\n\n"
        "The trust was rated good.\n\nThe mayor welcomed it.\n"
    )

    article = ingest.import_text(text, name="masthead.txt").article

    assert article.captions == ""
    assert masthead in article.removed_text.splitlines()
    assert article.body == "The mayor welcomed it."


def test_a_regional_desks_post_after_the_name_is_no_part_of_it(db):
    text = (
        "Trust rated good by inspectors\n\nKate Devlin Whitehall Editor\n\n"
        "The trust was rated good.\n\nThe mayor welcomed it.\n"
    )

    draft = ingest.read_article(text, name="desk.txt")

    assert [author.name for author in draft.authors] == ["Kate Devlin"]


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Cllr Nuala Fennelly", "Nuala Fennelly"),
        ("By Dr Hannah Greaves, Senior Researcher", "Hannah Greaves"),
        ("By Professor Eileen Munro", "Eileen Munro"),
        ("Reporter: Chris Kiddey", "Chris Kiddey"),
        ("Report author: Andy Hood, Head of Commissioning and Contracts", "Andy Hood"),
    ],
)
def test_a_title_or_label_before_a_bylines_name_is_no_part_of_it(db, byline, author):
    text = f"Trust rated good by inspectors\n\n{byline}\n\nThe trust was rated good.\n"

    draft = ingest.read_article(text, name="title.txt")

    assert [a.name for a in draft.authors] == [author]
    assert draft.captions == []


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Yorkshire Post, Monday 20 June 2016", date(2016, 6, 20)),  # the paper, then the date
        ("Issued: Monday 3 April 2023", date(2023, 4, 3)),  # a release's issue date
    ],
)
def test_a_papers_name_or_a_releases_label_before_the_date_still_dates_it(db, line, day):
    text = f"Trust rated good by inspectors\n\n{line}\n\nThe trust was rated good.\n"

    draft = ingest.read_article(text, name="dated.txt")

    assert draft.published.at.date() == day
    assert draft.captions == []


COUNCIL_PAGE = """Skip to main content
City of Doncaster Council
Menu
Search this site
We use some essential cookies to make this website work. We'd like to set additional \
cookies to understand how you use our website so we can improve our services.
Accept additional cookies
Home
News and Media
Press releases
New Director of Learning, Opportunities and Skills appointed
Last updated: 15 August 2019

Doncaster Council has appointed Riana Nelson as its new Director of Learning, \
Opportunities and Skills.

Riana Nelson
Riana Nelson will take up her post in November

Ms Nelson joins Doncaster from the Royal Borough of Kensington and Chelsea.
"""

BBC_2013_PAGE = """BBC
Sign in
News
Sport
Weather
More…
NEWS SHEFFIELD & SOUTH YORKSHIRE
Home
UK
Local News
17 July 2013 Last updated at 14:32
Share this page
Facebook
Doncaster children's services: Cameron and Miliband clash

Prime Minister David Cameron and Labour leader Ed Miliband have clashed in the Commons.

At Prime Minister's Questions, Mr Cameron said the government had no choice.
"""


def test_the_sites_name_and_section_over_its_menus_are_no_headline(db):
    text = (
        "BBC News\nSheffield & South Yorkshire\n\nHome\nUK\nAfrica\nAsia\nEurope\n"
        "Latin America\nMid-East\nUS & Canada\nBusiness\nHealth\nSci/Environment\nTech\n"
        "Entertainment\nVideo\n\n22 July 2013 Last updated at 14:07\n\n"
        "Doncaster children's services to be run by independent trust\n\n"
        "Children's services in Doncaster are to be taken out of the council's control.\n\n"
        "Share this page\nDelicious\nDigg\nFacebook\nreddit\nStumbleUpon\nTwitter\nEmail\n"
        "Print\n\nThe Edlington case, in which two brothers tortured two boys in 2009, "
        "prompted the government to intervene\n\n"
        "The Education Secretary announced the move today.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.headline == "Doncaster children's services to be run by independent trust"
    assert draft.authors == []
    assert draft.byline == ""
    assert draft.body.endswith("The Education Secretary announced the move today.")


# A menu of five items or more, one of them long (BASW's); the Economist's section and
# topic; the BBC's sections of 2013 on one line; magazines' names over a short headline;
# Reach's, Newsquest's and the Guardian's menus run together on one line; CYP Now's label;
# the Telegraph's link to its section; the Sun's kicker; the Guardian's breadcrumb of 2013;
# the BBC's region; CYP Now's "News in brief".
@pytest.mark.parametrize(
    ("top", "headline", "standfirst"),
    [
        (
            "CYP Now\n\nNews in brief",
            "Doncaster children's services improve, says watchdog",
            "Ofsted says children's services in Doncaster are no longer inadequate.",
        ),
        (
            "BBC Homepage\nSkip to content\nAccessibility Help\nHome News Sport Weather iPlayer "
            "Sounds Bitesize\n\nNews\nSheffield & South Yorkshire",
            "Doncaster: Inspectors find 'sustained improvement' in children's services",
            "Children's services in Doncaster have kept their good rating from Ofsted.",
        ),
        (
            "Sign in\nRegister\nJobs\nDating\nMore from the Guardian\nUK edition\nHome UK World "
            "Sport Football Comment Culture Business Money Life & style Travel Environment\n"
            "News Society Children's services",
            "Doncaster children's services to be taken out of council control",
            "Education secretary Michael Gove says independent trust will run services",
        ),
        (
            "The Telegraph\nNews | Sport | Business | Money | Opinion\nSubscribe now\nLog in\n\n"
            "See all News",
            "First children's services trust to be wound up as council takes back control",
            "Doncaster Children's Services Trust, set up after Edlington, to be folded back",
        ),
        (
            "The Sun\nSign in\nNews | Sport | Fabulous | TV | Showbiz\n\n'FAILED BY EVERYONE'",
            "Edlington victims 'let down' by Doncaster social workers who missed 31 warnings",
            "Exclusive: Mother of one of the boys speaks out as trust marks fifth anniversary",
        ),
        (
            "Skip to main content\nThe Guardian - Back to home\nSupport the Guardian\nSupport us\n"
            "News Opinion Sport Culture Lifestyle\nUK World Climate crisis Environment Science "
            "Global development Football Tech Business Obituaries\n\nSocial care",
            "Wilshaw: children's trusts are not a 'silver bullet' for failing councils",
            "Ofsted's outgoing chief inspector says removing services must be a last resort",
        ),
        (
            "Children & Young People Now\nSign in | Register | Subscribe\nHome > Social Care > "
            "Interviews\n\nSocial Care interview",
            "Paul Moffat, chief executive, Doncaster Children's Services Trust",
            "A year after taking charge of England's first children's services trust, Paul "
            "Moffat talks about staff morale",
        ),
        (
            "Hull Daily Mail\nNews Hull News East Yorkshire Sport Hull City Hull FC Hull KR "
            "What's On Property Jobs Announcements\nSign in  Subscribe\n\nNewsHull News",
            "Hull children's services 'must not go the way of Doncaster', says council leader",
            "Council chiefs insist they can fix failings found by Ofsted",
        ),
        (
            "Rotherham Advertiser\nHome News Sport Business What's On Announcements Jobs Motors "
            "Property e-Edition\nSubscribe\n\nNEWS",
            "Rotherham child abuse: Ofsted chief says lessons of Doncaster were ignored",
            "Sir Michael Wilshaw said the town had failed to learn",
        ),
        (
            "The Spectator",
            "Sir Michael's last stand",
            "Ofsted's chief inspector has saved his sharpest words for the town halls",
        ),
        (
            "The Critic\n\nHome > Politics",
            "The blob strikes back",
            "Gove's reforms have been quietly unpicked, and the children's trusts may be next",
        ),
        (
            "TORTOISE\n\nSlow news. Sensemaking.\n\nSensemaker | Children",
            "The children England forgot",
            "Nine out of ten councils are overspending on children's social care. A decade "
            "after Doncaster, is anyone in charge?",
        ),
        (
            "Britain | Children's social care",
            "Fostering change",
            "A failing council is stripped of its child-protection duties. Will a trust do better?",
        ),
        (
            "BASW\nBritish Association of Social Workers\nAbout | Membership | Policy | Events | "
            "Professional Social Work magazine | Advice & Representation\nMember login | Join "
            "BASW\n\nProfessional Social Work\nPSW magazine > News > March 2021",
            "'We had to stop the revolving door': how Doncaster cut agency staff",
            "Social workers at Doncaster Children's Services Trust tell PSW how they did it",
        ),
        (
            "The Economist\nMenu\nWeekly edition\nSearch\nSubscribe\nLog in\n\n"
            "Britain | Children's social care",
            "Bringing it all back home",
            "Councils that outsourced their failing children's services are taking them back",
        ),
        (
            "BBC Homepage\nAccessibility links\nSkip to content\nSkip to local navigation\n"
            "Accessibility Help\n\nNews Sport Weather iPlayer TV Radio More…\n\nSearch\n\n"
            "BBC News\nHome\nUK\nWorld\nBusiness\nPolitics",
            "Doncaster children's services to be run by independent trust",
            "Michael Gove has ordered that children's services in Doncaster be run by a trust.",
        ),
    ],
)
def test_a_sites_bars_over_the_headline_are_no_headline(db, top, headline, standfirst):
    text = f"{top}\n\n{headline}\n\n{standfirst}\n\n8 October 2013\n\nThe trust was set up.\n"

    draft = ingest.read_article(text, name="bars.txt")

    assert (draft.headline, draft.standfirst) == (headline, standfirst)


def test_an_opinion_pages_author_between_its_headline_and_standfirst(db):
    text = (
        "Sign in\nRegister\nJobs\nDating\nMore from the Guardian\nUK edition\nHome UK World "
        "Sport Football Comment Culture Business Money Life & style Travel Environment\n"
        "Comment is free Children's services\n\n"
        "Doncaster's children deserve better than a Whitehall experiment\n\nRay Jones\n\n"
        "Michael Gove's plan to strip the council of its services is driven by ideology\n\n"
        "Ray Jones\ntheguardian.com, Wednesday 9 October 2013 12.30 BST\n\nThe trust failed.\n"
    )

    draft = ingest.read_article(text, name="cif.txt")

    assert draft.headline == "Doncaster's children deserve better than a Whitehall experiment"
    assert draft.standfirst.startswith("Michael Gove's plan")


@pytest.mark.parametrize(
    "under",
    [
        "Labour leader Ed Miliband has said children's services in his constituency must not "
        "become a testing ground for privatisation.",
        "Labour leader Ed Miliband has warned against privatising children's services",
    ],
)
def test_a_page_copied_with_no_blank_lines_has_its_headline_under_its_share_buttons(db, under):
    menus = (
        "BBC Homepage\nSkip to content\nAccessibility Help\nBBC iD\nSign in\nNews\nSport\n"
        "Weather\nMore…\nSearch term:\nSearch\nBBC News Sheffield & South Yorkshire\nHome\nUK\n"
        "Africa\nLocal News"
    )
    text = (
        f"{menus}\n11 March 2014 Last updated at 14:22 GMT\nShare this page\nEmail\nPrint\n"
        "Facebook\nTwitter\nMiliband warns against 'privatising' Doncaster child services\n"
        f"{under}\n"
        "The Doncaster North MP spoke out after the Department for Education confirmed it.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.headline == "Miliband warns against 'privatising' Doncaster child services"
    assert draft.standfirst.startswith("Labour leader Ed Miliband has")
    assert draft.published.at.date() == date(2014, 3, 11)


def test_a_headline_over_its_summarys_points_under_the_menus(db):
    menus = "Mail Online\nHome\nNews\nU.S.\nSport\nTV&Showbiz\nFemail\nHealth\nScience\n"
    text = (
        f"{menus}Council at centre of Edlington torture case stripped of child protection\n"
        "Michael Gove hands Doncaster's children's services to independent trust\n"
        "Labour leader Ed Miliband's constituency covers part of the borough\n"
        "By Steve Doughty, Social Affairs Correspondent\n"
        "PUBLISHED: 22:36 GMT, 16 July 2013 | UPDATED: 07:47 GMT, 17 July 2013\n"
        "The council responsible for protecting children in the town is to lose control.\n"
    )

    draft = ingest.read_article(text, name="mail.txt")

    assert draft.headline.startswith("Council at centre of Edlington torture case")
    assert draft.standfirst.startswith("Michael Gove hands Doncaster's children's services")


def test_a_page_copied_whole_has_its_headline_under_the_sites_menus(db):
    draft = ingest.read_article(COUNCIL_PAGE, name="council.txt")

    assert draft.headline == "New Director of Learning, Opportunities and Skills appointed"
    assert draft.published.at.date() == date(2019, 8, 15)
    assert draft.standfirst.startswith("Doncaster Council has appointed Riana Nelson")
    assert any(line.startswith("We use some essential cookies") for line in draft.removed)
    # Her picture's caption, not the story's author: the paragraph above names her.
    assert draft.authors == []
    assert draft.captions == ["Riana Nelson", "Riana Nelson will take up her post in November"]


def test_a_press_readers_line_of_paper_date_page_and_author_is_read(db):
    text = (
        "Yorkshire Post · 27 Nov 2015 · 12 · JOE CASH\n\nWatchdog says trust still has work to "
        "do\n\nDoncaster's services 'require improvement' a year after takeover\n\nThe trust "
        "was rated.\n\nStaff were praised.\n"
    )

    draft = ingest.read_article(text, name="pressreader.txt")

    assert draft.headline == "Watchdog says trust still has work to do"
    assert draft.published.at.date() == date(2015, 11, 27)
    assert [author.name for author in draft.authors] == ["Joe Cash"]
    assert draft.standfirst == "Doncaster's services 'require improvement' a year after takeover"
    assert draft.captions == []


@pytest.mark.parametrize(
    "note",
    [
        "",
        "Morning all - see below from the Free Press this morning, for info. Not sure we need "
        "to respond but flagging in case we get follow-ups.\n\nK\n\n---\n\n",
    ],
)
def test_a_forwarded_emails_header_and_note_are_no_part_of_the_story(db, note):
    text = (
        "---------- Forwarded message ---------\nFrom: Karen Holmes <karen.holmes@example.org>"
        "\nDate: Mon, 3 Jun 2019 at 09:14\nSubject: Fwd: DFP story on trust chief exec\nTo: "
        f"Press Office <press@example.org>\n\n{note}New boss named at Doncaster Children's "
        "Services Trust\n\nBy George Torr, Local Democracy Reporting Service\n\nPaul Moffat "
        "will leave.\n"
    )

    draft = ingest.read_article(text, name="forward.txt")

    assert draft.headline == "New boss named at Doncaster Children's Services Trust"
    assert draft.body == "Paul Moffat will leave."


def test_an_outlook_forward_keeps_the_forwarded_story_not_the_forwarders_note(db):
    text = (
        "From:\tHannah Pickering\nSent:\t15 February 2024 11:26\nTo:\tTom Askew\nSubject:\tFW: "
        "Doncaster children's homes plan\nImportance:\tHigh\n\nTom - see below, the YP have "
        "picked up the report. Thanks, H\n\nHannah Pickering | Communications Officer | City of "
        "Doncaster Council\n\n-----Original Message-----\nFrom: Media Monitoring\nSent: 15 "
        "February 2024 07:02\nTo: Hannah Pickering\nSubject: Yorkshire Post: Doncaster to open "
        "six homes\n\nDoncaster to open six new children's homes\n\nBy George Torr, Local "
        "Democracy Reporting Service\nPublished 14th Feb 2024, 17:30 GMT\n\nDoncaster is to "
        "open six homes.\n\nThe council approved the plan.\n\n-----\nThis email and any "
        "attachments are confidential and intended solely for the addressee.\n"
    )

    draft = ingest.read_article(text, name="outlook.txt")

    assert draft.headline == "Doncaster to open six new children's homes"
    assert draft.published.at == datetime(2024, 2, 14, 17, 30, tzinfo=UTC)
    assert [author.name for author in draft.authors] == ["George Torr"]
    assert draft.standfirst == "Doncaster is to open six homes."
    assert draft.body == "The council approved the plan."
    assert draft.captions == []  # nor the rule over the disclaimer


def test_a_factiva_export_with_labelled_fields_is_read_as_a_story(db):
    text = (
        "HD\tMPs demand answers over trust overspend\nBY\tDavid Kessen\nWC\t587 words\n"
        "PD\t14 February 2018\nSN\tThe Star (Sheffield)\nCY\t(c) 2018 Johnston Publishing Ltd"
        "\n\nLP\tDoncaster's three MPs have written to the trust.\n\n\tThey are concerned.\n\n"
        "TD\tThe letter was copied to the mayor.\n\nNS\tgpol : Domestic Politics\n"
    )

    draft = ingest.read_article(text, name="factiva.txt")

    assert draft.headline == "MPs demand answers over trust overspend"
    assert [author.name for author in draft.authors] == ["David Kessen"]
    assert draft.published.at.date() == date(2018, 2, 14)
    assert draft.standfirst == "Doncaster's three MPs have written to the trust."
    assert draft.body == "They are concerned.\n\nThe letter was copied to the mayor."


def test_notes_to_editors_listed_in_the_contents_over_the_story_end_it_only_below(db):
    text = (
        "Trust to run Doncaster's children's services\n\nContents\nNotes to editors\n\n"
        "The trust will take over next year.\n\nThe mayor welcomed it.\n\n"
        "Notes to editors\n\n1. The report is published today.\n"
    )

    draft = ingest.read_article(text, name="release.txt")

    assert draft.body == "The mayor welcomed it."
    assert "1. The report is published today." in draft.removed


GUARDIAN_PAGE = """Skip to main content
The Guardian - Back to home
News
Society
Children's services
This article is more than 10 years old
Doncaster council stripped of children's services after damning review
Education secretary Michael Gove to hand control to independent trust after report finds failures
Patrick Holloway, social affairs correspondent
@pholloway_guard
Tue 12 Nov 2013 17.24 GMT
Share on Facebook
Share on Twitter
Children's services in Doncaster have been criticised. Photograph: Christopher Thomond

Doncaster council is to lose control of its children's services after a review.

Michael Gove said responsibility would be transferred to a new independent trust.
"""


def test_a_pages_header_printed_without_blank_lines_keeps_headline_and_standfirst(db):
    # Headline, standfirst, author and date run together under the menus, as national
    # papers' pages copy; the picture's caption under them is no headline.
    draft = ingest.read_article(GUARDIAN_PAGE, name="guardian.txt")

    assert (
        draft.headline == "Doncaster council stripped of children's services after damning review"
    )
    assert draft.standfirst.startswith("Education secretary Michael Gove to hand control")
    assert draft.body.startswith("Doncaster council is to lose control")
    assert [author.name for author in draft.authors] == ["Patrick Holloway"]
    assert draft.published.at.date() == date(2013, 11, 12)
    assert "Children's services in Doncaster have been criticised." in draft.captions[-1]


BBC_2019_PAGE = """Doncaster children's services rated 'good' by Ofsted for first time
Skip to content
British Broadcasting Corporation
Home
News
Sport
Weather
Menu
BBC News
Home
England
Local News
Sheffield & South Yorkshire
Doncaster children's services rated 'good' by Ofsted for first time
Published
20 November 2019
Share
close panel
These are external links and will open in a new window
Image source, Getty Images
Image caption,
Inspectors said children in Doncaster were now "listened to and helped"
By Emma Glanfield
BBC News, Yorkshire
Children's services in Doncaster have been rated "good" by Ofsted.
The trust was set up in 2014 after a string of damning reports.
"""


def test_a_bbc_page_copied_whole_keeps_its_headline_not_its_pictures_caption(db):
    draft = ingest.read_article(BBC_2019_PAGE, name="bbc.txt")

    assert draft.headline == "Doncaster children's services rated 'good' by Ofsted for first time"
    assert draft.published.at.date() == date(2019, 11, 20)
    assert draft.standfirst == 'Children\'s services in Doncaster have been rated "good" by Ofsted.'
    assert 'Inspectors said children in Doncaster were now "listened to and helped"' in (
        draft.captions
    )


MENUS = "\n".join(["News", "UK", "World", "Politics", "Sport", "Business", "Education"])


@pytest.mark.parametrize(
    ("top", "under"),
    [
        # The Telegraph: a picture's caption between the standfirst and the byline.
        (
            "Skip to content\nThe Telegraph logo\nSubscribe now\nLog in",
            "Michael Gove wants failing councils to learn from Doncaster Photo: PA\n"
            "By Graeme Paton, Education Editor\n7:30AM BST 17 May 2014",
        ),
        # The Yorkshire Post: a consent banner over the menus.
        (
            "We value your privacy\nWe and our partners store and/or access information on a "
            "device, such as cookies and process personal data, such as unique identifiers and "
            "standard information sent by a device for personalised advertising and content.\n"
            "Accept all\nManage preferences\nSkip to content\nYorkshire Post",
            "By Chris Burn\nPublished 17th May 2014, 16:51 BST",
        ),
        # Yorkshire Live: Reach's consent banner.
        (
            "We care about your privacy\nWe and our partners use technologies, such as cookies, "
            "and process personal data, such as IP addresses and cookie identifiers, to "
            "personalise ads and content.\nManage Cookies\nAccept All\nSkip to main content\n"
            "YorkshireLive",
            "By Chris Burn\nPublished 17th May 2014, 16:51 BST",
        ),
        # The Independent: its appeal among the menus.
        (
            "Independent\nSubscribe now\nSign in\nGet our free email\n"
            "Your support helps us to tell the story\nFrom reproductive rights to climate "
            "change to Big Tech, The Independent is on the ground when the story is developing."
            "\nRead more",
            "Richard Garner\nEducation Editor\nSaturday 17 May 2014 00:01 BST",
        ),
    ],
)
def test_a_national_page_copied_whole_keeps_its_headline(db, top, under):
    text = (
        f"{top}\n{MENUS}\n"
        "Michael Gove opens door to private companies running child protection\n"
        "The Education Secretary says profit-making firms could take over social work in "
        "failing councils\n"
        f"{under}\n"
        "Private companies could be handed control of child protection services.\n\n"
        "The Education Secretary is consulting on changes to the law.\n"
    )

    draft = ingest.read_article(text, name="page.txt")

    assert draft.headline == "Michael Gove opens door to private companies running child protection"
    assert draft.published.at.date() == date(2014, 5, 17)
    assert draft.standfirst.startswith("The Education Secretary says profit-making firms")


def test_a_reader_views_domain_and_reading_time_are_furniture(db):
    text = (
        "yorkshirepost.co.uk\n"
        "Gove moves to strip Doncaster of control over children's services\n"
        "Hannah Fretwell\n5–6 minutes\n\n16 July 2013\n\n"
        "Michael Gove has moved to take control of children's social care.\n\n"
        "The council said it would co-operate.\n"
    )

    draft = ingest.read_article(text, name="reader.txt")

    assert draft.headline == "Gove moves to strip Doncaster of control over children's services"
    assert "5–6 minutes" in draft.removed
    assert draft.body == "The council said it would co-operate."


def test_a_times_page_copied_whole_keeps_its_headline_over_its_authors(db):
    text = (
        "Skip to content\nThe Times logo\nSign in\nToday's sections\nPast six days\nExplore"
        "\nTimes Radio\nPuzzles\nWe use cookies and similar technologies to give you a "
        "better experience.\nAccept all\nManage cookies\nNEWS\n|\nEDUCATION\n"
        "Wilshaw: ministers too slow to act on failing children's services\n"
        "Nicola Woolcock and Rosemary Bennett\n"
        "Wednesday December 7 2016, 12.01am GMT, The Times\nShare\nSave\n"
        "The government has been too slow to take failing services away from councils.\n\n"
        "Sir Michael Wilshaw said children had been left in inadequate services.\n"
    )

    draft = ingest.read_article(text, name="times.txt")

    assert draft.headline == "Wilshaw: ministers too slow to act on failing children's services"
    assert draft.published.at.date() == date(2016, 12, 7)


def test_a_date_among_the_menus_over_the_headline_is_the_storys(db):
    draft = ingest.read_article(BBC_2013_PAGE, name="bbc.txt")

    assert draft.headline == "Doncaster children's services: Cameron and Miliband clash"
    assert draft.published.at.date() == date(2013, 7, 17)
    assert draft.standfirst.startswith("Prime Minister David Cameron")
    assert draft.captions == []
    assert draft.authors == []


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Page last updated at 14:32 GMT, Friday, 22 January 2010", date(2010, 1, 22)),
        ("Posted 3 December 2022 — updated 4 December 2022", date(2022, 12, 3)),
        ("Children & Young People Now – 27 January 2014", date(2014, 1, 27)),
        ("Published on the 20 April 2015 18:30", date(2015, 4, 20)),
        ("Volume 566: debated on Tuesday 16 July 2013", date(2013, 7, 16)),  # Hansard
        ("Posted on 13 March 2015 by Rosie's Office", date(2015, 3, 13)),  # an MP's site
        ("Posted on 15 December 2017 by DCST Communications", date(2017, 12, 15)),
        ("Broadcast: Friday 4 October 2013", date(2013, 10, 4)),  # a programme's page
        ("Filed 18/01/2016 17:32", date(2016, 1, 18)),  # a wire's
        ("UK News | Wed Oct 1, 2014 | 11:42am BST", date(2014, 10, 1)),  # Reuters's
        ("26 July - 8 August 2013", date(2013, 7, 26)),  # a fortnightly's issue
        ("Posted on 29th November 2019 by SWN Editor", date(2019, 11, 29)),
        ("Posted: 31/10/2013 10:14 GMT Updated: 31/10/2013 12:41 GMT", date(2013, 10, 31)),
        ("28 December - 10 January 2014", date(2013, 12, 28)),
    ],
)
def test_a_date_line_of_older_or_plainer_pages_is_read(db, line, day):
    text = f"Trust rated good\n{line}\n\nThe trust was rated good.\n\nStaff were praised.\n"

    draft = ingest.read_article(text, name="dated.txt")

    assert draft.published.at.date() == day
    assert draft.body == "Staff were praised."


def test_the_bbcs_date_with_an_update_time_in_summer_time_is_read(db):
    text = (
        "Doncaster Children's Services Trust takes over from council\n\n"
        "1 October 2014 Last updated at 12:04 BST\n\n"
        "An independent trust has taken over the running of children's services.\n\n"
        "About 600 staff have moved from the council to the new body.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.headline == "Doncaster Children's Services Trust takes over from council"
    assert draft.published.at.date() == date(2014, 10, 1)
    assert draft.standfirst.startswith("An independent trust")


@pytest.mark.parametrize(
    "rows",
    [
        ["1. North Yorkshire - 8 points", "2. Leeds - 7 points", "15. Doncaster - 2 points"],
        [
            "2014 - joins the trust as chief operating officer",
            "2016 - becomes interim chief executive",
            "2017 - appointed chief executive",
        ],
        [
            "Doncaster (Doncaster Children's Services Trust) - £1,190 - good",
            "Slough (Slough Children First) - £1,240 - requires improvement",
            "Sunderland (Together for Children) - £1,080 - good",
        ],
    ],
)
def test_a_tables_rows_stay_in_the_body(db, rows):
    text = (
        "Trust rated good by inspectors\n\nThe trust was rated good.\n\n"
        "Councils compared.\n\n" + "\n\n".join(rows) + "\n"
    )

    draft = ingest.read_article(text, name="table.txt")

    assert draft.captions == []
    assert draft.removed == []
    assert draft.body.split("\n\n") == ["Councils compared.", *rows]


def test_a_markdown_tables_rule_under_its_heading_keeps_the_table_in_the_body(db):
    table = (
        "| Trust | Area | Launched |\n|---|---|---|\n"
        "| Doncaster Children's Services Trust | Doncaster | Oct 2014 |\n"
        "| Slough Children's Services Trust | Slough | Oct 2015 |"
    )
    text = (
        "Five trusts compared\n\nThere are now five children's services trusts.\n\n"
        f"Here's how they compare:\n\n{table}\n\nSource: DfE, Ofsted\n\n"
        "The Doncaster trust was the first, and is now the best-rated.\n"
    )

    draft = ingest.read_article(text, name="table.txt")

    assert "| Doncaster Children's Services Trust | Doncaster | Oct 2014 |" in draft.body
    assert not any("Slough" in caption for caption in draft.captions)
    assert "|---|" not in draft.body  # the rule under the heading is no row


def test_a_heading_between_a_table_and_the_story_is_a_subheading(db):
    text = (
        "Councils' spending on consultants: the full list\n\nCouncils spent £31.7m.\n\n"
        "The figures show payments to firms including Deloitte and PwC.\n\n"
        "Highest spenders\n\n"
        "Birmingham City Council: £6.2m (Deloitte, KPMG, Newton Europe)\n\n"
        "Doncaster Council: £2.9m (iMPOWER, Deloitte) - includes work funded by the "
        "Department for Education on the creation of Doncaster Children's Services Trust\n\n"
        "Rotherham Metropolitan Borough Council: £2.4m (PwC)\n\n"
        "Sandwell Metropolitan Borough Council: £1.8m (Newton Europe)\n\n"
        "Slough Borough Council: £1.6m (iMPOWER)\n\n"
        "Norfolk County Council: £1.3m (Newton Europe)\n\n"
        "Isle of Wight Council: £0.9m (Hampshire County Council partnership)\n\n"
        "Medway Council: £0.7m (Deloitte)\n\n"
        "What the councils said\n\n"
        "Birmingham said the money was well spent.\n"
    )

    draft = ingest.read_article(text, name="table.txt")

    assert draft.captions == []
    assert "Highest spenders" in draft.body.split("\n\n")
    assert "What the councils said" in draft.body.split("\n\n")


@pytest.mark.parametrize(
    "team", ["By Data Team", "By Star Digital Team", "By Local Democracy Reporter"]
)
def test_a_papers_team_byline_is_a_byline_with_no_author(db, team):
    text = f"Trust rated good by inspectors\n\n{team}\n\nThe trust was rated good.\n"

    draft = ingest.read_article(text, name="team.txt")

    assert draft.byline == team
    assert draft.authors == []
    assert draft.captions == []


LIVE_PAGE = """Doncaster children's services rated 'good' by Ofsted: Live updates

Live Reporting
Edited by Clare Ronald

Friday 12 October 2018

Key Events
Ofsted: Doncaster now 'good'
Trust boss: "Our staff did this"

Show latest updates

16:45
That's all for today
Thanks for joining us. We'll be back on Monday.

2.20pm Miliband backs the trust
The children of Doncaster deserve the best. I support today's decision pic.twitter.com/abc123

— Ed Miliband (@Ed_Miliband) July 10, 2013

14:05
Ofsted's verdict
Inspectors said the trust had transformed its services.
"""


def test_a_live_pages_updates_keep_their_times_and_posts_in_order(db):
    draft = ingest.read_article(LIVE_PAGE, name="live.txt")

    assert [a.name for a in draft.authors] == ["Clare Ronald"]
    assert draft.standfirst == ""
    assert draft.body.split("\n\n") == [
        "16:45",
        "That's all for today",
        "Thanks for joining us. We'll be back on Monday.",
        "2.20pm Miliband backs the trust",
        "The children of Doncaster deserve the best. I support today's decision "
        "pic.twitter.com/abc123",
        "— Ed Miliband (@Ed_Miliband) July 10, 2013",
        "14:05",
        "Ofsted's verdict",
        "Inspectors said the trust had transformed its services.",
    ]
    assert draft.captions == []
    assert "Key Events" in draft.removed
    assert 'Trust boss: "Our staff did this"' in draft.removed


def test_a_forwarded_emails_header_dates_it_and_goes(db):
    text = (
        "FOI response: the trust's payments to consultants\n\n"
        "From: Information Governance Team, Doncaster Children's Services Trust\n"
        "To: George Torr\nDate: 4 April 2019\nSubject: Freedom of Information request\n\n"
        "Thank you for your request for information, received on 6 March 2019.\n\n"
        "Please find the information below.\n"
    )

    draft = ingest.read_article(text, name="foi.txt")

    assert draft.published.at.date() == date(2019, 4, 4)
    assert draft.standfirst.startswith("Thank you for your request")
    assert "To: George Torr" in draft.removed


def test_a_subheading_in_capitals_is_the_storys_not_a_caption(db):
    text = (
        "Where are they now?\n\nThree MPs fought for Doncaster's children.\n\n"
        "Ten years on, we asked them what changed.\n\nED MILIBAND\n\n"
        "He still represents Doncaster North.\n"
    )

    draft = ingest.read_article(text, name="caps.txt")

    assert "ED MILIBAND" in draft.body.split("\n\n")
    assert draft.captions == []


@pytest.mark.parametrize(
    "between",
    [
        "Sir Michael Wilshaw speaking at the annual lecture in Manchester",
        "Related: Doncaster children's services to return to council control",
    ],
)
def test_a_subheading_under_a_caption_or_a_related_link_is_the_storys(db, between):
    text = (
        "Wilshaw warns the north\n\nSir Michael Wilshaw warned northern councils.\n\n"
        "He said too many children were let down.\n\n"
        f"{between}\n\nLocal reaction\n\n"
        "Riana Nelson, of Doncaster Council, said the borough had work to do.\n"
    )

    draft = ingest.read_article(text, name="crosshead.txt")

    assert "Local reaction" in draft.body.split("\n\n")
    assert "Local reaction" not in draft.captions


def test_a_staff_post_alone_under_the_headline_is_a_byline_with_no_author(db):
    text = (
        "Trust given extra money\n\nLocal Democracy Reporter\nWednesday, 15 November 2017\n\n"
        "The council will give the trust more.\n\nCouncillors agreed.\n"
    )

    draft = ingest.read_article(text, name="staff.txt")

    assert draft.byline == "Local Democracy Reporter"
    assert draft.authors == []
    assert draft.captions == []


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("BREAKING: Gove strips council of services", "Gove strips council of services"),
        ("UPDATE 2-Ofsted chief slams Doncaster", "Ofsted chief slams Doncaster"),
        ("Ofsted update: trust is improving", "Ofsted update: trust is improving"),
    ],
)
def test_a_status_label_before_the_headline_is_dropped(db, line, headline):
    draft = ingest.read_article(f"{line}\n\nThe trust was rated good.\n", name="label.txt")

    assert draft.headline == headline


def test_an_editors_note_over_the_story_is_no_standfirst(db):
    text = (
        "Gove strips council of services\n\nBy Anna Fielding, Rob Kemp and Priya Shah\n\n"
        "Editor's note: This story has been updated throughout with reaction.\n\n"
        "Education Secretary Michael Gove has removed control of services today.\n\n"
        "Additional reporting by Sarah Finch\n\nThe mayor agreed.\n"
    )

    draft = ingest.read_article(text, name="note.txt")

    assert draft.standfirst.startswith("Education Secretary Michael Gove")
    assert draft.body.split("\n\n") == [
        "Editor's note: This story has been updated throughout with reaction.",
        "The mayor agreed.",
    ]
    assert "Additional reporting by Sarah Finch" in draft.removed
    assert [a.name for a in draft.authors] == ["Anna Fielding", "Rob Kemp", "Priya Shah"]


CLIPPED = """\
---
title: "Ofsted chief blames leadership for failing services | Yorkshire Post"
source: "https://www.yorkshirepost.co.uk/news/ofsted-chief-1234"
author:
  - "[[Sarah Freeman]]"
  - "[[Rob Parsons]]"
published: 2016-06-30T11:39:00+01:00
created: 2025-01-12
description: "Failing children's services are down to leadership, the watchdog says."
tags:
  - "clippings"
---
![](https://www.yorkshirepost.co.uk/img/wilshaw.jpg)

Sir Michael Wilshaw. Picture: PA

The chief inspector said Doncaster's services had improved since the trust took over.
"""


def test_a_clipped_page_is_read_from_its_front_matter(db):
    (draft,) = ingest.read_source(CLIPPED, name="clipping.md")

    assert draft.headline == "Ofsted chief blames leadership for failing services"
    assert draft.published.at == datetime(2016, 6, 30, 10, 39, tzinfo=UTC)  # not "created"
    assert [author.name for author in draft.authors] == ["Sarah Freeman", "Rob Parsons"]
    assert draft.source_url == "https://www.yorkshirepost.co.uk/news/ofsted-chief-1234"
    assert draft.standfirst == (
        "Failing children's services are down to leadership, the watchdog says."
    )
    assert draft.body == (
        "The chief inspector said Doncaster's services had improved since the trust took over."
    )
    assert draft.captions == ["Sir Michael Wilshaw. Picture: PA"]
    assert "clippings" not in f"{draft.standfirst} {draft.body}"


def test_a_markdownload_excerpt_is_the_standfirst_once(db):
    text = (
        "---\ncreated: 2024-02-03T10:12:11 (UTC +00:00)\ntags: []\n"
        "source: https://www.bbc.co.uk/news/uk-england-south-yorkshire-26180120\nauthor: \n"
        "---\n\n# Doncaster children's services to be run by trust - BBC News\n\n"
        "> ## Excerpt\n> Children's services in Doncaster are to be run by a trust, the\n"
        "> government has said.\n\n---\n\n"
        "Children's services in Doncaster are to be run by a trust, the government has said."
        "\n\nEducation Secretary Michael Gove said the trust would take over in April.\n"
    )

    (draft,) = ingest.read_source(text, name="clipping.md")

    assert draft.headline == "Doncaster children's services to be run by trust"
    assert draft.standfirst == (
        "Children's services in Doncaster are to be run by a trust, the government has said."
    )
    assert draft.body == "Education Secretary Michael Gove said the trust would take over in April."
    assert draft.captions == []


def test_front_matter_that_is_not_yaml_is_refused_and_saves_nothing(db):
    text = "---\ntitle: Trust rated good\nauthor: [Jane Smith\n---\nThe trust was rated good.\n"

    (result,) = ingest.import_source(text, name="clipping.md")

    assert result.status == ingest.FAILED
    assert "front matter between the “---” lines is not valid YAML" in result.error
    assert not Article.objects.filter(headline__contains="Trust rated good").exists()


def test_a_rule_over_a_plain_story_is_no_front_matter(db):
    text = (
        "---\nTrust rated good at last\n---\n\nThe trust was rated good on Monday by the "
        "watchdog's inspectors.\n\nIts chief executive thanked the staff.\n"
    )

    (draft,) = ingest.read_source(text, name="story.txt")

    assert draft.headline == "Trust rated good at last"
    assert draft.body == "Its chief executive thanked the staff."


def test_a_factiva_export_with_labels_over_their_fields_is_read_as_a_story(db):
    text = (
        "HD\nTrust shows first signs of progress\n\nWC 612 words\nPD 12 March 2015\n"
        "SN The Guardian\nSC GDN\nBY Patrick Butler\nLA English\n"
        "CY (c) 2015 Guardian News & Media Ltd\n\nLP\nInspectors found early signs of "
        "improvement at the trust.\n\nTD\nIN 2014 the council handed its services over.\n\n"
        "The trust's chief executive was encouraged.\n\nNS gsoc : Social Issues\n"
        "RE uk : United Kingdom\nAN Document GRDN000020150312eb3c0004x\n"
    )

    draft = ingest.read_article(text, name="factiva.txt")

    assert draft.headline == "Trust shows first signs of progress"
    assert draft.published.at.date() == date(2015, 3, 12)
    assert [author.name for author in draft.authors] == ["Patrick Butler"]
    assert draft.standfirst == "Inspectors found early signs of improvement at the trust."
    assert draft.body == (
        "IN 2014 the council handed its services over.\n\n"
        "The trust's chief executive was encouraged."
    )


def test_a_lexisnexis_records_edition_on_two_lines_is_no_headline(db):
    text = (
        "1 of 1 DOCUMENT\n\n\n   Yorkshire Post\n\n   February 17, 2022 Thursday\n"
        "   Edition 1;\n   National Edition\n\n"
        "Children's services to return to council control after eight years\n\n"
        "BYLINE: George Torr Local Democracy Reporter\n\nSECTION: NEWS; Pg. 6\n\n"
        "LENGTH: 472 words\n\n\nChildren's services in Doncaster are to be brought back "
        "under the\ndirect control of the local council.\n\nThe trust was set up in 2014.\n"
    )

    draft = ingest.read_article(text, name="nexis.txt")

    assert draft.headline == "Children's services to return to council control after eight years"
    assert draft.published.at.date() == date(2022, 2, 17)
    assert "Edition" not in f"{draft.standfirst} {draft.body} {' '.join(draft.captions)}"


def test_a_lexisnexis_record_gives_its_labelled_headline_and_byline(db):
    text = (
        "1 of 1 DOCUMENT\n\nThe Star (Sheffield)\n\nMay 7, 2013 Tuesday\nEdition 1; National "
        "Edition\n\nSECTION: NEWS; Pg. 4\n\nLENGTH: 512 words\n\nBYLINE: Darren Burke\n\n"
        "HEADLINE: New mayor vows to fix children's services;\nJones ousts Davies in poll\n\n"
        "BODY:\n\nDoncaster's new mayor has pledged to make children's services her priority."
        "\n\nShe takes office on Friday.\n\nLOAD-DATE: May 8, 2013\n\nLANGUAGE: ENGLISH\n\n"
        "GRAPHIC: Ros Jones celebrates her win\n\nPUBLICATION-TYPE: Newspaper\n\n"
        "Copyright 2013 Johnston Publishing Ltd\nAll Rights Reserved\n"
    )

    draft = ingest.read_article(text, name="nexis.txt")

    assert draft.headline == (
        "New mayor vows to fix children's services; Jones ousts Davies in poll"
    )
    assert draft.published.at.date() == date(2013, 5, 7)
    assert [author.name for author in draft.authors] == ["Darren Burke"]
    assert draft.standfirst == (
        "Doncaster's new mayor has pledged to make children's services her priority."
    )
    assert draft.body == "She takes office on Friday."
    assert draft.captions == ["Ros Jones celebrates her win"]


def test_a_lexisnexis_record_with_its_headline_under_the_paper_and_date(db):
    text = (
        "The Times (London)\n\nNovember 28, 2012 Wednesday\nEdition 2; National Edition\n\n"
        "Inspectors to get tougher on failing services\n\nBYLINE: Greg Hurst, Education "
        "Editor\n\nSECTION: HOME NEWS; Pg. 11\n\nLENGTH: 498 words\n\nCouncils that fail "
        "to protect children will face tougher inspections.\n\nThe chief inspector said so.\n"
    )

    draft = ingest.read_article(text, name="nexis.txt")

    assert draft.headline == "Inspectors to get tougher on failing services"
    assert draft.published.at.date() == date(2012, 11, 28)
    assert [(a.name, a.role) for a in draft.authors] == [("Greg Hurst", "Education Editor")]
    assert draft.body == "The chief inspector said so."


ARCHIVED_STORY = (
    "Doncaster Free Press\nNews\nSport\n\nNew trust takes charge of Doncaster's children\n\n"
    "Published on the 01 October 2014 14:23\n\nBy Gareth Dennison\n\nA trust set up by the "
    "Government took over from the council today.\n\nIts chief executive welcomed staff.\n"
)


@pytest.mark.parametrize(
    "toolbar",
    [
        "The Wayback Machine - https://web.archive.org/web/20141004093012/{url}\n58 captures\n"
        "12 Jun 2014 - 3 Feb 2019\nSEP\tOCT\tNOV\nPrevious capture\t04\tNext capture\n"
        "2013\t2014\t2015\nsuccess\nfail\nAbout this capture\nCOLLECTED BY\nOrganization: "
        "Archive Team\nFormed in 2009, the Archive Team is a rogue archivist collective.\n"
        "TIMESTAMPS\nThe Wayback Machine - https://web.archive.org/web/20141004093012/{url}\n",
        "archive.today\nwebpage capture\nSaved from\t\n{url}\nsearch\t\n4 Mar 2015 10:12:01 "
        "UTC\nAll snapshots from host www.doncasterfreepress.co.uk\nWebpage\tScreenshot\n"
        "share\tdownload .zip\treport bug or abuse\nhistory←prior next→\n"
        "archived 4 Mar 2015 10:12:01 UTC\n",
        # The newer toolbar: the address beside "Saved from", no "archived" line under it.
        "archive.today\nwebpage capture\nSaved from\t{url}\nsearch\t01 Oct 2014 14:22:07 UTC\n"
        "All snapshots from host www.doncasterfreepress.co.uk\nWebpage\tScreenshot\nshare\t"
        "download .zip\treport bug or abuse\tBuy me a coffee\n",
        "This is Google's cache of {url}. It is a snapshot of the page as it appeared on 4 "
        "Oct 2014 09:30:12 GMT. The current page could have changed in the meantime. Learn "
        "more\nFull version\tText-only version\tView source\nTip: To quickly find your search "
        "term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.\n",
    ],
    ids=["wayback", "archive.today", "archive.today without archived line", "google cache"],
)
def test_a_page_a_web_archive_kept_is_read_without_the_archive(db, toolbar):
    url = "http://www.doncasterfreepress.co.uk/news/new-trust-1-6869201"

    draft = ingest.read_article(toolbar.format(url=url) + "\n" + ARCHIVED_STORY, name="a.txt")

    assert draft.headline == "New trust takes charge of Doncaster's children"
    assert draft.published.at == datetime(2014, 10, 1, 13, 23, tzinfo=UTC)  # not the capture's
    assert [author.name for author in draft.authors] == ["Gareth Dennison"]
    assert draft.standfirst == "A trust set up by the Government took over from the council today."
    assert draft.body == "Its chief executive welcomed staff."
    assert draft.source_url == url
    assert draft.captions == []


def test_the_guardians_old_date_line_and_agency_byline_are_read(db):
    text = (
        "Edlington attack: full serious case review published\n\nGove releases uncensored "
        "report into failings by Doncaster agencies\n\nPatrick Butler and agencies\n"
        "guardian.co.uk, Tuesday 24 January 2012 13.02 GMT\nArticle history\n\n"
        "The full serious case review has been published by the education secretary.\n\n"
        "It details 31 missed opportunities.\n"
    )

    draft = ingest.read_article(text, name="guardian.txt")

    assert draft.published.at == datetime(2012, 1, 24, 13, 2, tzinfo=UTC)
    assert [author.name for author in draft.authors] == ["Patrick Butler"]
    assert draft.standfirst.startswith("Gove releases uncensored report")
    assert draft.body.startswith("The full serious case review has been published")
    assert draft.captions == []


GUARDIAN_MENUS = (
    "Skip to main content\nThe Guardian - Back to home\nNews\nOpinion\nSport\nCulture\n"
    "Lifestyle\nOpinion\nSocial care\n"
)


def test_a_guardian_opinion_page_with_its_author_over_the_standfirst(db):
    text = GUARDIAN_MENUS + (
        "Taking Doncaster's children's services away from the council is no magic cure\n"
        "Helen Ashworth\nMichael Gove is right that Doncaster has failed its children for too "
        "long. But a trust is a leap in the dark\nHelen Ashworth\nTue 16 Jul 2013 17.30 BST\n"
        "Share on Facebook\n\n'The council has had one damning verdict after another.' "
        "Photograph: Christopher Thomond for the Guardian\n\nFew people who have followed the "
        "story will shed a tear for the way the services have been run.\n"
    )

    draft = ingest.read_article(text, name="guardian.txt")

    assert draft.headline == (
        "Taking Doncaster's children's services away from the council is no magic cure"
    )
    assert draft.standfirst.startswith("Michael Gove is right")
    assert [author.name for author in draft.authors] == ["Helen Ashworth"]
    assert draft.body.startswith("Few people who have followed the story")


def test_a_breadcrumb_with_slashes_over_the_headline_is_furniture(db):
    text = (
        "Doncaster Free Press / News / Local\n\n"
        "Ofsted chief warns Doncaster in strongly worded letter\n\n"
        "Published on the 07 February 2013 15:30\n\n"
        "Doncaster's children's services bosses have been warned by the head of Ofsted.\n\n"
        "The letter was sent on Tuesday.\n"
    )

    draft = ingest.read_article(text, name="dfp.txt")

    assert draft.headline == "Ofsted chief warns Doncaster in strongly worded letter"
    assert draft.removed[0] == "Doncaster Free Press / News / Local"


def test_a_sites_name_and_tagline_over_a_breadcrumb_are_no_headline(db):
    text = (
        "DONCASTER TIMES\nYour town. Your news.\nHome > News > Education\n\n"
        "'From failing to good': Ofsted praises Doncaster children's services turnaround\n\n"
        "Written by Andrew Richardson\nFriday, 29 November 2019\n\n"
        "Doncaster's children's services have been rated good by Ofsted for the first time.\n"
    )

    draft = ingest.read_article(text, name="times.txt")

    assert draft.headline.startswith("'From failing to good'")
    assert "Your town. Your news." in draft.removed


def test_a_subjects_label_under_the_section_is_no_headline(db):
    text = (
        "The Guardian\n\nOpinion\nChildren's social care\n\n"
        "Doncaster was meant to prove councils can't protect children. It proved the opposite"
        "\n\nMinisters handed the city's children's services to a trust in 2014. A decade "
        "later, the lesson for Labour's reforms is clear\n\nJenny Ashcroft\n"
        "Thu 3 Oct 2024 08.00 BST\n\nShare\n\nThe trust did some things well.\n"
    )

    draft = ingest.read_article(text, name="guardian.txt")

    assert draft.headline.startswith("Doncaster was meant to prove councils")
    assert draft.standfirst.startswith("Ministers handed the city's children's services")
    assert [author.name for author in draft.authors] == ["Jenny Ashcroft"]


def test_a_guardian_page_with_a_blank_line_under_its_standfirst(db):
    text = GUARDIAN_MENUS + (
        "PMQs sketch\nFlashman and Wallace trade blows as Doncaster finally gets a mention\n"
        "The Prime Minister wanted to talk about anything but children's services. Ed "
        "Miliband had other ideas\n\nHugh Pendleby\nWed 10 Jul 2013 14.27 BST\n\nThere is a "
        "particular look that comes over David Cameron at the despatch box.\n"
    )

    draft = ingest.read_article(text, name="guardian.txt")

    assert draft.headline == "Flashman and Wallace trade blows as Doncaster finally gets a mention"
    assert draft.standfirst.startswith("The Prime Minister wanted to talk")
    assert [author.name for author in draft.authors] == ["Hugh Pendleby"]
    assert draft.body.startswith("There is a particular look")


def test_an_embedded_social_post_loses_its_frame_and_links_nobody(known_entities):
    text = (
        "Doncaster children's trust rated good\n\n20 December 2017\n\n"
        "The trust was rated good by Ofsted on Wednesday.\n\n"
        "Caroline Flint, MP for Don Valley, tweeted her congratulations.\n\n"
        "Allow Twitter content?\nThis article contains content provided by Twitter. We ask for "
        "your permission before anything is loaded, as they may be using cookies and other "
        "technologies.\nAccept and continue\nSkip twitter post by Caroline Flint\n\n"
        "Credit where it's due - huge congratulations to the staff. #Doncaster\n\n"
        "— Caroline Flint (@CarolineFlintMP) December 20, 2017\n\n"
        "The BBC is not responsible for the content of external sites.\n"
        "End of twitter post by Caroline Flint\n\nTwitter/X post by Caroline Flint\n\n"
        "View this post on Instagram\n\nA post shared by Doncaster Children's Services Trust "
        "(@dcstrust)\n\nThe inspection report praised the trust's leadership.\n"
    )

    article = ingest.import_text(text, name="bbc.txt").article

    assert "twitter post" not in article.body.lower()
    assert "Instagram" not in article.body
    assert "End of twitter post by Caroline Flint" in article.removed_text
    assert [m.text for m in article.mentions.filter(field="body").order_by("start")] == [
        "Caroline Flint",
        "the trust",
    ]


def test_a_sentence_leading_to_a_quotation_ends_a_list_of_other_stories(db):
    text = (
        "Council services rated requires improvement\n\n9 June 2023\n\n"
        "The council's services were rated requires improvement.\n\nRead More\n"
        "Doncaster's new £10m children's home plans approved\n"
        "Doncaster Sheffield Airport: Council makes new bid\n\n"
        "Dame Rosie Winterton, the MP for Doncaster Central, said on Twitter:\n\n"
        "The staff deserve our thanks.\n"
    )

    draft = ingest.read_article(text, name="star.txt")

    assert "Dame Rosie Winterton, the MP for Doncaster Central, said on Twitter:" in draft.body
    assert "Council makes new bid" not in draft.body


@pytest.mark.parametrize(
    "furniture",
    [
        "Search the LGA website",
        "You are here: Home > News > Articles",
        "Breadcrumb: Home > News > LGA responds to Ofsted annual report",
        "GOV.UK uses cookies to make the site simpler. Find out more about cookies",
        "To the Chair and Members of Cabinet",
        "[EXTERNAL EMAIL] This email originated from outside the organisation. Do not click "
        "links unless you recognise the sender.",
        "For immediate use after 00:01, Tuesday 1 December 2015",
    ],
)
def test_a_sites_search_box_or_where_you_are_is_no_headline(db, furniture):
    text = (
        f"{furniture}\n\nLGA responds to Ofsted annual report on children's social care\n\n"
        "1 December 2015\n\nCouncils are working tirelessly to improve services, the LGA said."
        "\n\nCllr Roy Perry said more.\n"
    )

    draft = ingest.read_article(text, name="lga.txt")

    assert draft.headline == "LGA responds to Ofsted annual report on children's social care"


@pytest.mark.parametrize(
    "site",
    [
        "ADCS - The Association of Directors of Children's Services Ltd\nHome | About us | "
        "Policy | Publications | Events | Contact\nLogin\n\nPress releases\n",
        "BASW - The British Association of Social Workers\nJoin BASW   Member login   Cart (0)"
        "\nAbout  |  Membership  |  News & Events  |  Policy & Practice\n\nNews > Blogs\n",
    ],
)
def test_an_organisations_site_name_menu_and_label_over_the_headline_are_furniture(db, site):
    text = (
        f"{site}\nADCS responds to consultation on delegating children's social care\n\n"
        "Date: 11 March 2014\n\nResponding to the consultation, Andrew Webb said the structure "
        "mattered less than leadership.\n\nDirectors are not opposed to innovation.\n"
    )

    draft = ingest.read_article(text, name="adcs.txt")

    assert draft.headline == "ADCS responds to consultation on delegating children's social care"
    assert draft.standfirst.startswith("Responding to the consultation")
    assert draft.captions == []


def test_a_date_between_a_sections_label_and_the_pages_tools_dates_the_story(db):
    text = (
        "BBC NEWS\nPolitics\nPage last updated at 16:12 GMT, Friday, 22 January 2010\n"
        "E-mail this to a friend\nPrintable version\n"
        "Edlington attack brothers given indefinite sentences\n\n"
        "Two brothers who tortured two boys in Edlington have been given indefinite "
        "sentences.\n\nThe judge said the attack was sadistic.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.headline == "Edlington attack brothers given indefinite sentences"
    assert draft.published.at == datetime(2010, 1, 22, 16, 12, tzinfo=UTC)
    assert draft.removed.count("Printable version") == 1


def test_a_phone_or_share_sheets_copy_keeps_its_headline(db):
    text = (
        "https://news.sky.com/story/social-workers-fear-hidden-harm-11984563 via @SkyNews\n\n"
        "Open in app\n\nSocial workers fear 'hidden harm' as referrals fall\n\n"
        "Referrals to children's services have dropped by as much as half in some areas.\n\n"
        "Tap to expand\n\nScroll to continue\n\nThe trust said it was worried.\n\n"
        "Sent from my iPhone\n"
    )

    draft = ingest.read_article(text, name="sky.txt")

    assert draft.headline == "Social workers fear 'hidden harm' as referrals fall"
    assert draft.source_url == "https://news.sky.com/story/social-workers-fear-hidden-harm-11984563"
    assert draft.body == "The trust said it was worried."
    assert draft.captions == []


def test_a_subheading_partners_keeps_the_paragraph_under_it(db):
    text = (
        "Police praised for child protection work\n\n12 January 2019\n\n"
        "The watchdog made seven recommendations.\n\nPartners\n\n"
        "The report praised the safeguarding hub, where police work alongside social workers "
        "from Doncaster Children's Services Trust.\n\nThe inspectorate will revisit in 2020.\n"
    )

    draft = ingest.read_article(text, name="police.txt")

    assert "The report praised the safeguarding hub" in draft.body


@pytest.mark.parametrize(
    "label",
    [
        "The long read",
        "From the April 2016 issue",
        "Slow news | Children",
        "Registered users: sign in",
    ],
)
def test_a_magazines_label_over_a_feature_is_no_headline(db, label):
    text = (
        f"{label}\n\nCan you privatise compassion? The trust experiment in children's services"
        "\n\nDavid Cameron wants failing councils to lose their social care, and the evidence "
        "is mixed.\n\nBy Sophie Lindqvist\n\nThe trust was set up in 2014.\n"
    )

    draft = ingest.read_article(text, name="feature.txt")

    assert draft.headline == (
        "Can you privatise compassion? The trust experiment in children's services"
    )
    assert [author.name for author in draft.authors] == ["Sophie Lindqvist"]


@pytest.mark.parametrize(
    "date", ["Sun 15 Jun 2014 08.00 BST", "Sunday June 15 2014, 12.01am BST, The Sunday Times"]
)
def test_an_interviewer_the_standfirst_names_is_the_byline_over_the_date(db, date):
    text = (
        "Michael Gove: 'I'm not a zealot. I just can't stand failure'\n\n"
        "The education secretary has picked fights with teachers. Rachel Orme meets the most "
        f"divisive man in the cabinet\n\nRachel Orme\n{date}\n\n"
        "The first thing you notice is the office.\n"
    )

    draft = ingest.read_article(text, name="interview.txt")

    assert [author.name for author in draft.authors] == ["Rachel Orme"]
    assert draft.captions == []


def test_interview_by_is_a_byline(db):
    text = (
        "Sir Michael Wilshaw: 'I've made enemies'\n\n4 December 2016\n\nInterview by Fiona "
        "Castellane\n\nAs he leaves Ofsted, the chief inspector talks about Doncaster.\n\n"
        "He was a head teacher first.\n"
    )

    draft = ingest.read_article(text, name="interview.txt")

    assert [author.name for author in draft.authors] == ["Fiona Castellane"]


def test_a_bbc_pictures_credit_under_its_label_is_no_byline(db):
    text = (
        "Doncaster children's services 'no longer inadequate', says Ofsted\n\n24 November 2015"
        "\n\nShare\nImage copyright\nGetty Images\nImage caption\nThe trust took over children's "
        "social care in October 2014\nChildren's services in Doncaster are no longer failing, "
        "according to inspectors.\n\nImage source, PA\n\nOfsted rated the trust's services as "
        "requires improvement.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.byline == ""
    assert draft.authors == []
    assert draft.captions == ["The trust took over children's social care in October 2014"]


def test_a_headline_ending_in_a_quotation_under_the_menus_is_the_headline(db):
    text = (
        "Community Care\nMenu\nSearch\nChildren\nAdults\nWorkforce\nSocial work careers\nInform\n"
        "Jobs\nLog in\nChildren\nWilshaw's final social care report: 'leadership, not money, "
        "is what separates good from bad'\nOfsted's outgoing chief inspector says councils with "
        "similar budgets achieve very different results\nby Andy McNicoll on December 1, 2016"
        "\n\nSir Michael Wilshaw has used his final report to attack weak leadership.\n"
    )

    draft = ingest.read_article(text, name="cc.txt")

    assert draft.headline.startswith("Wilshaw's final social care report")
    assert draft.standfirst.startswith("Ofsted's outgoing chief inspector says")


@pytest.mark.parametrize(
    "top",
    [
        "Doncaster Free Press\nNews Sport Nostalgia Lifestyle Announcements Jobs\n",
        # The menu's items glued together when copied.
        "Doncaster Free Press\nNewsPeopleSportWhat's OnHomes & GardensYour Say\n",
        "BBC\nSign in\nHome News Sport Weather iPlayer\n\nNEWS\nHome | UK | World | Business | "
        "Politics | Education\n\nSheffield & South Yorkshire\n",
    ],
)
def test_a_menu_run_together_or_a_region_over_the_headline_is_no_headline(db, top):
    text = (
        f"{top}\nDoncaster children's services trust launches\n\n1 October 2014\n\n"
        "A new trust has taken over the running of children's services in Doncaster.\n\n"
        "Its chief executive said it was a fresh start.\n"
    )

    draft = ingest.read_article(text, name="page.txt")

    assert draft.headline == "Doncaster children's services trust launches"
    assert draft.captions == []


@pytest.mark.parametrize(
    ("name", "post"),
    [("Alexander Fraser", "Local Democracy Reporting Service"), ("Claire Lewis", "Reporter")],
)
def test_a_post_under_a_byline_ending_in_a_given_name_is_no_surname(db, name, post):
    text = (
        f"Trust rated good\n\nBy {name}\n{post}\nPublished 8th Aug 2023, 11:00 BST\n\n"
        "The trust was rated good today by inspectors.\n\nIt is a big day.\n"
    )

    draft = ingest.read_article(text, name="post.txt")

    assert draft.byline == f"By {name}, {post}"
    assert [author.name for author in draft.authors] == [name]


def test_a_reporters_service_under_the_byline_joins_it(db):
    text = (
        "Children's trust to close as services return to the council\n\n31 March 2022\n\n"
        "By George Torr\nLocal Democracy Reporting Service\n\nThe trust will close tomorrow.\n\n"
        "Staff will move to the council.\n"
    )

    draft = ingest.read_article(text, name="ldrs.txt")

    assert draft.byline == "By George Torr, Local Democracy Reporting Service"
    assert [author.name for author in draft.authors] == ["George Torr"]
    assert draft.captions == []


def test_community_cares_standfirst_over_the_lead_pictures_credit_is_the_standfirst(db):
    text = (
        "Wilshaw: 'Chronic failure' councils like Doncaster must not be allowed to drift\n"
        "by Kirsty Rowe on October 24, 2013 in Children, Social work news\n"
        "Ofsted chief inspector says some councils have been inadequate for years and backs "
        "intervention in Doncaster\nPhoto: Ofsted\nShare this article\n"
        "Sir Michael Wilshaw has warned that councils with a record of chronic failure cannot "
        "be allowed to drift.\n\nHe spoke at the launch of the report.\n"
    )

    draft = ingest.read_article(text, name="cc.txt")

    assert draft.standfirst.startswith("Ofsted chief inspector says some councils")
    assert draft.body.startswith("Sir Michael Wilshaw has warned")


def test_a_saved_pages_byline_with_the_reporters_post_names_the_reporter(db):
    page = (
        "<html><head><title>Trust to run Doncaster's children's services</title></head><body>"
        "<article><h1>Trust to run Doncaster's children's services</h1>"
        '<div class="byline"><span class="byline__name">By Judith Burns</span>'
        '<span class="byline__title">Education reporter, BBC News</span></div>'
        '<time datetime="2013-10-24T13:12:45.000Z">24 October 2013</time>'
        "<p>Children's services in Doncaster are to be taken out of the council's hands and "
        "run by an independent trust, the Education Secretary has announced.</p>"
        "<p>The council said it would work with the trust, and thanked its social workers "
        "for the work they had done through years of intervention.</p>"
        "</article></body></html>"
    )

    draft = ingest.read_source(page, name="bbc.html")[0]

    assert [author.name for author in draft.authors] == ["Judith Burns"]
    assert "Education reporter" not in draft.standfirst
