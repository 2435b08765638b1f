"""Pages of kinds the importer meets less often: live pages, letters pages, policy blogs.

Each text is cut down from a page as a browser copies it: the menus, controls and
small print around the story go, and every line of the story stays in the body.
"""

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
