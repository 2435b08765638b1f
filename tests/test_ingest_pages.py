"""Pages of kinds the importer meets less often: live pages, letters pages, policy blogs.

Each text is cut down from a page as a browser copies it: the menus, controls and
small print around the story go, and every line of the story stays in the body.
"""

from datetime import UTC, datetime

import pytest

from articles import ingest

BBC_LIVE = (
    "BBC\nSign in\nHome\nNews\nSport\nWeather\niPlayer\nSounds\nLive\n"
    "Doncaster children's services return to council control\nSummary\n"
    "The independent trust set up in 2014 has been wound up\n"
    'Mayor Ros Jones calls it "a homecoming"\n'
    "Live Reporting\nEdited by Rebecca Wood\nAll times stated are UK\n"
    "Thursday 1 September 2022\n\n"
    "Posted at 15:40\nThat's it for today\n"
    "Thanks for joining our coverage. We'll leave you with the words of Mayor Ros Jones.\n"
    "Share\nCopy this link\n\n"
    "Posted at 13:30\nWhat people are saying\n"
    "Today Doncaster Children's Services Trust comes home. Thank you to every member of staff.\n"
    "— Ros Jones (@MayorRosJones) September 1, 2022\n"
    "Share\nCopy this link\n\n"
    "Posted at 09:00\nGood morning\n"
    "Welcome to our live coverage as children's services in Doncaster return to the council.\n"
    "Share\nCopy this link\n\nPrevious\nPage 1 of 3\nNext\n"
)


def test_a_bbc_live_pages_posts_keep_their_times_titles_and_embedded_posts(db):
    draft = ingest.read_article(BBC_LIVE, name="live.txt")

    assert draft.headline == "Doncaster children's services return to council control"
    assert draft.standfirst == "The independent trust set up in 2014 has been wound up"
    assert draft.body.startswith(
        'Mayor Ros Jones calls it "a homecoming"\n\n'
        "Posted at 15:40\n\nThat's it for today\n\nThanks for joining"
    )
    assert "Posted at 13:30\n\nWhat people are saying" in draft.body
    assert "— Ros Jones (@MayorRosJones) September 1, 2022" in draft.body
    assert draft.captions == []
    assert {"Summary", "All times stated are UK"} <= set(draft.removed)
    assert {"Previous", "Page 1 of 3", "Next"} <= set(draft.removed)


GUARDIAN_LIVE = (
    "Education\nOfsted annual report 2013: Sir Michael Wilshaw's verdict – live\n"
    "Live coverage as the chief inspector publishes his second annual report\n"
    "Richard Adams\nWed 11 Dec 2013 13.22 GMT\nFirst published on Wed 11 Dec 2013 09.15 GMT\n"
    "Share on Facebook\nShare on Twitter\nKey events\nShow key events only\nLatest\n"
    "Please turn on JavaScript to use this feature\nLive feed\n"
    "1.22pm GMT\n13:22\nSummary\n"
    "Sir Michael Wilshaw said a stubborn core of councils continued to fail children.\n"
    "Share\n12.40pm GMT\n12:40\nKey event\nDoncaster mayor responds\n"
    "Ros Jones, elected mayor of Doncaster in May, has responded to being singled out.\n"
    "Share\n11.30am GMT\n11:30\nWilshaw on social care\n"
    "At the press conference, Wilshaw was asked whether Ofsted bore some responsibility.\n"
    "Share\n"
)


def test_a_live_page_copied_without_blank_lines_keeps_its_feed_under_key_events(db):
    draft = ingest.read_article(GUARDIAN_LIVE, name="live.txt")

    assert draft.standfirst.startswith("Live coverage as the chief inspector")
    assert "Ros Jones, elected mayor of Doncaster in May" in draft.body
    assert "Wilshaw was asked whether Ofsted" in draft.body
    assert "Sir Michael Wilshaw said a stubborn core" in draft.body
    assert {"Show key events only", "Live feed"} <= set(draft.removed)
    assert draft.captions == []


def test_a_trade_papers_section_label_under_its_menu_is_no_headline(db):
    text = (
        "Community Care\nNews  Workforce  Children  Adults  Careers  Inform  Jobs\n"
        "Children's social work\n\n"
        "Social worker struck off for falsifying visits to children at Doncaster trust\n\n"
        "Panel finds practitioner recorded home visits that never took place\n\n"
        "by Alex Turner\nMarch 30, 2022 in Children, Workforce\n\n"
        "A social worker employed by Doncaster Children's Services Trust has been removed.\n"
    )

    draft = ingest.read_article(text, name="cc.txt")

    assert draft.headline.startswith("Social worker struck off")
    assert draft.standfirst.startswith("Panel finds practitioner")
    assert "Children's social work" in draft.removed


def test_a_papers_tagline_menu_label_and_date_over_the_headline(db):
    text = (
        "The Star\nSheffield's Best Selling Newspaper\n\n"
        "News   Sport   Blades   Owls   Opinion   Letters   Nostalgia   Jobs\n\n"
        "Letters\nPosted on March 3, 2017\n\n"
        "Your views: Dame Rosie should stop passing the buck on children's trust\n\n"
        "Dame Rosie Winterton was quick to claim credit when services improved.\n\n"
        "Brian Harte\nBessacarr\n"
    )

    draft = ingest.read_article(text, name="star.txt")

    assert draft.headline.startswith("Your views: Dame Rosie should stop")
    assert draft.published.at.date().isoformat() == "2017-03-03"
    assert "Sheffield's Best Selling Newspaper" in draft.removed


def test_a_papers_name_and_its_section_over_the_headline(db):
    text = (
        "Doncaster Free Press  |  Opinion\n\n"
        "OPINION: Whoever holds Don Valley, our children must come first\n\n"
        "By Stephen Butterworth\nFriday, 20th December 2019, 7:00 am\n\n"
        "The dust has barely settled on the general election.\n\nDon Valley has gone blue.\n"
    )

    draft = ingest.read_article(text, name="dfp.txt")

    assert draft.headline == "OPINION: Whoever holds Don Valley, our children must come first"
    assert draft.standfirst.startswith("The dust has barely settled")


@pytest.mark.parametrize(
    "menu",
    [
        "Home\nAbout\nContributors\nSubscribe\nTopics\nWrite for us\n",
        "Arts + Culture\nBusiness + Economy\nEducation\nHealth\nPolitics + Society\n",
    ],
)
def test_a_blogs_last_menu_item_over_a_blank_line_is_no_headline(db, menu):
    text = (
        f"British Politics and Policy\n{menu}\n"
        "Doncaster's children's trust shows that structure is not a substitute for practice\n\n"
        "June 16th, 2015\n\n"
        "Eight months after the trust took over, the early signs are mixed.\n\n"
        "The trust has stabilised its workforce.\n"
    )

    draft = ingest.read_article(text, name="blog.txt")

    assert draft.headline.startswith("Doncaster's children's trust shows")


def test_sky_newss_time_and_country_over_the_date_date_the_story(db):
    text = (
        "Trust takes over Doncaster children's services\n\n"
        "12:51, UK, Wednesday 01 October 2014\n\n"
        "An independent trust has taken over children's services in Doncaster.\n\n"
        "It is the first of its kind.\n"
    )

    draft = ingest.read_article(text, name="sky.txt")

    assert ingest.format_moment(draft.published) == "2014-10-01 12:51"


@pytest.mark.parametrize(
    ("issue", "day"),
    [
        ("17 November 2015 - 30 November 2015", "2015-11-17"),
        ("28 December 2015 - 10 January 2016", "2015-12-28"),
    ],
)
def test_a_clipping_services_record_dates_the_cutting_by_its_issue_and_is_furniture(db, issue, day):
    text = (
        f"Children & Young People Now\n{issue}\nPage: 8\nCirculation: 12,015\n"
        "Type: Trade / Professional\nFrequency: Fortnightly\nAVE: £1,890.00\n"
        "Keyword: Doncaster Children's Services Trust\n\n"
        "Doncaster trust lifts services out of 'inadequate' rating\n\nBy Neil Puffett\n\n"
        "Inspectors have praised the trust's pace of change.\n\nThe trust said so.\n"
    )

    draft = ingest.read_article(text, name="cutting.txt")

    assert ingest.format_moment(draft.published) == day
    assert draft.headline == "Doncaster trust lifts services out of 'inadequate' rating"
    assert "Circulation: 12,015" in draft.removed
    assert "AVE" not in draft.body + "".join(draft.captions)


def test_an_archives_span_of_years_dates_nothing():
    assert not ingest.looks_like_date("12 Jun 2014 - 3 Feb 2019")


def test_a_magazines_issue_dates_the_story(db):
    text = (
        "The great children's services sell-off\n\nIs there anything a trust can do that a "
        "council can't?\n\nFrom magazine issue: 5 March 2016\n\nON A WET Thursday in "
        "January, the trust's staff met.\n\nThey were told the news.\n"
    )

    draft = ingest.read_article(text, name="spectator.txt")

    assert ingest.format_moment(draft.published) == "2016-03-05"


@pytest.mark.parametrize(
    "top",
    [
        "Skip to content\nBalby Bridge Blog\nRamblings of a Yorkshire social worker\n",
        "Policy & Practice\nA blog about children's social care policy, by Dr Andrew Lumb\n",
    ],
)
def test_a_blogs_name_and_tagline_over_its_menu_are_no_headline(db, top):
    text = (
        f"{top}\nHome\nAbout me\nDoncaster\nSocial work\nContact\n\nMenu\n\n"
        "The trust, the Rovers and me\n\nPosted on June 12, 2015 by Dee Walsh\n\n"
        "I don't usually write about work on here. This blog is mostly about Doncaster "
        "Rovers, my allotment and my dog.\n\nShort answer: better than I expected.\n"
    )

    draft = ingest.read_article(text, name="blog.txt")

    assert draft.headline == "The trust, the Rovers and me"
    assert draft.body == "Short answer: better than I expected."


@pytest.mark.parametrize(
    "line",
    [
        "Send your letters to: The Editor, Doncaster Free Press, Sidings Court, Doncaster DN4 5NU",
        "Email your letters to star.letters@thestar.co.uk. We reserve the right to edit letters.",
        "Write to: Letters, Doncaster Free Press, or email letters@doncasterfreepress.co.uk",
        "Today's letters to the editor. Write to: The Editor, The Yorkshire Post, Leeds LS12 1BE.",
        "CYP Now welcomes letters from readers. Email cypnow.editorial@markallengroup.com.",
        "We welcome your letters on this or any other topic. Write to The Editor, Doncaster.",
        "Tell us what you think. Comment below, email news@doncasterfreepress.co.uk or message us.",
        "What do you think? Have your say: email yp.opinion@ypn.co.uk or join the debate below.",
        "Do you agree? Send your views to letters@doncasterfreepress.co.uk.",
        "Have your say: Did children's services trusts work? Take our readers' poll.",
        "• Join the debate - email guardian.letters@theguardian.com",
        "• Read more Guardian letters - click here to visit gu.com/letters",
        "Would you like to write a Reader's View? Email opinion@doncasterfreepress.co.uk",
        "Comments: Want to join the conversation? Please or to comment on this article.",
        "Star letters policy: letters should be no more than 300 words and may be edited.",
        "DO YOU HAVE A VIEW? Letters should be no longer than 350 words.",
        "Email: lucy.ashton@jpress.co.uk",
        "Also in this section: • Mayor pledges to freeze council tax • Bentley pensioner runs",
        "Share on Facebook  Share on Twitter  Share via Email",
        "Share Tweet Email Comment",
        "Have your say: What do you think about it? Comment below or email letters@dfp.co.uk",
        "Latest from Opinion",
        "Tweet Share WhatsApp Email",
    ],
)
def test_a_letters_pages_invitations_and_share_bars_are_furniture(line):
    assert ingest.is_furniture(" ".join(line.split()))


@pytest.mark.parametrize(
    "line",
    [
        "Ros Jones said she would write to the Education Secretary about the trust.",
        "Readers sent hundreds of letters to the council about the closure of the centre.",
        "The trust shared its report with the council and emailed it to every councillor.",
    ],
)
def test_a_storys_sentences_about_letters_and_e_mail_are_no_furniture(line):
    assert not ingest.is_furniture(line)


def test_share_buttons_and_a_letters_invitation_under_the_headline_leave_it_the_headline(db):
    text = (
        "Doncaster Free Press\nNews | Sport | Business | Opinion | Letters | What's On\n"
        "Subscribe   Sign in\n\nOpinion > Letters\n\n"
        "LETTERS: Town's children deserve better than another review\n\n"
        "Thursday 21 November 2013\n\nShare on Facebook   Share on Twitter   Email\n\n"
        "Send your letters to: The Editor, Doncaster Free Press, or email editorial@dfp.co.uk. "
        "Letters may be edited for length.\n\nOutside body is not the answer\n\n"
        "SIR - So Professor Julian Le Grand has delivered his verdict.\n\n"
        "Margaret Hollis\nBessacarr\n"
    )

    draft = ingest.read_article(text, name="letters.txt")

    assert draft.headline == "LETTERS: Town's children deserve better than another review"
    assert not draft.standfirst.startswith("Send your letters")
    assert draft.body.startswith("SIR - So Professor")


def test_a_briefings_number_and_date_date_it(db):
    text = (
        "Lessons from Doncaster: what next for children's services trusts?\n\n"
        "Policy briefing no. 31 | 15 July 2024\n\n"
        "Ten years after the first trust, ministers are looking again at the model.\n\n"
        "This briefing sets out what the evidence says.\n"
    )

    draft = ingest.read_article(text, name="briefing.txt")

    assert draft.published.at.date().isoformat() == "2024-07-15"


def test_a_bbc_regions_name_under_its_menus_is_no_headline(db):
    text = (
        "BBC Homepage\nSkip to content\nAccessibility Help\nSign in\n"
        "News  Sport  Weather  iPlayer  Sounds\nNEWS\n"
        "Home | UK | World | Business | Politics | England | Regions\n"
        "Sheffield & South Yorkshire\nRegions\nLook North (Yorkshire & Lincolnshire)\n\n"
        "Doncaster Children's Services Trust takes over council's role\n\n"
        "1 October 2014\nShare this page\n\n"
        "A trust has taken over children's services in Doncaster from the council.\n\n"
        "It is the first of its kind in England.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.headline == "Doncaster Children's Services Trust takes over council's role"


def test_a_byline_ending_in_a_given_name_is_not_run_into_the_date_under_it(db):
    text = (
        "New boss named at Doncaster Children's Services Trust\n\n"
        "The trust has appointed a permanent chief executive after two years\n\n"
        "By Laura Andrew\nPublished 12th Mar 2020, 11:02 GMT\n"
        "Updated 12th Mar 2020, 15:40 GMT\n\n"
        "James Thomas will take over as chief executive in May.\n\nHe starts in May.\n"
    )

    draft = ingest.read_article(text, name="dfp.txt")

    assert [author.name for author in draft.authors] == ["Laura Andrew"]
    assert draft.published.at.hour == 11
    assert "Published" not in draft.body


@pytest.mark.parametrize(
    ("folio", "day"),
    [
        ("THE YORKSHIRE POST WEDNESDAY 5 NOVEMBER 2013 NEWS 7", "2013-11-05"),
        (
            "18 DONCASTER FREE PRESS Thursday, July 9, 2020 www.doncasterfreepress.co.uk",
            "2020-07-09",
        ),
        ("8 NEWS THE YORKSHIRE POST WEDNESDAY 16 JULY 2014", "2014-07-16"),
        ("THE STAR, SHEFFIELD      Wednesday, October 1, 2014      13", "2014-10-01"),
        (
            "18    CHILDREN & YOUNG PEOPLE NOW    14 - 27 October 2014    www.cypnow.co.uk",
            "2014-10-14",
        ),
        # Regional dailies' folios with the page after the date, and the paper's town.
        ("YORKSHIRE POST, SATURDAY, JANUARY 23, 2010                    7", "2010-01-23"),
        ("The Star, Sheffield, Tuesday, June 22, 2010  9", "2010-06-22"),
        ("DONCASTER FREE PRESS, Thursday, October 17, 2013       Page 2", "2013-10-17"),
        # Trade magazines' folios: barred, site first, a month's issue, an issue across months.
        ("8 | CHILDREN & YOUNG PEOPLE NOW | 7-20 October 2014", "2014-10-07"),
        ("www.themj.co.uk 20 March 2014 THE MJ 9", "2014-03-20"),
        ("14 PUBLIC FINANCE April 2015", "2015-04-01"),
        ("24 November-7 December 2015 | CHILDREN & YOUNG PEOPLE NOW | 7", "2015-11-24"),
    ],
)
def test_an_e_editions_folio_dates_the_story_and_its_kickers_are_no_headline(db, folio, day):
    text = (
        f"{folio}\n\nNEWS\n\nCHILDREN AT RISK\n\n"
        "Gove strips council of children's services after damning review\n\n"
        "BY RICHARD HEPWORTH\nPOLITICAL CORRESPONDENT\n\n"
        "THE EDUCATION Secretary has stripped Doncaster Council of its children's services.\n\n"
        "Continued on page 8\n\nPrinted and distributed by PressReader\n"
        "PressReader.com +1 604 278 4604\n"
    )

    draft = ingest.read_article(text, name="eedition.txt")

    assert draft.published.at.date().isoformat() == day
    assert draft.headline == "Gove strips council of children's services after damning review"
    assert [author.name for author in draft.authors] == ["Richard Hepworth"]
    assert {"NEWS", "CHILDREN AT RISK", "Continued on page 8"} <= set(draft.removed)
    assert draft.captions == []


def test_an_e_editions_reader_controls_over_the_folio_are_furniture(db):
    text = (
        "Doncaster Free Press e-edition\nThursday, October 24, 2019\n"
        "Sections | Pages | Bookmarks | Search\nPage 3 of 72\nZoom + | Zoom - | Fit width\n"
        "< Previous page    Next page >\n\n"
        "DONCASTER FREE PRESS Thursday, October 24, 2019 3\n\n"
        "Children's services rated 'good' for first time\n\n"
        "Inspectors hail transformation five years after trust took over\n\n"
        "BY GEORGE TORR\n\nChildren's social care in Doncaster has been rated good.\n"
    )

    draft = ingest.read_article(text, name="eedition.txt")

    assert draft.headline == "Children's services rated 'good' for first time"
    assert draft.standfirst == "Inspectors hail transformation five years after trust took over"
    assert draft.captions == []


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (
            "T\nHE EDUCATION Secretary has stripped Doncaster of its children's services.",
            "THE EDUCATION Secretary has stripped",
        ),
        ("A\nFTER seven years of being branded inadequate, the trust is good.", "AFTER seven"),
        ("W hen Paul Moffat arrived in Doncaster last summer, the trust was new.", "When Paul"),
        ("D oncaster's mayor has demanded a robust recovery plan from the trust.", "Doncaster's"),
        (
            "I ndependent trusts running children's services need at least five years.",
            "Independent trusts",
        ),
        (
            "T\nhe organisation responsible for Doncaster's children has a new chief.",
            "The organisation",
        ),
    ],
)
def test_a_drop_cap_is_joined_back_to_its_word(db, first, expected):
    text = (
        "Trust named as new chief executive starts work\n\n1 May 2020\n\n"
        f"{first}\n\nThe council welcomed the news.\n\nStaff were told on Monday.\n"
    )

    draft = ingest.read_article(text, name="dropcap.txt")

    assert f"{draft.standfirst}\n\n{draft.body}".startswith(expected)
    assert draft.captions == []


@pytest.mark.parametrize(
    "first",
    [
        "A new trust will run Doncaster's children's services from October, the council said.",
        "I am not prepared to let children down any longer, the minister told MPs on Monday.",
        "A report by Ofsted found the services inadequate for the third time in four years.",
    ],
)
def test_a_one_letter_word_that_opens_a_paragraph_is_no_drop_cap(db, first):
    text = (
        "Trust to run children's services\n\n1 May 2014\n\n"
        f"{first}\n\nThe council welcomed the news.\n\nStaff were told on Monday.\n"
    )

    draft = ingest.read_article(text, name="plain.txt")

    assert draft.standfirst == first


def test_a_paragraph_opening_in_capitals_keeps_its_one_letter_word(db):
    text = (
        "Trust to run children's services\n\n1 May 2014\n\n"
        "A NEW trust will run Doncaster's children's services from October, the council said."
        "\n\nThe council welcomed the news.\n\nStaff were told on Monday.\n"
    )

    draft = ingest.read_article(text, name="caps.txt")

    assert draft.standfirst.startswith("A NEW trust will run")


def test_a_pull_quote_repeating_a_quotation_is_no_paragraph(db):
    text = (
        "Gove strips council of children's services\n\n4 November 2013\n\n"
        "Doncaster Council has lost control of its children's services.\n\n"
        '"Children have been let down time and again. I am not prepared to let that '
        'continue."\n\n'
        '"The problems in Doncaster are deep-rooted," Mr Gove said. "Children have been let '
        'down time and again. I am not prepared to let that continue."\n\n'
        '"We will work with the trust," the mayor said.\n'
    )

    draft = ingest.read_article(text, name="pull.txt")

    assert draft.body.count("Children have been let down") == 1
    assert '"We will work with the trust," the mayor said.' in draft.body


def test_a_quotation_said_twice_in_full_stays(db):
    text = (
        "Trust praised by inspectors\n\n4 November 2015\n\n"
        "Doncaster's children's trust has been praised by Ofsted.\n\n"
        '"We are on the right track and we will keep going," Mr Moffat said.\n\n'
        'He told staff: "We are on the right track and we will keep going."\n'
    )

    draft = ingest.read_article(text, name="twice.txt")

    assert draft.body.count("We are on the right track") == 2


@pytest.mark.parametrize(
    "line",
    [
        "Play video",
        'Play video, "Doncaster children\'s services praised", duration 1:24',
        "Latest videos",
        "Now playing on Hallam FM",
        "Greatest Hits Radio is part of Bauer Media Audio UK",
        "Trending on LBC",
        "More news from Doncaster",
        "Tags",
        "< Back",
        "Font size A A",
        "Topics in this article: Ed Miliband, Labour Party, Net Zero",
        "Unsubscribe",
        "Reply",
        "Community Care uses cookies. Find out more.",
        "Coming up tomorrow: 2016 in pictures - the year's best photographs from our team",
    ],
)
def test_broadcasters_players_and_apps_controls_are_furniture(line):
    assert ingest.is_furniture(line)


def test_an_update_over_the_story_is_no_standfirst(db):
    text = (
        "Trust confirms new chief executive\n\n1 October 2014\n\n"
        "UPDATE 3.45pm: The trust has confirmed its chief executive will start on Monday.\n\n"
        "Doncaster Children's Services Trust has named its first chief executive.\n\n"
        "He starts on Monday.\n"
    )

    draft = ingest.read_article(text, name="update.txt")

    assert draft.standfirst.startswith("Doncaster Children's Services Trust has named")
    assert draft.body.startswith("UPDATE 3.45pm: The trust has confirmed")


def test_a_videos_title_by_its_player_is_a_caption_not_the_standfirst(db):
    text = (
        "Trust told it still requires improvement\n\n12 November 2015\n\n"
        "Watch: Nick Ferrari asks the trust's boss why children are still waiting\n\n"
        "Play video\n\n"
        "The independent trust has been told it still requires improvement.\n\n"
        "Its chief executive said it was on the right track.\n"
    )

    draft = ingest.read_article(text, name="lbc.txt")

    assert draft.standfirst == "The independent trust has been told it still requires improvement."
    assert draft.captions == [
        "Watch: Nick Ferrari asks the trust's boss why children are still waiting"
    ]
    assert "Play video" in draft.removed


@pytest.mark.parametrize(
    "top",
    [
        # GOV.UK's breadcrumb, a line to each part, and its page's label.
        "GOV.UK\nMenu\n\nHome\nEducation, training and skills\nChildren's social care\n\n"
        "Press release",
        # A series' name over its section, under the Guardian's menus.
        "The Guardian\nSign in\nNews  Opinion  Sport  Culture  Lifestyle\n"
        "UK  World  Society  Politics  Education  Media\n\nPublic Leaders Network\nSocial care",
        # Two sections barred over the headline.
        "Doncaster Live\nHome  News  Doncaster News  Crime  Sport  Whats On\n\n"
        "News | Doncaster News",
        # GOV.UK's breadcrumb, its label of the page's kind after a blank line.
        "Skip to main content\nGOV.UK\n\nHome\nEducation, training and skills\n"
        "Inspections and performance of education providers\n\nPress release",
        "GOV.UK\nTopics\nGovernment activity\n\nHome\nParenting, childcare and children's "
        "services\nSafeguarding and social care for children\n\nPress release",
        # The same breadcrumb copied onto one line.
        "Skip to main content\nGOV.UK\n\nHome  Education, training and skills  Inspections"
        "\n\nPress release",
        # A release's embargo.
        "SOLACE\n\nNews\n\nEMBARGO: Not for publication before 00.01 Thursday 7 July 2016",
    ],
)
def test_breadcrumbs_and_series_labels_over_the_headline_are_no_headline(db, top):
    text = (
        f"{top}\n\n£4.1 million to set up independent trust for Doncaster children's services\n\n"
        "Education Secretary Michael Gove confirms funding for the new trust.\n\n"
        "1 October 2014\n\nThe trust will take over on 1 October.\n\nIt is the first.\n"
    )

    draft = ingest.read_article(text, name="top.txt")

    assert draft.headline.startswith("£4.1 million to set up independent trust")


@pytest.mark.parametrize(
    ("top", "under"),
    [
        # Sections apart by a slash.
        (
            "Doncaster TV\nHome | News | Sport | What's On | Community\n\nNEWS / POLITICS",
            "Posted: Friday 11 July 2025, 09:02 | By Doncaster TV News Team",
        ),
        # A logo's text over the section.
        (
            "Channel 4 News\nMenu\nHome\nPolitics\nWorld\nUK\nChannel 4 News logo\n\nUK",
            "By Hannah Mortimer, Social Affairs Correspondent",
        ),
        # ITV's region.
        (
            "ITV News\nCalendar\nHome\nLatest\nUK\nWorld\n\nRegions: Calendar (Yorkshire)",
            "Wednesday 1 October 2014, 6:45pm",
        ),
        # A newsletter's links.
        ("The Safeguarding Brief\nSubscribe\nArchive\nAdvertise", "By Tamsin Ryder"),
        # A breadcrumb from a section, under a site's menus with items spaced apart.
        (
            "GMB Union\nHome  About  Join GMB  Member login  News  Campaigns\nSearch...\n\n"
            "News > Yorkshire & North Derbyshire Region",
            "Thursday 2 October 2014",
        ),
        (
            "NSPCC\nEvery childhood is worth fighting for\nDonate | Get help | Volunteer | Shop\n"
            "Preventing abuse  Keeping children safe  What we do  Support us  About us\n\n"
            "News & opinion > Press releases",
            "23 February 2016",
        ),
        (
            "Action for Children\nDonate | Fostering | Get support | Jobs | Search\n"
            "Our work  How you can help  About us  News & opinion\n\n"
            "News & opinion > Press releases",
            "14 November 2018",
        ),
        # A sponsor's label over partner content.
        (
            "LGC - Local Government Chronicle\nSubscribe | Sign in | Register\n\n"
            "Partner content\nIn association with iMPOWER",
            "By Jeremy Cripps, iMPOWER",
        ),
        # Flipboard's source of a shared story.
        (
            "Flipboard\nHome  Explore  Following\n\nFlipped into Social Care Watch by Hannah "
            "Rowe\n\ncypnow.co.uk - Neil Puffett",
            "Like   Comment   Flip   Share",
        ),
    ],
)
def test_sections_logos_regions_and_newsletter_links_over_a_short_headline(db, top, under):
    text = (
        f"{top}\n\nDoncaster trust opens its doors\n\n{under}\n\n"
        "An independent trust has taken over children's services in Doncaster.\n\n"
        "The mayor welcomed it.\n"
    )

    draft = ingest.read_article(text, name="top.txt")

    assert draft.headline == "Doncaster trust opens its doors"


def test_a_govuk_news_story_copied_without_blank_lines(db):
    text = (
        "Cookies on GOV.UK\nWe use some essential cookies to make this website work.\n"
        "Accept additional cookies\nReject additional cookies\nView cookies\n"
        "Skip to main content\nGOV.UK\nMenu\nSearch GOV.UK\nHome\n"
        "Education, training and skills\nInspections of schools and other education providers\n"
        "News story\n"
        'Chief Inspector: Doncaster children "still let down" after years of failure\n'
        "Ofsted has published the findings of its inspection in Doncaster.\n"
        "From: Ofsted\nPublished 15 November 2013\n"
        "Children in Doncaster are still being let down, the chief inspector said today.\n"
    )

    draft = ingest.read_article(text, name="govuk.txt")

    assert draft.headline.startswith("Chief Inspector: Doncaster children")
    assert draft.standfirst.startswith("Ofsted has published the findings")
    assert draft.captions == []


def test_a_govuk_speech_of_2013_keeps_neither_its_menus_nor_its_details(db):
    text = (
        "Skip to main content\nGOV.UK\nDepartments Worldwide How government works Get involved"
        "\nPolicies Publications Consultations Statistics Announcements\n\nSpeech\n"
        "Doncaster children's services: written ministerial statement\n\nWritten statement to "
        "Parliament from Michael Gove on children's services in Doncaster.\n\nDelivered on:\n"
        "    17 July 2013 (Transcript of the speech, exactly as it was delivered)\nLocation:\n"
        "    House of Commons\nPart of: Improving the child protection system\nApplies to: "
        "England\n\nToday I am announcing the steps I am taking in Doncaster.\n\n"
        "Is there anything wrong with this page?\n\nServices and information\nBenefits Births, "
        "deaths, marriages and care Business and self-employed Childcare and parenting "
        "Citizenship and living in the UK Crime, justice and the law Disabled people\n"
    )

    draft = ingest.read_article(text, name="speech.txt")

    assert draft.headline == "Doncaster children's services: written ministerial statement"
    assert ingest.format_moment(draft.published) == "2013-07-17"
    assert draft.standfirst.startswith("Written statement to Parliament")
    assert draft.body == "Today I am announcing the steps I am taking in Doncaster."
    assert draft.captions == []


@pytest.mark.parametrize(
    "top",
    [
        "Microsoft Start\nSign in\nFeedback\n\nThe Star, Sheffield\nFollow",
        "SmartNews\nTop\nLocal\nPolitics\n\nDoncaster Free Press\n3 hours ago\n\nSmartView\n"
        "Open in browser",
        "← ampproject.org\nbbc.co.uk\nView original\n\nBBC\nNews\nSport\nMenu",
        "Flipboard\nFor You\nFollowing\nExplore\n\n"
        "Flipped by Karen Lowe into Children's Social Care Weekly\n\n"
        "Children & Young People Now · 3 min read",
        "BBC\nHome  News  Sport  Reel  Worklife  Travel  Future  Culture\nNEWS\n"
        "England | N. Ireland | Scotland | Alba | Wales | Cymru | Local News\n"
        "Sheffield & South Yorkshire",
        "Skip to main content\nDoncaster Council\n\n"
        "You are here: Home > News > Press releases > Doncaster children's trust wound up as "
        "1,000 staff return to city council",
    ],
)
def test_news_apps_and_aggregators_frames_over_the_headline_are_no_headline(db, top):
    text = (
        f"{top}\n\nDoncaster children's trust wound up as 1,000 staff return to city council\n\n"
        "Story by Darren Burke\n• 1 Sept 2022 • 3 min read\n\n"
        "Doncaster's children's services have returned to council control.\n\n"
        "Families will notice no difference.\n"
    )

    draft = ingest.read_article(text, name="app.txt")

    assert draft.headline == (
        "Doncaster children's trust wound up as 1,000 staff return to city council"
    )
    assert draft.published.at.date().isoformat() == "2022-09-01"
    assert [author.name for author in draft.authors] == ["Darren Burke"]


def test_a_blog_platforms_date_beside_its_reading_time_over_the_headline_dates_the_post(db):
    # Medium: the site, the writer, "Follow", then the date and reading time; a reader's
    # response under the post is dated the day after.
    text = (
        "Medium\n\nKate Oduya\nFollow\nApr 22, 2013 · 5 min read\n\n"
        "Doncaster and the limits of intervention\n"
        "I grew up in care in South Yorkshire. Here's what I think ministers get wrong.\n\n"
        "When Ofsted published its latest report on Doncaster, I read it on a bus.\n\n"
        "Leaders come and go, and the plans go with them.\n\n"
        "Responses (4)\n\nDan Hughes\nApr 23, 2013\n\nBrilliant. Sharing with my team.\n"
    )

    draft = ingest.read_article(text, name="medium.txt")

    assert draft.headline == "Doncaster and the limits of intervention"
    assert draft.published.at.date().isoformat() == "2013-04-22"


@pytest.mark.parametrize(
    "title",
    [
        "Michael Gove orders review of Doncaster children's services | Society | guardian.co.uk",
        "BBC News - Michael Gove orders review of Doncaster children's services",
    ],
)
@pytest.mark.parametrize("menus", ["Sign in | Register\nAbout us\nToday's paper\n\n", ""])
def test_a_saved_pages_title_over_its_menus_gives_the_headline_without_the_site(db, title, menus):
    text = (
        f"{title}\n\n{menus}News > Society > Children's services\n\n"
        "Michael Gove orders review of Doncaster children's services\n\n"
        "Education secretary appoints LSE professor to examine whether council should lose "
        "control of troubled department\n\nPatrick Butler, social policy editor\n"
        "guardian.co.uk, Wednesday 12 June 2013 17.41 BST\n\n"
        "The education secretary, Michael Gove, has ordered an independent review.\n\n"
        "The council said it would co-operate.\n"
    )

    draft = ingest.read_article(text, name="saved.txt")

    assert draft.headline == "Michael Gove orders review of Doncaster children's services"
    assert draft.standfirst.startswith("Education secretary appoints LSE professor")
    assert draft.body.startswith("The education secretary, Michael Gove")
    assert [author.name for author in draft.authors] == ["Patrick Butler"]
    assert draft.published.at.isoformat() == "2013-06-12T17:41:00+01:00"


def test_yahoos_copy_is_dated_by_its_line_run_into_the_reading_time(db):
    text = (
        "Yahoo News\nHome\nUK\nWorld\n\n"
        "Ofsted chief warns children's trusts are 'no silver bullet'\nLucy Marsden\n"
        "Fri, 8 July 2016 at 4:12 pm BST·4-min read\n\nYorkshireLive\n\n"
        "Sir Michael Wilshaw told a conference that structural change would not be enough.\n\n"
        "He said leadership mattered most.\n"
    )

    draft = ingest.read_article(text, name="yahoo.txt")

    assert draft.headline == "Ofsted chief warns children's trusts are 'no silver bullet'"
    assert draft.published.at.isoformat() == "2016-07-08T16:12:00+01:00"
    assert [author.name for author in draft.authors] == ["Lucy Marsden"]


@pytest.mark.parametrize(
    "line",
    [
        "NEWS",
        "E-mail this to a friend | Printable version",
        "Listen to the latest news from South Yorkshire on BBC Sounds. Follow BBC Radio "
        "Sheffield on Facebook, Twitter and Instagram.",
        "Comments are moderated and may take time to appear.",
        "Get the latest news from the Free Press",
        "E-mail this to a friend Printable version",
    ],
)
def test_section_labels_and_broadcasters_promotions_are_furniture(line):
    assert ingest.is_furniture(line)


def test_a_byline_run_into_its_role_is_read_apart(db):
    text = (
        "Trust chief executive steps down\n\nByGeorge TorrLocal Democracy Reporter\n"
        "12:00, 4 March 2021\n\nThe trust's chief executive is to step down.\n\nHe leaves in May.\n"
    )

    draft = ingest.read_article(text, name="reach.txt")

    assert [(a.name, a.role) for a in draft.authors] == [
        ("George Torr", "Local Democracy Reporter")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "This article is over 9 years old",
        "MOST WATCHED NEWS VIDEOS",
        "Suggest a correction",
        "Also on HuffPost",
        "Terms and Privacy Policy",
        "Privacy dashboard",
        "Full coverage",
        "Sponsored: The 5 best-selling cars in Britain this spring",
        "Previous post: Foster carers celebrated at annual awards",
        "Next post: Trust signs up to Care Leaver Covenant",
        "Categories: Children and families, Mayor of Doncaster",
        "Posted In: Public Services and the Welfare State",
        "Media enquiries",
        "Recent posts",
        "Privacy | Cookies | Terms",
        "Read on cypnow.co.uk",
        "View reactions (9)",
    ],
)
def test_sites_small_print_and_post_navigation_are_furniture(line):
    assert ingest.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Privacy and the trust: who sees your file",
        "More information about the trust is available online.",
        "Next year the trust will take on 40 more social workers.",
    ],
)
def test_a_storys_lines_that_begin_like_small_print_are_no_furniture(line):
    assert not ingest.is_furniture(line)


def test_a_date_with_no_year_in_the_story_is_its_text_not_a_failure(db):
    text = (
        "On this day: Doncaster's children's services\n\nMonday 4 November 2024\n\n"
        "November 4\n\n2013: The Education Secretary told MPs a trust would take over.\n\n"
        "Join our online session on Thursday 28 May, 12.30pm\n\n"
        "2014: The trust's first chief executive was named.\n"
    )

    draft = ingest.read_article(text, name="onthisday.txt")

    assert draft.published.at.date().isoformat() == "2024-11-04"
    assert "November 4" in f"{draft.standfirst}\n\n{draft.body}\n\n{draft.captions}"


@pytest.mark.parametrize(
    ("header", "day"),
    [
        (
            "From: Doncaster Council <news@doncaster.gov.uk>\nSent: 09 June 2020 11:47\n"
            "To: newsdesk@dfp.co.uk\nSubject: PRESS RELEASE: Covid-19 adds £6.8m\n\n"
            "CAUTION: This email originated from outside of the organisation. Do not click "
            "links unless you recognise the sender.\n\nPRESS RELEASE\n"
            "For immediate release: Tuesday 9 June 2020",
            "2020-06-09",
        ),
        ("Posted on September 20, 2015 by donnysw", "2015-09-20"),
        ("Posted on 3 October 2016 by the Fostering Recruitment Team", "2016-10-03"),
        ("Date posted: 20 February 2017", "2017-02-20"),
        ("Date published: 1 September 2022", "2022-09-01"),  # doncaster.gov.uk's news
    ],
)
def test_e_mail_and_blog_dates_date_the_story(db, header, day):
    text = (
        f"{header}\n\nCovid-19 adds £6.8m to cost of children's services, Cabinet told\n\n"
        "The pandemic has added £6.8m to the cost of children's services in Doncaster.\n\n"
        "Cabinet was told on Tuesday.\n"
    )

    draft = ingest.read_article(text, name="release.txt")

    assert draft.headline == "Covid-19 adds £6.8m to cost of children's services, Cabinet told"
    assert draft.published.at.date().isoformat() == day


def test_an_e_mailed_story_opening_with_its_byline_is_headed_by_the_subject(db):
    text = (
        "From: Local Democracy Reporting Service <ldrs-copy@bbc.co.uk>\nSent: 14 July 2020 "
        "16:42\nTo: newsdesk@doncasterfreepress.co.uk\nSubject: LDRS COPY: Doncaster trust "
        "faces fresh scrutiny\n\n*** This copy is supplied under the Local News Partnerships "
        "agreement. Please credit the Local Democracy Reporting Service. ***\n\n"
        "By George Torr, Local Democracy Reporter\n\nDoncaster Children's Services Trust will "
        "face a visit from Ofsted.\n\nInspections were paused in March.\n"
    )

    draft = ingest.read_article(text, name="ldrs.txt")

    assert draft.headline == "Doncaster trust faces fresh scrutiny"
    assert [author.name for author in draft.authors] == ["George Torr"]
    assert draft.published.at.isoformat() == "2020-07-14T16:42:00+01:00"
    assert draft.body == "Inspections were paused in March."


def test_a_wire_services_slugged_copy_gives_its_labelled_headline_and_reporter(db):
    text = (
        "From: LDRS Yorkshire <ldrs.yorkshire@bbc.co.uk>\nSent: 09 June 2020 16:47\n"
        "To: newsdesk\nSubject: LDRS COPY: DONCASTER - Children's trust given extra £2.6m\n\n"
        "LOCAL DEMOCRACY REPORTING SERVICE\nCopy for use by LDRS partners only. Please credit "
        '"Local Democracy Reporting Service".\nEmbargo: none\n\nSLUG: DONCASTER TRUST COVID\n'
        "WORDS: 612\nREPORTER: George Torr\n\nHEADLINE: Children's trust given extra £2.6m "
        "after Covid pushes demand up\n\nDoncaster Children's Services Trust will receive an "
        "extra £2.6 million.\n\nThe money was signed off on Tuesday.\n"
    )

    draft = ingest.read_article(text, name="ldrs.txt")

    assert draft.headline == "Children's trust given extra £2.6m after Covid pushes demand up"
    assert [author.name for author in draft.authors] == ["George Torr"]
    assert draft.standfirst.startswith("Doncaster Children's Services Trust will receive")
    assert draft.body == "The money was signed off on Tuesday."


@pytest.mark.parametrize(
    "headline",
    [
        "RECORD NUMBER OF DONCASTER FAMILIES SIGN UP TO FOSTER",
        "Record number of Doncaster families sign up to foster",
    ],
)
def test_a_release_dated_over_its_headline_is_read(db, headline):
    text = (
        "FOR IMMEDIATE RELEASE\n13 May 2019\n\n"
        f"{headline}\n\nDoncaster Children's Services Trust has recruited a record 41 new "
        "fostering households.\n\nMore carers are needed.\n"
    )

    draft = ingest.read_article(text, name="release.txt")

    assert draft.headline == headline
    assert draft.published.at.date().isoformat() == "2019-05-13"
    assert draft.body == "More carers are needed."


def test_an_e_mails_sent_time_dates_a_story_that_gives_no_date(db):
    text = (
        "From: Foster for Doncaster <fostering@dcstrust.co.uk>\n"
        "Sent: 15 May 2020 11:02\nTo: Foster carers\nSubject: Thank you\n\n"
        "Thank you for keeping Doncaster's children safe during lockdown\n\n"
        "Our foster carers have done an amazing job this spring.\n\n"
        "Join our online session on Thursday 28 May, 12.30pm.\n"
    )

    draft = ingest.read_article(text, name="newsletter.txt")

    assert draft.headline == "Thank you for keeping Doncaster's children safe during lockdown"
    assert draft.published.at.isoformat() == "2020-05-15T11:02:00+01:00"


@pytest.mark.parametrize(
    "top",
    [
        "Notes from the Frontline\nSubscribe\nSign in\n",
        "Doncaster Free Press\nWeather: 14C Doncaster\n\nPosted in Politics",
        "Community Care\n\nPromoted by Doncaster Children's Services Trust",
        "BBC\nSign in\nHome\nNews\nSport\nWeather\niPlayer\nNEWS\nHome\nUK\nEngland\nRegions\n"
        "South Yorkshire\n14 June 2010 Last updated at 13:48",
    ],
)
def test_a_newsletters_controls_labels_and_old_bbc_dates_over_the_headline(db, top):
    text = (
        f"{top}\nEdlington case review 'should be published in full', says Gove\n"
        "The full serious case review into the Edlington attack should be made public, the "
        "Education Secretary has said.\n"
        "Two brothers were given indefinite sentences in January for the attack.\n"
        "Published 14 June 2010\n"
    )

    draft = ingest.read_article(text, name="top.txt")

    assert draft.headline == "Edlington case review 'should be published in full', says Gove"
    assert draft.published.at.date().isoformat() == "2010-06-14"


def test_the_bbcs_nations_in_its_menu_are_no_byline(db):
    text = (
        "BBC News - Doncaster children's services still 'inadequate'\n\nBBC\nHomepage\n"
        "News | Sport | Weather | iPlayer | TV | Radio\n\nBBC News\nUK\nEngland\nN. Ireland\n"
        "Scotland\nWales\n\n15 April 2011 Last updated at 12:17 GMT\n\n"
        "Doncaster children's services still 'inadequate'\n\nChildren in Doncaster are still "
        "not adequately protected, Ofsted has said.\n\nThe council said it was improving.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.headline == "Doncaster children's services still 'inadequate'"
    assert (draft.byline, draft.authors) == ("", [])
    assert draft.body == "The council said it was improving."


def test_a_gallerys_label_under_the_headline_is_a_caption_not_the_standfirst(db):
    text = (
        "Councillors back plan to bring children's services back in-house\n\n"
        "30 September 2021\n\n"
        "Gallery: Photos from Thursday's full council meeting at the Civic Office\n\n"
        "DONCASTER councillors have voted to take back control of children's social care.\n\n"
        "The vote was unanimous.\n"
    )

    draft = ingest.read_article(text, name="gallery.txt")

    assert draft.standfirst.startswith("DONCASTER councillors have voted")


def test_a_web_pages_headline_in_capitals_over_a_long_standfirst_is_the_headline(db):
    text = (
        "DoncasterLive\nSign in\nNews\nDoncaster News\nCrime\nPolitics\n\n"
        "CHILDREN'S TRUST FACES £4M GAP\n\n"
        'Bosses say demand for care places has "gone through the roof"\n\n'
        "ByGeorge TorrLocal Democracy Reporter\n06:00, 14 FEB 2019\n\n"
        "Doncaster's children's services trust is heading for a £4 million overspend.\n\n"
        "A report to the council's cabinet says costs have risen.\n"
    )

    draft = ingest.read_article(text, name="live.txt")

    assert draft.headline == "CHILDREN'S TRUST FACES £4M GAP"


def test_reachs_page_with_its_byline_under_its_section_and_a_glued_credit(db):
    text = (
        "NewsLocal News\nRos Jones re-elected as Mayor of Doncaster for a third term\n"
        "Labour's Ros Jones saw off a challenge from the Conservatives to win a third term\n"
        "Bookmark\nShare\nComments\nNewsGeorge TorrLocal Democracy Reporter\n"
        "17:34, 8 MAY 2021\nUpdated 18:02, 8 MAY 2021\n"
        "Ros Jones celebrates at the Doncaster count at the Dome(Image: LDRS)\n\n"
        "Labour's Ros Jones has been re-elected as Mayor of Doncaster.\n\n"
        "Mrs Jones won 40,519 first preference votes.\n"
    )

    draft = ingest.read_article(text, name="reach.txt")

    assert draft.headline == "Ros Jones re-elected as Mayor of Doncaster for a third term"
    assert draft.byline == "By George Torr, Local Democracy Reporter"
    assert draft.captions == [
        "Ros Jones celebrates at the Doncaster count at the Dome(Image: LDRS)"
    ]
    assert draft.body.startswith("Labour's Ros Jones has been re-elected")


def test_a_headline_over_its_authors_name_handle_and_date_under_the_menus(db):
    text = (
        "Schools Week\nSubscribe\nLog in\nNews\nOfsted\nAcademies\nExams\nJobs\nSearch\n"
        "Schools Week\nOfsted\nWilshaw: Doncaster pupils 'let down twice over'\n"
        "Freddie Whittaker\n@FCDWhittaker\nMar 1, 2016, 17:05\n"
        "Chief inspector singles out South Yorkshire town in speech on the north-south divide\n"
        "Sir Michael Wilshaw has accused leaders in Doncaster of letting pupils down.\n"
        "In a speech in Manchester today, the chief inspector named Doncaster.\n"
    )

    draft = ingest.read_article(text, name="schoolsweek.txt")

    assert draft.headline == "Wilshaw: Doncaster pupils 'let down twice over'"
    assert [author.name for author in draft.authors] == ["Freddie Whittaker"]


@pytest.mark.parametrize(
    "line",
    [
        "This email and any files transmitted with it are confidential and intended solely "
        "for the use of the individual to whom they are addressed.",
        "Please consider the environment before printing this e-mail.",
        "Children & Young People Now - Print Article",
        "[CYP Now logo]   Print this page | Close window",
        "Printed: 14/04/2016 10:22",
    ],
)
def test_e_mail_footers_and_printed_pages_controls_are_furniture(line):
    assert ingest.is_furniture(" ".join(line.split()))


def test_the_fts_reporter_where_the_story_was_written_is_the_byline(db):
    text = (
        "Doncaster children's trust faces £3m overspend as care costs soar\n"
        "Independent body set up to rescue failing services turns to consultants\n\n"
        "Andy Bounds in Doncaster\nPublished March 4 2019\n\n"
        "The trust is heading for a £3m overspend.\n\nIt has called in consultants.\n"
    )

    draft = ingest.read_article(text, name="ft.txt")

    assert [author.name for author in draft.authors] == ["Andy Bounds"]
    assert draft.body.startswith("The trust is heading")


def test_a_browsers_printed_header_over_the_page_gives_the_title_without_its_time(db):
    text = (
        "14/06/2024, 09:41          Doncaster children's services rated good after return to "
        "council - BBC News\n\nHome News Sport Weather iPlayer Sounds Bitesize\n\n"
        "England | Local News | Regions | Sheffield & South Yorkshire\n\n"
        "Doncaster children's services rated good after return to council\n\n13 June 2024\n\n"
        "Children's services in Doncaster have been rated good by Ofsted.\n\nIt is the first.\n"
    )

    draft = ingest.read_article(text, name="print.txt")

    assert draft.headline == "Doncaster children's services rated good after return to council"
    assert draft.standfirst.startswith("Children's services in Doncaster")


@pytest.mark.parametrize(
    "line",
    [
        "View in browser | Add us to your safe senders list",
        "Having trouble reading this email? View in browser",
        "Can't see this email properly? View in browser",
        "View this bulletin online | Forward to a colleague",
        "Hi there — can't see the images? Open this email in your browser",
        "Flag as irrelevant",
        "Next article",
        "Sort by: Newest | Oldest | Most popular | Doncaster_dad | Reply | Report",
    ],
)
def test_newsletters_top_lines_and_comment_controls_are_furniture(line):
    assert ingest.is_furniture(line)


def test_a_newsletters_issue_date_is_no_sign_up_prompt():
    assert not ingest.is_furniture("Members' Newsletter — October 2018")
    assert ingest.is_furniture("Sign up to our newsletter")


def test_an_old_bbc_pages_update_time_in_the_uk_dates_it(db):
    text = (
        "Ministers take over Doncaster child services\n\n"
        "Page last updated at 15:47 GMT, Tuesday, 16 June 2009 16:47 UK\n\n"
        "Ministers have taken direct control of Doncaster's troubled children's services.\n\n"
        "The council was told on Tuesday.\n"
    )

    draft = ingest.read_article(text, name="bbc2009.txt")

    assert draft.published.at.date().isoformat() == "2009-06-16"


@pytest.mark.parametrize(
    ("top", "day"),
    [
        ("NOVEMBER 28, 2012 / 2:41 PM / UPDATED 11 YEARS AGO", "2012-11-28 14:41"),
        ("January 14, 2016 12:05 AM GMTUpdated 8 years ago", "2016-01-14 00:05"),
    ],
)
def test_reuterss_dates_with_the_age_of_their_update_date_the_story(db, top, day):
    text = (
        "English town's child protection inadequate, watchdog says\n\n"
        f"{top}\n\nBy Mark Holloway\n\n"
        "DONCASTER, England (Reuters) - Child protection services in Doncaster remain "
        "inadequate, the watchdog said on Wednesday.\n\n"
        "Ofsted said it had found serious weaknesses in the way the council protected children.\n"
    )

    draft = ingest.read_article(text, name="reuters.txt")

    assert ingest.format_moment(draft.published) == day
    assert top not in draft.standfirst
    assert draft.standfirst.startswith("DONCASTER, England")


@pytest.mark.parametrize(
    "top",
    [
        "BBC News - England\nDoncaster children's services rated 'good' by Ofsted\nBBC News / 3h\n",
        "Yorkshire Post - Politics\nDoncaster children's services rated 'good' by Ofsted\n"
        "Visit website\n",
        # Pocket: the headline, its site's address and the link to the page.
        "Doncaster children's services rated 'good' by Ofsted\nyorkshirepost.co.uk\n"
        "View Original\n",
        # Inoreader: its name, the feed's path and the item's controls over the headline,
        # the agency and reading time beside the date under it.
        "Inoreader\nAll articles  >  UK News (PA)  >  Court\n"
        "Mark as read   Star   Share   Open in new tab\n\n"
        "Doncaster children's services rated 'good' by Ofsted\n"
        "PA Media · Tue, 7 Mar 2023 11:48 · ~4 min read\n",
    ],
)
def test_feed_readers_and_read_later_apps_lines_around_the_headline(db, top):
    text = (
        f"{top}\n"
        "Children's services in Doncaster have been rated good by Ofsted for the first time.\n\n"
        "The trust, which took over from the council in 2014, was praised by inspectors.\n"
    )

    draft = ingest.read_article(text, name="feed.txt")

    assert draft.headline == "Doncaster children's services rated 'good' by Ofsted"
    assert draft.standfirst.startswith("Children's services in Doncaster")
    assert draft.captions == []


@pytest.mark.parametrize(
    "line",
    [
        "Shared via Google News",
        "Read later · Like · Share · Archive",
        "Add to board · Share · Mark as read",
        "Created: October 1, 2014 4:15 PM",
        "Location 1-34 of 34",
        "Doncaster Free Press > News > Politics",
        "Duration: 38:14",
        "Opinions expressed are those of the author.",
        "The views expressed in this article are the author's own.",
        "Doncaster Free Press, Sheffield Star and National World are part of National World "
        "Publishing Ltd.",
        "Hallam FM is part of Global, The Media & Entertainment Group.",
        # Appeals for support, sites' pitches and the BBC's notices.
        "At a time when local journalism is under threat, we need your support. A digital "
        "subscription gives you unlimited access to our website. Click here to subscribe today.",
        "Support your local paper, Doncaster Free Press, and stay safe.",
        "Your Doncaster Free Press – Supporting Local Journalism",
        "Our mission is to deliver unbiased, fact-based reporting that holds power to account.",
        "Become a digital member for unlimited access to CYP Now's news, expert analysis and "
        "practice content.",
        "To continue reading this article...",
        "Inform Children subscribers can read our guide to preparing for an ILACS inspection.",
        "Media playback is unsupported on your device",
        "Share this story About sharing",
        "You can see more on this story on BBC Look North (Yorkshire) at 18:30 GMT on BBC One "
        "and afterwards on the BBC iPlayer.",
        "This article contains content provided by Twitter. We ask for your permission before "
        "anything is loaded, as they may be using cookies and other technologies.",
        "Search for:",
        # Paywalls, pitches and a tabloid's small print.
        "Get The MJ delivered every week. Subscribe today.",
        "Get unlimited digital access to The Times and The Sunday Times",
        "Try 1 month for £1",
        "This article is available to LGC subscribers. Subscribe for unlimited access to the "
        "latest news, analysis and expert opinion from LGC.",
        "We pay for your stories! Do you have a story for The Sun Online news team? Email us "
        "at tips@the-sun.co.uk or call 0207 782 4368. We pay for videos too.",
        "© News Group Newspapers Limited in England No. 679215 Registered office: 1 London "
        'Bridge Street, London, SE1 9GF. "The Sun", "Sun", "Sun Online" are registered '
        "trademarks or trade names of News Group Newspapers Limited.",
        "close",
        "Available for 29 days",
    ],
)
def test_apps_controls_and_a_papers_breadcrumb_are_furniture(line):
    assert ingest.is_furniture(line)


def test_a_clipped_pages_pictures_captions_and_block_quotes(db):
    text = (
        "# Doncaster children's services to be run by independent trust\n\n"
        "![Doncaster Civic Office](https://example.com/civic.jpg)\n\n"
        "*Doncaster Council has been under government intervention since 2009*\n\n"
        "Children's services in Doncaster are to be handed to an independent trust.\n\n"
        "![Social workers at the trust](https://example.com/staff.jpg)\n\n"
        "Social workers at the trust.\n\n"
        "Mark Douglas says the turnaround began with getting the basics right.\n\n"
        '> "You cannot build good practice on a workforce that is constantly churning. '
        'Everything else followed from that." – Mark Douglas\n\n'
        "The trust cut agency staff by more than half.\n"
    )

    draft = ingest.read_article(text, name="clip.md")

    assert draft.standfirst.startswith("Children's services in Doncaster")
    assert draft.captions == [
        "Doncaster Civic Office",
        "Doncaster Council has been under government intervention since 2009",
        "Social workers at the trust",
    ]
    assert "Social workers at the trust." not in draft.body
    assert 'followed from that." – Mark Douglas\n\nThe trust cut' in draft.body


def test_a_pull_quote_that_names_its_speaker_is_no_paragraph(db):
    text = (
        "Trust chief: we got the basics right\n\n"
        'Mark Douglas said: "You cannot build good practice on a workforce that is constantly '
        "churning. So the first thing we did was stabilise the workforce, and everything else "
        'we have done since followed from that, one team at a time," and staff stayed.\n\n'
        '"You cannot build good practice on a workforce that is constantly churning. So the '
        "first thing we did was stabilise the workforce, and everything else we have done "
        'since followed from that, one team at a time." – Mark Douglas\n\n'
        "The trust cut agency staff by more than half.\n"
    )

    draft = ingest.read_article(text, name="pull.txt")

    assert "– Mark Douglas" not in draft.body
    assert draft.body.endswith("The trust cut agency staff by more than half.")


def test_a_headline_with_its_byline_under_it_beats_a_caption_over_the_standfirst(db):
    text = (
        "Doncaster Free Press\nNews | Sport | What's On | Politics | Jobs | Property\nPolitics\n"
        "Election 2013: Labour's Ros Jones ends English Democrat reign as Doncaster mayor\n"
        "By Darren Burke\nSaturday, 4 May 2013, 10:15\n"
        "Ros Jones celebrates at the Doncaster Dome count on Friday night\n"
        "LABOUR'S Ros Jones has been elected mayor of Doncaster, ending four years of English "
        "Democrat rule.\n"
        "The former council finance officer beat the incumbent by more than 25,000 votes.\n"
    )

    draft = ingest.read_article(text, name="mayor.txt")

    assert draft.headline.startswith("Election 2013: Labour's Ros Jones ends")
    assert draft.byline == "By Darren Burke"


def test_a_text_copys_bracketed_picture_is_a_caption_not_the_headline(db):
    text = (
        "Skip to main content\nChildren & Young People Now\nSubscribe | Log in | Jobs | Events\n"
        "News  Analysis  Opinion  Features  Practice  Jobs\n"
        "Home > Features > Five minutes with...\n\n"
        "Five minutes with... Paul Moffat, chief executive, Doncaster Children's Services "
        "Trust\n\n"
        "The head of England's first independent children's services trust on his first weeks\n\n"
        "By Neil Puffett\nTuesday, 14 October 2014\n\nShare: Facebook Twitter LinkedIn Email\n\n"
        "[Image: Paul Moffat took charge of the trust on 1 October. Picture: DCST]\n\n"
        "Two weeks ago, Doncaster Children's Services Trust formally took over child protection "
        "in the borough.\n"
    )

    draft = ingest.read_article(text, name="five.txt")

    assert draft.headline.startswith("Five minutes with... Paul Moffat")
    assert draft.captions == ["Paul Moffat took charge of the trust on 1 October. Picture: DCST"]
    assert draft.body.startswith("Two weeks ago")


def test_a_caption_in_brackets_among_the_paragraphs_is_a_caption(db):
    text = (
        "Bradford trust chief on the long road ahead\n\nThe trust's chair spoke.\n\n"
        "He said it would take years.\n\n"
        "(Photo caption: Bradford City Hall. The council will own the new trust.)\n\n"
        "The trust is expected to take over in April.\n"
    )

    draft = ingest.read_article(text, name="bracketed.txt")

    assert draft.captions == ["Bradford City Hall. The council will own the new trust."]
    assert (
        draft.body == "He said it would take years.\n\nThe trust is expected to take over in April."
    )


def test_a_sites_tagline_over_the_headline_is_furniture(db):
    text = (
        "Doncaster Liberal Democrats\nNews from Doncaster Liberal Democrats\n"
        'Lib Dems: "Children cannot wait for another Ofsted report"\n'
        "November 22, 2012 4:12 PM\nBy Cllr Patrick Wilson\n"
        "Doncaster Liberal Democrats have called for an urgent cross-party summit on "
        "children's safeguarding.\n"
        "The watchdog's report found too many children remain at risk.\n"
    )

    draft = ingest.read_article(text, name="libdem.txt")

    assert draft.headline == 'Lib Dems: "Children cannot wait for another Ofsted report"'
    assert draft.standfirst.startswith("Doncaster Liberal Democrats have called")


def test_a_paragraph_ending_in_of_is_not_run_on_into_the_topics_under_it(db):
    text = (
        "Gove rides the Doncaster tiger\n\nMon 14 Oct 2013 18.32 BST\n\n"
        "Michael Gove was all smiles at education questions.\n"
        "And with that, Doncaster went back to being a place Tory MPs had heard of.\n"
        "Topics\nMichael Gove\nPolitics sketch\n"
    )

    draft = ingest.read_article(text, name="sketch.txt")

    assert draft.body.endswith("a place Tory MPs had heard of.")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Transmission: Tuesday 20th November 2012", "2012-11-20"),
        ("Released: 12 October 2023", "2023-10-12"),
        ("Received: 24/11/2015 00:01", "2015-11-24 00:01"),
        ("First broadcast: 3 March 2014", "2014-03-03"),
        ("First shown: Mon 13 Jul 2015, 18:30", "2015-07-13 18:30"),  # iPlayer's
        ("First shown: 9pm 19 Jul 2016", "2016-07-19"),
        ("Episode 42 · 14 March 2016", "2016-03-14"),  # a podcast's page
        ("Season 3, Episode 12 · 9 October 2024", "2024-10-09"),
        ("1,104 views • Published on 7 Jul 2016", "2016-07-07"),  # a video's
        ("Report published: 14 June 2013", "2013-06-14"),  # Ofsted's
        ("Posted by Darren Fielding | Oct 18, 2019 | News | 0 comments", "2019-10-18"),
        ("PA 27/11/2015 12:01", "2015-11-27 12:01"),  # the Press Association's header
        # TheyWorkForYou's written answers
        (
            "Department for Education written question – answered on 14th November 2016.",
            "2016-11-14",
        ),
        # Other countries' papers, in their own zones: 6.10am in Adelaide is 9.10pm in London.
        ("Published: April 21, 2015 6.10am AEST", "2015-04-20 21:10"),
        ("Published: 5 March 2019 at 9:05am NZDT", "2019-03-04 20:05"),
        # A wiki's footer, in UTC; a reference work's; a council's and a committee's papers.
        ("This page was last edited on 4 July 2020, at 22:13 (UTC).", "2020-07-04 23:13"),
        ("This page was last modified on 3 February 2023, at 08:57.", "2023-02-03 08:57"),
        ("Published online: 01 December 2023", "2023-12-01"),
        ("DATE OF DECISION: 9 November 2016", "2016-11-09"),
        ("Date of Declaration: 4 May 2012", "2012-05-04"),
        ("Tabled 23 January 2018", "2018-01-23"),  # an early day motion
        ("DATED 1 October 2014", "2014-10-01"),  # a contract
        # Journals' records.
        ("Article publication date: 4 August 2020", "2020-08-04"),
        ("Advance Access Publication December 2, 2016", "2016-12-02"),
        (
            "Pages 401-422 | Received 12 Jun 2015, Accepted 11 Jan 2016, Published online: "
            "14 Mar 2016",
            "2016-03-14",
        ),
        # An inspection report's only date: the inspectors' last day.
        ("Inspection dates: 20 to 31 March 2023", "2023-03-31"),
        ("Inspection dates: 13 May 2019 to 24 May 2019", "2019-05-24"),
        ("Published on 26 July 2016 by authority of the House of Commons", "2016-07-26"),
        # Councils' minutes and their web pages of a meeting's item.
        (
            "Minutes of the meeting held via Microsoft Teams / Council Chamber (hybrid)\n"
            "on Monday, 20 September 2021 at 2.00 pm",
            "2021-09-20 14:00",
        ),
        (
            "Minutes of a meeting of the Cabinet held in Room 007a, Civic Office, Doncaster "
            "on Wednesday, 9th July, 2014, at 10.00 am.",
            "2014-07-09 10:00",
        ),
        ("Meeting: Wednesday, 8th November, 2023 10.00 am (Item 54.)", "2023-11-08 10:00"),
        # Programmes' and recordings' labels, and a slot's start.
        ("Air date: Thursday 25 July 2013", "2013-07-25"),
        ("Transmission date: Wednesday 1 October 2014", "2014-10-01"),
        ("Air date: Thursday 1 September 2022, 10:00-13:00", "2022-09-01 10:00"),
        ("BBC One, Sunday 2 February 2014, 11.35-12.00", "2014-02-02 11:35"),
        ("Streamed/uploaded: 23 Nov 2018", "2018-11-23"),
        ("Recorded: 12 March 2017", "2017-03-12"),
        # A cutting's folio with its page in capitals; a page's review date, all it gives.
        ("DONCASTER STAR, FRIDAY, MARCH 7, 2014      PAGE 14", "2014-03-07"),
        ("Last reviewed: 12 January 2022", "2022-01-12"),
        # Newsletters' issues.
        ("Issue 212 — 3 March 2015", "2015-03-03"),
        ("Members' Newsletter — October 2018", "2018-10"),
    ],
)
def test_programmes_podcasts_and_wires_labelled_dates_date_the_story(db, line, day):
    text = (
        "Failing the children\n\n"
        f"{line}\nDuration: 38:14\nAvailable for 29 days\n\n"
        "Inspectors have found serious failings in Doncaster's children's services again.\n\n"
        "The council said it accepted the findings.\n"
    )

    draft = ingest.read_article(text, name="programme.txt")

    assert ingest.format_moment(draft.published) == day
    assert draft.standfirst.startswith("Inspectors have found")


@pytest.mark.parametrize(
    "embargo",
    [
        "EMBARGOED UNTIL 00:01 GMT THURSDAY 5 NOVEMBER 2015",
        "Embargoed until 00:01, 5 November 2015",
        "EMBARGO: Not for publication before 00.01 Thursday 5 November 2015",
        "EMBARGOED UNTIL 00:01 HRS THURSDAY 5 NOVEMBER 2015",  # the Cabinet Office's
    ],
)
@pytest.mark.parametrize("over", [True, False])
def test_a_releases_embargo_dates_it_over_or_under_the_headline(db, embargo, over):
    headline = "Independent evaluation finds Doncaster trust on the right track"
    top = f"{embargo}\n\n{headline}" if over else f"{headline}\n\n{embargo}"
    text = (
        f"{top}\n\nDONCASTER, England, 5 November 2015 /PRNewswire/ -- An independent "
        "evaluation has found the trust on the right track.\n\nThe trust welcomed it.\n"
    )

    draft = ingest.read_article(text, name="release.txt")

    assert draft.headline == headline
    assert ingest.format_moment(draft.published) == "2015-11-05 00:01"
    assert draft.standfirst == "An independent evaluation has found the trust on the right track."


def test_an_inspection_reports_publication_date_comes_before_its_inspection_dates(db):
    text = (
        "Inspection of local authority arrangements for the protection of children\n\n"
        "Doncaster\n\nInspection dates: 30 July – 10 August 2012\nLead inspector: Graham "
        "Tanner HMI\nAge group: All\nPublished: 21 September 2012\n\n1. Inspectors found "
        "that the council had made progress.\n\n2. More remains to be done.\n"
    )

    draft = ingest.read_article(text, name="ofsted.txt")

    assert ingest.format_moment(draft.published) == "2012-09-21"


@pytest.mark.parametrize(
    "line",
    [
        "Published on 14 March 2016 at 11:05 - Updated on 14 March 2016 at 15:22",
        "Published on 14/03/2016 at 11:05, Updated on 14/03/2016 at 15:22",
    ],
)
def test_a_publication_and_update_time_on_one_line_both_count(db, line):
    text = f"Trust praised\n\n{line}\n\nThe council met today.\n\nIt agreed.\n"

    draft = ingest.read_article(text, name="lemonde.txt")

    assert ingest.format_moment(draft.published) == "2016-03-14 11:05"
    assert draft.updated_at == datetime(2016, 3, 14, 15, 22, tzinfo=UTC)


def test_an_old_pages_byline_and_its_note_of_publication_are_read(db):
    text = (
        "Doncaster services still failing\n\n9 November 2010\n\nArticle by Ruth Salter\n\n"
        "Inspectors found Doncaster's services still failing.\n\nThe council agreed.\n\n"
        "This article was first published on guardian.co.uk at 19.12 BST on Wednesday 22 "
        "April 2009. It was last updated at 19.40 BST on Wednesday 22 April 2009.\n"
    )

    draft = ingest.read_article(text, name="old.txt")

    assert [author.name for author in draft.authors] == ["Ruth Salter"]
    assert draft.body == "The council agreed."
    assert draft.removed[-1].startswith("This article was first published on guardian.co.uk")


def test_a_comment_count_of_none_among_a_pages_tools_leaves_the_story_whole(db):
    text = (
        "Trust chief praises staff\n\n10 July 2015\n\nThe trust has halved staff turnover."
        "\n\nReaders' comments (0)\n\nIts chief executive, Paul Moffat, told the session so."
        "\n\nA DfE spokesman said the department welcomed it.\n"
    )

    draft = ingest.read_article(text, name="lgc.txt")

    assert draft.body.split("\n\n") == [
        "Its chief executive, Paul Moffat, told the session so.",
        "A DfE spokesman said the department welcomed it.",
    ]


def test_a_newswires_dateline_opening_the_release_dates_it(db):
    text = (
        "Trust launches in Doncaster\n\nLONDON, December 10, 2014 /CNW via Cision/ -- The "
        "trust has launched.\n\nIt is the first.\n"
    )

    draft = ingest.read_article(text, name="release.txt")

    assert ingest.format_moment(draft.published) == "2014-12-10"
    assert draft.standfirst == "The trust has launched."


def test_a_wires_header_over_the_headline_dates_the_story(db):
    text = (
        "PA 27/11/2015 12:01\n\n"
        "Doncaster children's trust told it still requires improvement\n\n"
        "By Josie Clarke, Press Association\n\n"
        "Doncaster Children's Services Trust has been told it requires improvement.\n\n"
        "The trust said staff had worked hard.\n\nENDS\n"
    )

    draft = ingest.read_article(text, name="wire.txt")

    assert ingest.format_moment(draft.published) == "2015-11-27 12:01"
    assert draft.headline == "Doncaster children's trust told it still requires improvement"
    assert draft.byline == "By Josie Clarke, Press Association"


def test_an_agencys_dateline_opening_the_story_dates_it(db):
    text = (
        "AFP\nENGLISH SERVICE\nGBR/EDUCATION/INSPECTION\n"
        "UPDATE 2 - Britain names headteacher as schools inspector\n\n"
        "LONDON, Oct 13, 2011 (AFP) - Britain on Thursday named Michael Wilshaw as the new "
        "head of Ofsted.\n\nWilshaw, 65, will take up the post in January.\n"
    )

    draft = ingest.read_article(text, name="afp.txt")

    assert ingest.format_moment(draft.published) == "2011-10-13"
    assert draft.headline == "Britain names headteacher as schools inspector"
    assert (
        draft.standfirst == "Britain on Thursday named Michael Wilshaw as the new head of Ofsted."
    )


@pytest.mark.parametrize("stamp", ["1530 Tue 19 Nov 2013", "TT: 1530 Tue 19 Nov 2013"])
def test_a_wire_storys_time_stamp_under_its_end_dates_it(db, stamp):
    # PA's tags and slug over the headline, what the new version changed under it, and
    # the time it was sent under "ENDS".
    text = (
        "PA NEWS\nNEWSFLASH\nEDUCATION Ofsted Doncaster (1245)\n\n"
        "Doncaster children's services rated inadequate again\n\n"
        "EDUCATION Ofsted Doncaster WRITETHRU (1530)\nNEW LEAD\n"
        "Corrects name of trust in para 4 (the trust not the council). Also corrects age of "
        "Mr Rogers in para 11.\n\n"
        "By Sian Harrison, PA Education Correspondent\n\n"
        "Children in Doncaster are still being left at risk of harm, the watchdog warned.\n\n"
        "The council said it accepted the findings in full.\n\n"
        f"More to follow\n\nENDS\n{stamp}\n(C) Press Association 2013\n"
    )

    draft = ingest.read_article(text, name="pa.txt")

    assert ingest.format_moment(draft.published) == "2013-11-19 15:30"
    assert draft.headline == "Doncaster children's services rated inadequate again"
    assert draft.body == "The council said it accepted the findings in full."
    assert draft.captions == []


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # American papers' zones: the Washington Post's, CBC's (New York's time that day).
        ("December 14, 2015 at 6:42 p.m. EST", "2015-12-14 23:42"),
        ("Posted: Mar 12, 2018 4:00 AM ET", "2018-03-12 08:00"),
        ("Posted: July 12, 2018 4:00 AM ET", "2018-07-12 09:00"),
        # Press cuttings' headers: the paper and the date set apart by spaces, the page
        # before the date, a labelled issue date, a form's dot leaders.
        ("THE GUARDIAN                                22/01/2010", "2010-01-22"),
        ("Doncaster Free Press          16/11/2017", "2017-11-16"),
        ("8  MONDAY, JULY 14, 2014                    YORKSHIRE POST", "2014-07-14"),
        ("Issue date:   11/12/2014", "2014-12-11"),
        (" Date ................ 10/07/2015", "2015-07-10"),
    ],
)
def test_foreign_papers_and_cuttings_services_dates_date_the_story(db, line, day):
    text = (
        f"{line}\n\nCouncils face losing control of child protection\n\n"
        "More councils could be stripped of their children's services, ministers said.\n\n"
        "The council said it accepted the findings.\n"
    )

    draft = ingest.read_article(text, name="cutting.txt")

    assert draft.headline == "Councils face losing control of child protection"
    assert ingest.format_moment(draft.published) == day


def test_a_cuttings_services_form_over_the_story_is_no_headline_nor_copy(db):
    text = (
        "Source: The Guardian\nDate: 22/01/2010\nPage: 7\nArticle size: 611 cm2\n"
        "Circulation: 302,285\nAVE: £8,412.00\nSentiment: Negative\n"
        "Mentions: Ofsted; Doncaster Council\n\n"
        "Cameron demands full publication of Edlington case review\n\n"
        "David Cameron last night called for the full serious case review to be published.\n\n"
        "The council said it accepted the findings.\n"
    )

    draft = ingest.read_article(text, name="cutting.txt")

    assert draft.headline == "Cameron demands full publication of Edlington case review"
    assert draft.standfirst.startswith("David Cameron last night")
    assert "Mentions: Ofsted; Doncaster Council" in draft.removed


def test_a_tabloids_captions_labelled_in_capitals_are_captions(db):
    text = (
        "GOVE'S HIT SQUAD FOR TOWN HALL\n\nBy TOM NEWTON DUNN, Political Editor\n"
        "Published: 00:01, 6 Sep 2013\n\n"
        "BLASTED: Doncaster's Civic Office\nROW: Michael Gove yesterday, and Ros Jones, inset\n\n"
        "MICHAEL Gove will today rip control of child protection away from a town hall.\n\n"
        "SHOCK: The council has failed three inspections.\n\n"
        "HIT OUT: Sir Michael Wilshaw\n\nMs Jones said she was disappointed.\n\n"
        "KNIGHTS: DOUGLAS SIGNS NEW DEAL\n\nThe lock has signed for a year.\n"
    )

    draft = ingest.read_article(text, name="sun.txt")

    assert draft.captions == [
        "BLASTED: Doncaster's Civic Office",
        "ROW: Michael Gove yesterday, and Ros Jones, inset",
        "HIT OUT: Sir Michael Wilshaw",
    ]
    # A sentence after a word in capitals is the story's.
    assert draft.body == (
        "SHOCK: The council has failed three inspections.\n\nMs Jones said she was disappointed."
        "\n\nKNIGHTS: DOUGLAS SIGNS NEW DEAL\n\nThe lock has signed for a year."
    )
    assert ingest.format_moment(draft.published) == "2013-09-06 00:01"


@pytest.mark.parametrize(
    ("top", "day"),
    [
        (
            "British Newspaper Archive\nPublication: Yorkshire Post\n"
            "Date: Wednesday 11 March 2009\nPage: 7\nWords: 538\nCopyright: © Johnston "
            "Publishing Ltd. Image created courtesy of THE BRITISH LIBRARY BOARD.\n\n"
            "Article text (OCR):\nThis text was automatically generated and may contain errors",
            "2009-03-11",
        ),
        (
            "The British Newspaper Archive\nSheffield Star - Thursday 31 October 2013\n"
            "Page 4 | Words: 611",
            "2013-10-31",
        ),
        (
            "Gale Primary Sources - The Times Digital Archive\n"
            "The Times (London, England), Tuesday, June 15, 2010; pg. 11; Issue 69970.\n\n"
            "Full Text:",
            "2010-06-15",
        ),
        (
            "UKPressOnline - Digital Newspaper Archive\nArticle ID: YP20141001-009-03\n"
            "www.doncasterfreepress.co.uk      DONCASTER FREE PRESS      Thursday, August 18, "
            "2011      7",
            "2011-08-18",
        ),
    ],
)
def test_newspaper_archives_headers_date_the_story_and_are_no_part_of_it(db, top, day):
    text = (
        f"{top}\n\nMinisters send in experts as Doncaster fails its children again\n\n"
        "A TEAM of troubleshooters is to be sent into Doncaster after the latest report.\n\n"
        "The council said it accepted the findings.\n\n"
        "Document URL: https://www.proquest.com/newspapers/1234\n"
        "ProQuest document ID: 1543812276\n"
    )

    draft = ingest.read_article(text, name="archive.txt")

    assert draft.headline == "Ministers send in experts as Doncaster fails its children again"
    assert ingest.format_moment(draft.published) == day
    assert draft.standfirst.startswith("A TEAM of troubleshooters")
    assert draft.body == "The council said it accepted the findings."


@pytest.mark.parametrize(
    "line",
    [
        "This article was first published in the Yorkshire Post on 20 June 2016.",
        "Butler, Patrick. The Guardian; London (UK) [London (UK)]. 20 Jun 2016: 14.",
    ],
)
def test_a_note_of_where_a_copy_was_first_published_dates_it(db, line):
    text = (
        "Trust chief to step down\n\nPaul Moffat is to leave the trust, it was announced.\n\n"
        f"He joined in 2014.\n\n{line}\n"
    )

    draft = ingest.read_article(text, name="copy.txt")

    assert ingest.format_moment(draft.published) == "2016-06-20"
    assert draft.body == "He joined in 2014."


def test_broadcasters_players_and_promotions_and_a_blogs_filing_line_are_furniture(db):
    text = (
        "Trust takes over children's services\n\n"
        "To play this video you need to enable JavaScript in your browser.\n\n"
        "England's first independent children's services trust has taken control.\n\n"
        "Watch: Paul Moffat on the trust's first day\nVideo duration 0:58\n\n"
        "The trust employs 600 staff.\n\n"
        "Watch Look North on BBC One at 18:30 BST or catch up on BBC iPlayer.\n\n"
        "This entry was posted in News and tagged Doncaster, Ofsted. Bookmark the permalink.\n"
        "\n1 October 2014\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.standfirst.startswith("England's first independent")
    assert draft.body == "The trust employs 600 staff."


def test_a_sites_name_with_its_article_over_the_headline_is_no_headline(db):
    text = (
        "The Sheffield Tribune\n\n"
        "The trust that came home: what Doncaster's U-turn tells us\n\n"
        "Nine years after England's first children's trust was created, it has been folded "
        "back into the council. We went to find out why\n\n"
        "Thursday 9 March 2023\nBy Daniel Timms\n\n"
        "The trust was set up in 2014.\n\nIt closed in 2023.\n"
    )

    draft = ingest.read_article(text, name="tribune.txt")

    assert draft.headline == "The trust that came home: what Doncaster's U-turn tells us"
    assert draft.standfirst.startswith("Nine years after")
    assert "The Sheffield Tribune" in draft.removed


def test_an_update_time_over_the_story_dates_it_before_related_stories_dates_under_it(db):
    # The BBC's pages of 2010 gave only the last update's time.
    text = (
        "BBC NEWS | UK | England | South Yorkshire\n\n"
        "Page last updated at 17:06 GMT, Friday, 22 January 2010\n\n"
        "Edlington attack brothers locked up indefinitely\n\n"
        "Two brothers who tortured two boys in Edlington have been locked up.\n\n"
        "A serious case review found that agencies had missed 31 chances.\n\n"
        "RELATED TO THIS STORY\nBoys admit Edlington torture attack\n"
        "03 Sep 09 | South Yorkshire\nBalls orders Doncaster shake-up\n16 Mar 09 | South "
        "Yorkshire\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert ingest.format_moment(draft.published) == "2010-01-22 17:06"


@pytest.mark.parametrize(
    ("line", "headline", "day"),
    [
        ("Article posted: 09 December 2009 14:21", "Trust still failing", "2009-12-09 14:21"),
        ("9 December 2009", "CORRECTED: Trust still failing", "2009-12-09"),
    ],
)
def test_a_posted_label_and_a_corrected_label_are_read(db, line, headline, day):
    text = f"{headline}\n\n{line}\n\nThe trust is still failing.\n\nIt said so.\n"

    draft = ingest.read_article(text, name="cc.txt")

    assert draft.headline == "Trust still failing"
    assert ingest.format_moment(draft.published) == day


def test_an_events_days_over_the_story_do_not_date_it(db):
    text = (
        "Conference report: We cannot go on like this\n\n"
        "LGA Annual Conference and Exhibition 2014\n"
        "Tuesday 8 – Thursday 10 July 2014, Bournemouth International Centre\n\n"
        "Posted: 14 July 2014\n\nMore than 1,500 councillors gathered.\n\nThey spoke.\n"
    )

    draft = ingest.read_article(text, name="first.txt")

    assert ingest.format_moment(draft.published) == "2014-07-14"
    with pytest.raises(ValueError, match="event"):
        ingest.parse_date("Tuesday 8 – Thursday 10 July 2014")


@pytest.mark.parametrize(
    "line",
    [
        "Showing 1-4 of 27 results | Sort by: Most recent",
        "This email was sent to all staff. Please do not reply to this address.",
        "• Follow the Long Read on Twitter at @gdnlongread, or sign up to the long read "
        "weekly email here.",
        "Support The Yorkshire Post by subscribing. Click here.",
        "Copyright (c) Press Association Ltd 2025, All Rights Reserved.",
    ],
)
def test_job_sites_e_mails_and_papers_lines_under_a_story_are_furniture(db, line):
    text = (
        "Trust hires 50 social workers\n\n3 March 2016\n\nThe trust is hiring.\n\n"
        f"It said so.\n\n{line}\n"
    )

    draft = ingest.read_article(text, name="jobs.txt")

    assert draft.body == "It said so."
    assert line in draft.removed


def test_a_time_before_the_day_is_no_year(db):
    assert ingest.format_moment(ingest.parse_date("0958 Tue 6 Oct 2015")) == "2015-10-06 09:58"


@pytest.mark.parametrize(
    ("top", "dateline", "day"),
    [
        # The Telegraph's pages of 2010-2012: the day's date over the menus.
        ("Saturday 23 January 2010", "Published: 9:45PM GMT 22 Jan 2010", "2010-01-22 21:45"),
        ("Wednesday 28 March 2012", "7:30PM BST 28 Mar 2012", "2012-03-28 19:30"),
        ("Tuesday 21 November 2023", "Published 21 November 2023, 06:30 GMT", "2023-11-21 06:30"),
        ("Telegraph.co.uk", "Published Date: 11 June 2009", "2009-06-11"),
    ],
)
def test_the_storys_own_date_beats_the_pages_date_over_the_menus(db, top, dateline, day):
    text = (
        "Edlington torture case: Ed Balls refuses to publish full report - Telegraph\n"
        f"Skip to navigation\nTelegraph.co.uk\n{top}\nHome\nNews\nSport\nFinance\n"
        "Home»News»Politics\n\n"
        "Edlington torture case: Ed Balls refuses to publish full report\n\n"
        "Ed Balls has refused to publish the full report into the Edlington case.\n\n"
        f"By Andrew Porter, Political Editor\n\n{dateline}\n\n"
        "Mr Cameron said the 14-page summary of the serious case review was not good enough.\n"
    )

    draft = ingest.read_article(text, name="telegraph.txt")

    assert draft.headline == "Edlington torture case: Ed Balls refuses to publish full report"
    assert ingest.format_moment(draft.published) == day


def test_the_bbcs_2009_page_title_names_the_headline_under_its_menus(db):
    text = (
        "BBC NEWS | England | South Yorkshire | Inquiry ordered after boys attacked\n"
        "Skip to main content\nAccess keys\nHelp\n\nBBC Homepage\nBBC iD\n"
        "News Sport Weather iPlayer TV Radio More…\n\n"
        "News Front Page\nAfrica\nAmericas\nMiddle East\nUK\nEngland\nEducation\n"
        "Also in the news\n-----------------\nRelated BBC sites\nSport\nWeather\n\n"
        "Page last updated at 17:12 GMT, Wednesday, 8 April 2009 18:12 UK\n"
        "E-mail this to a friend\tPrintable version\n"
        "Inquiry ordered after boys attacked\n\n"
        "The Children's Secretary has ordered an urgent inquiry into social services in "
        "Doncaster.\n\n"
        "Ed Balls said he wanted to know whether the right decisions were taken.\n"
    )

    draft = ingest.read_article(text, name="bbc2009.txt")

    assert draft.headline == "Inquiry ordered after boys attacked"
    assert draft.byline == ""
    assert ingest.format_moment(draft.published) == "2009-04-08 18:12"
    assert draft.standfirst.startswith("The Children's Secretary")


def test_the_bbcs_2013_share_buttons_under_the_headline_leave_it_the_headline(db):
    text = (
        "BBC Homepage\nSkip to content\nAccessibility Help\nSign in\nNews\nSport\nWeather\n"
        "iPlayer\nTV\nRadio\nMore...\nSearch the BBC\nBBC News\nNavigation\nHome\nUK\n"
        "England\nRegions\nSheffield & South Yorkshire\n"
        "25 July 2013 Last updated at 14:12 BST\n"
        "Doncaster children's services to be run by independent trust\n"
        "Share this page\nFacebook\nTwitter\nEmail\nPrint\n\n"
        "Education Secretary Michael Gove has ordered Doncaster Council to hand control of "
        "its children's services to an independent trust.\n\n"
        "The move follows years of criticism of the authority.\n"
    )

    draft = ingest.read_article(text, name="bbc2013.txt")

    assert draft.headline == "Doncaster children's services to be run by independent trust"
    assert draft.standfirst.startswith("Education Secretary Michael Gove")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "Caption: Foster carer Sarah Jones at the launch.",
            "Foster carer Sarah Jones at the launch.",
        ),
        (
            "Watch: Foster carer Sarah Jones at the launch.",
            "Watch: Foster carer Sarah Jones at the launch.",
        ),
        (
            "Video: Sarah Jones tells ITV News about fostering",
            "Video: Sarah Jones tells ITV News about fostering",
        ),
    ],
)
def test_a_line_labelled_caption_is_a_caption(db, line, caption):
    text = (
        "A fresh start for Doncaster's children as new trust takes over\n\n"
        f"1 October 2014\n\n{line}\n\n"
        "Doncaster Children's Services Trust took over children's services today.\n\n"
        "The trust employs about 1,000 staff.\n"
    )

    draft = ingest.read_article(text, name="caption.txt")

    assert draft.captions == [caption]
    assert draft.standfirst.startswith("Doncaster Children's Services Trust took over")
    assert "Sarah Jones" not in draft.body


@pytest.mark.parametrize(
    ("line", "day"),
    [
        (
            "Tue 24 Nov 2015 12.01 GMT First published on Tue 24 Nov 2015 00.01 GMT",
            "2015-11-24 00:01",
        ),
        (
            "Mon 14 Dec 2015 18.30 GMT Last modified on Wed 22 Feb 2017 13.52 GMT",
            "2015-12-14 18:30",
        ),
    ],
)
def test_the_guardians_one_line_dates_with_their_first_or_last_times(db, line, day):
    text = (
        "Doncaster children's trust rated inadequate in first Ofsted inspection\n\n"
        "Trust set up after council failings found to have serious weaknesses\n\n"
        f"Sally Weale Education correspondent\n\n{line}\n\n"
        "England's first independent children's services trust has been rated inadequate.\n"
    )

    draft = ingest.read_article(text, name="guardian.txt")

    assert ingest.format_moment(draft.published) == day


def test_the_guardians_live_page_is_dated_by_its_first_publication(db):
    text = (
        "Ofsted children's services results: Doncaster trust rated inadequate - as it "
        "happened\n\nEngland's first independent children's trust fails its inspection\n\n"
        "Updated 18 Nov 2015\nPatrick Butler\nPatrick Butler Social policy editor\n"
        "Wed 18 Nov 2015 16.52 GMT\nFirst published on Wed 18 Nov 2015 09.05 GMT\n\n"
        "That's all from us today.\n"
    )

    draft = ingest.read_article(text, name="live.txt")

    assert ingest.format_moment(draft.published) == "2015-11-18 09:05"
    assert draft.updated_at.isoformat() == "2015-11-18T16:52:00+00:00"
    assert draft.byline == "Patrick Butler Social policy editor"
    assert [author.name for author in draft.authors] == ["Patrick Butler"]


def test_a_channels_pictographs_opening_its_lines_neither_undate_nor_head_the_story(db):
    text = (
        "🔴 Former Doncaster MP calls for national inquiry into children's trusts\n\n"
        "📆 Tuesday 17 September 2024\n\nCaroline Flint said the trusts had to answer.\n\n"
        "✓ The council agreed.\n"
    )

    draft = ingest.read_article(text, name="telegram.txt")

    assert draft.headline.startswith("Former Doncaster MP calls")
    assert ingest.format_moment(draft.published) == "2024-09-17"
    assert draft.standfirst == "Caroline Flint said the trusts had to answer."
    assert draft.body == "✓ The council agreed."


def test_the_telegraphs_offer_and_topics_leave_its_headline_and_caption(db):
    text = (
        "The Telegraph logo\nNews\nSport\nMoney\nLog in\nSubscribe now\nFree for one month\n\n"
        "News\nEducation\n\nThousands of children left at risk by failing councils, Ofsted "
        "chief warns\n\nSir Michael Wilshaw names Doncaster among authorities where 'no one is "
        "in charge'\n\nBy Camilla Fairbrother, Education Correspondent\n1 December 2015 • "
        "10:00pm\nRelated Topics\nOfsted, Michael Wilshaw, Children's services\n\nSir Michael "
        "Wilshaw said some councils had gone through five directors in as many years\nCredit: "
        "Geoff Pugh for The Telegraph\n\nThousands of vulnerable children are being let down."
        "\n\nTopics in this article\nOfsted\nLocal government\n"
    )

    draft = ingest.read_article(text, name="telegraph.txt")

    assert draft.headline.startswith("Thousands of children left at risk")
    assert draft.standfirst.startswith("Sir Michael Wilshaw names Doncaster")
    assert draft.captions[0].startswith("Sir Michael Wilshaw said some councils")
    assert draft.body == "Thousands of vulnerable children are being let down."


def test_a_bbc_video_pages_menu_items_are_no_headline(db):
    text = (
        "BBC Homepage\nSkip to content\nAccessibility Help\nNews\nSport\nWeather\niPlayer\n"
        "Sounds\n\nDoncaster children's trust boss on 'huge improvement'\nClose\nShare this "
        "with\nFacebook\nTwitter\n\nMedia playback is unsupported on your device\n\nThe man in "
        "charge of Doncaster's children's services says there has been a huge improvement.\n\n"
        "The trust took over in 2014.\n\n18 April 2017\n"
    )

    draft = ingest.read_article(text, name="video.txt")

    assert draft.headline == "Doncaster children's trust boss on 'huge improvement'"
    assert draft.standfirst.startswith("The man in charge")


def test_a_bbc_byline_ending_in_a_given_name_over_bbc_news_is_read(db):
    text = (
        "Doncaster children's trust 'making progress', says chief operating officer\n"
        "By Sarah Gordon\nBBC News\n3 November 2016\nFrom the section Sheffield & South "
        "Yorkshire\n\nThe organisation running Doncaster's children's services says it is "
        "making progress.\n\nIts chief operating officer spoke to the BBC.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.byline == "By Sarah Gordon"
    assert [author.name for author in draft.authors] == ["Sarah Gordon"]


def test_a_section_label_the_byline_files_the_story_under_is_no_headline(db):
    text = (
        "Social Work News\nHome  News  Jobs  Features  Events  Awards  Contact\n\n"
        "Children's Social Care\n\nDoncaster children's services return to council after "
        "eight years in trust\n\nPosted by Social Work News Team | 1st September 2022 | "
        "Children's Social Care, News | 0 comments\n\nChildren's social care in Doncaster has "
        "returned to the council.\n\nStaff transferred today.\n"
    )

    draft = ingest.read_article(text, name="swn.txt")

    assert draft.headline.startswith("Doncaster children's services return to council")
    assert ingest.format_moment(draft.published) == "2022-09-01"
    assert draft.standfirst.startswith("Children's social care in Doncaster")


def test_a_live_pages_byline_ending_in_a_given_name_keeps_the_note_under_it_apart(db):
    text = (
        "Election 2015: Yorkshire results as they happened\n\nLive Reporting\n"
        "By Rob Sissons, Sarah Smith and Tom Kelly\nAll times stated are UK\n8 May 2015\n\n"
        "Posted at 07:45\nThat's all from us\n\nThanks for your company.\n"
    )

    draft = ingest.read_article(text, name="live.txt")

    assert draft.byline == "By Rob Sissons, Sarah Smith and Tom Kelly"
    assert [author.name for author in draft.authors] == ["Rob Sissons", "Sarah Smith", "Tom Kelly"]


def test_a_headline_under_the_sites_address_keeps_its_byline_and_standfirst(db):
    # A Google AMP copy: the site's address over the headline, the author and the date.
    text = (
        "theguardian.com\nOfsted rates England's first children's services trust inadequate\n"
        "Sally Weale Education correspondent\nFri 20 Nov 2015 17.45 GMT\nShare on Facebook\n"
        "Share on Twitter\nShare via Email\n\nOfsted inspectors found 'widespread and serious "
        "failures' at Doncaster Children's Services Trust, launched only a year ago\n"
        "Doncaster's children's services were taken out of council control in 2014. "
        "Photograph: Christopher Furlong/Getty Images\n\nEngland's first independent children's"
        " services trust has been rated inadequate by Ofsted.\n\nThe watchdog said the trust "
        "had made progress in some areas.\n"
    )

    draft = ingest.read_article(text, name="amp.txt")

    assert draft.headline == "Ofsted rates England's first children's services trust inadequate"
    assert [author.name for author in draft.authors] == ["Sally Weale"]
    assert draft.standfirst.startswith("Ofsted inspectors found 'widespread")
    assert draft.body.startswith("England's first independent")


def test_community_cares_comments_neither_date_the_story_nor_stay_in_it(db):
    text = (
        "Doncaster children's trust rated inadequate a year after launch\n\n"
        "Ofsted says the country's first independent children's services trust has not yet "
        "improved care\n\n"
        "by Andy McNicoll on November 27, 2015 in Children, Workforce\n\n"
        "Share on Facebook  Tweet  Share on LinkedIn  Email  4 Comments\n\n"
        "Children's services in Doncaster remain inadequate a year after they were transferred "
        "to an independent trust, Ofsted has found.\n\n"
        "Inspectors found that children in need of help and protection were still not safe "
        "enough, and that caseloads remained too high.\n\n"
        "Sir Michael Wilshaw, Ofsted's chief inspector, has previously said that structural "
        "change alone will not turn around failing authorities.\n\n"
        "4 Comments\n\nJo Smith\nNovember 27, 2015 at 10:42 am\n"
        "Wilshaw should give them a chance, a year is no time at all.\nReply\n"
    )

    draft = ingest.read_article(text, name="cc.txt")

    assert ingest.format_moment(draft.published) == "2015-11-27"
    assert "Wilshaw should give them a chance" not in draft.body
    assert draft.captions == []


def test_a_menu_apart_by_tabs_over_a_mail_headline_is_no_headline(db):
    text = (
        "Home\nNews\nU.S.\nSport\nTV&Showbiz\nFemail\nHealth\nScience\nMoney\nVideo\nTravel\n"
        "Latest Headlines\tEducation\tPolitics\tRoyals\tGames\n"
        "Ofsted chief Sir Michael Wilshaw brands councils that fail children 'a national "
        "disgrace' as he names Doncaster among worst offenders\n"
        "Chief inspector says 20 councils are failing to protect vulnerable children\n"
        "By LAURA CLARK, EDUCATION CORRESPONDENT FOR MAIL ONLINE\n"
        "PUBLISHED: 22:30 BST, 3 September 2014 | UPDATED: 08:47 BST, 4 September 2014\n"
        "Councils that fail vulnerable children are a 'national disgrace', the head of Ofsted "
        "said last night.\n"
    )

    draft = ingest.read_article(text, name="mail.txt")

    assert draft.headline.startswith("Ofsted chief Sir Michael Wilshaw brands councils")
    assert ingest.format_moment(draft.published) == "2014-09-03 22:30"


@pytest.mark.parametrize(
    "top",
    [
        "CYP Now\nChildren & Young People Now\nMenu\nSearch\nSign in\nDigital membership\n\n"
        "Social Care news\n\n",
        "Community Care\nSearch for:\nMenu\n\nNews\n",
    ],
)
def test_trade_sites_section_labels_over_the_headline(db, top):
    text = (
        f"{top}Doncaster trust chief executive Paul Moffat to step down\n\n"
        "Neil Puffett\nTuesday, December 12, 2017\n\n"
        "The chief executive of the country's first independent children's services trust is "
        "to leave his post.\n\n"
        "Paul Moffat, who has led Doncaster Children's Services Trust since it was launched, "
        "will step down in the spring.\n"
    )

    draft = ingest.read_article(text, name="cypnow.txt")

    assert draft.headline == "Doncaster trust chief executive Paul Moffat to step down"
    assert draft.standfirst.startswith("The chief executive of the country's first")


def test_a_mail_headline_of_26_words_over_its_summary_points(db):
    text = (
        "Home\nNews\nU.K.\nSport\nTV&Showbiz\nFemail\nHealth\nLatest Headlines\nPolitics\n"
        "Login\n"
        "Trust set up after Edlington torture case is no longer failing children, says Ofsted "
        "- but inspectors warn it still has a long way to go\n"
        "Doncaster Children's Services Trust was set up by Michael Gove in 2014\n"
        "It was rated inadequate by watchdog two years ago amid concerns over staffing\n"
        "By Daniel Harrow for MailOnline\n"
        "Published: 14:02 BST, 11 October 2017 | Updated: 16:40 BST, 11 October 2017\n\n"
        "The trust that took over children's services in Doncaster is no longer failing, "
        "Ofsted has ruled.\n"
    )

    draft = ingest.read_article(text, name="mail.txt")

    assert draft.headline.startswith("Trust set up after Edlington torture case")
    assert draft.standfirst.startswith("Doncaster Children's Services Trust was set up")


@pytest.mark.parametrize("heading", ["Other Local News", "Related items", "Also in this issue"])
def test_other_stories_listed_under_a_sites_heading_are_furniture(db, heading):
    text = (
        "Doncaster trust rated good by Ofsted\n\n4 July 2019\n\n"
        "Doncaster's children's services have been rated good by Ofsted.\n\n"
        "The trust's chief executive said staff were delighted.\n\n"
        f"{heading}\n• Thorne man jailed over £40,000 benefits fraud\n"
        "• Pupils celebrate GCSE success at Hall Cross\n"
    )

    draft = ingest.read_article(text, name="related.txt")

    assert draft.body.endswith("staff were delighted.")


def test_a_standfirst_ending_in_in_keeps_the_byline_under_it_apart(db):
    text = (
        "Five years on: has Doncaster's trust worked?\n\n"
        "Half a decade later, the results are in\n"
        "By Neil Puffett\n"
        "1 October 2019\n\n"
        "When the trust opened its doors in 2014, critics called it privatisation.\n\n"
        "Ofsted has since rated it good.\n"
    )

    draft = ingest.read_article(text, name="in.txt")

    assert draft.byline == "By Neil Puffett"
    assert draft.standfirst == "Half a decade later, the results are in"


@pytest.mark.parametrize(
    ("top", "under"),
    [
        (
            "The Yorkshire Post\nSubscribe\nOpinion\nYorkshire Post Comment\n",
            "By YP Comment\nPublished 30th Sep 2022, 18:00 BST\nShare\nFacebook\n"
            "Doncaster's children's services return to council control on Saturday. "
            "Picture: Scott Merrylees\n",
        ),
        (
            "The Guardian\nSign in\nNews\nOpinion\nSport\nCulture\nOpinion\nThe Guardian view\n",
            "Editorial\nOfsted's verdict on the trust is welcome. But ministers should not "
            "mistake a local success for a national blueprint\n"
            "Fri 30 Sep 2022 18.25 BST\nShare\n",
        ),
    ],
)
def test_an_editorials_headline_over_its_unsigned_byline(db, top, under):
    text = (
        f"{top}The Yorkshire Post says: End of Doncaster's trust closes a chapter\n{under}\n"
        "TOMORROW, nine years after it was announced, Doncaster Children's Services Trust "
        "will close.\n\nIt is fitting to reflect on what has been achieved.\n"
    )

    draft = ingest.read_article(text, name="leader.txt")

    assert draft.headline == "The Yorkshire Post says: End of Doncaster's trust closes a chapter"
    assert draft.authors == []


def test_a_councils_news_label_and_a_written_statements_date(db):
    text = (
        "City of Doncaster Council news\nInspectors praise care leavers service\n\n"
        "Statement made on 9 September 2014\n\n"
        "Inspectors have praised the council's service for young people leaving care.\n\n"
        "The mayor welcomed the findings.\n"
    )

    draft = ingest.read_article(text, name="council.txt")

    assert draft.headline == "Inspectors praise care leavers service"
    assert ingest.format_moment(draft.published) == "2014-09-09"


@pytest.mark.parametrize(
    ("headline_lines", "headline"),
    [
        (
            "Gove strips council of\nchildren's services",
            "Gove strips council of children's services",
        ),
        (
            "Watchdog chief\nturns fire on\nfailing councils",
            "Watchdog chief turns fire on failing councils",
        ),
        (
            "Cameron takes\nfight to Mili-\nband's backyard",
            "Cameron takes fight to Miliband's backyard",
        ),
        (
            "Children's services 'at\nbreaking point' as\n£2bn funding gap looms",
            "Children's services 'at breaking point' as £2bn funding gap looms",
        ),
        (
            "Turnaround as\ntown's child\nservices rated\n'good' by Ofsted",
            "Turnaround as town's child services rated 'good' by Ofsted",
        ),
    ],
)
def test_a_print_editions_headline_over_short_lines_and_its_drop_capital_are_rejoined(
    db, headline_lines, headline
):
    text = (
        "Doncaster Free Press Thursday, July 18, 2013 3\nwww.doncasterfreepress.co.uk\nNEWS\n"
        f"{headline_lines}\n"
        "Independent trust will take over care of borough's most vulnerable youngsters\n"
        "BY DAVID HOLMES\ndavid.holmes@jpress.co.uk\nD\n"
        "ONCASTER Council is to lose control of its children's social care after Education "
        "Secretary Michael Gove ordered that the service be handed to an independent trust.\n"
        "The decision was announced in the Commons on Tuesday.\n"
    )

    draft = ingest.read_article(text, name="print.txt")

    assert draft.headline == headline
    assert ingest.format_moment(draft.published) == "2013-07-18"
    assert draft.body.startswith("DONCASTER Council is to lose control")


def test_a_tables_cells_copied_with_tabs_stay_apart(seeded):
    text = (
        "How councils were rated\n\n1 June 2014\n\nOfsted has rated children's services in "
        "every council in the region, and the results are mixed.\n\nThe inspectorate said "
        "leadership made the difference.\n\nTHE REGION AT A GLANCE\n"
        "Council\tOverall judgment\tReport published\n"
        "Doncaster Council\tInadequate\tNovember 2013\n"
        "Cheshire East\tRequires improvement\tFebruary 2014\nSource: Ofsted\n\n"
        "The table shows each council's latest rating and the month of its report.\n"
    )

    article = ingest.import_text(text, name="table.txt").article

    assert "Cheshire East | Requires improvement | February 2014" in article.body.splitlines()
    assert article.mentions.filter(text="Doncaster Council").exists()
    assert "Cheshire East Requires" not in article.unresolved_names


def test_a_wire_copys_notes_and_reporter_line(db):
    text = (
        "From: George Torr <george.torr@ldrs-copy.co.uk>\nSent: 22 May 2019 16:41\n"
        "Subject: LDRS COPY - DONCASTER - New civic mayor\n\nWords: 620\n"
        "Pictures: Doncaster Council handout (credit Doncaster Council)\n\n"
        "NEW CIVIC MAYOR OF DONCASTER PICKS FOSTERING APPEAL\n\n"
        "Reporter: George Torr, Local Democracy Reporting Service\n\n"
        "Doncaster's new civic mayor has been sworn in.\n\nShe chose a fostering appeal.\n"
    )

    article = ingest.import_text(text, name="wire.txt").article

    assert article.headline == "NEW CIVIC MAYOR OF DONCASTER PICKS FOSTERING APPEAL"
    assert [p.name for p in article.authors.all()] == ["George Torr"]


def test_a_caption_without_credit_under_a_sign_up_box_and_over_a_capital_lead(db):
    text = (
        "'Remarkable turnaround' as Doncaster children's services rated good\n\n"
        "Services once among the worst in England have been judged good.\n\n"
        "By Chris Burn\nWednesday, 26th September 2018, 12:01 am\nShare this article\n"
        "Sign up to our daily newsletter\nSign up\nThank you for signing up!\n\n"
        "Paul Moffat, chief executive of the trust, with staff at its headquarters.\n\n"
        "CHILDREN'S services in Doncaster have been rated good by Ofsted.\n\n"
        "The report praised the trust.\n"
    )

    draft = ingest.read_article(text, name="yp.txt")

    assert draft.captions == [
        "Paul Moffat, chief executive of the trust, with staff at its headquarters."
    ]
    assert "CHILDREN'S services in Doncaster" in draft.body


def test_the_day_a_page_was_read_over_its_menus_does_not_date_an_older_story(db):
    menus = "\n".join(["Home", "News", "Sport", "Finance", "Comment", "Culture", "UK News"])
    text = (
        f"Telegraph.co.uk\nWednesday 24 December 2014\n{menus}\n"
        "Edlington attack: Doncaster council 'failed to act on 31 warnings'\n"
        "Social services missed repeated chances to stop the brothers, a review has found\n"
        "By Martin Beckford, Social Affairs Editor\n7:30AM GMT 22 Jan 2010\nComments 147\n\n"
        "The council failed to act on 31 warnings, the review found.\n\nIt was published today.\n"
    )

    draft = ingest.read_article(text, name="telegraph.txt")

    assert ingest.format_moment(draft.published) == "2010-01-22 07:30"


def test_the_guardians_section_and_topic_over_the_headline_are_no_headline(db):
    text = (
        "Society | Children's services\n\n"
        "Trusts under scrutiny as inspectors criticise Doncaster youth justice service\n\n"
        "Youth offending team run by England's first children's services trust rated "
        "'requires improvement'\n\nPatrick Butler Social policy editor\n"
        "Tue 9 Jul 2019 07.00 BST\n\nThe trust's youth offending service has been told to "
        "improve.\n\nInspectors found risk plans out of date.\n"
    )

    draft = ingest.read_article(text, name="guardian.txt")

    assert draft.headline.startswith("Trusts under scrutiny")
    assert draft.standfirst.startswith("Youth offending team run by")
    assert [author.name for author in draft.authors] == ["Patrick Butler"]


def test_the_fts_buttons_between_standfirst_and_reporters_leave_the_headline(db):
    menus = "\n".join(["Financial Times", "Subscribe", "Sign In", "Home", "World", "UK"])
    text = (
        f"{menus}\nAdd to myFT\nGove opens door to private companies running child protection\n"
        "Proposals would let outsourcers bid for councils' children's social care\n"
        "Add to myFT Digest to your FT Digest\nHelen Warrell and Sarah Neville in London\n"
        "May 16 2014\nPrint this page\n"
        "Private companies could be paid to run child protection services for the first time "
        "under proposals published by Michael Gove.\n\nThe DfE said it was consulting.\n"
    )

    draft = ingest.read_article(text, name="ft.txt")

    assert draft.headline == "Gove opens door to private companies running child protection"
    assert sorted(author.name for author in draft.authors) == ["Helen Warrell", "Sarah Neville"]
    assert ingest.format_moment(draft.published) == "2014-05-16"


@pytest.mark.parametrize("label", ["", "Edlington\n"])
def test_an_old_bbc_pages_caption_under_its_headline_is_a_caption(db, label):
    text = (
        "BBC NEWS\nUK\nEngland\nSouth Yorkshire\n"
        "Page last updated at 13:31 GMT, Friday, 22 January 2010\n"
        "E-mail this to a friend Printable version\n"
        "Edlington attack 'was preventable'\n"
        f"{label}The two boys were lured to a wooded ravine in Edlington in April 2009\n"
        "The torture of two boys by brothers in a South Yorkshire village could have been "
        "prevented if agencies had acted on warnings, a report has found.\n"
        "By Dan Johnson\nBBC News, Sheffield\n"
        "The serious case review found that Doncaster council had 31 opportunities to act.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.headline == "Edlington attack 'was preventable'"
    assert draft.standfirst.startswith("The torture of two boys")
    assert draft.captions[0] == (
        "The two boys were lured to a wooded ravine in Edlington in April 2009"
    )
    assert draft.body.startswith("The serious case review")


def test_a_bbc_page_dated_only_hours_ago_keeps_its_headline_and_takes_no_related_date(db):
    menus = "\n".join(["BBC News", "Home", "UK", "England", "Local News", "Regions"])
    text = (
        f"Skip to content\nBritish Broadcasting Corporation\n{menus}\n"
        "Sheffield & South Yorkshire\nDoncaster children's services rated 'good' by Ofsted\n"
        "Published\n3 hours ago\nShare\nclose panel\nImage source, Getty Images\n"
        "Image caption,\nInspectors praised the council's work with children in care\n"
        "By Rob Wilkinson\nBBC News, Yorkshire\n"
        "Children's services in Doncaster have been rated good by Ofsted.\n"
        "Inspectors said the council had a strong grip on social work.\n"
        "More on this story\nDoncaster children's services return to council control\n"
        "Published\n30 September 2022\nIn pictures: Doncaster celebrates becoming a city\n"
        "Published\n21 May 2022\nTop Stories\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.headline == "Doncaster children's services rated 'good' by Ofsted"
    assert draft.published is None
    assert "3 hours ago" in draft.removed
    assert draft.body == "Inspectors said the council had a strong grip on social work."


def test_a_have_your_say_box_mid_story_cuts_nothing(db):
    text = (
        "Doncaster Free Press\nHome | News | Sport | What's On | Your Say\n"
        "Weather: Doncaster 19°C, sunny intervals\n\nGove: publish full Edlington report\n\n"
        "Published on Thursday 17 June 2010 10:00\n\n"
        "EDUCATION Secretary Michael Gove has ordered that the full serious case review be "
        "made public, reversing the decision of his predecessor.\n\n"
        "Mr Gove wrote to the safeguarding board this week asking it to prepare a version of "
        "the report for publication.\n\n"
        "Only a 13-page executive summary of the review was published in January, when the "
        "two brothers were sentenced.\n\nHave your say\n\n"
        "In his letter, the Education Secretary said publishing reviews in full was essential "
        "if the public were to understand what went wrong.\n\n"
        "The Department for Education confirmed the Secretary of State had written to every "
        "local safeguarding board in England.\n\n"
        "A DfE spokesman said the department would work with Doncaster to protect the "
        "victims and their families.\n"
    )

    draft = ingest.read_article(text, name="dfp.txt")

    assert draft.headline == "Gove: publish full Edlington report"
    assert draft.body.endswith("to protect the victims and their families.")
    assert "Have your say" in draft.removed


def test_a_magazines_headline_named_under_the_story_is_its_headline(db):
    text = (
        "The Economist\nMenu\nWeekly edition\nSearch\nBritain\nChildren's social care\n"
        "Trust issues\n\nA radical experiment in child protection is spreading before anyone "
        "knows whether it works\n\nJan 22nd 2015 | DONCASTER\nSave\nShare\n\n"
        "IN A drab office block near Doncaster's racecourse, social workers are trying to "
        "prove the government right.\n\nOfsted has yet to inspect the trust.\n\n"
        "This article appeared in the Britain section of the print edition under the headline "
        '"Trust issues"\n'
    )

    draft = ingest.read_article(text, name="economist.txt")

    assert draft.headline == "Trust issues"
    assert draft.standfirst.startswith("A radical experiment")
    assert draft.body.startswith("IN A drab office block")
    assert draft.body.endswith("Ofsted has yet to inspect the trust.")


@pytest.mark.parametrize(
    ("letter", "rest", "opening"), [("O", "n a wet", "On a wet"), ("I", "t is", "It is")]
)
def test_a_drop_capital_over_a_one_letter_rest_joins_it(db, letter, rest, opening):
    text = (
        "Doncaster's children\n\n12 May 2016\n\nThe standfirst of the long read is here.\n\n"
        f"{letter}\n{rest} morning in Balby, a woman explains why she no longer opens the door."
        "\n\nThe council said it would look again.\n"
    )

    draft = ingest.read_article(text, name="longread.txt")

    assert draft.body.startswith(f"{opening} morning in Balby")


def test_a_pull_quote_broken_by_its_speaker_in_the_story_is_a_pull_quote(db):
    text = (
        "The Doncaster model\n\n3 March 2020\n\nSix years ago a town became a laboratory.\n\n"
        "“We were the guinea pig. Nobody asks the guinea pig how it felt.”\n\n"
        "Rebecca Wilshire joined the trust in 2015. “We were the guinea pig,” she says. "
        "“Nobody asks the guinea pig how it felt.”\n\nThe trust was rated good in 2019.\n"
    )

    draft = ingest.read_article(text, name="tortoise.txt")

    assert "“We were the guinea pig. Nobody asks" not in draft.body
    assert "Rebecca Wilshire joined the trust" in draft.body


@pytest.mark.parametrize(
    "credit",
    [
        "(Picture: Sir Michael Wilshaw. Picture by Ross Parry Agency)",
        "(Picture: Mayor of Doncaster Ros Jones. Picture: NDFP)",
    ],
)
def test_a_credit_holding_its_own_caption_leaves_the_paragraph_over_it(db, credit):
    text = (
        "Trust to return to council control\n\n12 October 2021\n\n"
        "Children's services will return to council control after eight years.\n\n"
        "Ms Jones said she had spoken to the Children's Minister, Will Quince, and that a "
        f"transition board would oversee the move.\n{credit}\n"
    )

    draft = ingest.read_article(text, name="dfp.txt")

    assert draft.body.endswith("a transition board would oversee the move.")
    assert draft.captions == [credit]


def test_the_guardians_appeal_under_a_story_is_no_part_of_it(db):
    text = (
        "Doncaster children's services rated good in remarkable turnaround\n\n"
        "Sat 20 Jul 2019 07.00 BST\n\n"
        "Ofsted has rated Doncaster's children's services good.\n\n"
        "Inspectors spent two weeks in Doncaster in May.\n"
        "… as you're joining us today from England, we have a small favour to ask. Millions "
        "rely on the Guardian for independent journalism.\n"
        "With your help, we will continue to provide high-impact reporting for everyone.\n"
        "Support the Guardian from as little as £1 – and it only takes a minute. Thank you.\n"
        "Support the Guardian\nRemind me in August\n"
    )

    draft = ingest.read_article(text, name="guardian.txt")

    assert draft.body == "Inspectors spent two weeks in Doncaster in May."


def test_a_bbc_2013_pages_menus_between_its_title_and_headline_are_no_story(db):
    menus = "\n".join(["Accessibility links", "BBC iD", "News", "Sport", "More…", "Search term:"])
    text = (
        "BBC News - Doncaster children's services to be run by independent trust\n"
        f"{menus}\nNews Sheffield & South Yorkshire\nHome\nUK\nSci/Environment\n"
        "17 July 2013 Last updated at 14:21\nShare this page\nEmail\nPrint\n"
        "Doncaster children's services to be run by independent trust\n"
        "Image copyright\nPA\nImage caption\n"
        "Two brothers from Edlington attacked two boys in 2009, prompting a review\n"
        "Children's services in Doncaster are to be handed to an independent trust.\n\n"
        "Mr Gove said the move followed years of failure.\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.headline == "Doncaster children's services to be run by independent trust"
    assert draft.standfirst.startswith("Children's services in Doncaster")
    assert draft.body == "Mr Gove said the move followed years of failure."
    assert "Sci/Environment" in draft.removed


def test_a_pictures_label_over_its_caption_opening_with_it_is_the_pictures(db):
    text = (
        "Ofsted chief says Doncaster children 'still at risk'\n"
        "By Judith Burns\nSir Michael Wilshaw\n"
        "Sir Michael Wilshaw took over as head of Ofsted in January\n"
        "Children in Doncaster are still not being properly protected, the head of Ofsted "
        "has said.\n"
        "Sir Michael Wilshaw said he was deeply troubled by the lack of progress.\n"
        "19 September 2012\n"
    )

    draft = ingest.read_article(text, name="bbc.txt")

    assert draft.standfirst.startswith("Children in Doncaster are still not")
    assert draft.captions == [
        "Sir Michael Wilshaw",
        "Sir Michael Wilshaw took over as head of Ofsted in January",
    ]
