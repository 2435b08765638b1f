"""Stories that come wrapped in their sender's furniture: press releases, newsletters,
broadcast transcripts.

Each text is cut down from one a newsdesk receives: the sender's letterhead, a
newsletter's contents and a monitoring service's notes go; the story's headline, date and
every paragraph stay.
"""

import json

import pytest

from articles import ingest

STORY = (
    "Doncaster Children's Services Trust took over children's social care from the council "
    "in October 2014, after the Government stripped it of its responsibilities.\n\n"
    "Paul Moffat, chief executive of the trust, said staff should be proud.\n"
)


@pytest.mark.parametrize(
    ("letterhead", "status"),
    [
        ("GMB PRESS RELEASE\n\nGMB Yorkshire & North Derbyshire Region", "Immediate"),
        (
            "ADCS PRESS RELEASE\n\nAssociation of Directors of Children's Services Ltd\n"
            "Piccadilly House, 49 Piccadilly, Manchester M1 2AP",
            "For immediate release",
        ),
    ],
)
def test_a_releases_letterhead_between_its_label_and_date_is_no_headline(db, letterhead, status):
    text = (
        f"{letterhead}\n\nWednesday 21 September 2016\n{status}\n\n"
        "GMB TO BALLOT DONCASTER CHILDREN'S TRUST STAFF OVER CHANGES TO ALLOWANCES\n\n"
        'Plans to cut out-of-hours payments "will drive experienced staff away", says union\n\n'
        f"{STORY}\nENDS\n\nNotes to editors\n\nGMB is Britain's General Union.\n"
    )

    draft = ingest.read_article(text, name="release.txt")

    assert draft.headline.startswith("GMB TO BALLOT DONCASTER")
    assert draft.standfirst.startswith("Plans to cut out-of-hours payments")
    assert ingest.format_moment(draft.published) == "2016-09-21"
    assert draft.body == STORY.strip()
    assert draft.captions == []
    assert letterhead.splitlines()[-1] in draft.removed


def test_an_e_mailed_releases_covering_note_and_label_are_furniture(db):
    text = (
        "From: Communications Team <news@doncaster.gov.uk>\nSent: 03 October 2022 09:15\n"
        "To: newsdesk@doncasterfreepress.co.uk\n"
        "Subject: NEWS RELEASE: Children's services return to City of Doncaster Council\n\n"
        "Please find below a news release from City of Doncaster Council. Photos attached.\n\n"
        "PRESS NOTICE\nMonday 3 October 2022\n\n"
        "Children's services return to City of Doncaster Council\n\n"
        f"{STORY}\nPress release from City of Doncaster Council\n"
    )

    draft = ingest.read_article(text, name="release.txt")

    assert draft.headline == "Children's services return to City of Doncaster Council"
    assert draft.standfirst.startswith("Doncaster Children's Services Trust took over")
    assert draft.captions == []
    assert "Press release from" not in draft.body


NEWSLETTER = (
    "View in browser\n\nCYP NOW DAILY BULLETIN\n"
    "Children & Young People Now | Tuesday 30 July 2013\n\n"
    "Good morning. Here's what you need to know today.\n\n"
    "In today's edition\n"
    "- Doncaster children's services to be removed from council control\n"
    "- Jobs of the week: Head of Safeguarding, Solihull\n\n"
    "Forwarded this email? Sign up here\n\n------------------------\n\nLEAD STORY\n\n"
    "Doncaster children's services to be removed from council control\n\n"
    f"{STORY}\n"
    "You received this email because you signed up for the CYP Now daily bulletin.\n"
)


def test_a_newsletters_greeting_and_contents_over_its_lead_story_are_no_part_of_it(db):
    draft = ingest.read_article(NEWSLETTER, name="bulletin.txt")

    assert draft.headline == "Doncaster children's services to be removed from council control"
    assert ingest.format_moment(draft.published) == "2013-07-30"
    assert draft.standfirst.startswith("Doncaster Children's Services Trust took over")
    assert draft.body == STORY.split("\n\n")[1].strip()
    assert "- Jobs of the week: Head of Safeguarding, Solihull" in draft.removed


def test_a_sign_up_prompt_under_a_storys_first_paragraph_cuts_nothing(db):
    text = (
        "Trust takes over children's services\n\n1 October 2014\n\n"
        "Children's social care in Doncaster passed to an independent trust today, the "
        "first of its kind in England, after years of failure in the borough's services.\n\n"
        "Forwarded this email? Sign up here\n\n------------------------\n\n"
        "The trust's chief executive said the work had only begun.\n"
    )

    draft = ingest.read_article(text, name="story.txt")

    assert draft.headline == "Trust takes over children's services"
    assert draft.standfirst.startswith("Children's social care in Doncaster passed")
    assert draft.body == "The trust's chief executive said the work had only begun."


@pytest.mark.parametrize(
    ("programme", "title", "dated", "day"),
    [
        (
            "BBC Radio 4 - Today",
            "Transcript: Michael Gove interviewed on Doncaster children's services",
            "Date of broadcast: 31 July 2013\nTime: 08:10",
            "2013-07-31",
        ),
        (
            "CHANNEL 4 NEWS - 19:00",
            "Programme transcript (extract): Ofsted chief's warning on children's services",
            "Transmitted: Wednesday 7 October 2015",
            "2015-10-07",
        ),
        (
            "CYP Now Podcast - Episode 47",
            '"From inadequate to good: what changed in Doncaster?"',
            "Released: 14 March 2019\nDuration: 31:22",
            "2019-03-14",
        ),
    ],
)
def test_a_transcripts_programme_over_its_title_is_no_headline(db, programme, title, dated, day):
    text = (
        f"{programme}\n{title}\n{dated}\n\n"
        "Transcript produced by Red Bee Media for ITN. Subtitle-derived text; errors may occur.\n\n"
        "[00:00:04]\nPRESENTER: Children's social care in Doncaster is to be run by a trust.\n\n"
        "GUEST: It is the first of its kind in England.\n\n[ITEM ENDS]\n"
        "Red Bee Media | Ref C4N-071015-1900-03 | (c) ITN 2015. For internal monitoring only.\n"
    )

    draft = ingest.read_article(text, name="transcript.txt")

    assert draft.headline == title
    assert ingest.format_moment(draft.published) == day
    assert programme in draft.removed
    said = f"{draft.standfirst}\n\n{draft.body}"
    assert "PRESENTER: Children's social care in Doncaster is to be run by a trust." in said
    assert said.endswith("GUEST: It is the first of its kind in England.")
    assert "Transcript produced" not in said


@pytest.mark.parametrize(
    "line",
    [
        "PRESS NOTICE",
        "Immediate",
        "Press release from City of Doncaster Council",
        "Comments are closed on this article for legal reasons.",
        "Share  Post  Email",
        "Transcript produced by Rev.com. Timings are approximate.",
        "This transcript is supplied for the internal use of the client.",
        "[EXTRACT ENDS]",
        "You're receiving this because you subscribed to our Morning Briefing.",
        "Good morning. Here's what you need to know in Doncaster today.",
        "Comments have been disabled for this article.",
        "Want to read more? Register for free to get five articles a month, or subscribe.",
        "This article is part of Children's Services Weekly Premium. Subscribe now to read on.",
        "Get the latest news from the BBC in Apple News.",
        "Opened in Google News. Stories are selected by computer algorithms.",
        "Sustaining improvement - with speakers from Doncaster Children's Services Trust. "
        "Thursday 13 December, 2pm. Book your place.",
        "The views expressed are those of the contributor and not of W10 Community News.",
        "New to practice? Community Care Inform's guides cover everything. Subscribe or log in.",
        "Social Worker – Children in Care | Doncaster Children's Services Trust | £27,123",
        "Find more jobs on Community Care Jobs",
    ],
)
def test_senders_and_monitoring_services_lines_are_furniture(line):
    assert ingest.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Immediate action is needed, the report said.",
        "The transcript was produced by the court's own staff.",
        "Please find a way to keep these children safe, she said.",
        "Share the burden, post the figures, email the families: that is the plan.",
        "Parents who want to read more about the plans can visit the council's website.",
        "Councils want the latest Ofsted news to reach parents sooner, the LGA said.",
        "Foster carers can book a place on the course by calling the trust.",
    ],
)
def test_a_storys_sentences_like_those_lines_are_no_furniture(line):
    assert not ingest.is_furniture(line)


PARISH = (
    "THE LINK\nNewsletter of the Parishes of St Wilfrid, Cantley and St Wilfrid, Branton\n"
    "Issue 118 | Sunday 4 October 2015 | Free - please take one\n\n"
    "IN THIS ISSUE: From the Vicar (p1) | Harvest thanks (p2) | Could you open your home? "
    "(p3) | Rotas and notices (p4)\n\n------------------------\n\n"
    "COULD YOU OPEN YOUR HOME?\n\nBy Margaret Hughes, Mothers' Union branch leader\n\n"
    f"{STORY}"
)


def test_a_parish_newsletters_masthead_and_issue_over_an_item_date_it(db):
    draft = ingest.read_article(PARISH, name="parish.txt")

    assert draft.headline == "COULD YOU OPEN YOUR HOME?"
    assert ingest.format_moment(draft.published) == "2015-10-04"
    assert [author.name for author in draft.authors] == ["Margaret Hughes"]
    assert "THE LINK" in draft.removed


@pytest.mark.parametrize(
    "issue",
    [
        "Weekly Newsletter No. 19 - Friday 3 February 2023",
        "IFS Report R172 · Christine Farquharson, Kate Ogden and David Phillips · 3 February 2023",
        "Report summary | Published: 3 February 2023 | Authors: Jo Hutchinson and Mark Rogers",
    ],
)
def test_an_issues_or_a_reports_number_beside_its_date_dates_the_story(db, issue):
    text = f"Private fostering: do you know someone?\n\n{issue}\n\n{STORY}"

    draft = ingest.read_article(text, name="issue.txt")

    assert draft.headline == "Private fostering: do you know someone?"
    assert ingest.format_moment(draft.published) == "2023-02-03"
    assert draft.body == STORY.split("\n\n")[1].strip()


def test_a_span_of_years_as_a_crosshead_is_no_date(db):
    text = (
        "Twenty years of Doncaster's elected mayors\n\n7 May 2022\n\n"
        "Doncaster was one of the first places to vote for a mayor.\n\n"
        "Martin Winter, 2002-2009\n\nThe first mayor won twice.\n"
    )

    draft = ingest.read_article(text, name="mayors.txt")

    assert ingest.format_moment(draft.published) == "2022-05-07"
    assert "Martin Winter, 2002-2009" in draft.body
    assert not ingest.looks_like_date("2002-2009")


@pytest.mark.parametrize(
    "line",
    [
        "Loading audio...",
        "Listen to Shelagh Fogarty on LBC weekdays from 1pm, on the Global Player app.",
        "GB News is available on Freeview channel 236, Sky 515, Freesat 216 and YouView 236.",
    ],
)
def test_broadcasters_embeds_players_and_promotions_are_furniture(line):
    assert ingest.is_furniture(line)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By 5 News Reporter Sian Williams", "Sian Williams"),
        ("Political reporter Laura Hughes", "Laura Hughes"),
    ],
)
def test_a_reporters_post_before_the_name_is_a_byline(db, byline, author):
    text = (
        "Cameron: failing councils will lose children's services\n\n14 December 2015\n\n"
        f"{byline}\n\n{STORY}"
    )

    draft = ingest.read_article(text, name="broadcaster.txt")

    assert [a.name for a in draft.authors] == [author]
    assert draft.captions == []


def test_a_feeds_summary_beside_its_content_is_the_standfirst_unless_it_opens_it(db):
    feed = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
        "<title>Cameron backs Doncaster trust</title><published>2013-09-12T10:00:00Z</published>"
        '<summary type="html">Prime minister says the model could be used elsewhere</summary>'
        f'<content type="html">&lt;p&gt;{STORY.splitlines()[0]}&lt;/p&gt;'
        "&lt;p&gt;Critics warn of privatisation.&lt;/p&gt;</content></entry><entry>"
        "<title>Trust makes progress</title><published>2017-03-14T10:00:00Z</published>"
        "<summary>Critics warn of privatisation [&#8230;]</summary>"
        '<content type="html">&lt;p&gt;Critics warn of privatisation by the back door.&lt;/p&gt;'
        "&lt;p&gt;The trust said it was improving.&lt;/p&gt;</content></entry></feed>"
    )

    first, second = ingest.read_feed(feed, name="guardian.xml")

    assert first.standfirst == "Prime minister says the model could be used elsewhere"
    assert second.standfirst == ""


def test_a_papers_edition_and_a_byline_on_one_line_are_metadata(db):
    text = (
        "Councils failing children should lose control, Ofsted chief warns\n\n"
        "The Huffington Post UK | By Asa Bennett\n14/11/2013 12:01 GMT\n\n"
        f"{STORY}\nAlso on HuffPost:\nOfsted Chief: 'Mediocre Teachers Should Be Sacked'\n"
    )

    draft = ingest.read_article(text, name="huffpost.txt")

    assert [a.name for a in draft.authors] == ["Asa Bennett"]
    assert draft.standfirst.startswith("Doncaster Children's Services Trust took over")
    assert "Mediocre Teachers" not in draft.body


def test_a_magazines_words_and_photography_credits_are_byline_and_furniture(db):
    text = (
        "Nobody tells you how to be 18\n\n3 March 2022\n\nWords: Jess Arundel\n"
        f"Photography: Sam Pryce\n\n{STORY}"
    )

    draft = ingest.read_article(text, name="bigissue.txt")

    assert [a.name for a in draft.authors] == ["Jess Arundel"]
    assert "Photography: Sam Pryce" in draft.removed
    assert draft.standfirst.startswith("Doncaster Children's Services Trust took over")


@pytest.mark.parametrize(
    ("top", "day"),
    [
        # The time stamp dates the story where no embargo holds it.
        (
            "PA 231045 GMT Nov 23 2015\nSOCIAL Doncaster\nPriority: 3\n"
            "CORRECTS spelling of Moffat in para 2. Replaces version issued at 0931.",
            "2015-11-23T10:45",
        ),
        (
            "PA 141112 GMT Jun 14 2016\nEDUCATION Ofsted (CORRECTED)\nPriority: 3\n"
            "Repeat. ADDS quote from Mr Douglas in paras 9-11",
            "2016-06-14T12:12",  # 11:12 GMT is 12:12 in London in June
        ),
        # An embargo dates it, in the stamp's year where it gives none (the next year's
        # January on a December stamp).
        (
            "PA 262201 GMT Nov 26 2015\nEDUCATION Doncaster (embargoed)\nPriority: 3\n"
            "EMBARGOED TO 0001 FRIDAY NOVEMBER 27",
            "2015-11-27T00:01",
        ),
        (
            "PA 311530 GMT Dec 31 2015\nEDUCATION Doncaster (embargoed)\n"
            "EMBARGOED TO 0001 FRIDAY JANUARY 1",
            "2016-01-01T00:01",
        ),
        (
            "RTRS - Gove strips Doncaster of children's services\n171205 GMT Dec 17 2013\n"
            "BRITAIN-POLITICS/CHILDREN\nStory No. 1482",
            "2013-12-17T12:05",
        ),
    ],
)
def test_a_wire_storys_agency_lines_over_it_date_it_and_are_no_headline(db, top, day):
    text = (
        f"{top}\n\nGove strips Doncaster of children's services\n\n"
        f"By Alison Kershaw, PA Education Editor\n\n{STORY}\nENDS\n"
    )

    draft = ingest.read_article(text, name="wire.txt")

    assert draft.headline == "Gove strips Doncaster of children's services"
    assert draft.published.at.isoformat().startswith(day)
    assert draft.standfirst + "\n\n" + draft.body == STORY.strip()
    assert draft.captions == []


@pytest.mark.parametrize(
    ("credits", "reporters"),
    [
        ("(Reporting by Kate Holton; Editing by Alison Williams)", ["Kate Holton"]),
        (
            "((Reporting by Sachin Ravikumar and William James; Editing by Kate Holton))",
            ["Sachin Ravikumar", "William James"],
        ),
    ],
)
def test_a_wire_storys_credits_give_its_reporters_not_its_editors(db, credits, reporters):
    text = (
        "UK's first independent children's trust starts work in Doncaster\n\n"
        "Wed Oct 1, 2014 1:05pm BST\n\n"
        f"{STORY}\n{credits}\n"
        "((kate.holton@thomsonreuters.com)(+44 20 7542 2836)"
        "(Reuters Messaging: kate.holton.thomsonreuters.com@reuters.net))\n"
    )

    draft = ingest.read_article(text, name="wire.txt")

    assert draft.byline == f"By {' and '.join(reporters)}"
    assert [author.name for author in draft.authors] == reporters
    assert draft.standfirst + "\n\n" + draft.body == STORY.strip()
    assert draft.captions == []


def test_a_wire_storys_embargo_under_it_dates_it_where_nothing_else_does(db):
    # As "EMBARGOED UNTIL 00:01 5 JULY 2016" does: the weekday may stand before the month.
    text = f"Trust rated good\n\n{STORY}\nEMBARGOED TO 0001 TUESDAY DECEMBER 1 2015\n"

    draft = ingest.read_article(text, name="wire.txt")

    assert draft.published.at.isoformat().startswith("2015-12-01T00:01")
    assert draft.standfirst + "\n\n" + draft.body == STORY.strip()


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to our daily bulletins for the latest news from Children & Young People Now.",
        "Follow the Doncaster Free Press on WhatsApp for all the latest news from across the "
        "city - join our channel here.",
        ":: Grenfell Tower fire: Full coverage",  # Sky's links under a story
        "| --- | :---: | ---: |",  # a Markdown table's rule
        "Save my name, email, and website in this browser for the next time I comment.",
        "Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn",
        "Have your say on this story below.",
        "This story was written by George Torr, Local Democracy Reporter, and is part of the "
        "Local Democracy Reporting Service. The LDRS is a BBC-funded public service news agency.",
        "With the climate crisis unfolding before our eyes, journalism matters more than ever.",
        "Want to keep reading for free? Register with Tes and you can read two free articles "
        "every month.",
        "Tick the boxes of the newsletters you would like to receive.",
        "Share your views on this story by commenting below.",
        "Most Popular Now | 16,312 people are reading stories on the site right now.",
        "Do you have a story suggestion for Yorkshire?",
        "Public Finance is published by CIPFA, the Chartered Institute of Public Finance and "
        "Accountancy.",
        "If you are having trouble reading this email, view it online.",
        "Not displaying correctly? View this email in your browser",
        "Add bulletins@cypnow.co.uk to your address book to make sure our emails reach you.",
        "You received this newsletter because you subscribed to POLITICO London Playbook.",
        "The LGA media briefing is produced for member councils and is not for onward "
        "circulation to the press.",
        "Share this specific contribution",  # Hansard's, under each speaker
        "Previous debate   Next debate",
        "[Mr Philip Hollobone in the Chair]",
        "Find written questions and answers",
        "Listen again: Toby Foster at Breakfast, Monday 22 July, from 07:10, on BBC iPlayer Radio.",
        "Hosted on Acast. See acast.com/privacy for more information.",
        "#Doncaster #ChildrensServices #TeamDoncaster",
        "86 people like this.",
        "[Image may contain: 4 people, people smiling, people standing and indoor]",
        "We have never been more passionate about exposing the multiplying threats to our "
        "democracy.",
    ],
)
def test_papers_sign_up_lines_and_links_are_furniture(line):
    assert ingest.is_furniture(line)


def test_a_bbc_pull_quote_box_is_furniture_and_the_quote_stays_where_the_story_gives_it(db):
    text = (
        "Doncaster children's services to be run by trust\n\n"
        "Education Secretary Michael Gove said the trust would take over.\n\n"
        "Continue reading the main story\nStart Quote\n"
        'It is a sad day for local democracy but the right day for children"\n'
        "End Quote\nRos Jones\nMayor of Doncaster\n\n"
        '"It is a sad day for local democracy but the right day for children," Ms Jones said.'
        "\n\nThe decision follows a review by Professor Julian Le Grand.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.body == (
        '"It is a sad day for local democracy but the right day for children," Ms Jones said.'
        "\n\nThe decision follows a review by Professor Julian Le Grand."
    )
    assert draft.captions == []
    assert "Mayor of Doncaster" in draft.removed


def test_a_paragraph_opening_with_an_acronym_under_a_promotion_is_no_caption(db):
    # The Yorkshire Post's caption over its lead in capitals is at the top, not far down.
    text = (
        "Cameron: failing councils will lose children's services\n\n"
        "Councils that fail will have six months to improve, the Prime Minister said.\n\n"
        "Mr Cameron told Sky News the plans would end 'chronic failure'.\n\n"
        "Advertisement\n\n"
        "The plans build on the approach taken in Doncaster.\n\n"
        "DCST chief executive Paul Moffat said the trust had shown a fresh start can work.\n"
    )

    draft = ingest.read_article(text, name="sky.txt")

    assert draft.body.endswith(
        "The plans build on the approach taken in Doncaster.\n\n"
        "DCST chief executive Paul Moffat said the trust had shown a fresh start can work."
    )
    assert draft.captions == []


def test_a_clippings_reference_links_footnotes_and_highlights_leave_the_words(db):
    text = (
        "---\ntitle: Chief executives warn against the Doncaster model\n"
        "published: 2013-11-20\nsource: https://www.themj.co.uk/solace-doncaster\n---\n\n"
        "## Highlights\n\n- ==Sector-led improvement offers a quicker route==\n\n---\n\n"
        "Council chief executives argue that [sector-led improvement][1] is quicker.[^1]\n\n"
        "The paper draws on work by [iMPOWER][2], which analysed 40 councils.\n\n"
        "[1]: https://www.solace.org.uk/\n[2]: https://www.impower.co.uk/\n"
        "[^1]: SOLACE and ADCS, *Improvement from within*, November 2013.\n"
    )

    (draft,) = ingest.read_source(text, name="clipping.md")

    assert draft.headline == "Chief executives warn against the Doncaster model"
    assert (
        draft.standfirst == "Council chief executives argue that sector-led improvement is quicker."
    )
    assert draft.body == (
        "The paper draws on work by iMPOWER, which analysed 40 councils.\n\n"
        "1. SOLACE and ADCS, Improvement from within, November 2013."
    )
    assert any("Sector-led improvement offers" in line for line in draft.removed)


def test_a_markdownload_title_with_no_title_field_is_the_headline_over_its_excerpt(db):
    text = (
        "---\ncreated: 2012-01-16T11:05:33 (UTC +00:00)\ntags: [doncaster]\n"
        "source: https://www.communitycare.co.uk/2011/10/05/doncaster-still-not-good-enough/\n"
        "author: Community Care\n---\n\n"
        "# Doncaster children's services 'still not good enough', says Ofsted - Community Care"
        "\n\n> ## Excerpt\n> Inspectors find progress but warn the services remain fragile\n\n"
        "---\nBy Tom Garside on October 5, 2011\n\n"
        "Doncaster Council's children's services are improving, an Ofsted report says.\n\n"
        "Inspectors found the authority had cut its reliance on agency social workers.\n"
    )

    (draft,) = ingest.read_source(text, name="clipping.md")

    assert draft.headline == "Doncaster children's services 'still not good enough', says Ofsted"
    assert draft.standfirst == "Inspectors find progress but warn the services remain fragile"
    assert draft.body.startswith("Doncaster Council's children's services are improving")


@pytest.mark.parametrize(
    "record",
    [
        # schema.org's NewsArticle, a scraper's dump, Ghost's post.
        {"headline": "Trust warns of gap", "articleBody": STORY, "description": "Talks go on"},
        {"title": "Trust warns of gap", "text": STORY, "summary": "Talks go on"},
        {
            "title": "Trust warns of gap",
            "html": "".join(f"<p>{part}</p>" for part in STORY.split("\n\n")),
            "custom_excerpt": "Talks go on",
        },
    ],
)
def test_an_exports_other_names_for_the_body_and_summary_are_read(db, record):
    (draft,) = ingest.read_jsonl(json.dumps(record), name="export.jsonl")

    assert draft.headline == "Trust warns of gap"
    assert draft.standfirst == "Talks go on"
    assert draft.body == STORY.strip()


def test_an_excerpt_of_the_storys_first_words_is_no_standfirst(db):
    record = {"title": "Trust warns of gap", "html": STORY, "excerpt": STORY[:80] + "…"}

    (draft,) = ingest.read_jsonl(json.dumps(record), name="ghost.jsonl")

    assert draft.standfirst == ""
    assert draft.body == STORY.strip()


def test_a_wordpress_exports_pictures_are_no_stories_and_its_authors_are_named(db):
    item = (
        "<item><title>{title}</title><pubDate>Tue, 21 Jun 2016 17:30:00 +0000</pubDate>"
        "<dc:creator><![CDATA[lashworth]]></dc:creator><content:encoded><![CDATA[{body}]]>"
        "</content:encoded><excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>"
        "<wp:post_type><![CDATA[{kind}]]></wp:post_type></item>"
    )
    export = (
        '<?xml version="1.0"?>\n<rss version="2.0" '
        'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">'
        "<channel><wp:author><wp:author_login><![CDATA[lashworth]]></wp:author_login>"
        "<wp:author_display_name><![CDATA[Lucy Ashworth]]></wp:author_display_name></wp:author>"
        + item.format(title="civic-office", body="", excerpt="The Civic Office", kind="attachment")
        + item.format(
            title="Trust bosses quizzed", body=STORY, excerpt="Locums will fall", kind="post"
        )
        + "</channel></rss>"
    )

    (draft,) = ingest.read_feed(export, name="export.xml")

    assert draft.headline == "Trust bosses quizzed"
    assert draft.standfirst == "Locums will fall"
    assert draft.body == STORY.strip()
    assert [author.name for author in draft.authors] == ["Lucy Ashworth"]


def test_a_crosshead_under_a_rule_after_a_read_more_box_opens_the_next_section(db):
    text = (
        "The Wilshaw years\n\nSir Michael Wilshaw arrived at Ofsted in January 2012.\n\n"
        "He had run schools in east London for decades.\n\nRead more\n"
        "Ofsted chief attacks 'feeble' council leaders\n\n* * *\n\n"
        "Jones and Westminster\n\nDoncaster's three MPs are among the best known in Labour.\n"
    )

    draft = ingest.read_article(text, name="profile.txt")

    assert draft.body.endswith(
        "Jones and Westminster\n\nDoncaster's three MPs are among the best known in Labour."
    )
    assert "Ofsted chief attacks 'feeble' council leaders" in draft.removed
    assert draft.captions == []


def test_a_most_viewed_list_under_the_story_holding_its_headline_is_furniture(db):
    # The Guardian's topics and "Most viewed" under every story; its own headline may be
    # among them, cut short or not.
    headline = "Doncaster children's services to be taken out of council control"
    text = (
        f"{headline}\n\n{STORY}\nExplore more on these topics\nSocial care\nChildren\n"
        "Michael Gove\nShare\nReuse this content\nMost viewed\nLive\n"
        "UK politics live: Starmer faces questions over ...\n"
        f"Heatwave to bring hottest day of the year so far, Met Office says\n{headline}\n"
    )

    draft = ingest.read_article(text, name="guardian.txt")

    assert draft.standfirst + "\n\n" + draft.body == STORY.strip()
    assert "Explore more on these topics" in draft.removed
    assert "UK politics live: Starmer faces questions over ..." in draft.removed


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By JAMES SLACK and LAURA CLARK", ["James Slack", "Laura Clark"]),
        ("By TOM NEWTON DUNN, Political Editor", ["Tom Newton Dunn"]),
    ],
)
def test_a_tabloids_byline_in_capitals_names_its_reporters(db, byline, authors):
    text = (
        "Edlington brothers: Cameron says torture is a symptom of 'broken society'\n\n"
        f"{byline}\nLast updated at 11:58 PM on 22nd January 2010\n\n{STORY}"
    )

    draft = ingest.read_article(text, name="mail.txt")

    assert [author.name for author in draft.authors] == authors
    assert draft.standfirst + "\n\n" + draft.body == STORY.strip()


@pytest.mark.parametrize(
    "line",
    [
        "EXECUTIVE SUMMARY",  # a council report's heading
        "Sanctuary Buildings",  # a letterhead's address
        "Civic Office",
        "Our ref: 2013/0067241",
        "Mayor Ros Jones",  # a letter's addressee
        "Branch Secretary",  # a post, no one's name
        "Commons Chamber",  # Hansard's and Parliament's labels
        "Westminster Hall",
        "HTML   PDF",
    ],
)
def test_a_letters_or_a_reports_lines_over_its_text_are_no_byline(db, line):
    text = f"Statutory direction on children's services\n\n{line}\n\n{STORY}"

    draft = ingest.read_article(text, name="letter.txt")

    assert draft.byline == ""
    assert draft.authors == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Laura Holmes Local Democracy Reporting Service", ["Laura Holmes"]),
        ("October 5, 2012 by Rob Fenwick — Leave a comment", ["Rob Fenwick"]),
        ("Posted on 17 January 2014 by Rob Fenwick | 6 comments", ["Rob Fenwick"]),
    ],
)
def test_a_services_or_a_blogs_byline_names_its_writer(db, line, authors):
    text = f"Inadequate again: where does Doncaster go from here?\n\n{line}\n\n{STORY}"

    draft = ingest.read_article(text, name="blog.txt")

    assert [author.name for author in draft.authors] == authors
    assert draft.standfirst + "\n\n" + draft.body == STORY.strip()


def test_the_line_over_the_bbcs_continue_reading_link_is_its_pictures_caption(db):
    text = (
        "Doncaster child protection 'still inadequate' says Ofsted\nComments (47)\n\n"
        "Doncaster's children's services were placed under government supervision in 2009\n"
        "Continue reading the main story\nRelated Stories\nEdlington attack review published\n"
        f"{STORY}"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.captions == [
        "Doncaster's children's services were placed under government supervision in 2009"
    ]
    assert draft.standfirst + "\n\n" + draft.body == STORY.strip()


def test_the_bbcs_page_title_names_the_headline_over_its_related_stories(db):
    headline = "Doncaster trust plan 'must not become a model', council chiefs warn"
    text = (
        f"BBC News - {headline}\nAccessibility links\nSkip to content\nNews\nSport\n"
        "17 July 2013 Last updated at 18:02 BST\nShare this page\nEmail\nPrint\n"
        f"{headline}\nContinue reading the main story\nRelated Stories\n"
        "Doncaster children's services to be removed from council control\n"
        f"Doncaster mayor 'accepts' trust decision\n\n{STORY}"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.headline == headline
    assert draft.standfirst + "\n\n" + draft.body == STORY.strip()


def test_a_letter_printed_in_full_keeps_its_greeting_signature_and_copy_list(db):
    text = (
        "IN FULL: Minister's letter to the Mayor\n\nBelow we publish the letter in full.\n\n"
        "Dear Ros,\n\nI am writing to confirm that the trust will take over on 1 October.\n\n"
        "Yours sincerely,\n\nEDWARD TIMPSON MP\n\n"
        "cc: Paul Moffat, Chief Executive, Doncaster Children's Services Trust\n"
        "Jo Miller, Chief Executive, Doncaster Metropolitan Borough Council\n"
    )

    draft = ingest.read_article(text, name="letter.txt")

    assert draft.body == (
        "Dear Ros,\n\nI am writing to confirm that the trust will take over on 1 October.\n\n"
        "Yours sincerely,\n\nEDWARD TIMPSON MP\n\n"
        "cc: Paul Moffat, Chief Executive, Doncaster Children's Services Trust\n\n"
        "Jo Miller, Chief Executive, Doncaster Metropolitan Borough Council"
    )
    assert draft.captions == []


@pytest.mark.parametrize(
    "top",
    [
        # A site's tagline under its name.
        "LocalGov.co.uk\nYour authority on UK local government\n\nRegister | Login | Newsletter"
        "\nSearch\n\n    News\n    Finance\n    Housing\n    Social care\n    Jobs\n\nSocial care",
        "DONCASTER TODAY\nYour city. Your news.\n\nHOME  NEWS  COUNCIL  EDUCATION  SPORT",
        # A menu copied a line to an item, indented, with an item of three words last.
        "Skip to main content\nCommunity Care\nLog in | Register\n\n    Home\n    News\n"
        "    Blogs\n    Social work jobs",
    ],
)
def test_a_sites_tagline_and_indented_menu_over_the_headline_are_no_headline(db, top):
    text = (
        f"{top}\n\nDoncaster told to speed up as government keeps intervention in place\n\n"
        f"Posted on 21 July 2011 by Judy Cooper\n\n{STORY}"
    )

    draft = ingest.read_article(text, name="page.txt")

    assert draft.headline == "Doncaster told to speed up as government keeps intervention in place"
    assert draft.standfirst + "\n\n" + draft.body == STORY.strip()


def test_a_trade_papers_publication_line_dates_and_bylines_the_story(db):
    text = (
        "Wilshaw: Doncaster's schools 'cannot hide behind deprivation'\n\n"
        "Article published in The TES on 30 March, 2012 | By Helen Ward\n\n"
        "[Image caption: Sir Michael Wilshaw at a Doncaster primary school]\n\n"
        f"{STORY}"
    )

    draft = ingest.read_article(text, name="tes.txt")

    assert ingest.format_moment(draft.published) == "2012-03-30"
    assert [author.name for author in draft.authors] == ["Helen Ward"]
    assert draft.captions == ["Sir Michael Wilshaw at a Doncaster primary school"]
    assert draft.standfirst + "\n\n" + draft.body == STORY.strip()


def test_a_letters_pages_headings_and_writers_stay_with_each_letter(db):
    text = (
        "YP Letters: Praise for Doncaster trust is welcome\n\n"
        "Give the credit to frontline staff\n\nFrom: Janet Marsden, Sprotbrough, Doncaster.\n\n"
        "It was heartening to read that the trust has made progress.\n\n"
        "A trust is only as good as its people\n\n"
        "From: Name and address supplied.\n\nI am a social worker employed by the trust.\n"
    )

    draft = ingest.read_article(text, name="letters.txt")

    assert draft.body.split("\n\n") == [
        "From: Janet Marsden, Sprotbrough, Doncaster.",
        "It was heartening to read that the trust has made progress.",
        "A trust is only as good as its people",
        "From: Name and address supplied.",
        "I am a social worker employed by the trust.",
    ]
    assert draft.captions == []


def test_hansards_speakers_stay_over_their_speeches(db):
    text = (
        "Engagements\nVolume 565: debated on Wednesday 26 June 2013\n\n"
        "Hansard - UK Parliament opening the day's questions to the Prime Minister.\n\n"
        "Q1. [161834] Caroline Flint (Don Valley) (Lab)\nShare this specific contribution\n"
        "If he will list his official engagements for Wednesday 26 June.\n\n"
        "The Prime Minister (Mr David Cameron)\nShare this specific contribution\n"
        "This morning I had meetings with ministerial colleagues and others.\n"
    )

    draft = ingest.read_article(text, name="hansard.txt")

    assert draft.body.split("\n\n")[-4:] == [
        "Q1. [161834] Caroline Flint (Don Valley) (Lab)",
        "If he will list his official engagements for Wednesday 26 June.",
        "The Prime Minister (Mr David Cameron)",
        "This morning I had meetings with ministerial colleagues and others.",
    ]
    assert draft.captions == []


def test_the_bbcs_info_list_under_its_headline_dates_the_story_and_is_no_text(db):
    text = (
        "Doncaster children's services 'no longer failing'\n\n"
        "- 27 November 2015\n- From the section Sheffield & South Yorkshire\n\n"
        f"{STORY}"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert ingest.format_moment(draft.published) == "2015-11-27"
    assert draft.standfirst + "\n\n" + draft.body == STORY.strip()


def test_a_newsletters_greeting_is_no_standfirst(db):
    text = (
        "Children must come first\n\nDear Steve,\n\nThis week the Education Secretary "
        "confirmed what many of us had feared.\n\nBest wishes,\n\nCaroline\n"
    )

    draft = ingest.read_article(text, name="enews.txt")

    assert draft.standfirst == ""
    assert draft.body.startswith("Dear Steve,\n\nThis week the Education Secretary")
