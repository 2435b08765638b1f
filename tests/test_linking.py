"""The mention linker: pure matching rules, no database."""

import gc
import subprocess
import sys
from datetime import date
from itertools import pairwise
from pathlib import Path

import ahocorasick_rs
import pytest

from entities import linking
from entities.aliases import current_linker
from entities.linking import AliasRef, EntityRef, Linker, default_case
from entities.models import Organisation, Person

SOURCES = Path(__file__).resolve().parent.parent / "fixtures" / "sources"

OFSTED = EntityRef("organisation:1", "Ofsted", kind="regulator")
DCST = EntityRef("organisation:2", "Doncaster Children's Services Trust", kind="trust")
DONCASTER = EntityRef("organisation:3", "Doncaster Council", kind="local_authority")
SOLIHULL = EntityRef("organisation:4", "Solihull Council", kind="local_authority")
ADCS = EntityRef("organisation:5", "Association of Directors of Children's Services")
SOLACE = EntityRef(
    "organisation:6", "Society of Local Authority Chief Executives and Senior Managers"
)
IMPOWER = EntityRef("organisation:7", "iMPOWER")
KENSINGTON = EntityRef("organisation:8", "Kensington and Chelsea", kind="local_authority")
WESTMINSTER = EntityRef("organisation:9", "Westminster", kind="local_authority")
DFE = EntityRef("organisation:10", "Department for Education")
WILSHAW = EntityRef("person:1", "Michael Wilshaw", is_person=True, honorific="Sir")
GOVE = EntityRef("person:2", "Michael Gove", is_person=True, honorific="Mr")
JONES = EntityRef("person:3", "Ros Jones", is_person=True, honorific="Ms")
WEBB = EntityRef("person:4", "Andrew Webb", is_person=True, honorific="Mr")
HILL = EntityRef("person:5", "Dave Hill", is_person=True)
ROGERS = EntityRef("person:6", "Mark Rogers", is_person=True, honorific="Mr")
PERRY = EntityRef("person:7", "Roy Perry", is_person=True, honorific="Cllr")

SEED_ENTITIES = [
    OFSTED,
    DCST,
    DONCASTER,
    SOLIHULL,
    ADCS,
    SOLACE,
    IMPOWER,
    KENSINGTON,
    WESTMINSTER,
    DFE,
    WILSHAW,
    GOVE,
    JONES,
    WEBB,
    HILL,
    ROGERS,
    PERRY,
]
SEED_ALIASES = [
    AliasRef("Office for Standards in Education", OFSTED.key),
    AliasRef("the watchdog", OFSTED.key, contextual=True),
    AliasRef("the inspectorate", OFSTED.key, contextual=True),
    AliasRef("the government regulator", OFSTED.key, contextual=True),
    AliasRef("the Trust", DCST.key, contextual=True),
    AliasRef("Trust", DCST.key, case="capitalised", contextual=True),
    AliasRef("the trust", DCST.key, contextual=True),
    AliasRef("Doncaster", DONCASTER.key, case="capitalised"),
    AliasRef("the council", DONCASTER.key, contextual=True),
    AliasRef("the local authority", DONCASTER.key, contextual=True),
    AliasRef("the authority", DONCASTER.key, contextual=True),
    AliasRef("the council", SOLIHULL.key, contextual=True),
    AliasRef("ADCS", ADCS.key),
    AliasRef("Association of Directors of Children Services", ADCS.key),
    AliasRef("SOLACE", SOLACE.key),
    AliasRef("Education Secretary", DFE.key),
]


DFE_ALIASES = [AliasRef("the department", DFE.key, contextual=True), AliasRef("DfE", DFE.key)]


@pytest.fixture(scope="module")
def seed_linker():
    return Linker.build(SEED_ENTITIES, SEED_ALIASES)


def org(key, name, **fields):
    return EntityRef(f"organisation:{key}", name, **fields)


def linked(linker, text, **options):
    """Return (text, entity) for each span, in order."""
    return [(span.text, span.entity) for span in linker.find(text, **options).spans]


def texts(linker, text, **options):
    return [span.text for span in linker.find(text, **options).spans]


def sentence_with(fragment):
    """Return the first line of the seed articles that contains fragment."""
    for path in sorted(SOURCES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if fragment in line:
                return line
    raise AssertionError(f"No seed sentence contains {fragment!r}")


# Matching: one automaton, word boundaries, longest first --------------------------


def test_aliases_are_matched_by_one_aho_corasick_automaton():
    entities = [org(n, f"Place{n} Borough Council") for n in range(5000)]
    linker = Linker.build(entities, [])
    assert isinstance(linker._narrow, ahocorasick_rs.BytesAhoCorasick)
    assert texts(linker, "Place4999 Borough Council and place17 borough council met.") == [
        "Place4999 Borough Council",
        "place17 borough council",
    ]


def test_a_longer_alias_failing_the_boundary_keeps_the_shorter_one():
    linker = Linker.build([org(1, "Acme"), org(2, "Acme Co")], [])
    assert linked(linker, "Acme Corp said so.") == [("Acme", "organisation:1")]


def test_a_longer_alias_starting_earlier_does_not_hide_a_later_short_one():
    linker = Linker.build([org(1, "York"), org(2, "New York City Hall")], [])
    assert linked(linker, "New York City") == [("York", "organisation:1")]


def test_a_longer_alias_failing_the_word_boundary_keeps_the_shorter_one(seed_linker):
    assert texts(seed_linker, "Doncaster Councillors met.") == ["Doncaster"]


def test_the_longest_name_wins_over_an_alias_inside_it(seed_linker):
    line = sentence_with("run by the independent Doncaster Children")
    assert linked(seed_linker, line) == [
        ("Doncaster", DONCASTER.key),
        ("Doncaster Children’s Services Trust", DCST.key),
    ]


def test_an_alias_inside_a_longer_word_does_not_link():
    linker = Linker.build([org(1, "Hull"), org(2, "Ash")], [])
    assert linked(linker, "Hullabaloo in Washington and Ashford.") == []


def test_adjacent_aliases_both_link():
    linker = Linker.build([org(1, "Leeds"), org(2, "Bradford")], [])
    assert texts(linker, "Leeds Bradford airport") == ["Leeds", "Bradford"]


def test_spans_are_sorted_do_not_overlap_and_quote_the_text(seed_linker):
    for path in sorted(SOURCES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = seed_linker.find(text).spans
        assert spans, path.name
        assert all(text[s.start : s.end] == s.text for s in spans)
        assert all(a.end <= b.start for a, b in pairwise(spans))


@pytest.mark.parametrize("window", [5, 64, 1000])
def test_a_text_searched_in_windows_links_as_one_searched_whole(seed_linker, monkeypatch, window):
    # Every seed story one after another, with "the Labour-run council" astride some
    # windows' edges: a match lost or found twice at an edge would change the spans.
    stories = [path.read_text(encoding="utf-8") for path in sorted(SOURCES.glob("*.txt"))]
    text = "\n\n".join([*stories, "Labour's Ros Jones said the Labour-run council agreed."])
    monkeypatch.setattr(linking, "_WINDOW", len(text) * 2)
    whole = seed_linker.find(text)

    monkeypatch.setattr(linking, "_WINDOW", window)
    windowed = seed_linker.find(text)

    assert len(text) > window * 20
    assert windowed.spans == whole.spans
    assert windowed.unresolved == whole.unresolved


# Apostrophes and possessives ------------------------------------------------------


def test_curly_and_straight_apostrophes_are_the_same(seed_linker):
    for text in ("Doncaster Children's Services Trust", "Doncaster Children’s Services Trust"):
        assert linked(seed_linker, text) == [(text, DCST.key)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ofsted's report", "Ofsted"),
        ("Ofsted’s report", "Ofsted"),
        ("Doncaster Council's ability", "Doncaster Council"),
        ("Mayor Ros Jones’ cabinet", "Ros Jones"),
        ("Ros Jones said. Later Ms Jones' letter", "Ms Jones"),
    ],
)
def test_a_possessive_links_the_name_without_its_suffix(seed_linker, text, name):
    assert texts(seed_linker, text)[-1] == name


# Capitals -------------------------------------------------------------------------


def test_default_case_follows_the_shape_of_the_alias():
    assert default_case("ADCS") == "exact"
    assert default_case("iMPOWER") == "exact"
    assert default_case("Ofsted") == "capitalised"
    assert default_case("Doncaster Council") == "any"
    assert default_case("Association of Directors of Children Services") == "any"


def test_a_name_of_several_words_matches_in_any_case(seed_linker):
    text = sentence_with("EDUCATION Secretary Michael Gove")
    assert linked(seed_linker, text)[:2] == [
        ("EDUCATION Secretary", DFE.key),
        ("Michael Gove", GOVE.key),
    ]


def test_a_capitalised_alias_needs_its_capitals():
    linker = Linker.build([HILL, WEBB], [AliasRef("Hill", HILL.key, short=True)])
    text = "Dave Hill and Andrew Webb walked up the hill; webb feet. Hill and Webb agreed."
    assert texts(linker, text) == ["Dave Hill", "Andrew Webb", "Hill", "Webb"]


def test_an_exact_alias_links_only_as_written(seed_linker):
    assert linked(seed_linker, "consultants iMPOWER and the ADCS") == [
        ("iMPOWER", IMPOWER.key),
        ("ADCS", ADCS.key),
    ]
    assert linked(seed_linker, "consultants impower and the adcs or Adcs") == []


def test_an_exact_acronym_says_so(seed_linker):
    (span,) = seed_linker.find("ADCS would want to be assured").spans
    assert span.how == "acronym"


# People ---------------------------------------------------------------------------


def test_a_person_links_by_full_name_and_by_honorific_with_full_name(seed_linker):
    text = "Sir Michael Wilshaw met michael wilshaw."
    assert linked(seed_linker, text) == [
        ("Sir Michael Wilshaw", WILSHAW.key),
        ("michael wilshaw", WILSHAW.key),
    ]


def test_a_surname_links_only_after_the_full_name(seed_linker):
    text = sentence_with("Wilshaw urged")
    assert linked(seed_linker, text) == []
    earlier = sentence_with("chief inspector Sir Michael Wilshaw said")
    spans = seed_linker.find(f"{earlier}\n\n{text}").spans
    assert [(s.text, s.entity, s.how) for s in spans][-1] == ("Wilshaw", WILSHAW.key, "short")


def test_a_surname_without_the_full_name_in_the_text_does_not_link(seed_linker):
    text = "Jones said the Joneses would be fine, and Ms Jones agreed."
    assert seed_linker.find(text).spans == []
    assert seed_linker.find(text).unresolved == []


def test_a_title_and_surname_link_after_the_full_name(seed_linker):
    text = sentence_with("Mark Rogers, the chief executive of Solihull Council")
    later = sentence_with("Mr Rogers said the service")
    assert linked(seed_linker, f"{text}\n\n{later}") == [
        ("Mark Rogers", ROGERS.key),
        ("Solihull Council", SOLIHULL.key),
        ("SOLACE", SOLACE.key),
        ("Doncaster", DONCASTER.key),
        ("Mr Rogers", ROGERS.key),
    ]


def test_any_common_title_may_stand_before_a_surname(seed_linker):
    text = (
        "Ros Jones, Doncaster's elected mayor. Labour mayor Ms Jones said; Mrs Jones, "
        "Cllr Jones and Mayor Jones agreed."
    )
    assert texts(seed_linker, text)[2:] == ["Ms Jones", "Mrs Jones", "Cllr Jones", "Mayor Jones"]


def test_a_councillors_title_after_a_namesake_who_is_none_is_the_councillors(seed_linker):
    text = (
        "Councillor Roy Perry said so. Dr Anne Perry found it. Dr Perry said. Cllr Perry "
        "added. Cllr Glyn Perry said no. Cllr Perry left."
    )
    assert texts(seed_linker, text) == ["Roy Perry", "Cllr Perry"]


def test_an_academic_title_given_to_a_namesake_is_not_the_persons(seed_linker):
    text = (
        "Ros Jones spoke. Professor Tom Jones said no. Ms Jones replied. Dr Jones of the "
        "Tavistock agreed."
    )
    assert texts(seed_linker, text) == ["Ros Jones", "Ms Jones"]


def test_an_academic_title_is_only_for_whom_the_story_or_an_honorific_gives_it(seed_linker):
    # Neither Ros Jones nor David Cameron is a doctor: "Dr Jones" is someone else.
    assert texts(seed_linker, "Ros Jones spoke. Dr Jones agreed. Prof Jones left.") == ["Ros Jones"]
    linker = Linker.build([EntityRef("person:7", "David Cameron", is_person=True)], [])
    assert texts(linker, "David Cameron spoke. Dr Cameron, a GP, said it was wrong.") == [
        "David Cameron"
    ]
    # A story that gives the title, as a doctor or a professor, gives it for later.
    text = "Dr Michael Gove said so. Dr Gove wrote and Professor Gove replied."
    assert texts(seed_linker, text) == ["Michael Gove", "Dr Gove", "Professor Gove"]
    assert texts(linker, "Professor David Cameron spoke. Dr Cameron agreed.") == [
        "David Cameron",
        "Dr Cameron",
    ]
    # So does the person's honorific.
    doctor = Linker.build([EntityRef("person:9", "Sam Hill", is_person=True, honorific="Dr")], [])
    assert texts(doctor, "Sam Hill spoke. Dr Hill agreed.") == ["Sam Hill", "Dr Hill"]


def test_the_persons_own_honorific_may_stand_before_the_surname(seed_linker):
    text = "councillor Roy Perry, chairman. Cllr Perry said"
    assert texts(seed_linker, text) == ["Roy Perry", "Cllr Perry"]


@pytest.mark.django_db
def test_a_councillors_title_is_no_officers_surname(seeded):
    text = (
        "Mark Douglas, the trust's chief executive, and Ros Jones spoke. Cllr Douglas "
        "disagreed; Cllr Jones did not. Douglas said the vote was lost."
    )
    # Mark Douglas holds his posts at the trust alone; the mayor holds hers at the council.
    assert texts(current_linker(), text) == ["Mark Douglas", "Ros Jones", "Cllr Jones"]


def test_sir_with_the_given_name_links_after_the_full_name(seed_linker):
    text = "Sir Michael said so. Sir Michael Wilshaw said it. Sir Michael added more."
    assert [(s.text, s.how) for s in seed_linker.find(text).spans] == [
        ("Sir Michael Wilshaw", "name"),
        ("Sir Michael", "short"),
    ]


def test_names_derive_from_explicit_given_and_family_names():
    person = EntityRef(
        "person:9", "Baroness Anne Longfield", is_person=True, family_name="Longfield"
    )
    linker = Linker.build([person], [])
    assert texts(linker, "Baroness Anne Longfield spoke. Longfield said") == [
        "Baroness Anne Longfield",
        "Longfield",
    ]


def test_an_explicit_short_alias_waits_for_the_full_name(seed_linker):
    linker = Linker.build([GOVE], [AliasRef("Govey", GOVE.key, short=True)])
    assert texts(linker, "Govey spoke. Michael Gove spoke. Govey said") == [
        "Michael Gove",
        "Govey",
    ]


def test_a_shared_surname_goes_to_the_person_named_last():
    tom = EntityRef("person:10", "Tom Jones", is_person=True, honorific="Mr")
    linker = Linker.build([JONES, tom], [])
    text = "Ros Jones spoke before Tom Jones. Jones said. Ros Jones replied. Ms Jones said"
    assert linked(linker, text)[2:] == [
        ("Jones", tom.key),
        ("Ros Jones", JONES.key),
        ("Ms Jones", JONES.key),
    ]


def test_a_surname_after_someone_elses_given_name_does_not_link(seed_linker):
    # Ros Jones is known; Debbie Jones is not, and "Ms Jones" after her means her.
    text = (
        "Mayor Ros Jones welcomed it. Ofsted's Debbie Jones said inspectors would return. "
        "Ms Jones said more. Jones added a word."
    )
    result = seed_linker.find(text)
    assert [(s.text, s.entity) for s in result.spans] == [
        ("Ros Jones", JONES.key),
        ("Ofsted", OFSTED.key),
    ]
    assert [u.text for u in result.unresolved] == ["Debbie Jones"]


def test_a_namesake_a_title_has_since_shown_a_man_leaves_ms_to_the_woman(seed_linker):
    text = "Ros Jones spoke. Sam Jones agreed. Mr Jones said so. Ms Jones said more."
    assert texts(seed_linker, text) == ["Ros Jones", "Ms Jones"]
    text = "Ros Jones spoke. Sam Jones agreed. Ms Jones said more."
    assert texts(seed_linker, text) == ["Ros Jones"]  # Sam may be a woman


@pytest.mark.parametrize(
    ("namesake", "linked_after"),
    [("Martin Jones", True), ("Glyn Jones", True), ("Gill Jones", False), ("Sam Jones", False)],
)
def test_a_namesakes_given_name_may_show_the_other_sex(seed_linker, namesake, linked_after):
    text = f"Ros Jones spoke. {namesake} agreed. Ms Jones said more."
    assert ("Ms Jones" in texts(seed_linker, text)) is linked_after


@pytest.mark.parametrize("place", ["Castle Hill school", "Tower Hill", "Park Hill flats"])
def test_a_place_named_like_a_surname_is_neither_the_person_nor_a_namesake(seed_linker, place):
    text = f"Dave Hill spoke. Children at {place} were safe. Mr Hill agreed, and Hill left."
    assert texts(seed_linker, text) == ["Dave Hill", "Mr Hill", "Hill"]


def test_a_trust_after_a_plurals_possessive_is_part_of_another_name(seed_linker):
    text = "Doncaster Children's Services Trust met the Rovers Supporters’ Trust."
    assert texts(seed_linker, text) == ["Doncaster Children's Services Trust"]


def test_a_capitalised_description_after_whatever_is_no_unknown_name(seed_linker):
    text = "Doncaster Children's Services Trust began. Whatever the Trust's faults, it was new."
    result = seed_linker.find(text)
    assert [s.text for s in result.spans] == ["Doncaster Children's Services Trust", "the Trust"]
    assert result.unresolved == []


def test_a_title_opening_a_quotation_is_part_of_the_mention(seed_linker):
    text = "Michael Gove spoke. “Mr Gove used us as an example,” she said. (Mr Gove agreed.)"
    assert texts(seed_linker, text) == ["Michael Gove", "Mr Gove", "Mr Gove"]


def test_a_social_media_handle_is_an_account_not_a_mention(seed_linker):
    text = "Michael Gove (@Michael_Gove) said so. Follow @Ofsted or write to ofsted@example.org."
    assert texts(seed_linker, text) == ["Michael Gove"]


def test_an_address_is_no_mention_of_whom_it_names(seed_linker):
    text = (
        "Michael Gove spoke. Write to michael.gove.mp@parliament.uk, or read "
        "https://www.gov.uk/news/doncaster-childrens-services-trust and "
        "www.example.org/michael-gove today."
    )
    assert texts(seed_linker, text) == ["Michael Gove"]


def test_a_surname_after_a_post_links_as_after_a_title():
    moffat = EntityRef("person:8", "Paul Moffat", is_person=True, honorific="Mr")
    linker = Linker.build([DCST, GOVE, moffat], [AliasRef("Trust", DCST.key, contextual=True)])
    text = (
        "Doncaster Children's Services Trust named Paul Moffat chief executive, and Michael "
        "Gove agreed. Trust CEO Moffat spoke, and Secretary Gove replied."
    )
    assert texts(linker, text)[-3:] == ["Trust", "Moffat", "Gove"]


def test_an_acronym_or_a_party_before_a_surname_is_no_given_name(seed_linker):
    text = (
        "Sir Michael Wilshaw and Michael Gove met. HMCI Wilshaw spoke, Tory Gove replied, "
        "MP Gove agreed and Wilshaw left."
    )
    assert texts(seed_linker, text)[2:] == ["Wilshaw", "Gove", "Gove", "Wilshaw"]


@pytest.mark.parametrize(
    "opener",
    [
        "Now",
        "Instead",
        "Perhaps",
        "Crucially",
        "Separately",
        "Under",
        "Has",
        "Former",
        "Ex-minister",
    ],
)
def test_a_common_word_before_a_surname_is_no_given_name(seed_linker, opener):
    text = f"Michael Gove spoke. {opener} Gove says no. Gove left, and then Emily Gove spoke."
    assert texts(seed_linker, text) == ["Michael Gove", "Gove", "Gove"]


def test_a_misspelt_given_name_is_the_same_person_not_a_namesake(seed_linker):
    text = (
        "Michael Gove spoke. Micheal Gove added more, and Gove left. Then Michelle Gove "
        "spoke, and Gove replied."
    )
    assert texts(seed_linker, text) == ["Michael Gove", "Micheal Gove", "Gove"]
    assert [u.text for u in seed_linker.find(text).unresolved] == ["Michelle Gove"]


def test_a_titled_given_name_after_someone_else_of_that_name_does_not_link(seed_linker):
    text = (
        "Sir Michael Wilshaw spoke. Sir Michael said more. Then Sir Michael Marmot spoke, "
        "and Sir Michael said poverty mattered. Wilshaw disagreed."
    )
    assert texts(seed_linker, text) == ["Sir Michael Wilshaw", "Sir Michael", "Wilshaw"]


def test_a_title_after_a_capitalised_word_still_links_the_surname(seed_linker):
    text = "Ros Jones spoke. Doncaster Mayor Jones said more, and Labour Ms Jones agreed."
    assert [t for t in texts(seed_linker, text) if "Jones" in t] == [
        "Ros Jones",
        "Mayor Jones",
        "Ms Jones",
    ]
    text = "Sir Michael Wilshaw spoke. Ofsted Sir Michael said more."
    assert texts(seed_linker, text)[-1] == "Sir Michael"


def test_a_name_with_a_possessive_links_without_its_apostrophe_or_with_it_misplaced(
    seed_linker,
):
    text = (
        "Doncaster Childrens Services Trust met. The childrens services watchdog spoke. "
        "Doncaster Childrens’ Services Trust agreed."
    )
    assert linked(seed_linker, text + " Ofsted agreed.") == [
        ("Doncaster Childrens Services Trust", DCST.key),
        ("The childrens services watchdog", OFSTED.key),
        ("Doncaster Childrens’ Services Trust", DCST.key),
        ("Ofsted", OFSTED.key),
    ]
    missing_s = seed_linker.find("Doncaster Children Services Trust met.")
    assert DCST.key not in [span.entity for span in missing_s.spans]


def test_a_metropolitan_borough_council_is_also_written_mbc():
    council = org(9, "Solihull Council", kind="local_authority")
    linker = Linker.build(
        [council], [AliasRef("Solihull Metropolitan Borough Council", council.key)]
    )
    text = "Solihull MBC met. Solihull Metropolitan Borough Council agreed; Solihull mbc did not."
    assert linked(linker, text) == [
        ("Solihull MBC", council.key),
        ("Solihull Metropolitan Borough Council", council.key),
    ]


def test_and_and_ampersand_are_the_same_word_in_a_name():
    council = org(10, "Kensington and Chelsea Council", kind="local_authority")
    cyp = org(14, "Children & Young People Now", kind="publisher")
    linker = Linker.build([council, cyp], [])
    text = "Kensington & Chelsea Council spoke to Children and Young People Now."
    assert linked(linker, text) == [
        ("Kensington & Chelsea Council", council.key),
        ("Children and Young People Now", cyp.key),
    ]


def test_coun_is_a_title_and_a_peer_or_a_bishop_is_someone_else(seed_linker):
    text = "Roy Perry spoke. Coun Perry agreed. Ros Jones spoke. Baroness Jones replied."
    assert texts(seed_linker, text) == ["Roy Perry", "Coun Perry", "Ros Jones"]
    assert texts(seed_linker, "Ros Jones spoke. Bishop Jones replied.") == ["Ros Jones"]


def test_a_title_of_the_other_sex_names_someone_else(seed_linker):
    # Ros Jones is "Ms"; Michael Gove is "Mr". "Mrs" and "Ms" may both mean her.
    text = (
        "Ros Jones spoke. Mrs Jones agreed. Mr Jones, a parent, objected. Jones replied. "
        "Michael Gove spoke. Mrs Gove smiled. Gove nodded. Mr Gove left."
    )
    assert linked(seed_linker, text) == [
        ("Ros Jones", JONES.key),
        ("Mrs Jones", JONES.key),
        ("Michael Gove", GOVE.key),
        ("Mr Gove", GOVE.key),
    ]


def test_without_an_honorific_a_persons_given_name_says_which_titles_fit(seed_linker):
    # His honorific, "Cllr", has no sex; Roy is a man's name.
    assert texts(seed_linker, "Roy Perry spoke. Mrs Perry said it was broken.") == ["Roy Perry"]
    assert texts(seed_linker, "Roy Perry spoke. Mr Perry agreed.") == ["Roy Perry", "Mr Perry"]


def test_a_title_without_a_sex_or_a_person_without_one_still_links(seed_linker):
    text = "Ros Jones spoke. Mayor Jones agreed."
    assert texts(seed_linker, text) == ["Ros Jones", "Mayor Jones"]
    # Nor honorific nor given name says whether Sam Hill is a man or a woman.
    linker = Linker.build([EntityRef("person:9", "Sam Hill", is_person=True)], [])
    text = "Sam Hill spoke. Ms Hill agreed. Mr Hill left."
    assert texts(linker, text) == ["Sam Hill", "Ms Hill", "Mr Hill"]


def test_a_given_name_says_whether_a_title_fits(seed_linker):
    # Dave Hill is a man by his given name; Alexander Jones hides no "Ms Jones".
    text = "Dave Hill spoke. Ms Hill agreed. Ros Jones won; Alexander Jones lost to Ms Jones."
    assert texts(seed_linker, text) == ["Dave Hill", "Ros Jones", "Ms Jones"]


def test_a_surname_links_again_once_its_bearer_is_named_after_a_namesake(seed_linker):
    text = "Ros Jones spoke. Debbie Jones replied. Ros Jones answered, and Ms Jones left."
    assert linked(seed_linker, text) == [
        ("Ros Jones", JONES.key),
        ("Ros Jones", JONES.key),
        ("Ms Jones", JONES.key),
    ]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Ros Jones spoke. Jones Lang LaSalle advised.", "Jones Lang LaSalle"),
        ("Andrew Webb spoke. Ms Webb Ellis replied.", "Webb Ellis"),
        ("Dave Hill spoke at Hill Top Academy.", "Hill Top Academy"),
        ("Michael Gove spoke. Mr Gove Smith replied.", "Gove Smith"),
    ],
)
def test_a_surname_that_begins_another_name_does_not_link(seed_linker, text, other):
    result = seed_linker.find(text)
    assert len(result.spans) == 1  # the full name only
    assert other in [u.text for u in result.unresolved]


def test_a_surname_before_post_nominals_or_punctuation_still_links(seed_linker):
    text = "Andrew Webb spoke. Webb MP said, and Mr Webb OBE agreed. Webb, too."
    assert texts(seed_linker, text) == ["Andrew Webb", "Webb", "Mr Webb", "Webb"]


@pytest.mark.parametrize(
    "before", ["Chief Inspector", "Ofsted's", "Ofsted’s", "Chief Executive", "Mr", "M"]
)
def test_a_surname_after_a_post_or_a_possessive_still_links(seed_linker, before):
    text = f"Sir Michael Wilshaw spoke. {before} Wilshaw said more."
    assert linked(seed_linker, text)[-1][1] == WILSHAW.key
    assert linked(seed_linker, text)[-1][0].endswith("Wilshaw")


def test_a_surname_that_cannot_be_decided_is_reported_with_its_candidates():
    first = EntityRef("person:11", "David Jones", is_person=True)
    second = EntityRef("person:12", "David Jones", is_person=True)
    result = Linker.build([first, second], []).find("David Jones arrived. Mr Jones said")
    assert result.spans == []
    assert [(u.text, u.candidates) for u in result.unresolved] == [
        ("David Jones", ("person:11", "person:12")),
        ("Mr Jones", ("person:11", "person:12")),
    ]


# Contextual aliases ---------------------------------------------------------------


def test_a_contextual_alias_links_when_the_text_names_its_entity(seed_linker):
    text = sentence_with("According to the watchdog")
    assert "the watchdog" not in texts(seed_linker, text)
    assert linked(seed_linker, f"Ofsted published.\n{text}")[1] == ("the watchdog", OFSTED.key)


def test_a_contextual_alias_whose_entity_is_not_named_does_not_link(seed_linker):
    text = "The watchdog said the council and the Trust had failed."
    assert seed_linker.find(text).spans == []


def test_a_contextual_alias_links_to_an_entity_named_later(seed_linker):
    text = "The inspectorate found failings. Ofsted said so."
    assert linked(seed_linker, text) == [
        ("The inspectorate", OFSTED.key),
        ("Ofsted", OFSTED.key),
    ]


def test_a_shared_contextual_alias_goes_to_the_nearest_entity_named_before_it(seed_linker):
    text = (
        "Doncaster Council was criticised. Mark Rogers of Solihull Council said the "
        "council would help. Doncaster Council replied that the council was improving."
    )
    contextual = [(s.text, s.entity) for s in seed_linker.find(text).spans if s.how == "contextual"]
    assert contextual == [("the council", SOLIHULL.key), ("the council", DONCASTER.key)]


def test_a_shared_contextual_alias_before_any_name_goes_to_the_one_named_most(seed_linker):
    text = "The council met. Solihull Council, Doncaster Council and Doncaster agreed."
    assert linked(seed_linker, text)[0] == ("The council", DONCASTER.key)


def test_a_contextual_alias_goes_only_to_entities_that_carry_it(seed_linker):
    text = "Ofsted inspected Doncaster Children’s Services Trust. The watchdog and the trust"
    assert linked(seed_linker, text)[2:] == [
        ("The watchdog", OFSTED.key),
        ("the trust", DCST.key),
    ]


def test_an_acronym_or_a_short_form_names_an_entity_for_contextual_aliases():
    acme = org(1, "Acme Partnership")
    linker = Linker.build(
        [acme],
        [
            AliasRef("ACP", acme.key),
            AliasRef("the partnership", acme.key, contextual=True),
        ],
    )
    assert texts(linker, "ACP met. The partnership agreed.") == ["ACP", "The partnership"]


@pytest.mark.parametrize(
    ("phrase", "entity"),
    [
        ("the education watchdog", OFSTED),
        ("The schools watchdog", OFSTED),
        ("the children’s services watchdog", OFSTED),
        ("the new trust", DCST),
        ("the independent trust", DCST),
        ("the local authority", DONCASTER),
        ("the embattled council", DONCASTER),
        ("the social care watchdog", OFSTED),
        ("the government-imposed trust", DCST),
        ("the not-for-profit trust", DCST),
        ("the arm’s-length trust", DCST),
        ("the cash strapped council", DONCASTER),
        ("the pioneering trust", DCST),
        ("the fledgling trust", DCST),
        ("the pioneer trust", DCST),
        ("the defunct trust", DCST),
        ("the now-defunct trust", DCST),
        ("the old council", DONCASTER),
        ("the schools and children’s services watchdog", OFSTED),
        ("the education and children's services inspectorate", OFSTED),
    ],
)
def test_a_description_links_with_describing_words_before_its_last(seed_linker, phrase, entity):
    text = (
        f"Ofsted rated Doncaster Children's Services Trust and Doncaster Council. {phrase}'s view"
    )
    assert linked(seed_linker, text)[-1] == (phrase, entity.key)


@pytest.mark.parametrize(
    "phrase",
    [
        "the county council",  # another kind of body
        "the other council",  # another of the kind
        "the health trust",
        "the Slough trust",  # a name, not a description
        "the Independent trust",  # a capital marks a name
        "the new, trust",  # not one phrase
        "the very new trust",  # "very" describes nothing
        "the care watchdog",  # the Care Quality Commission
    ],
)
def test_a_word_that_tells_another_body_apart_leaves_a_description_unlinked(seed_linker, phrase):
    text = f"Doncaster Children's Services Trust and Doncaster Council met. Then {phrase} spoke."
    assert texts(seed_linker, text) == ["Doncaster Children's Services Trust", "Doncaster Council"]


@pytest.mark.parametrize(
    ("between", "linked_after"),
    [
        ("", True),
        ("Ofsted agreed and ", True),
        ("Doncaster's children's services department failed and ", False),
        ("its social services department was short of staff and ", False),
        ("the children's services department failed and ", False),
        ("the Department of Health agreed and ", False),  # a department no alias knows
    ],
)
def test_the_department_is_the_department_named_unless_another_department_came_since(
    between, linked_after
):
    linker = Linker.build([OFSTED, DFE], DFE_ALIASES)
    text = f"A DfE spokesman said {between}the department was confident."
    assert (("the department", DFE.key) in linked(linker, text)) is linked_after


@pytest.mark.parametrize(
    ("before", "linked_after"),
    [
        ("A DfE spokesman said ", True),
        ("A DfE spokesman spoke. Later ", True),
        ("A DfE spokesman spoke. Ofsted agreed. Later ", True),
        ("A DfE spokesman spoke.\n\n", True),
        # The story's own department, named so before the DfE, stays the story's.
        ("Standards in the department fell. A DfE spokesman spoke. Ofsted agreed. ", False),
        ("Standards in the department fell. A DfE spokesman spoke.\n\n", False),
        ("Criticism of the department grew. A DfE spokesman said ", True),
        ("The Department of Health spoke. A DfE spokesman spoke.\n\n", True),
        ("A DfE spokesman spoke. Ofsted agreed. Inspectors said ", False),  # inspected
        # Its head speaks of a council's department.
        ("A DfE spokesman spoke.\n\nAnn Fox, director of people services, said ", False),
        ("A DfE spokesman spoke.\n\nCllr Ann Fox said ", False),
        ("A DfE spokesman spoke.\n\nThe DCLG said ", False),  # another department's
        # Others took it over.
        ("A DfE spokesman spoke.\n\nIn 2009 Ed Balls sent in a team to take over ", False),
    ],
)
def test_a_lowercase_department_is_the_dfe_unless_the_story_had_its_own_before(
    before, linked_after
):
    linker = Linker.build([OFSTED, DFE], DFE_ALIASES)
    text = f"{before}the department was confident."
    assert (("the department", DFE.key) in linked(linker, text)) is linked_after


def test_the_department_before_the_department_is_named_is_no_link():
    linker = Linker.build([DFE], DFE_ALIASES)
    text = (
        "Mr Gove cited a string of criticisms of the department. The Department for "
        "Education said so, and the department agreed."
    )
    assert texts(linker, text) == ["Department for Education", "the department"]


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("The Local Government Association met. The ADCS and the association agreed.", "lga"),
        ("The Local Government Association met. The ADCS’s and the association’s staff.", "lga"),
        ("The ADCS met. The ADCS and the association agreed.", None),  # another, unnamed
        ("The Local Government Association and the ADCS met. The association agreed.", "adcs"),
    ],
)
def test_a_description_joined_to_a_name_by_and_is_another_body(text, meant):
    lga = org(50, "Local Government Association")
    linker = Linker.build(
        [lga, ADCS],
        [AliasRef("ADCS", ADCS.key)]
        + [AliasRef("the association", body.key, contextual=True) for body in (lga, ADCS)],
    )
    found = [key for phrase, key in linked(linker, text) if phrase.lower() == "the association"]
    keys = {"lga": lga.key, "adcs": ADCS.key}
    assert found[-1:] == ([keys[meant]] if meant else [])


LGA = org(50, "Local Government Association")


@pytest.fixture(scope="module")
def perry_linker():
    """The LGA and the ADCS, each "the association", and Roy Perry, who holds a post at
    the LGA."""
    perry = EntityRef("person:7", "Roy Perry", is_person=True, bodies=(LGA.key,))
    return Linker.build(
        [LGA, ADCS, perry],
        [AliasRef("ADCS", ADCS.key)]
        + [AliasRef("the association", body.key, contextual=True) for body in (LGA, ADCS)],
    )


@pytest.mark.parametrize(
    ("speech", "meant"),
    [
        ("Roy Perry said the association had warned.", "lga"),
        ('Roy Perry said: "We are stretched.\n\n"The association has warned."', "lga"),
        ("A spokesman said the association had warned.", "adcs"),  # nobody's own: nearest
        ('Roy Perry said: "We are stretched."\n\nThe association has warned.', "adcs"),
        ("Roy Perry said the ADCS and the association had warned.", "lga"),
        # A pronoun stands for the person named last, in a new paragraph too.
        ("Roy Perry, who chairs a board, spoke.\n\nHe said the association had warned.", "lga"),
        ("Roy Perry spoke. The ADCS agreed. He said the association had warned.", "adcs"),
        ("Roy Perry spoke. Then it said the association had warned.", "adcs"),
    ],
)
def test_a_description_in_a_post_holders_words_is_their_own_body(perry_linker, speech, meant):
    text = f"The Local Government Association met.\n\nThe ADCS spoke. {speech}"
    found = [
        key for phrase, key in linked(perry_linker, text) if phrase.lower() == "the association"
    ]
    assert found == [{"lga": LGA.key, "adcs": ADCS.key}[meant]]


def test_a_post_holders_body_the_story_names_only_later_is_not_what_they_mean(perry_linker):
    text = (
        'The ADCS spoke. Roy Perry said: "The association has warned."\n\n'
        "He once chaired the Local Government Association."
    )
    found = [
        key for phrase, key in linked(perry_linker, text) if phrase.lower() == "the association"
    ]
    assert found == [ADCS.key]


def test_a_description_before_its_bodys_name_is_no_mention_of_its_own(seed_linker):
    text = "Ofsted met. Later the watchdog Ofsted said so, and the watchdog agreed."
    assert texts(seed_linker, text) == ["Ofsted", "Ofsted", "the watchdog"]


@pytest.mark.parametrize(
    ("text", "linked_after"),
    [
        ("Mark Rogers, SOLACE's spokesman, said the society accepted it.", True),
        ("SOLACE met.\n\nLater the society said so.", False),  # "the society we live in"
        ("SOLACE met. Later the Society said so.", True),
        ("SOLACE met. The future of the society we live in matters, said Mark Rogers.", False),
        ('SOLACE met.\n\nMark Rogers said: "We agree. The society is clear."', True),
        ("SOLACE met.\n\nThe society has called on ministers to act.", True),
        ("SOLACE met.\n\nOthers agreed.\n\nThe society has called on ministers to act.", False),
        ("SOLACE met.\n\nThe society we live in has changed.", False),
    ],
)
def test_a_lowercase_society_is_one_named_in_its_sentence_or_its_post_holders_words(
    text, linked_after
):
    rogers = EntityRef("person:6", "Mark Rogers", is_person=True, bodies=(SOLACE.key,))
    linker = Linker.build(
        [SOLACE, rogers],
        [AliasRef("SOLACE", SOLACE.key), AliasRef("the Society", SOLACE.key, contextual=True)],
    )
    found = [key for phrase, key in linked(linker, text) if phrase.lower() == "the society"]
    assert found == ([SOLACE.key] if linked_after else [])


@pytest.mark.parametrize(
    ("between", "linked_after"),
    [
        ("Hammersmith and Fulham agreed.", True),  # a borough, but no royal one
        ("Hammersmith and Fulham Council agreed.", True),
        ("The Royal Borough of Greenwich agreed.", False),
    ],
)
def test_the_royal_borough_is_one_of_the_boroughs_so_named(between, linked_after):
    linker = Linker.build(
        [KENSINGTON],
        [
            AliasRef("Kensington and Chelsea", KENSINGTON.key),
            AliasRef("the council", KENSINGTON.key, contextual=True),
            AliasRef("the Royal Borough", KENSINGTON.key, case="capitalised", contextual=True),
        ],
    )
    text = f"Ofsted praised Kensington and Chelsea. {between} He said the Royal Borough did well."
    assert (("the Royal Borough", KENSINGTON.key) in linked(linker, text)) is linked_after


def test_a_housing_association_is_another_association():
    lga = org(5, "Local Government Association")
    linker = Linker.build([lga], [AliasRef("the association", lga.key, contextual=True)])
    text = (
        "The Local Government Association spoke. St Leger Homes, a housing association, said "
        "the association would build homes. The Local Government Association said the "
        "association would help."
    )
    assert [s.text for s in linker.find(text).spans if s.how == "contextual"] == ["the association"]


def test_a_description_that_is_half_of_a_compound_noun_does_not_link(seed_linker):
    text = (
        "Doncaster Council met. The Council Tax will rise, the trust model failed, the trust "
        "model’s backers left, the trust landscape changed, the trust sector grew, the "
        "council family welcomed it, the council group split, the trust form lasted, the "
        "local authority area grew and the council estates wait; the council agreed, and "
        "Doncaster Children's Services "
        "Trust backed the trust’s plan to win back the trust of parents. “We believe in the "
        "trust model”, it said."
    )
    assert [s.text for s in seed_linker.find(text).spans if s.how == "contextual"] == [
        "the council",
        "the trust",
    ]


def test_local_authority_before_what_it_runs_is_no_mention(seed_linker):
    text = (
        "Doncaster Council met. A quarter of the local authority children's services "
        "inspected, and the local authority care system, failed. The local authority agreed."
    )
    assert [s.start for s in seed_linker.find(text).spans if s.how == "contextual"] == [
        text.rindex("The local authority")
    ]


def test_a_description_before_funds_as_a_verb_is_the_body(seed_linker):
    text = (
        "Doncaster Council and Doncaster Children's Services Trust met. The council funds are "
        "low, but the council funds the trust."
    )
    assert [s.start for s in seed_linker.find(text).spans if s.how == "contextual"] == [
        text.rindex("the council"),
        text.rindex("the trust"),
    ]


def test_a_trust_earned_won_or_lost_is_confidence_not_the_trust(placed_linker):
    text = (
        "Doncaster Children's Services Trust was set up. The trust has earned the town's trust"
        " and won the trust of families. The council lost the trust's contract. You abused "
        "the trust that was placed in you, and breached the trust of parents."
    )
    assert [phrase for phrase, _ in linked(placed_linker, text) if "trust" in phrase.lower()][
        1:
    ] == [
        "The trust",
        "the trust",
    ]


def test_a_name_after_a_with_who_after_it_is_someone_of_that_name(seed_linker):
    text = (
        "Dave Hill spoke. There's a Hill who played for Stoke, in the 1950s. Separately, a "
        "Dave Hill, who chairs a carers' network, said no. Ros Jones said a Jones government "
        "would not last; Ms Jones left."
    )
    assert texts(seed_linker, text) == ["Dave Hill", "Ros Jones", "Jones", "Ms Jones"]


@pytest.mark.django_db
def test_a_place_describing_a_thing_sets_no_scene_for_the_council(seeded):
    text = (
        "Worcestershire's company goes live\n\nThe company is owned by Worcestershire CC, "
        "which remains responsible.\n\nShe said: 'This is not a trust in the Doncaster sense."
        " The council has not lost control.'\n\nIn Doncaster, the council lost control."
    )
    found = current_linker().find(text, on=date(2019, 10, 1))
    assert [(s.text, s.start) for s in found.spans] == [("the council", text.rindex("the council"))]


@pytest.mark.django_db
def test_as_before_a_post_and_a_verb_is_while_and_the_post_its_holder(seeded):
    text = (
        "Wilshaw names councils\n\nSir Michael Wilshaw named councils, as the chief inspector"
        " of schools sets out a tougher regime. Ros Jones was elected as the mayor this year."
    )
    found = current_linker().find(text, on=date(2014, 2, 18))
    assert [s.text for s in found.spans] == [
        "Sir Michael Wilshaw",
        "the chief inspector of schools",
        "Ros Jones",
    ]


@pytest.mark.django_db
def test_a_post_in_a_possessive_beside_another_name_is_still_its_holders(seeded):
    text = (
        "Brothers\n\nEd Miliband spoke. A spokesman said that David Miliband, the Labour "
        "leader's brother, had been a minister. Tony Blair, the Labour leader, did not."
    )
    found = current_linker().find(text, on=date(2015, 4, 1))
    assert [s.text for s in found.spans] == ["Ed Miliband", "the Labour leader"]


@pytest.mark.django_db
def test_a_surname_at_the_top_said_alone_below_before_the_full_name_is_a_namesakes(seeded):
    text = (
        "Rovers 2 Leeds 1: Rogers and Webb fire Rovers to derby delight\n\n"
        "Late header seals first win of the season\n\n"
        "Rogers' header gave Rovers the win after Webb's free-kick.\n\n"
        "Solihull chief executive Mark Rogers said the council would watch. Mr Rogers added "
        "that Andrew Webb agreed.\n\n"
        "Gove orders trust\n\nMichael Gove has ordered a trust. Mr Gove said so."
    )
    found = current_linker().find(text, on=date(2013, 8, 10))
    assert [s.text for s in found.spans if s.entity.startswith("person")] == [
        "Mark Rogers",
        "Mr Rogers",
        "Andrew Webb",
        "Michael Gove",
        "Mr Gove",
    ]
    # A headline's surname the story names in full first is the person's.
    story = "Gove orders trust\n\nThe move is the first.\n\nMichael Gove has ordered a trust."
    assert [s.text for s in current_linker().find(story, on=date(2013, 8, 10)).spans][:1] == [
        "Gove"
    ]


def test_a_verb_that_only_ends_like_earned_or_lose_leaves_the_trust_a_body(placed_linker):
    text = (
        "Doncaster Children's Services Trust was set up. We have learned the trust will close."
        " Plans to close the trust were shelved. Once again the trust said no."
    )
    assert [phrase for phrase, _ in linked(placed_linker, text)][1:] == ["the trust"] * 3


def test_a_description_naming_a_kind_of_scheme_or_any_body_of_the_kind_does_not_link(
    seed_linker,
):
    text = (
        "Doncaster Children's Services Trust was set up in 2014. Dave Hill said the trust "
        "experiment had failed and the trust approach was wrong, but the trust did well. "
        "Doncaster Council and the Royal Borough of Kensington and Chelsea were praised: "
        "trusts work, but so do many others where the council has been well run."
    )
    assert [s.text for s in seed_linker.find(text).spans if s.how == "contextual"] == ["the trust"]


def test_a_capitalised_description_before_for_and_a_name_is_another_body(seed_linker):
    text = (
        "Doncaster Council met the Council for Disabled Children, whose director praised "
        "the council for listening. Doncaster Children's Services Trust said the trust "
        "programme would continue, and the trust agreed."
    )
    assert [s.start for s in seed_linker.find(text).spans if s.how == "contextual"] == [
        text.index("the council for listening"),
        text.index("the trust agreed"),
    ]


@pytest.mark.parametrize(
    ("body", "description"),
    [
        ("The London Borough of Hackney", "the council"),
        ("The Royal Borough of Greenwich", "the local authority"),
        ("The Commission for Social Care Inspection", "the watchdog"),
    ],
)
def test_a_name_whose_kind_word_comes_before_of_or_for_is_a_body_of_that_kind(
    seed_linker, body, description
):
    text = (
        f"Ofsted and Doncaster Council spoke. {body} was praised, and {description} thanked staff."
    )
    assert texts(seed_linker, text) == ["Ofsted", "Doncaster Council"]


def test_an_award_of_the_year_is_no_body(seed_linker):
    text = (
        "Doncaster Children's Services Trust was named Children's Trust of the Year, "
        "and the trust thanked staff."
    )
    assert texts(seed_linker, text)[-1] == "the trust"


def test_a_description_joined_by_a_hyphen_to_the_next_word_does_not_link(seed_linker):
    text = (
        "Doncaster Council and Doncaster Children's Services Trust met. The council-run "
        "homes closed, the trust-owned offices were sold and the council - not the Trust - "
        "agreed."
    )
    assert [s.text for s in seed_linker.find(text).spans if s.how == "contextual"] == [
        "the council",
        "the Trust",
    ]


def test_a_description_used_as_the_ordinary_word_does_not_link(seed_linker):
    text = (
        "Doncaster Council and Doncaster Children's Services Trust met. Research shows the "
        "trust between parents and social workers matters. Ministers have the authority to "
        "act; Ofsted told the authority to improve, working with the authority to do so."
    )
    assert [s.start for s in seed_linker.find(text).spans if s.how == "contextual"] == [
        text.index("the authority to improve"),
        text.index("the authority to do"),
    ]


def test_a_description_before_a_span_of_time_is_the_body(seed_linker):
    text = (
        "Doncaster Council failed. Seven children known to the authority between 2004 and "
        "2009 died; the trust between parents and staff broke."
    )
    assert [s.text for s in seed_linker.find(text).spans if s.how == "contextual"] == [
        "the authority"
    ]


def test_a_description_before_of_and_its_object_is_the_body(seed_linker):
    text = (
        "Doncaster Council failed. Ministers stripped the council of its powers and "
        "accused the council of ignoring warnings, as the council of elders said. They "
        "stripped the local authority of control and later cleared the council of blame."
    )
    assert [s.start for s in seed_linker.find(text).spans if s.how == "contextual"] == [
        text.index("the council of its"),
        text.index("the council of ignoring"),
        text.index("the local authority of control"),
        text.index("the council of blame"),
    ]


def test_a_one_word_description_opening_a_sentence_as_an_ordinary_word_does_not_link(
    seed_linker,
):
    text = (
        "Doncaster Children's Services Trust met. Trust in services is low. “Trust me,” "
        "he said. Trust is hard to rebuild. “Trust takes years.” Trust bosses replied. "
        'The Trust in Doncaster agreed. "Trust has to be earned." Trust has appointed a '
        "chair."
    )
    assert [s.text for s in seed_linker.find(text).spans if s.how == "contextual"] == [
        "Trust",
        "The Trust",
        "Trust",
    ]


@pytest.mark.parametrize(
    "table",
    [
        "| Trust | Area | Launched |\n| --- | --- | --- |\n"
        "| Slough Children First | Slough | 2015 |",
        "Trust | Started | Set-up cost\nSlough Children First | 2015 | £3m",  # copied with tabs
    ],
)
def test_a_one_word_description_heading_a_tables_column_does_not_link(seed_linker, table):
    text = f"Doncaster Children's Services Trust was the first.\n\n{table}"
    assert [s.text for s in seed_linker.find(text).spans] == ["Doncaster Children's Services Trust"]


def test_a_one_word_description_after_a_or_an_is_no_mention_unless_it_qualifies_a_noun(
    seed_linker,
):
    text = (
        "A TRUST set up in 2014 is to close. Doncaster Children's Services Trust said "
        "so. A Trust like it costs £60m, but a Trust spokesman said so, a Trust statement "
        "agreed and the Trust agreed."
    )
    assert [s.text for s in seed_linker.find(text).spans if s.how == "contextual"] == [
        "Trust",
        "Trust",
        "the Trust",
    ]


def test_this_before_a_description_links_it_as_the_does(seed_linker):
    text = (
        "Doncaster Council met. “This council has failed,” the mayor said. Doncaster "
        "Children's Services Trust said This Trust would do better, and this trust fund "
        "will help."
    )
    assert linked(seed_linker, text) == [
        ("Doncaster Council", DONCASTER.key),
        ("This council", DONCASTER.key),
        ("Doncaster Children's Services Trust", DCST.key),
        ("This Trust", DCST.key),
    ]


def test_our_before_a_description_links_it_in_its_speakers_words(seed_linker):
    text = (
        "Doncaster Children's Services Trust's chief executive spoke. “Our trust will be "
        "judged on one thing,” he said. “Our trust's staff know it, and our trust fund too.”"
    )
    assert [phrase for phrase, _ in linked(seed_linker, text)] == [
        "Doncaster Children's Services Trust",
        "Our trust",
        "Our trust",
    ]


def test_our_before_a_description_is_no_known_bodys_in_another_speakers_words(
    placed_linker,
):
    text = (
        "Doncaster Council met.\n\nBarnsley's leader, Steve Houghton, said: \"I have every "
        'confidence Doncaster can do the same. Our council took a very different route."'
    )
    assert [phrase for phrase, _ in linked(placed_linker, text)] == ["Doncaster Council"]


def test_a_described_body_links_only_where_the_text_names_it(seed_linker):
    assert texts(seed_linker, "The education watchdog and the new trust said so.") == []


def test_a_described_body_is_left_alone_beside_an_unknown_body_of_its_kind(seed_linker):
    text = (
        "Doncaster Children's Services Trust was first. Slough Children's Trust followed. "
        "The new trust said so."
    )
    assert "The new trust" not in texts(seed_linker, text)


def test_a_described_former_name_links_in_texts_of_its_period_only():
    county = org(1, "Doncaster County Borough Council")
    linker = Linker.build(
        [county],
        [AliasRef("the corporation", county.key, contextual=True, valid_until=date(1974, 3, 31))],
    )
    text = "Doncaster County Borough Council met, and the local corporation agreed."
    assert texts(linker, text, on=date(1970, 1, 1))[-1] == "the local corporation"
    assert texts(linker, text, on=date(1980, 1, 1)) == ["Doncaster County Borough Council"]


def test_the_seed_story_links_its_descriptions(seed_linker):
    text = (SOURCES / "001_92dd316e499adfc4.txt").read_text(encoding="utf-8")
    contextual = {
        (s.text.lower(), s.entity) for s in seed_linker.find(text).spans if s.how == "contextual"
    }
    assert contextual == {
        ("the council", DONCASTER.key),
        ("the government regulator", OFSTED.key),
        ("trust", DCST.key),
        ("the trust", DCST.key),
    }


# Acronyms a text defines ----------------------------------------------------------


def test_an_acronym_defined_after_a_name_links_for_the_rest_of_the_text(seed_linker):
    text = (SOURCES / "001_92dd316e499adfc4.txt").read_text(encoding="utf-8")
    defined = [(s.text, s.entity) for s in seed_linker.find(text).spans if s.how == "defined"]
    assert defined == [("DCST", DCST.key), ("DCST", DCST.key)]


def test_a_defined_acronym_does_not_link_before_its_definition(seed_linker):
    text = 'DCST met. Doncaster Children’s Services Trust ("DCST") said DCST would.'
    assert [(s.text, s.how) for s in seed_linker.find(text).spans] == [
        ("Doncaster Children’s Services Trust", "name"),
        ("DCST", "defined"),
        ("DCST", "defined"),
    ]


def test_a_defined_acronym_lasts_only_for_its_text(seed_linker):
    seed_linker.find("Doncaster Children’s Services Trust (DCST) met.")
    assert seed_linker.find("DCST met again.").spans == []


def test_an_acronym_already_an_alias_links_as_usual(seed_linker):
    text = sentence_with("Office for Standards in Education (Ofsted)")
    spans = [(s.text, s.how) for s in seed_linker.find(text).spans]
    assert ("Office for Standards in Education", "name") in spans
    assert ("Ofsted", "name") in spans


def test_a_defined_acronym_outranks_another_bodys_alias_after_the_definition():
    trust = org(1, "Doncaster Children's Services Trust")
    team = org(2, "Dudley Community Safety Team")
    watch = org(3, "DCST Watch")
    linker = Linker.build([trust, team, watch], [AliasRef("DCST", team.key)])
    text = (
        "DCST met. Doncaster Children's Services Trust (DCST) said DCST would, "
        "and DCST Watch agreed."
    )
    assert linked(linker, text) == [
        ("DCST", team.key),
        ("Doncaster Children's Services Trust", trust.key),
        ("DCST", trust.key),
        ("DCST", trust.key),
        ("DCST Watch", watch.key),
    ]


def test_a_defined_acronym_settles_an_alias_many_other_bodies_share():
    trust = org(1, "Doncaster Children's Services Trust")
    others = [org(n, f"Body {n}") for n in range(2, 6)]
    linker = Linker.build(
        [trust, *others],
        [AliasRef("DCST", other.key) for other in others]
        + [AliasRef("the trust", trust.key, contextual=True)],
    )
    result = linker.find(
        "Doncaster Children's Services Trust (DCST) met. DCST said the trust would."
    )
    assert [(s.text, s.entity) for s in result.spans][1:] == [
        ("DCST", trust.key),
        ("DCST", trust.key),
        ("the trust", trust.key),
    ]
    assert [u for u in result.unresolved if u.candidates] == []


def test_a_defined_acronym_outranks_a_place_several_bodies_share():
    # A place is one span per body placed there; the definition replaces them all.
    council = org(1, "Doncaster Council", kind="local_authority")
    police = org(2, "Doncaster Police")
    trust = org(3, "Doncaster Children's Services Trust")
    linker = Linker.build(
        [council, police, trust],
        [AliasRef("DN", council.key, place=True), AliasRef("DN", police.key, place=True)],
    )
    result = linker.find("Doncaster Children's Services Trust (DN) met. DN said so.")
    assert [(s.text, s.entity, s.how) for s in result.spans] == [
        ("Doncaster Children's Services Trust", trust.key, "name"),
        ("DN", trust.key, "defined"),
        ("DN", trust.key, "defined"),
    ]


def test_a_bracketed_acronym_not_made_of_the_names_letters_defines_nothing(seed_linker):
    text = "DONCASTER (PA) - Doncaster Council (DMBC) met. PA and DMBC reported it."
    found = [s.text for s in seed_linker.find(text).spans]
    assert "PA" not in found
    assert found.count("DMBC") == 2


def test_a_lowercase_word_in_brackets_is_no_acronym(seed_linker):
    text = "Doncaster Council (the council) met. The council agreed."
    assert [s.how for s in seed_linker.find(text).spans] == ["name", "contextual", "contextual"]


# Phrases that are not mentions ----------------------------------------------------


def test_a_phrase_that_is_not_a_mention_keeps_the_name_inside_it_unlinked():
    westminster = [
        AliasRef("the council", DONCASTER.key, contextual=True),
        AliasRef("the council", WESTMINSTER.key, contextual=True),
        AliasRef("at Westminster", WESTMINSTER.key, excluded=True),
        AliasRef("Westminster Hall", WESTMINSTER.key, excluded=True),
    ]
    linker = Linker.build([DONCASTER, WESTMINSTER], westminster)
    text = (
        "Doncaster Council was debated at Westminster and in Westminster Hall, where "
        "the council was praised. Westminster's own children's services are outstanding."
    )

    result = linker.find(text)

    assert [(s.text, s.entity) for s in result.spans] == [
        ("Doncaster Council", DONCASTER.key),
        ("the council", DONCASTER.key),
        ("Westminster", WESTMINSTER.key),
    ]
    assert result.unresolved == []  # "Westminster Hall" is no unknown name either


def test_a_phrase_that_is_not_a_mention_of_one_body_leaves_another_bodys_name():
    hall = org(20, "Westminster Hall Trust")
    aliases = [
        AliasRef("Westminster Hall", WESTMINSTER.key, excluded=True),
        AliasRef("Westminster Hall", hall.key),
    ]
    linker = Linker.build([WESTMINSTER, hall], aliases)

    assert linked(linker, "Westminster Hall is a charity.") == [("Westminster Hall", hall.key)]


# Dates ----------------------------------------------------------------------------


def test_a_former_name_links_in_texts_of_its_period_only():
    trust = org(1, "Children First Trust")
    former = AliasRef(
        "Doncaster Children's Services Trust",
        trust.key,
        valid_from=date(2014, 10, 1),
        valid_until=date(2022, 3, 31),
    )
    linker = Linker.build([trust], [former])
    text = "Doncaster Children's Services Trust said"
    assert texts(linker, text, on=date(2016, 6, 30)) == ["Doncaster Children's Services Trust"]
    assert texts(linker, text, on=date(2023, 1, 1)) == []
    assert texts(linker, text, on=date(2013, 7, 1)) == []
    assert texts(linker, text) == ["Doncaster Children's Services Trust"]


# Namesakes ------------------------------------------------------------------------


def test_a_namesake_goes_to_the_entity_the_text_names_in_full():
    norfolk = org(1, "Norfolk County Council")
    trust = org(2, "Norfolk and Suffolk NHS Foundation Trust")
    aliases = [AliasRef("NCC", norfolk.key), AliasRef("NCC", trust.key)]
    linker = Linker.build([norfolk, trust], aliases)
    text = "NCC said. Norfolk County Council agreed."
    assert linked(linker, text)[0] == ("NCC", norfolk.key)


def test_an_undecided_namesake_is_reported_with_both_candidates():
    first, second = org(1, "Hill Academy"), org(2, "Hill Hospital")
    aliases = [AliasRef("The Hill", first.key), AliasRef("The Hill", second.key)]
    result = Linker.build([first, second], aliases).find("The Hill said no.")
    assert result.spans == []
    assert [(u.text, u.candidates) for u in result.unresolved] == [
        ("The Hill", ("organisation:1", "organisation:2"))
    ]


# Unknown names --------------------------------------------------------------------


def test_an_unknown_capitalised_name_is_reported(seed_linker):
    text = sentence_with("Edlington in which")
    result = seed_linker.find(f"Edlington Council met. {text}")
    assert [u.text for u in result.unresolved] == ["Edlington Council"]


def test_an_unknown_acronym_is_reported_but_not_a_heading_in_capitals(seed_linker):
    text = (
        "CHAIR'S WELCOME\n\nEVENTS\n\nThe NSPCC said the case was bad. The LSE's professor "
        "agreed. UNISON MEMBERS WALK OUT. Part III of the Act applies to GCSE results. "
        "Ofsted agreed, and the NEW trust said nothing new."
    )
    unresolved = [u.text for u in seed_linker.find(text).unresolved]
    assert unresolved == ["NSPCC", "LSE"]


def test_a_name_with_of_and_for_inside_is_reported_whole(seed_linker):
    text = sentence_with("Local Government Association's")
    unresolved = [u.text for u in seed_linker.find(text).unresolved]
    assert unresolved == ["Local Government Association"]


def test_two_people_joined_by_and_are_reported_apart(seed_linker):
    text = sentence_with("Riana Nelson and Rebecca Wilshire")
    unresolved = [u.text for u in seed_linker.find(text).unresolved]
    assert unresolved == ["Riana Nelson", "Rebecca Wilshire", "DCST"]  # "... from DCST said"
    text = "Fire and Rescue Service staff met Caroline Flint and Rosie Winterton."
    unresolved = [u.text for u in seed_linker.find(text).unresolved]
    assert unresolved == ["Fire and Rescue Service", "Caroline Flint", "Rosie Winterton"]
    text = "Ms Nelson and Ms Wilshire were absent; Riana Nelson and Dr Jane Smith came."
    unresolved = [u.text for u in seed_linker.find(text).unresolved]
    assert unresolved == ["Riana Nelson", "Jane Smith"]
    text = "Then Zoë Ørsted and Ali Şahin Kaya met Kensington and Chelsea staff."
    unresolved = [u.text for u in seed_linker.find(text).unresolved]
    assert unresolved == ["Zoë Ørsted", "Ali Şahin Kaya"]


def test_a_body_named_for_two_fields_joined_by_and_is_reported_whole(seed_linker):
    text = (
        "The Local Government and Social Care Ombudsman met the Department for Culture "
        "Media and Sport Committee, and Jane Smith and John Doe."
    )
    unresolved = [u.text for u in seed_linker.find(text).unresolved]
    assert unresolved == [
        "Local Government and Social Care Ombudsman",
        "Department for Culture Media and Sport Committee",
        "Jane Smith",
        "John Doe",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A second Hill – Sarah Hill, a consultant – said so.",
        "Meanwhile a different Hill, a councillor, said no.",
        "A separate Mr Hill, the club's manager, said no.",
        "My neighbour, Mr Hill - no relation, he says - said no.",
        "Mr Hill (no relation) said no.",
    ],
)
def test_a_surname_said_to_be_another_persons_is_no_link(seed_linker, sentence):
    text = f"Dave Hill spoke. {sentence}"
    assert texts(seed_linker, text) == ["Dave Hill"]


def test_separate_as_a_verb_before_a_surname_leaves_it_the_known_persons(seed_linker):
    text = "Dave Hill spoke. It is hard to separate Hill's influence from the rest."
    assert texts(seed_linker, text) == ["Dave Hill", "Hill"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hill – no relation to the racing driver Damon Hill – said no.",
        "Mr Hill (no relation to Damon Hill) said no.",
    ],
)
def test_a_surname_said_to_be_no_relation_of_another_of_it_is_the_known_one(seed_linker, sentence):
    text = f"Dave Hill spoke. {sentence}"
    assert len(texts(seed_linker, text)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Regional organiser Dave Hill – no relation to the director – said no.",
        "Dave Hill, head of the Doncaster Youth Alliance - no relation - said no.",
        "Dave Hill (no relation) said no.",
        "Dave Hill, who is not related to the director, said no.",
        "Dave Hill, the Guardian's London columnist, is not related to the director.",
        "Dave Hill, who is not connected to the director of the same name, said no.",
        "Dave Hill, the Slade guitarist, said no.",
        "Not to be confused with Dave Hill the Yorkshire Post football writer, who said no.",
        "Detective Inspector Dave Hill, of South Yorkshire Police, said no.",
        "Dave Hill, 61, of Armthorpe Road, admitted drink-driving.",
        "Meanwhile, a separate Dave Hill, the Bentley-based boxing coach, said no.",
        "No, he's not the Dave Hill who plays for Sheffield Eagles.",
        "Dave Hill, a Telegraph reader from Harrogate, wrote to say no.",
        "Dave Hill, of Thirteen Group, who shares his name with the director, said no.",
        "Washington foster carer Dave Hill said no.",
        "Dr Dave Hill, a consultant paediatrician at Sheffield Children's Hospital, said no.",
        "She is survived by her husband, Dave Hill, a retired engineer, who said no.",
        "Former social worker Dave Hill said no.",
    ],
)
def test_a_full_name_the_sentence_says_is_a_namesakes_is_no_link(seed_linker, sentence):
    found = seed_linker.find(f"{sentence} Hill went on.")
    assert [span.text for span in found.spans if "Hill" in span.text] == []
    assert [u.text for u in found.unresolved][:1] == ["Dave Hill"]


def test_a_post_holder_named_with_a_calling_is_still_the_known_one(seed_linker):
    text = "The ADCS's first president was Dave Hill, a former social worker. Hill left."
    assert texts(seed_linker, text) == ["ADCS", "Dave Hill", "Hill"]


@pytest.mark.parametrize(
    "before",
    ["Mrs Hill spoke.", "The chair spoke.\n\nSarah Hill, a councillor, said so."],
)
def test_a_full_name_said_no_relation_after_a_namesake_is_the_known_one(seed_linker, before):
    found = seed_linker.find(f"{before}\n\nDave Hill - who is no relation - said no.")
    assert "Dave Hill" in [span.text for span in found.spans]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dave Hill thanked Sue Hill - no relation - for her help.",
        "Dave Hill thanked Mrs Hill (no relation).",
        "Dave Hill said so. Jo Hill, no relation, agreed.",
        "Dave Hill, the president and a keen fan of football, said no.",
        "Dave Hill, 55, said no.",
        "Dave Hill – no relation to the Slade guitarist Noddy Holder's bandmate Dave Hill.",
        "Dave Hill (no relation to Damon Hill) said no.",
        "Ms Smith is not to be confused with Dave Hill, the president, who said no.",
        "Cllr Jo Hill spoke. The president, Dave Hill, who is not related to her, said no.",
    ],
)
def test_a_namesake_said_so_later_leaves_the_full_name_before_linked(seed_linker, sentence):
    assert texts(seed_linker, sentence)[:1] == ["Dave Hill"]


def test_an_unknown_persons_surname_after_the_full_name_is_reported_once(seed_linker):
    text = (
        "Professor Julian Le Grand wrote the report. Le Grand said the council had failed, "
        "and Slough Children's Trust agreed with Professor Le Grand's view."
    )
    unresolved = [u.text for u in seed_linker.find(text).unresolved]
    assert unresolved == ["Julian Le Grand", "Slough Children's Trust"]


def test_letters_after_an_unknown_persons_name_are_not_part_of_it(seed_linker):
    text = (
        "Judge Alan Goldsack QC said so. Jane Smith MP agreed, as did Sir John Doe CBE "
        "and the Doncaster North MP."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == [
        "Alan Goldsack",
        "Jane Smith",
        "John Doe",
    ]


def test_the_body_a_post_is_of_is_an_unknown_name(seed_linker):
    text = (
        "The Chief Executive of Slough Borough Council met the Director of Children's "
        "Services, the Secretary of State for Education and the Chair of the Sunderland "
        "Safeguarding Board."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == [
        "Slough Borough Council",
        "Sunderland Safeguarding Board",
    ]


def test_an_inspectors_or_members_letters_before_a_name_are_no_part_of_it(seed_linker):
    text = "The visit was led by HMI Louise Hollick. Wrexham AM Lesley Griffiths disagreed."
    unresolved = [u.text for u in seed_linker.find(text).unresolved]
    assert unresolved == ["Louise Hollick", "Lesley Griffiths"]


def test_a_person_named_after_a_posts_body_or_remit_is_an_unknown_name(seed_linker):
    text = (
        "Chief Executive of Slough Borough Council Josie Wragg met Director of Children's "
        "Services Jo Miller and Director of Public Health Rupert Suckling. The Cabinet "
        "Member for Children and Young People agreed, and so did the Minister for "
        "Children and Families Edward Timpson."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == [
        "Slough Borough Council",
        "Josie Wragg",
        "Jo Miller",
        "Rupert Suckling",
        "Edward Timpson",
    ]


def test_a_bodys_whole_name_before_and_is_one_of_two_unknown_names(placed_linker):
    text = (
        "Others include Hertfordshire County Council and Lincolnshire. The review involved "
        "South Yorkshire Police and Doncaster and Bassetlaw Teaching Hospitals NHS Foundation "
        "Trust, and the South Yorkshire Police and Crime Commissioner."
    )
    assert [u.text for u in placed_linker.find(text).unresolved] == [
        "Hertfordshire County Council",
        "South Yorkshire Police",
        "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust",
    ]  # a commissioner is a post, and no "Crime Commissioner" body


def test_a_name_its_acronym_spells_out_past_a_lowercase_word_is_one_unknown_name(seed_linker):
    text = (
        "The National Society for the Prevention of Cruelty to Children (NSPCC) agreed. Jo "
        "Miller moved from the Department of Health to Kent County Council (KCC)."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == [
        "National Society for the Prevention of Cruelty to Children",
        "Jo Miller",
        "Department of Health",
        "Kent County Council",
    ]


def test_a_places_formal_name_is_no_unknown_name(seed_linker):
    text = (
        "Children in the City of Doncaster and the Borough of Rotherham are safer, the City "
        "of London Corporation said."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == ["City of London Corporation"]


def test_a_titled_persons_name_ends_before_of(seed_linker):
    text = (
        "Professor Julian Le Grand of the London School of Economics met Dr Jane Smith "
        "for Slough Children's Trust, and the Secretary of State for Education agreed."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == [
        "Julian Le Grand",
        "London School of Economics",
        "Jane Smith",
        "Slough Children's Trust",
    ]


def test_a_bills_or_a_programmes_name_is_no_unknown_name(seed_linker):
    text = (
        "MPs debated the Children's Wellbeing and Schools Bill. The money comes through the "
        "Families First programme and the Staying Close pilot, says Sheffield City Council. "
        "Birmingham Children's Trust backed Jane Smith's project."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == [
        "Sheffield City Council",
        "Birmingham Children's Trust",
        "Jane Smith",
    ]


def test_a_post_is_no_unknown_name(seed_linker):
    text = (
        "The Director of Children's Services met the Chief Operating Officer, the Chief "
        "Executive of the Trust, the Cabinet Member for Children, the MP for Don Valley, the "
        "Doncaster North MP, the Levelling Up Secretary and Nicky Morgan. Doncaster Central "
        "MP Dame Margaret Hodge met Opposition Conservative group leader Nick Allen. The "
        "Social Care Annual Report, the Children Act and the Serious Case Review agreed. "
        "At Prime Minister's Questions before the Queen's Platinum Jubilee, the "
        "Communications Team spoke. "
        "The Rt Hon Michael Gove met the Rt Hon Jane Smith, a minister. Her Majesty's "
        "Inspectors and Regional Directors came. The Chief Whip and the Deputy Speaker met."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == [
        "Nicky Morgan",
        "Margaret Hodge",
        "Nick Allen",
        "Jane Smith",
    ]
    text = (
        "Education Secretary Gavin Williamson met Chief Executive Officer Jo Miller, "
        "Children and Families Minister Edward Timpson and the Chief Inspector."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == [
        "Gavin Williamson",
        "Jo Miller",
        "Edward Timpson",
    ]
    text = (
        "Grandmother Jill Smith said it Requires Improvement. Local Democracy Reporter Ann "
        "Lee agreed, and the trust was rated Requires Improvement To Be Good."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == ["Jill Smith", "Ann Lee"]
    text = (
        "They met at Cleveland Street by the Keepmoat Stadium, in the Black Country, and "
        "Conservative MP Claire Perry spoke."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == ["Claire Perry"]
    text = (
        "The Association of Chief Police Officers met Regional Directors. Members of the "
        "Education Select Committee agreed."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == [
        "Association of Chief Police Officers",
        "Education Select Committee",  # the body its members sit on
    ]


def test_the_remits_listed_in_a_posts_title_are_no_unknown_name(seed_linker):
    text = (
        "Ann Brown, Director of Learning, Opportunities and Skills, met the Director of "
        "Learning, Skills and Culture and the Chief Executive of Doncaster Council, Jo "
        "Miller and Ann Smith. The Director of Policy, Slough Children First and Kent County "
        "Council agreed."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == [
        "Ann Brown",
        "Jo Miller",
        "Ann Smith",
        "Slough Children First",
        "Kent County Council",
    ]


def test_a_post_of_the_body_is_no_other_body_for_the_descriptions_after_it(seed_linker):
    # "Leader of the Council" is a post, not a council no alias knows: "the Council" in
    # it and "the council" after it are Doncaster's.
    text = (
        "Doncaster Council and Doncaster Children's Services Trust met. The Leader of the "
        "Council and the Chief Executive of the Trust said the council and the trust agreed."
    )
    assert [(s.text, s.entity) for s in seed_linker.find(text).spans if s.how == "contextual"] == [
        ("the Council", DONCASTER.key),
        ("the Trust", DCST.key),
        ("the council", DONCASTER.key),
        ("the trust", DCST.key),
    ]


def test_two_descriptions_joined_by_and_the_are_no_unknown_name(seed_linker):
    # "the Council and the Trust" is two descriptions, not a body called "Council and
    # the Trust" that "the Trust" would then mean.
    text = (
        "Doncaster Council and Doncaster Children's Services Trust met. The Council and "
        "the Trust agreed, and the trust said so."
    )
    result = seed_linker.find(text)
    assert [(s.text, s.entity) for s in result.spans if s.how == "contextual"] == [
        ("The Council", DONCASTER.key),
        ("the Trust", DCST.key),
        ("the trust", DCST.key),
    ]
    assert result.unresolved == []


def test_a_capitalised_description_is_no_unknown_body_for_the_descriptions_after_it(
    seed_linker,
):
    text = (
        "Doncaster Council met. Its leader said the Local Authority and the Authority would appeal."
    )
    assert texts(seed_linker, text) == [
        "Doncaster Council",
        "the Local Authority",
        "the Authority",
    ]


def test_a_body_named_in_a_post_is_a_body_for_the_descriptions_after_it(seed_linker):
    text = (
        "Doncaster Children's Services Trust met. The Chief Executive of Slough Children's "
        "Trust said the trust would appeal."
    )
    assert texts(seed_linker, text) == ["Doncaster Children's Services Trust"]


def test_a_sentence_opening_and_a_lone_capital_are_no_unknown_names(seed_linker):
    text = "The Government said so. In March Ofsted agreed. Parliament rose."
    assert seed_linker.find(text).unresolved == []


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("Across England, Two London boroughs agreed. Each JTAI lasts.", []),
        ('"Paul and I have not always agreed," she said.', []),
        ("Boris Johnson's Conservatives won.", ["Boris Johnson", "Conservatives"]),
        ("Sunderland's Together for Children was rated good.", ["Together for Children"]),
        ("So did South Yorkshire Police and Doncaster's GPs.", ["South Yorkshire Police"]),
        (
            "Researchers at the University of Sheffield's Centre for Social Work Research.",
            ["University of Sheffield", "Centre for Social Work Research"],
        ),
        ("Birmingham Children's Trust agreed.", ["Birmingham Children's Trust"]),
        ("She lost to the Conservative Nick Fletcher.", ["Nick Fletcher"]),
        ("The Conservative Party agreed.", ["Conservative Party"]),
        # A person's name ends before "of": the body is another name.
        (
            "The mayor, Peter Davies of the English Democrats, agreed.",
            ["Peter Davies", "English Democrats"],
        ),
        # A transcript's numbered question and a speaker's "I'm" are no part of a name.
        ("Q90 Ian Mearns: I'm Hannah Orwell, and I agree.", ["Ian Mearns", "Hannah Orwell"]),
        ("Result: GAIN from the English Democrats.", ["English Democrats"]),
        # After a known name run into it; a box's heading in capitals.
        ("iMPOWER's Lena Osterberg agreed. KEY FACTS", ["Lena Osterberg"]),
        # Buildings, places joined by "and", and inspectors before their names.
        (
            "They met at the Civic Office, the Town Hall and Thorne Library. Companies House "
            "agreed.",
            ["Companies House"],
        ),
        ("Homes in Balby and Bentley, and Sandwell and Reading, will close.", []),
        ("Inspectors Amanda Stott and Rhys Benbow wrote it.", ["Amanda Stott", "Rhys Benbow"]),
    ],
)
def test_an_unknown_name_is_cut_at_an_opening_quantifier_a_pronoun_or_a_possessive(
    seed_linker, text, unknown
):
    assert [u.text for u in seed_linker.find(text).unresolved] == unknown


def test_regions_and_seats_are_no_unknown_names_but_their_bodies_are(seed_linker):
    text = (
        "Councils across South Yorkshire agreed. So did South Yorkshire Police, and the "
        "Don Valley seat's MP."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == ["South Yorkshire Police"]


def test_places_are_no_unknown_names_but_bodies_named_after_them_are(seed_linker):
    text = (
        "Slough, Sunderland and Birmingham followed. Hackney, Islington and Tower Hamlets "
        "did well, as did North Yorkshire. Sunderland City Council agreed."
    )
    assert [u.text for u in seed_linker.find(text).unresolved] == ["Sunderland City Council"]


def test_a_body_named_after_a_known_bodys_place_is_reported_whole(placed_linker):
    text = (
        "Doncaster Council met. Doncaster Royal Infirmary, run by Doncaster and Bassetlaw "
        "Teaching Hospitals NHS Foundation Trust, agreed, as did Sheffield and Doncaster. "
        "What Doncaster shows is clear, the MPs for Doncaster North and Doncaster Central said."
        "\n\nRotherham Doncaster and South Humber NHS Foundation Trust agreed."
    )
    assert [u.text for u in placed_linker.find(text).unresolved] == [
        "Doncaster Royal Infirmary",
        "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust",
        "Rotherham Doncaster and South Humber NHS Foundation Trust",
    ]


def test_two_names_joined_by_a_comma_link_separately(seed_linker):
    text = sentence_with("Kensington and Chelsea, and Westminster")
    result = seed_linker.find(text)
    assert linked(seed_linker, text)[:2] == [
        ("Kensington and Chelsea", KENSINGTON.key),
        ("Westminster", WESTMINSTER.key),
    ]
    assert result.unresolved == []


def test_an_alias_that_did_not_link_is_no_unknown_name(seed_linker):
    assert seed_linker.find("Later Mr Gove said so.").unresolved == []


# Text beyond Latin-1, and the table itself ----------------------------------------


def test_names_beyond_latin1_link_and_their_letters_are_no_boundary():
    lodz, od = org(21, "Łódź City Council"), org(22, "Ódź")
    linker = Linker.build([lodz, od, OFSTED], [AliasRef("ód", od.key, case="any")])
    assert linked(linker, "In Łódź City Council’s view, ódź and Łódź. Ofsted’s too.") == [
        ("Łódź City Council", lodz.key),
        ("Ofsted", OFSTED.key),
    ]
    assert linked(linker, "ŁÓDŹ CITY COUNCIL") == [("ŁÓDŹ CITY COUNCIL", lodz.key)]


def test_a_letter_that_lowercases_longer_keeps_every_offset():
    linker = Linker.build([org(1, "Ofsted")], [])
    text = "İİİ Ofsted said"
    (span,) = linker.find(text).spans
    assert text[span.start : span.end] == "Ofsted"


def test_an_alias_of_an_unknown_entity_is_refused():
    with pytest.raises(ValueError, match="unknown entity"):
        Linker.build([OFSTED], [AliasRef("DfE", "organisation:404")])


def test_an_entity_key_given_twice_is_refused():
    with pytest.raises(ValueError, match="appears twice"):
        Linker.build([OFSTED, OFSTED], [])


def test_an_unknown_case_is_refused():
    with pytest.raises(ValueError, match="unknown case"):
        Linker.build([OFSTED], [AliasRef("Ofsted", OFSTED.key, case="loud")])


def test_the_linker_imports_without_django():
    code = "import sys, entities.linking; print('django' in sys.modules)"
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_benchmark_reports_every_figure():
    from entities.management.commands.bench_linker import run_bench

    result = run_bench(aliases=2000, mb=0.02)
    assert result["aliases"] == 2000
    assert result["news_mb_per_s"] > result["regex_mb_per_s"] > 0
    assert set(result["ms_per_5kb_article"]) >= {"median", "p95"}
    assert {"build_s", "build_mb", "dense_mb_per_s"} <= set(result)


# Descriptions and names the linker does not know ---------------------------------


def test_a_description_word_inside_an_unknown_name_does_not_link(seed_linker):
    text = (
        "Doncaster Children's Services Trust was praised. Slough Children's Services Trust was not."
    )
    assert linked(seed_linker, text) == [("Doncaster Children's Services Trust", DCST.key)]


def test_a_description_after_an_unknown_body_of_its_kind_is_left_alone(seed_linker):
    text = (
        "Doncaster Children's Services Trust was praised. Slough Children's Services "
        "Trust was not, and the trust said it would appeal."
    )
    assert "the trust" not in texts(seed_linker, text)


def test_a_council_description_after_an_unknown_council_is_left_alone(seed_linker):
    text = "Doncaster Council met. Then Slough Borough Council met, and the council agreed."
    assert "the council" not in texts(seed_linker, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "In Sunderland, the council will hand its services to a trust.",
        "Rotherham's MP, Sarah Champion, said the council had lost the town's trust.",
        "Birmingham has struggled for years, and the local authority admits it.",
        "In Slough, the trust was rated inadequate.",
        "Like Rotherham, Birmingham will have a trust, and the council agrees.",
        "Neighbouring Barnsley was rated good, and the council offered support.",
        "It did better than in Rotherham, where the council failed.",
        "A review of Birmingham's governance will examine the council's ability to cope.",
        "Inspectors said Torfaen council had been reactive, and the council accepted it.",
        "In Falkirk, the local authority has a plan.",
        "It came with an inspection of Rotherham, which moved up as the council recovers.",
        "Its chief resigned as chief executive of Birmingham city council. The council failed.",
        "The trust established in Slough has had a rockier start. Its chair resigned and the "
        "council is in dispute with the trust.",
        "The trust set up for Sunderland is owned by the council.",
        "The council of neighbouring Barnsley agreed, and the council's leader spoke.",
    ],
)
def test_a_description_after_a_place_whose_body_no_alias_knows_is_that_body(seed_linker, sentence):
    # Britain's children's services areas are known places, even without an alias.
    text = f"Doncaster Council and Doncaster Children's Services Trust met. {sentence}"
    assert [s.how for s in seed_linker.find(text).spans] == ["name", "name"]


@pytest.mark.parametrize(
    ("other", "linked_after"),
    [
        ("Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust", True),
        ("Doncaster Culture and Leisure Trust", True),
        ("Slough Children's Services Trust", False),
    ],
)
def test_the_childrens_trust_is_not_another_kind_of_trust_named_since(
    placed_linker, other, linked_after
):
    text = (
        "Doncaster Children's Services Trust and Doncaster Council met.\n\n"
        f"{other} said it would help.\n\nInformation was not shared between the hospital, "
        "the children's trust, GPs and the police."
    )
    found = [span.text for span in placed_linker.find(text).spans]
    assert ("the children's trust" in found) is linked_after


@pytest.mark.django_db
@pytest.mark.parametrize("place", ["Rotherham", "neighbouring Rotherham"])
def test_the_mayor_of_another_place_is_not_doncasters(seeded, place):
    text = (
        "Mayor Ros Jones welcomed the report.\n\n"
        f"Meanwhile, the mayor of {place}, Councillor Michael Hill, said no."
    )
    spans = current_linker().find(text, on=date(2016, 3, 1)).spans
    assert [span.text for span in spans] == ["Mayor Ros Jones"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Its chief executive, previously of Sunderland, said the council agreed.",
        "Speaking in Leeds, the mayor said the council agreed.",
        "Trusts followed in Slough, Sunderland and Birmingham, and the council agreed.",
        "Rotherham Doncaster and South Humber NHS Foundation Trust said the council agreed.",
        "Sheffield Hallam University said the council agreed.",
        "Sarah Champion, MP for Rotherham, said the council agreed.",
        "A board chaired by the former Hampshire director said the council agreed.",
    ],
)
def test_a_place_that_does_not_stand_for_its_body_leaves_the_description(seed_linker, sentence):
    text = f"Doncaster Council met. {sentence}"
    assert linked(seed_linker, text)[-1] == ("the council", DONCASTER.key)


@pytest.mark.parametrize(
    "sentence",
    [
        "Its chief executive, who joined from Kent County Council, said the council agreed.",
        "Its chief executive, who joined the Trust from Kent County Council, said the council "
        "agreed.",
        "Eleanor Brazil, a former director at Islington Council, said the council agreed.",
        "Its director, formerly of Slough Borough Council, said the council agreed.",
        "Its director, previously at Hackney Council, said the council agreed.",
        "The mayor, an ex-leader of Leeds City Council, said the council agreed.",
        "Its director, who came after running Solihull Council, said the council agreed.",
        "Its director, appointed after six years at Solihull Council, said the council agreed.",
    ],
)
def test_a_body_someone_came_from_is_not_the_body_a_description_means(seed_linker, sentence):
    # Where a person worked before is their past, not a body the story follows.
    text = f"Doncaster Council met. {sentence}"
    assert linked(seed_linker, text)[-1] == ("the council", DONCASTER.key)


@pytest.mark.parametrize(
    "sentence",
    [
        "The former Slough Borough Council agreed, and the council said so.",
        "Staff moved from Doncaster to Kent County Council, and the council agreed.",
        "The former mayor said Slough Borough Council had failed, and the council agreed.",
        # Staff and services moved from a council are transferred, not someone's career.
        "Around 650 staff are due to move from Sandwell Council, if the council agrees.",
        "Children's services will move from Kent County Council next year, the council said.",
    ],
)
def test_a_body_named_for_itself_is_still_the_body_a_description_means(seed_linker, sentence):
    text = f"Doncaster Council met. {sentence}"
    assert ("the council", DONCASTER.key) not in linked(seed_linker, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council in Northamptonshire was replaced by two unitary authorities.",
        "Inspectors said the trust in Sunderland had improved.",
        "The new trust for Slough starts in April.",
        "Commissioners went to Sunderland, and the council there agreed.",
    ],
)
def test_a_description_placed_by_a_place_whose_body_no_alias_knows_is_that_body(
    seed_linker, sentence
):
    text = f"Doncaster Council and Doncaster Children's Services Trust met. {sentence}"
    assert [s.how for s in seed_linker.find(text).spans] == ["name", "name"]


def test_bodies_listed_together_set_the_scene_for_their_own_paragraph_only(seed_linker):
    text = (
        "Doncaster Council met.\n\nGood: Kirklees Council, Leeds City Council\n\n"
        "A spokesman said the authority was proud."
    )
    assert linked(seed_linker, text)[-1] == ("the authority", DONCASTER.key)
    text = "Doncaster Council met. Kirklees Council, Leeds City Council and the council agreed."
    assert linked(seed_linker, text) == [("Doncaster Council", DONCASTER.key)]
    text = "Doncaster Council met.\n\nKirklees Council was good.\n\nThe council was proud."
    assert linked(seed_linker, text) == [("Doncaster Council", DONCASTER.key)]


def test_a_description_placed_by_its_own_place_still_links(seed_linker):
    text = "Doncaster Council met. Ofsted praised the council in Doncaster."
    assert ("the council", DONCASTER.key) in linked(seed_linker, text)
    text = "Doncaster Council met Solihull Council. The council in Doncaster has a mayor."
    assert ("The council", DONCASTER.key) in linked(seed_linker, text)
    text = "Leaders went to Sunderland. Then Doncaster Council met, and the council there agreed."
    assert ("the council", DONCASTER.key) in linked(seed_linker, text)
    text = "Doncaster Council met. Staff at the council in Leeds Road agreed."
    assert ("the council", DONCASTER.key) in linked(seed_linker, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The local NHS trust said waiting lists were long, and the trust is recruiting.",
        "An academy trust runs the school, and the trust said it was pleased.",
        "The county council disagreed, and the council said so.",
        "The combined authority agreed, and the authority said so.",
        "The police watchdog said the watchdog would investigate.",
    ],
)
def test_a_description_after_another_body_of_its_kind_is_that_body(seed_linker, sentence):
    text = f"Doncaster Council and Doncaster Children's Services Trust met. Ofsted came. {sentence}"
    assert [s.how for s in seed_linker.find(text).spans] == ["name", "name", "name"]


@pytest.fixture(scope="module")
def placed_linker():
    """The seed linker with Doncaster as the fixtures have it: the place of both bodies."""
    aliases = [alias for alias in SEED_ALIASES if alias.text != "Doncaster"]
    aliases += [AliasRef("Doncaster", body.key, place=True) for body in (DCST, DONCASTER)]
    return Linker.build(SEED_ENTITIES, aliases)


@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_the_places_a_body_covers_leave_its_description_to_it(placed_linker, between):
    text = (
        "Oliver Coppard has been re-elected Mayor of South Yorkshire. The combined authority "
        f"covers Doncaster, Barnsley, Rotherham and Sheffield.{between}Mr Coppard said the "
        "authority would get on with delivering for South Yorkshire."
    )
    assert "the authority" not in [span.text for span in placed_linker.find(text).spans]


@pytest.mark.parametrize(
    ("other", "between", "linked_after"),
    [
        # Two paragraphs on: the story's own again; the next: the hospital trust may still be
        # meant, but seldom a company not named a trust.
        ("Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust", "\n\nOK.\n\n", True),
        ("Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust", "\n\n", False),
        ("Achieving for Children", "\n\n", True),
        ("Achieving for Children", " ", False),
        # An acronym stands for a trust's name: "RDaSH" is the hospital trust's.
        ("RDaSH", "\n\n", False),
    ],
)
def test_another_trust_named_in_passing_gives_way_to_the_storys_own(
    placed_linker, other, between, linked_after
):
    text = (
        "Doncaster Children's Services Trust opened. The trust hired staff. The trust grew."
        f"\n\nA spokesman for {other} welcomed it.{between}Ofsted will inspect the trust."
    )
    found = [s.start for s in placed_linker.find(text).spans if s.text == "the trust"]
    assert (text.rindex("the trust") in found) is linked_after


def test_another_trust_named_in_a_story_that_barely_named_its_own_is_no_passing_mention(
    placed_linker,
):
    text = (
        "Doncaster Children's Services Trust opened.\n\nSlough Children's Services Trust "
        "starts next week.\n\nOfficials agreed.\n\nOfsted will inspect the trust."
    )
    assert [s.text for s in placed_linker.find(text).spans if s.text.endswith("rust")] == [
        "Doncaster Children's Services Trust"
    ]


def test_a_place_sets_the_scene_for_its_paragraph_and_a_name_beyond_it(placed_linker):
    text = (
        "Sandwell Children's Trust takes over, on the model first used in Doncaster.\n\n"
        "The new trust starts in April.\n\n"
        "Doncaster Children's Services Trust was rated good. The trust is proud.\n\n"
        "Like Doncaster, Birmingham will move its services into a trust.\n\n"
        "The new trust will be owned by the council."
    )
    assert [s.start for s in placed_linker.find(text).spans if s.how == "contextual"] == [
        text.index("The trust is proud")
    ]


@pytest.mark.parametrize(
    "between",
    [
        "In Rotherham, where the council failed in 2014, commissioners were sent in.",
        "Rotherham's council was rated inadequate.",
    ],
)
def test_a_place_a_paragraph_before_that_speaks_of_no_trust_is_no_trust(placed_linker, between):
    text = (
        f"Doncaster Children's Services Trust took over. {between}\n\nThe trust said it would help."
    )
    assert linked(placed_linker, text)[-1] == ("The trust", DCST.key)


def test_a_place_a_paragraph_before_that_speaks_of_a_trust_is_that_trust(placed_linker):
    text = (
        "Doncaster Children's Services Trust took over. In Slough, services went to a trust."
        "\n\nThe trust said it would help."
    )
    assert [s.how for s in placed_linker.find(text).spans] == ["name"]


@pytest.mark.parametrize(
    ("text", "linked_as_council"),
    [
        ("The London boroughs of Kensington and Chelsea, and Westminster, did well.", True),
        ("Westminster and Kensington and Chelsea share a director.", True),
        ("I worked with colleagues in Kensington and Chelsea and in Westminster.", True),
        ("Ofsted rated Westminster outstanding in 2019.", True),
        ("Meanwhile in Westminster, services were rated inadequate.", False),  # a place
        ("Westminster has failed children, the MP said.", False),  # the Commons
        ("It cannot be another Westminster experiment.", False),
        ("The debate has reached Westminster, where MPs sit.", False),
        ("Westminster and Whitehall have failed.", False),  # listed, but with no body
    ],
)
def test_a_place_one_body_holds_names_it_listed_with_bodies_or_rated(text, linked_as_council):
    linker = Linker.build(
        [KENSINGTON, WESTMINSTER],
        [
            AliasRef("Kensington and Chelsea", KENSINGTON.key),
            AliasRef("Westminster", WESTMINSTER.key, place=True),
        ],
    )
    found = ("Westminster", WESTMINSTER.key) in linked(linker, text)
    assert found is linked_as_council


@pytest.fixture(scope="module")
def three_councils():
    """Doncaster's, Westminster's and Kensington and Chelsea's councils, each "the council"."""
    councils = [
        org(1, "Doncaster Council"),
        org(2, "Westminster City Council"),
        org(3, "Royal Borough of Kensington and Chelsea"),
    ]
    aliases = [AliasRef("the council", council.key, contextual=True) for council in councils]
    aliases.append(AliasRef("Kensington and Chelsea", councils[2].key))
    return councils, Linker.build(councils, aliases)


@pytest.mark.parametrize(
    "listed",
    [
        "Westminster City Council, the Royal Borough of Kensington and Chelsea and Hammersmith "
        "& Fulham LBC share services.",
        "Westminster City Council and Kensington and Chelsea share services.",
        "Other areas, including Hackney and Kensington and Chelsea, have improved.",
        "Councils such as Kensington and Chelsea have improved.",
    ],
)
def test_bodies_listed_a_paragraph_back_are_not_what_a_description_means(three_councils, listed):
    (doncaster, *_), linker = three_councils
    text = f"Doncaster Council failed.\n\n{listed}\n\nThe mayor said the council would act."
    assert linked(linker, text)[-1] == ("the council", doncaster.key)


@pytest.mark.parametrize(
    ("between", "meant"),
    [
        ("", 0),  # named in passing: the story's council is meant
        (" The council was rated good.", 1),  # described since: it goes on being meant
    ],
)
def test_a_body_named_as_someones_employer_a_paragraph_back_sets_no_scene(
    three_councils, between, meant
):
    councils, linker = three_councils
    text = (
        "Doncaster Council failed.\n\nJane Hale, chief executive of Westminster City Council, "
        f"warned other councils.{between}\n\nThe council's officers said so."
    )
    assert linked(linker, text)[-1] == ("The council", councils[meant].key)


@pytest.mark.parametrize(
    ("between", "linked_after"),
    [
        ("Mr Douglas left to become director of children's services at Stockport Council.", True),
        ("Ms Wilshire joins from Rochdale Borough Council, where she was a director.", True),
        ("Its boss was head of children's services at Salford Council before.", True),
        ("The MP, whose constituency borders Barnsley, spoke.", True),
        ("Stockport Council was rated inadequate.", False),  # a council the story speaks of
    ],
)
def test_a_council_named_as_an_employer_a_paragraph_back_is_no_councils_scene(
    three_councils, between, linked_after
):
    (doncaster, *_), linker = three_councils
    text = f"Doncaster Council met.\n\n{between}\n\nLast month the council agreed."
    assert (("the council", doncaster.key) in linked(linker, text)) is linked_after


def test_an_employer_is_meant_when_no_other_body_of_its_kind_came_before(three_councils):
    (_, westminster, _), linker = three_councils
    text = "Jane Hale, chief executive of Westminster City Council, spoke.\n\nThe council agreed."
    assert linked(linker, text)[-1] == ("The council", westminster.key)


def test_a_body_named_alone_a_paragraph_back_is_what_a_description_means(three_councils):
    (_, westminster, _), linker = three_councils
    text = "Doncaster Council failed.\n\nWestminster City Council did well.\n\nThe council said so."
    assert linked(linker, text)[-1] == ("The council", westminster.key)


@pytest.fixture(scope="module")
def mayors_linker():
    """Doncaster Council, described as "the council", and its mayor, who speaks for it."""
    mayor = EntityRef("person:3", "Ros Jones", is_person=True, bodies=(DONCASTER.key,))
    return Linker.build(
        [DONCASTER, mayor], [AliasRef("the council", DONCASTER.key, contextual=True)]
    )


def test_a_description_goes_on_meaning_the_body_the_one_before_it_meant(mayors_linker):
    text = (
        "Doncaster Council agreed.\n\nIt follows a move by neighbouring Rotherham Council, "
        "where the council did so in 2019.\n\n"
        "Ros Jones said: “We are proud. The council will act.”\n\nResidents can write in, "
        "the council said."
    )
    assert [
        key for phrase, key in linked(mayors_linker, text) if phrase.lower() == "the council"
    ] == [
        DONCASTER.key,
        DONCASTER.key,
    ]


@pytest.mark.parametrize(
    ("sentence", "linked_to"),
    [
        ("Mayor Ros Jones told LGC that the council would act.", DONCASTER.key),
        ("Ros Jones said: “We are proud. The council will act.”", DONCASTER.key),
        ('Ros Jones said: "We are proud." The council will act.', None),
        ("Ros Jones said Birmingham City Council and the council would act.", None),
        ("A spokesman told LGC that the council would act.", None),
        # Named after the quotation.
        ("“We are proud. The council will act,” Ros Jones said.", DONCASTER.key),
        ('"We are proud. The council will act," said Ros Jones.', DONCASTER.key),
        ("“We are proud. The council will act,” said David Sheard.", None),
        ("“We are proud. The council will act.” Ros Jones was pleased.", None),
    ],
)
def test_someone_with_a_post_at_a_body_speaks_for_it_in_their_sentence(
    mayors_linker, sentence, linked_to
):
    text = f"Doncaster Council failed.\n\nBirmingham City Council is under pressure.\n\n{sentence}"
    found = [key for phrase, key in linked(mayors_linker, text) if phrase.lower() == "the council"]
    assert found == ([linked_to] if linked_to else [])


@pytest.mark.parametrize(
    ("sentence", "linked_to"),
    [
        ("A spokesman for Doncaster Council said: “We work with the Trust.”", DCST.key),
        ("Doncaster Council said it worked with the Trust.", DCST.key),
        ("Doncaster Council spoke.\n\nThe Trust agreed.", None),  # a paragraph on
        ("Doncaster Council spoke. The Trust agreed.", None),
    ],
)
def test_a_body_speaks_for_the_others_of_its_place_in_its_sentence(
    placed_linker, sentence, linked_to
):
    text = (
        "Doncaster Children's Services Trust was first.\n\nSlough Children's Services Trust "
        f"starts next week.\n\n{sentence}"
    )
    found = [s.entity for s in placed_linker.find(text).spans if s.text.lower() == "the trust"]
    assert found == ([linked_to] if linked_to else [])


@pytest.mark.django_db
def test_a_paragraph_a_body_speaks_in_is_its_own_though_it_ends_with_it_as_an_employer(seeded):
    text = (
        "The Association of Directors of Children's Services (ADCS) said the association "
        "was concerned.\n\nThe Local Government Association (LGA) said the decision sets a "
        "worrying precedent. Councillor David Simmonds, chairman of the LGA's children and "
        "young people board, said councils were accountable.\n\nThe association has asked "
        "the Department for Education to publish the evidence."
    )
    spans = current_linker().find(text, on=date(2013, 7, 15)).spans
    last = text.rindex("The association")
    assert [s.entity for s in spans if s.start == last] == ["organisation:5"]


@pytest.mark.parametrize(("there", "linked_after"), [(" there", True), ("", False)])
def test_a_paragraph_on_another_council_there_is_an_aside_in_doncasters_story(
    placed_linker, there, linked_after
):
    text = (
        "Doncaster Children's Services Trust is forecasting a £6m overspend.\n\nPapers going "
        "before Doncaster Council's cabinet show the number of children in care has risen."
        "\n\nRotherham Council is facing similar pressures. The council"
        f"{there} has reported its number of children in care above 600.\n\nThe council has "
        "agreed to underwrite the trust's deficit."
    )
    last = text.rindex("The council")
    found = [(s.start, s.entity) for s in placed_linker.find(text).spans]
    assert ((last, DONCASTER.key) in found) is linked_after


@pytest.mark.parametrize(
    ("aside", "linked_after"),
    [
        ("Barnsley Council is facing similar pressures and has set aside £6m.", True),
        ("Wakefield Council has also seen its number of children in care rise.", True),
        ("Barnsley Council has set aside £6m for placements.", False),
        ("Barnsley Council is facing similar pressures. The council has set aside £6m.", False),
    ],
)
def test_another_council_named_in_passing_beside_doncasters_is_an_aside(
    placed_linker, aside, linked_after
):
    text = (
        "Doncaster council agrees extra £9m for children's trust\n\nDoncaster Council has "
        "agreed to give £9m to the trust.\n\nCabinet members approved the increase on "
        "Wednesday, Doncaster Council said.\n\n"
        f"{aside}\n\nThe council's chief financial officer said the authority would lobby."
    )
    last = text.rindex("The council")
    found = [(s.start, s.entity) for s in placed_linker.find(text).spans]
    assert ((last, DONCASTER.key) in found) is linked_after


@pytest.mark.parametrize(
    ("sentence", "linked_to"),
    [
        ("The trust’s contract with the council is due.", DONCASTER.key),
        ("The contract with the council is due.", None),
    ],
)
def test_a_description_of_a_body_speaks_for_the_others_of_its_place(
    placed_linker, sentence, linked_to
):
    text = (
        "Doncaster Children's Services Trust met Doncaster Council.\n\nNorth East "
        f"Lincolnshire Council was rated inadequate.\n\n{sentence}"
    )
    found = [s.entity for s in placed_linker.find(text).spans if s.text == "the council"]
    assert found == ([linked_to] if linked_to else [])


def test_someone_at_one_body_speaks_for_the_others_of_its_place():
    moffat = EntityRef("person:8", "Paul Moffat", is_person=True, bodies=(DCST.key,))
    aliases = [AliasRef("Doncaster", body.key, place=True) for body in (DCST, DONCASTER)]
    aliases.append(AliasRef("the council", DONCASTER.key, contextual=True))
    linker = Linker.build([DCST, DONCASTER, moffat], aliases)
    text = (
        "Doncaster Council met.\n\nSlough Borough Council failed.\n\nPaul Moffat said: "
        '"Being freed from the council\'s bureaucracy helps."'
    )
    assert ("the council", DONCASTER.key) in linked(linker, text)


def test_someone_named_a_paragraph_before_speaks_for_nothing_here(mayors_linker):
    text = (
        "Doncaster Council failed.\n\nKirklees Council is under pressure.\n\nRos Jones spoke."
        "\n\nBut council leader David Sheard said the council would act."
    )
    assert [phrase for phrase, _ in linked(mayors_linker, text)] == [
        "Doncaster Council",
        "Ros Jones",
    ]


@pytest.mark.parametrize(
    "other",
    [
        "Sandwell Children’s Trust, which followed the model first used in Doncaster, was set "
        "up in 2018.",
        "Slough Children’s Services Trust, set up in 2015 and modelled on Doncaster’s, agreed.",
        "Slough Children’s Services Trust, which was set up on the Doncaster model, agreed.",
    ],
)
def test_a_place_where_something_happened_does_not_bring_its_trust_back(placed_linker, other):
    text = (
        f"Doncaster Children's Services Trust was first. {other} Its chief said the Trust agreed."
    )
    assert [s.how for s in placed_linker.find(text).spans] == ["name"]


def test_a_place_that_opens_its_sentence_brings_its_trust_back(placed_linker):
    text = (
        "Doncaster Children's Services Trust was first. Slough Children’s Services Trust "
        "followed. Back in Doncaster, the trust's chief executive is proud."
    )
    assert linked(placed_linker, text)[-1] == ("the trust", DCST.key)


def test_a_place_in_a_paragraph_before_still_lets_a_description_link(placed_linker):
    text = (
        "Ministers stripped Doncaster of its children's services.\n\n"
        "Ofsted has rated the trust inadequate. Birmingham will follow."
    )
    assert linked(placed_linker, text)[-1] == ("the trust", DCST.key)


def test_a_place_an_alias_holds_stays_that_bodys():
    # Solihull is in COUNCIL_AREAS too: its alias, not the list, decides.
    solihull = AliasRef("Solihull", SOLIHULL.key, place=True)
    council = AliasRef("the council", SOLIHULL.key, contextual=True)
    linker = Linker.build([SOLIHULL], [solihull, council])
    assert linked(linker, "In Solihull, the council agreed.") == [("the council", SOLIHULL.key)]


def test_a_description_goes_to_the_body_of_its_kind_named_last_known_or_not(seed_linker):
    # As a reader takes it: each "the council" is the council named last before it.
    text = (
        "Slough Borough Council in Berkshire met. Doncaster Council met. The authority "
        "agreed. Rotherham Council did not, and the council said so. In Doncaster, the "
        "council was pleased."
    )
    assert [(t, key) for t, key in linked(seed_linker, text) if t.lower().startswith("the ")] == [
        ("The authority", DONCASTER.key),
        ("the council", DONCASTER.key),
    ]


def test_a_place_standing_for_a_council_is_not_linked_but_lets_descriptions_link():
    council = org(1, "Doncaster Council", kind="local_authority")
    linker = Linker.build(
        [council],
        [
            AliasRef("Doncaster", council.key, place=True),
            AliasRef("the council", council.key, contextual=True),
        ],
    )
    text = "Children in Doncaster were failed, and the council said sorry."
    assert linked(linker, text) == [("the council", council.key)]
    assert linked(linker, "Doncaster Council met.") == [("Doncaster Council", council.key)]


def doncaster_bodies(*others, aliases=()):
    """Doncaster's council and trust, both placed in Doncaster, with their descriptions."""
    council = org(1, "Doncaster Council", kind="local_authority")
    trust = org(2, "Doncaster Children's Services Trust", kind="childrens_trust")
    linker = Linker.build(
        [council, trust, *others],
        [
            AliasRef("Doncaster", council.key, place=True),
            AliasRef("Doncaster", trust.key, place=True),
            AliasRef("the council", council.key, contextual=True),
            AliasRef("the local authority", council.key, contextual=True),
            AliasRef("the Trust", trust.key, contextual=True),
            *aliases,
        ],
    )
    return council, trust, linker


def test_a_places_possessive_before_a_description_names_the_body_of_that_place():
    slough = org(3, "Slough Borough Council", kind="local_authority")
    council, trust, linker = doncaster_bodies(
        slough, aliases=[AliasRef("the council", slough.key, contextual=True)]
    )
    text = (
        "Slough Borough Council met. Doncaster's council spoke, and Doncaster’s children’s "
        "services trust agreed; Doncaster's chief did not, nor Doncaster's council tax."
    )
    assert linked(linker, text) == [
        ("Slough Borough Council", slough.key),
        ("Doncaster's council", council.key),
        ("Doncaster’s children’s services trust", trust.key),
    ]


@pytest.mark.parametrize(
    ("sentence", "linked_after"),
    [
        ("Meanwhile, in Rotherham, the council's director is to leave.", False),
        ("In Rotherham, the council's director is to leave.", False),
        ("But in Rotherham, the council's director is to leave.", False),
        ("Across the border in Rotherham, the council, rated inadequate, improved.", False),
        ("I went back to Rotherham - where I had worked - and the council had changed.", False),
        ("Staff speaking in Rotherham, the council said, were wrong.", True),  # in passing
        # Sent into a place: the place is what the sentence is about.
        ("Ministers sent commissioners into Rotherham after the council failed.", False),
    ],
)
def test_a_place_that_opens_its_sentence_after_in_sets_its_scene(sentence, linked_after):
    council, _trust, linker = doncaster_bodies()
    text = f"Doncaster Council agreed.\n\n{sentence}"
    assert (("the council", council.key) in linked(linker, text)) is linked_after


def test_the_towns_description_is_a_description_of_the_body_with_a_place():
    council, trust, linker = doncaster_bodies()
    text = (
        "Doncaster Council will pay the town's children's services trust more. "
        "Doncaster Children's Services Trust welcomed it, and the city’s council agreed. "
        "In Rotherham, the town's council did not."
    )
    assert linked(linker, text) == [
        ("Doncaster Council", council.key),
        ("the town's children's services trust", trust.key),
        ("Doncaster Children's Services Trust", trust.key),
        ("the city’s council", council.key),
    ]


def test_a_places_possessive_takes_a_describing_word_before_childrens_services():
    council, trust, linker = doncaster_bodies()
    text = (
        "Doncaster's new children's services trust has appointed a chief executive. "
        "Doncaster Council said the independent childrens services trust would start soon."
    )
    assert linked(linker, text) == [
        ("Doncaster's new children's services trust", trust.key),
        ("Doncaster Council", council.key),
        ("the independent childrens services trust", trust.key),
    ]


def test_a_description_after_the_place_names_the_body_of_that_place():
    council, trust, linker = doncaster_bodies()
    text = (
        "The Doncaster trust will be the first. Then the Doncaster local authority agreed "
        "to the Doncaster trust model, and the Doncaster Council did not say."
    )
    assert [(s.text, s.entity, s.how) for s in linker.find(text).spans] == [
        ("The Doncaster trust", trust.key, "place description"),
        ("the Doncaster local authority", council.key, "place description"),
        ("Doncaster Council", council.key, "name"),
    ]


def test_a_description_after_the_place_based_names_the_body_of_that_place():
    council, trust, linker = doncaster_bodies()
    text = (
        "The Doncaster-based trust was the first, and the Doncaster based local authority "
        "owns it; the Doncaster-based academy trust is another body."
    )
    assert [(s.text, s.entity, s.how) for s in linker.find(text).spans] == [
        ("The Doncaster-based trust", trust.key, "place description"),
        ("the Doncaster based local authority", council.key, "place description"),
    ]


def test_a_place_that_begins_another_name_names_its_bodies_only_where_nothing_else_does():
    council, trust, linker = doncaster_bodies()
    hospitals = (
        "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust said waits fell at "
        "Doncaster Royal Infirmary. The trust thanked staff."
    )
    assert texts(linker, hospitals) == []  # the hospitals' trust, named last as a trust
    rovers = "Doncaster Rovers said the council had helped, and the Trust agreed."
    assert linked(linker, rovers) == [("the council", council.key), ("the Trust", trust.key)]
    mayor = "Slough Council met. Doncaster Mayor Ros Jones said the council would act."
    assert linked(linker, mayor) == [("the council", council.key)]
    leisure = "Doncaster Culture and Leisure Trust runs the pools. The trust raised prices."
    assert linked(linker, leisure) == []  # the trust it names, not the one it places


def test_a_place_that_begins_a_known_name_names_its_other_bodies_only_where_nothing_else_does():
    westminster = org(3, "Westminster City Council", kind="local_authority")
    council, _trust, linker = doncaster_bodies(
        westminster, aliases=[AliasRef("the council", westminster.key, contextual=True)]
    )
    text = (
        "Westminster City Council was praised. Doncaster Children's Services Trust, "
        "which took over from the council in 2014, was not."
    )
    assert linked(linker, text)[-1] == ("the council", council.key)
    # Where the text names the council, or another since, the name's place is no mention.
    text = (
        "Doncaster Council met. Westminster City Council was praised. Doncaster "
        "Children's Services Trust was not. Later the council said so."
    )
    assert linked(linker, text)[-1] == ("the council", westminster.key)
    # The trust speaks for its place's council in its own sentence, though.
    text = (
        "Doncaster Council met. Westminster City Council was praised. Doncaster "
        "Children's Services Trust, which took over from the council, was not."
    )
    assert linked(linker, text)[-1] == ("the council", council.key)


def test_the_party_that_runs_a_council_is_part_of_its_description():
    council = org(1, "Doncaster Council", kind="local_authority")
    labour = org(2, "Labour Party", kind="political_party")
    linker = Linker.build(
        [council, labour],
        [
            AliasRef("Labour", labour.key, case="capitalised"),
            AliasRef("the council", council.key, contextual=True),
            AliasRef("the authority", council.key, contextual=True),
            AliasRef("Doncaster", council.key, place=True),
        ],
    )
    text = (
        "Doncaster Council met. The Labour-run council said so, and so did the Labour-led "
        "authority. Labour agreed, but the Green-run Labour council did not. The Labour "
        "council and Doncaster's Tory council are one."
    )
    assert linked(linker, text) == [
        ("Doncaster Council", council.key),
        ("The Labour-run council", council.key),
        ("the Labour-led authority", council.key),
        ("Labour", labour.key),
        ("Labour", labour.key),
        ("The Labour council", council.key),
        ("Doncaster's Tory council", council.key),
    ]


def test_a_description_holding_another_bodys_words_is_no_other_body(seed_linker):
    text = (
        "Ofsted came. The schools and social care watchdog said so, and the children's "
        "social care inspectorate agreed; the watchdog will return. The care watchdog did not."
    )
    assert linked(seed_linker, text) == [
        ("Ofsted", OFSTED.key),
        ("The schools and social care watchdog", OFSTED.key),
        ("the children's social care inspectorate", OFSTED.key),
        ("the watchdog", OFSTED.key),
    ]


@pytest.mark.parametrize(
    "watchdog",
    [
        "The Care Quality Commission",
        "The Local Government and Social Care Ombudsman",
        "Social Work England",  # a watchdog by name, not by its last word
        "The CQC",
        "The LGSCO",
        "The Health and Care Professions Council",
        "The Information Commissioner’s Office",
        "The Competition and Markets Authority",  # a watchdog, not a council, by its name
    ],
)
def test_a_regulator_description_after_an_unknown_watchdog_is_left_alone(seed_linker, watchdog):
    text = (
        f"Ofsted inspected. {watchdog} said so, and the watchdog will "
        "return. Ofsted agreed, and the watchdog will too."
    )
    assert texts(seed_linker, text) == ["Ofsted", "Ofsted", "the watchdog"]


def test_an_employer_its_paragraph_goes_on_to_describe_sets_the_scene(placed_linker):
    text = (
        "A social worker from Doncaster Children's Services Trust gave evidence.\n\nDr Sewa "
        "Singh, medical director of Doncaster and Bassetlaw Teaching Hospitals NHS Foundation "
        "Trust, said the trust had recruited midwives.\n\nThe coroner will write to the "
        "trust's chief executive."
    )
    assert [s.text for s in placed_linker.find(text).spans] == [
        "Doncaster Children's Services Trust"
    ]


@pytest.mark.parametrize("watchdog", ["Estyn", "CQC", "Ofqual"])
def test_a_description_before_another_watchdogs_name_is_its(seed_linker, watchdog):
    text = f"Ofsted inspected. In Wales, the inspectorate {watchdog} stopped grading."
    assert texts(seed_linker, text) == ["Ofsted"]


@pytest.mark.parametrize("company", ["Together for Children", "Achieving for Children"])
def test_a_trust_known_by_name_takes_the_trust_after_it(seed_linker, company):
    text = (
        f"Doncaster Children's Services Trust met {company}. The trust said so, and "
        "Doncaster Children's Services Trust agreed. The trust was pleased."
    )
    assert texts(seed_linker, text) == [
        "Doncaster Children's Services Trust",
        "Doncaster Children's Services Trust",
        "The trust",
    ]


def test_a_bodys_name_without_its_place_is_a_description_of_it():
    trust = org(2, "Doncaster Children's Services Trust", kind="childrens_trust")
    linker = Linker.build(
        [trust], [AliasRef("Doncaster", trust.key, place=True), AliasRef("DCST", trust.key)]
    )
    text = (
        "Doncaster Children's Services Trust met. The Children’s Services Trust said so; "
        "Slough Children's Services Trust did not, nor did the children's services trust."
    )
    assert linked(linker, text) == [
        ("Doncaster Children's Services Trust", trust.key),
        ("Children’s Services Trust", trust.key),
    ]
    assert linked(linker, "The Children's Services Trust said so.") == []


def test_a_place_shared_by_two_bodies_lets_each_ones_descriptions_link():
    # A 2013 story about Doncaster names no trust yet: "the trust" is still Doncaster's.
    council = org(1, "Doncaster Council", kind="local_authority")
    trust = org(2, "Doncaster Children's Services Trust", kind="childrens_trust")
    linker = Linker.build(
        [council, trust],
        [
            AliasRef("Doncaster", council.key, place=True),
            AliasRef("Doncaster", trust.key, place=True),
            AliasRef("the council", council.key, contextual=True),
            AliasRef("the trust", trust.key, contextual=True),
        ],
    )
    text = "Services in Doncaster will pass from the council to a trust. The trust will start soon."
    result = linker.find(text)
    assert [(s.text, s.entity) for s in result.spans] == [
        ("the council", council.key),
        ("The trust", trust.key),
    ]
    assert result.unresolved == []  # a place is no namesake to settle


def test_a_description_before_every_body_of_its_kind_is_left_alone_beside_an_unknown_one(
    seed_linker,
):
    # The first "the trust" could be either: only the last follows Doncaster's trust.
    text = (
        "Inspectors say the trust has improved. Slough Children's Services Trust took over "
        "in 2015. Doncaster Children's Services Trust was the first. The trust's chief said."
    )
    assert [t for t in texts(seed_linker, text) if t.lower() == "the trust"] == ["The trust"]


def test_an_unknown_body_is_found_however_its_kind_word_is_joined_on(seed_linker):
    # The kind word may follow a hyphen; beside a letter beyond Latin-1 it is part of
    # another word, not a name's last word.
    text = "Doncaster Council met. Then Slough Borough-council met, and the council agreed."
    assert "the council" not in texts(seed_linker, text)
    text = "Doncaster Council met. Then the Łódźcouncil met, and the council agreed."
    assert "the council" in texts(seed_linker, text)


def test_an_unknown_body_is_found_where_its_kind_word_is_also_a_surname():
    # "Council" is a pattern of its own (Ann Council's surname) and a description's last
    # word: the unknown council still stops "the council" linking to Doncaster's.
    council = org(1, "Doncaster Council", kind="local_authority")
    ann = EntityRef("person:council", "Ann Council", is_person=True)
    linker = Linker.build([council, ann], [AliasRef("the council", council.key, contextual=True)])
    text = "Doncaster Council met. Then Slough Borough Council met, and the council agreed."
    assert linked(linker, text) == [("Doncaster Council", council.key)]
    text = "Doncaster Council met. Ann Council spoke, and the council agreed."
    assert linked(linker, text) == [
        ("Doncaster Council", council.key),
        ("Ann Council", ann.key),
        ("the council", council.key),
    ]


def test_a_name_with_letters_beyond_latin1_is_one_name():
    # "Straż" is one word, not "Stra" and a mark: the unknown body is found whole, and
    # "the straż" after it is left alone, as after any unknown body of its kind.
    guard = org(1, "Gdańsk Straż")
    linker = Linker.build([guard], [AliasRef("the straż", guard.key, contextual=True)])
    result = linker.find("Gdańsk Straż met. Then Sopot Miejska Straż met, and the straż agreed.")
    assert [span.text for span in result.spans] == ["Gdańsk Straż"]
    assert [u.text for u in result.unresolved] == ["Sopot Miejska Straż"]
    assert [u.text for u in linker.find("Łódź City Council met.").unresolved] == [
        "Łódź City Council"
    ]


def test_a_kind_word_starting_a_sentence_is_not_an_unknown_body(seed_linker):
    text = "Doncaster Council met. Council members agreed, and the council said so."
    assert ("the council", DONCASTER.key) in linked(seed_linker, text)


def test_unresolved_names_are_worked_out_when_asked_for(seed_linker):
    result = seed_linker.find("Ofsted visited Edlington Parish Council on Monday.")
    assert [span.text for span in result.spans] == ["Ofsted"]
    assert [u.text for u in result.unresolved] == ["Edlington Parish Council"]
    assert result.unresolved is result.unresolved  # worked out once


def test_linking_leaves_the_cycle_collector_as_it_found_it(seed_linker):
    text = sentence_with("Wilshaw")
    assert gc.isenabled()
    seed_linker.find(text).unresolved  # noqa: B018 - worked out on first use
    assert gc.isenabled()
    with pytest.raises(AttributeError):
        seed_linker.find(None)
    assert gc.isenabled()
    gc.disable()
    try:
        seed_linker.find(text).unresolved  # noqa: B018
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_place_and_the_body_it_names_are_no_list(seed_linker):
    text = (
        "Doncaster Children's Services Trust was rated good.\n\n"
        "Things are worse in Slough, where Slough Children's Services Trust has stalled.\n\n"
        "A spokesman said the council was working closely with the trust."
    )
    assert ("the trust", DCST.key) not in linked(seed_linker, text)


@pytest.mark.django_db
def test_a_known_name_that_begins_a_double_barrelled_surname_is_someone_else(seeded):
    text = "Unison's organiser, Mark Douglas-Home, said the Ofsted-rated trust was good."
    found = current_linker().find(text)
    assert [span.text for span in found.spans] == ["Ofsted"]
    assert "Mark Douglas-Home" in [u.text for u in found.unresolved]


def test_westminster_alone_is_parliament_and_sets_no_scene_for_the_council():
    doncaster, westminster = org(1, "Doncaster Council"), org(2, "Westminster City Council")
    aliases = [
        AliasRef("the council", doncaster.key, contextual=True),
        AliasRef("the council", westminster.key, contextual=True),
        AliasRef("Westminster", westminster.key, place=True),
    ]
    linker = Linker.build([doncaster, westminster], aliases)
    text = "Doncaster Council takes services back. Now Westminster must help the council succeed."
    assert linked(linker, text) == [
        ("Doncaster Council", doncaster.key),
        ("the council", doncaster.key),
    ]
    # Its possessive after the council's name is the council's, not a list's.
    kensington = org(3, "Royal Borough of Kensington and Chelsea")
    aliases.append(AliasRef("the council", kensington.key, contextual=True))
    linker = Linker.build([doncaster, westminster, kensington], aliases)
    text = (
        "Doncaster Council spoke.\n\nHe praised Westminster City Council and Royal Borough "
        "of Kensington and Chelsea.\n\nWestminster's cabinet member said the council saved £8m."
    )
    assert linked(linker, text)[-1] == ("the council", westminster.key)


def test_a_council_house_named_after_its_place_is_no_mention_of_the_council(seed_linker):
    text = "A mother who lived in a Doncaster council house was jailed."
    assert linked(seed_linker, text) == []
    text = "Doncaster Council housing officers agreed."
    assert texts(seed_linker, text) == ["Doncaster Council"]


@pytest.mark.parametrize(
    "name", ["Doncaster Council for Voluntary Service", "Doncaster Council of Faiths"]
)
def test_a_council_whose_name_goes_on_is_another_body(seed_linker, name):
    text = f"The {name} met on Monday."
    assert linked(seed_linker, text) == []
    assert [unknown.text for unknown in seed_linker.find(text).unresolved] == [name]


def test_a_council_blamed_for_something_of_a_known_body_is_still_the_council(seed_linker):
    text = "Ofsted blamed Doncaster Council for Ofsted's concerns."
    assert texts(seed_linker, text) == ["Ofsted", "Doncaster Council", "Ofsted"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("between", "linked_after"),
    [
        ("\n\n", True),  # the namesake's paragraph is over
        (" ", False),  # in the namesake's paragraph, the surname may be his
    ],
)
def test_a_namesake_named_in_passing_hides_the_surname_in_his_paragraph_only(
    seeded, between, linked_after
):
    text = (
        "Mark Douglas runs the trust. Douglas joined in 2014. Douglas says it was hard."
        f"\n\nHis father, Tommy Douglas, was a miner.{between}Douglas was already there."
    )
    found = [s.text for s in current_linker().find(text).spans]
    assert (found.count("Douglas") == 3) is linked_after


@pytest.mark.django_db
def test_a_surname_after_town_of_is_the_place(seeded):
    text = "Riana Nelson spoke. Pendle covers the Lancashire town of Nelson."
    assert [s.text for s in current_linker().find(text).spans] == ["Riana Nelson"]


def test_a_known_body_someone_left_is_not_the_council_of_the_next_sentence(seed_linker):
    text = (
        "Doncaster Council met.\n\nBirmingham City Council's chief executive has led "
        "Birmingham since 2014 after moving from Solihull Council. Last week the council "
        "agreed."
    )
    assert [key for phrase, key in linked(seed_linker, text) if phrase == "the council"] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A spokesman for the Department for Children, Schools and Families said so.",
            ["Department for Children, Schools and Families"],
        ),
        ("Presenter John Humphrys pushed him.", ["John Humphrys"]),
        ("Prosecutor Richard Hill said the flat was dirty.", ["Richard Hill"]),
        (
            "Detective Superintendent Keith Lumley of South Yorkshire Police said so.",
            ["Keith Lumley", "South Yorkshire Police"],
        ),
        ("Ofsted visited Leeds, Kirklees and Bradford.", []),
        ("OTHER APPOINTMENTS were made by the CHILDREN AND YOUNG PEOPLE PANEL.", []),
        ("Present: Councillors Joe Blackham and Nick Allen.", ["Joe Blackham", "Nick Allen"]),
        ("Hi Dan Gove, thanks. The NSPCC Helpline rang.", ["Dan Gove", "NSPCC Helpline"]),
        ("Union officials from GMB and Unison said so.", ["GMB", "Unison"]),
        (
            "Figures for Sheffield City Council and Barnsley Council fell.",
            ["Sheffield City Council", "Barnsley Council"],
        ),
        ("The Isle of Wight Council agreed.", ["Isle of Wight Council"]),
        ("The Department for Work and Pensions agreed.", ["Department for Work and Pensions"]),
        (
            "Carer Debbie Hughes spoke. Reviewer Jane Wonnacott agreed.",
            ["Debbie Hughes", "Jane Wonnacott"],
        ),
        ("Another Mark Rogers spoke. Different Kamal.", ["Mark Rogers"]),
        ("The boy, referred to as Child M, lived with Baby T.", []),
        ("[2] Le Grand J, Wood P and Gibb M, Report to the Secretary of State.", []),
        ("A fire at Grenfell Tower and a sit-in at the Civic Building.", []),
        ("The Local Government Finance Settlement and Annual Report and Accounts.", []),
        ('In a new report, "Home Improvements", the CSJ argues.', ["CSJ"]),
        ("The DfE's 'Keep On Caring' strategy helped.", []),
        ("She told the 'Yorkshire Post' so.", ["Yorkshire Post"]),
    ],
)
def test_unknown_names_are_offered_whole_and_without_posts(seed_linker, text, names):
    assert [u.text for u in seed_linker.find(text).unresolved] == names


def test_a_body_listed_after_a_known_one_sets_no_scene_beyond_its_paragraph(seed_linker):
    text = (
        "Doncaster Children's Services Trust met.\n\nThe council, DCST, Doncaster and "
        "Bassetlaw Teaching Hospitals NHS Foundation Trust and the police agreed.\n\n"
        "Referrals fell.\n\nCouncillor Austen White asked about the Trust's finances."
    )
    assert linked(seed_linker, text)[-1] == ("the Trust", DCST.key)


def test_the_between_two_capitalised_words_makes_no_name(seed_linker):
    text = "Doncaster Children's Services Trust met. She told Members the Trust had kept visits."
    found = seed_linker.find(text)
    assert [u.text for u in found.unresolved] == []
    assert linked(seed_linker, text)[-1] == ("the Trust", DCST.key)


@pytest.mark.django_db
def test_a_namesakes_speaker_label_in_capitals_is_not_the_known_person(seeded):
    text = (
        "Ros Jones is the mayor.\n\nPRESENTER (SARAH JONES): Good morning.\n\nROS JONES: "
        "Thank you.\n\nSARAH JONES: What now?"
    )
    found = current_linker().find(text)
    assert [s.text for s in found.spans] == ["Ros Jones", "ROS JONES"]


@pytest.mark.django_db
def test_a_longer_name_that_begins_with_a_boroughs_name_is_not_the_borough(seeded):
    text = "Kensington and Chelsea Tenant Management Organisation ran the tower."
    assert current_linker().find(text).spans == []


def test_a_name_and_its_acronym_are_no_list():
    linker = Linker.build([DFE], DFE_ALIASES)
    text = (
        "The Department for Education said so.\n\nCommissioners from the Department for "
        "Communities and Local Government (DCLG) took over.\n\nThe secretary said the "
        "department would act."
    )
    assert texts(linker, text) == ["Department for Education"]


@pytest.mark.parametrize(
    ("between", "after", "linked_after"),
    [
        ("\n\nOthers agreed.\n\n", "", False),
        # A paragraph on, the story is back with its own trust, unless the one named in
        # passing is named again: then the story has turned to it.
        ("\n\n", "", False),
        ("\n\n", " Doncaster Children's Services Trust agreed.", True),
    ],
)
def test_a_known_trust_named_in_passing_in_another_trusts_story_gives_way(
    placed_linker, between, after, linked_after
):
    text = (
        "Sandwell Children's Trust went live today.\n\nThe trust will be run by a board.\n\n"
        "Trusts were set up in Doncaster in 2014. Doncaster Children's Services Trust was "
        f"rated good.{between}A spokesman said the trust would work with the council.{after}"
    )
    assert (("the trust", DCST.key) in linked(placed_linker, text)) is linked_after


@pytest.mark.parametrize("word", ["new", "troubled", "government-imposed"])
def test_a_describing_word_may_stand_before_the_place_in_a_description(placed_linker, word):
    text = f"Paul Moffat will lead the {word} Doncaster trust from the autumn."
    assert linked(placed_linker, text) == [(f"the {word} Doncaster trust", DCST.key)]


def test_a_past_post_at_another_trust_sets_no_scene_for_the_trust(placed_linker):
    text = (
        "Doncaster Children's Services Trust will be funded by the council. Its board, chaired "
        "by Julie Douglas, a former NHS trust chief executive, will report to ministers.\n\n"
        "Nicky Morgan visited the trust's headquarters."
    )
    assert ("the trust", DCST.key) in linked(placed_linker, text)


BRADFORDS_STORY = (
    "The Bradford Children and Families Trust will take over children's services from "
    "Bradford Council in April, after the Government ruled that the authority's services "
    "needed to be run at arm's length.\n\nThe trust's chair confirmed the appointment.\n\n"
    "The appointment comes in the same month that Doncaster took back control of its "
    "children's services.\n\nDoncaster Children's Services Trust, which was set up in 2014, "
    "was wound up, with staff moving back to City of Doncaster Council.\n\nRiana Nelson, "
    "Doncaster's director of children's services, said the return marked a new chapter.\n\n"
    "Bradford's chief executive Kersten England said: \"We have looked closely at the "
    "experience in Doncaster, and we know the council will have to work hand in glove with "
    "this one.\"\n\nOfsted's report found that children in Bradford had been left at risk."
    "\n\nA further monitoring visit in July found that progress had begun.\n\nCllr Rebecca "
    "Poulsen, leader of the council's Conservative group, said the council was letting "
    "Bradford's children down."
)


@pytest.mark.parametrize(
    "headline",
    ["", "Bradford children's trust: chief executive named as Doncaster takes back its services"],
)
def test_another_councils_story_goes_back_to_its_council_after_an_aside(placed_linker, headline):
    text = f"{headline}\n\n{BRADFORDS_STORY}" if headline else BRADFORDS_STORY
    councils = [phrase for phrase, _ in linked(placed_linker, text) if "ouncil" in phrase]
    assert councils == ["Doncaster Council"]  # of "City of Doncaster Council", no more


@pytest.mark.django_db
def test_a_story_its_headline_gives_to_doncaster_is_doncasters_after_another_councils_intro(
    seeded,
):
    text = (
        "Doncaster children's services back under council control after eight years\n\n"
        "Sheffield City Council's children's services were rated good by Ofsted last month, "
        "with inspectors praising the council's leadership team.\n\nThe authority's executive "
        "director of people said the result showed the value of early help.\n\nTwenty miles "
        "up the road, children's social care in Doncaster formally returned to City of "
        "Doncaster Council today.\n\nThe council will now run services directly."
    )
    spans = current_linker().find(text, on=date(2022, 9, 1)).spans
    assert (spans[-1].text, spans[-1].entity) == ("The council", DONCASTER.key)


@pytest.mark.parametrize(
    "aside",
    [
        "The decision came in the same week that Doncaster Council lost control of its "
        "children's services to an independent trust.",
        # Described there, and named only by its place: the description stays there too.
        "In Doncaster, children's services were taken away from the council in 2013 and run "
        "by an independent trust.",
        "Ministers stopped short of the route taken in Doncaster, where Michael Gove stripped "
        "the borough council of its children's services.",
    ],
)
def test_a_paragraph_after_an_aside_is_back_with_the_council_the_story_opened_with(
    placed_linker, aside
):
    text = (
        "Peterborough City Council has been freed from a Government improvement notice.\n\n"
        "The Department for Education said the authority had made progress.\n\n"
        f"{aside}\n\nThe council's director of children's services, Malcolm Newsam, said the "
        "authority had turned things round."
    )
    last = text.rfind("\n")
    assert [span.text for span in placed_linker.find(text).spans if span.start > last] == []


@pytest.mark.django_db
def test_what_a_description_after_the_aside_meant_it_goes_on_meaning(seeded):
    # A helper's story, as the linker reads it: headline, standfirst and body.
    text = (
        "Rotherham children's services rated 'good' by Ofsted\n\nRotherham Council's "
        "children's services have been rated good by Ofsted, three years after the authority "
        "was stripped of its powers in the wake of the town's child sexual exploitation "
        "scandal.\n\nThe council was put under the control of government commissioners in "
        "2015 after Professor Alexis Jay found about 1,400 children had been abused in the "
        "town between 1997 and 2013. Its strategic director of children's services, Ian "
        'Thomas, said the judgement was "a testament to the hard work of our staff".\n\nIn '
        "neighbouring Doncaster, where children's social care has been run by Doncaster "
        "Children's Services Trust since October 2014, inspectors are due to return later "
        "this year.\n\nThe trust was created after the then Education Secretary Michael Gove "
        "ordered that services be removed from Doncaster Council following a string of "
        "failures, including the case of two brothers from Edlington who tortured two boys in "
        "2009.\n\nThe council still owns the trust but has no day-to-day control over social "
        "work in the borough.\n\nPaul Moffat, the trust's chief executive, said: "
        "\"Rotherham's result shows what can be done. We know we have further to go, but the "
        'direction of travel is right."\n\nMr Moffat added that the number of children in '
        "care in the borough had stabilised at about 500.\n\nDoncaster's elected mayor, Ros "
        'Jones, said she was "pleased with the progress" but that the authority would '
        'continue to hold the trust to account.\n\nMs Jones said: "Children in Doncaster '
        'deserve the very best and we will accept nothing less."'
    )
    spans = current_linker().find(text, on=date(2018, 1, 22)).spans
    owns = text.index("owns the trust") + len("owns ")
    assert ("the trust", DCST.key) in [(s.text, s.entity) for s in spans if s.start == owns]


@pytest.mark.django_db
def test_another_mayor_named_with_the_title_holds_the_post_in_later_paragraphs(seeded):
    text = (
        "Mayor John Biggs says he is ashamed of the borough's services.\n\nThe mayor said: "
        '"There is no excuse."\n\nCouncillors fear the borough could follow Doncaster, where '
        "Mayor Ros Jones lost control of children's services in 2013.\n\nBut Mayor Biggs "
        "insisted that was not on the cards.\n\nThe mayor has appointed an improvement board."
    )
    spans = current_linker().find(text, on=date(2017, 3, 1)).spans
    assert [span.text for span in spans if span.entity == "person:5"] == ["Mayor Ros Jones"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "deputy",
    [
        "In response to a question from the Deputy Mayor, Mark Douglas confirmed the plan.",
        "The deputy mayor, Glyn Jones, asked about the cost.",
    ],
)
def test_a_deputy_mayor_is_not_the_mayor(seeded, deputy):
    text = (
        "Mayor Ros Jones introduced the report on the trust's contract.\n\n"
        f"{deputy}\n\nThe Mayor stated that the council remained committed to the trust."
    )
    spans = current_linker().find(text, on=date(2016, 3, 1)).spans
    assert [span.text for span in spans if span.entity == "person:5"] == [
        "Mayor Ros Jones",
        "The Mayor",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("holder", ["chief executive, Paul Moffat,", "chief executive Paul Moffat"])
def test_a_descriptions_post_given_to_the_entitys_holder_is_the_entity(seeded, holder):
    text = (
        "Ofsted rated Slough Children's Services Trust inadequate.\n\nThe trust was told to "
        "improve.\n\nDoncaster is a special case: services there are run by Doncaster "
        f"Children's Services Trust.\n\nThe trust's {holder} said it would improve."
    )
    spans = current_linker().find(text, on=date(2015, 6, 1)).spans
    assert ("The trust", DCST.key) in [(span.text, span.entity) for span in spans]


def test_a_comparison_with_the_places_arrangement_sets_no_scene(placed_linker):
    text = (
        "Sunderland City Council's services will be run by Together for Children.\n\n"
        "Councillors approved the plan.\n\nIn Doncaster, services were run by "
        "Doncaster Children's Services Trust from 2014.\n\nUnlike the Doncaster arrangement, "
        "the trust in Sunderland will be owned by the council.\n\nThe trust's new chief "
        "executive will start in the autumn, when the trust goes live."
    )
    assert [phrase for phrase, _ in linked(placed_linker, text)] == [
        "Doncaster Children's Services Trust"
    ]


def test_a_body_named_in_a_comparisons_relative_clause_is_compared_too(placed_linker):
    text = (
        "Sunderland to follow Doncaster with children's company\n\nSunderland City Council "
        "is to hand its children's services to a new company.\n\nThe authority will set up "
        "Together for Children.\n\nUnlike the Doncaster trust, which is wholly independent "
        "of Doncaster Council, Together for Children will be owned by the council.\n\n"
        "The council's chief executive, Irene Lucas, said the council would hold it to account."
    )
    assert linked(placed_linker, text) == [
        ("the Doncaster trust", DCST.key),
        ("Doncaster Council", DONCASTER.key),
    ]


def test_the_body_another_comes_second_after_is_compared_with(placed_linker):
    text = (
        "Slough children's services transfer to independent trust\n\nChildren's social care "
        "in Slough is now run by an independent trust.\n\nSlough Children's Services Trust "
        "took over today, becoming only the second body of its kind after Doncaster "
        "Children's Services Trust, which went live in 2014.\n\nThe trust will be run at "
        "arm's length from Slough Borough Council.\n\nLike its Doncaster counterpart, the "
        "trust will be led by an independent chair."
    )
    assert linked(placed_linker, text) == [("Doncaster Children's Services Trust", DCST.key)]


@pytest.mark.parametrize(
    "headline",
    [
        "Sandwell Children's Trust further behind than Doncaster was, says new boss",
        "'We don't want Doncaster's story to be ours': Sandwell Children's Trust chief",
        "'We don't want Doncaster's story to be ours': Sandwell trust chief speaks",
    ],
)
def test_a_description_is_of_the_body_of_its_kind_the_headline_names_first(placed_linker, headline):
    text = (
        f"{headline}\n\nThe new chief executive of Sandwell Children's Trust said it was "
        "further behind than Doncaster was when Doncaster Children's Services Trust was "
        "created.\n\nThe trust formally took over on Sunday.\n\nDoncaster, where the trust "
        "was set up in 2014, has had a mixed record.\n\nThe trust's chair said it would "
        "publish its first report next summer."
    )
    found = [(span.start, span.text) for span in placed_linker.find(text).spans]
    assert found == [
        (text.index("Doncaster Children's"), "Doncaster Children's Services Trust"),
        (text.index("the trust was set up"), "the trust"),
    ]


def test_a_headlines_description_names_no_other_body(placed_linker):
    text = (
        "OUR VIEW: End of the Trust era must not mean the end of scrutiny\n\nToday "
        "Doncaster Children's Services Trust ceases to exist.\n\nThe Trust's legacy is mixed."
    )
    assert [span.text for span in placed_linker.find(text).spans][-1] == "The Trust"


@pytest.mark.parametrize("closed", ['," she said.', "."])
def test_a_quotation_going_on_in_the_next_paragraph_is_still_its_speakers(placed_linker, closed):
    text = (
        "Doncaster council to take back children's services\n\nDoncaster Council's cabinet "
        "will approve the transfer from Doncaster Children's Services Trust.\n\nThe trust "
        "has run services since 2014, the council said.\n\nSheffield City Council's leader, "
        "Helen Marsh, said the city was spending more.\n\n"
        f'"The council is being held to ransom by private providers{closed}\n\n'
        '"Some placements are now costing this authority £10,000 a week."'
    )
    found = [span.text for span in placed_linker.find(text).spans]
    assert "this authority" not in found
    assert found.count("The council") == 0


@pytest.mark.parametrize(
    ("aside", "description"),
    [
        # Another place placing a description in passing.
        (
            "Steve Walker said the council in Leeds had learned from the trust.\n\nIn 2013 "
            "the government removed children's services from the council's direct control.",
            "the council's direct",
        ),
    ],
)
def test_another_place_in_passing_leaves_the_next_paragraph_to_the_story(
    placed_linker, aside, description
):
    text = (
        "Doncaster Council and Doncaster Children's Services Trust met.\n\nThe council "
        f"approved the contract and the trust agreed.\n\n{aside}"
    )
    found = [(s.start, s.entity) for s in placed_linker.find(text).spans]
    assert (text.rindex(description), DONCASTER.key) in found


def test_a_known_place_in_a_comparison_sets_no_scene(placed_linker):
    text = (
        "Doncaster Children's Services Trust launched in 2014.\n\n"
        "Sandwell Children's Trust began in 2018. Unlike Doncaster's, it will work with "
        "schools, and its chair said the trust would be a partner."
    )
    assert linked(placed_linker, text) == [("Doncaster Children's Services Trust", DCST.key)]


def test_a_known_council_named_in_passing_in_another_councils_story_gives_way(placed_linker):
    text = (
        "Ofsted inspected Darlington Borough Council.\n\nCouncillors feared they could follow "
        "Doncaster.\n\nLast year Doncaster Council lost its children's services.\n\n"
        "Ofsted agreed.\n\nDarlington's director said it was a long way from Doncaster.\n\n"
        "The report praised the council's work with the police."
    )
    assert ("the council", DONCASTER.key) not in linked(placed_linker, text)


@pytest.mark.parametrize(
    ("sentence", "linked_after"),
    [
        ("Sheffield City Council, which borders Doncaster, said the council had no plans.", False),
        ("Rotherham Council shared the learning from Doncaster with the council.", False),
        ("Rotherham Council met. Neighbouring Doncaster, where the council failed, agreed.", True),
        (
            "Slough's trust, set up following Doncaster's model, told the council it was short.",
            False,
        ),
        ("Slough BC's lead member said the council had no choice.", False),
    ],
)
def test_a_place_beside_another_councils_sets_no_scene_for_the_council(
    placed_linker, sentence, linked_after
):
    text = f"Doncaster Council was told to act.\n\n{sentence}"
    assert (("the council", DONCASTER.key) in linked(placed_linker, text)) is linked_after


@pytest.mark.django_db
def test_a_place_a_council_works_with_sets_no_scene_for_the_council(seeded):
    text = (
        "Council welcomes return\n\nDoncaster Council welcomed it.\n\nSeparately, Rotherham "
        "Metropolitan Borough Council has offered to share its practice model with Doncaster. "
        "The council's strategic director said Rotherham was happy to help."
    )
    found = current_linker().find(text, on=date(2022, 9, 1))
    assert [span.text for span in found.spans] == ["Doncaster Council"]


def test_a_body_named_in_a_comparison_sets_no_scene_for_the_council(placed_linker):
    text = (
        "A company owned by Sunderland City Council took over.\n\nUnlike Doncaster Children's "
        "Services Trust, which is independent, the company remains owned by the council."
    )
    assert linked(placed_linker, text) == [("Doncaster Children's Services Trust", DCST.key)]


def test_a_place_whose_services_open_the_story_and_a_comparison_after_it(placed_linker):
    text = (
        "Children's services in North East Lincolnshire have been rated inadequate by Ofsted "
        "- and the council may look at whether a trust, like the one set up in Doncaster, could "
        "run them.\n\nInspectors were damning.\n\nIts leader said the authority accepted it."
    )
    assert [s.text for s in placed_linker.find(text).spans] == ["Ofsted"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Slough Children First was brought back into the council's ownership.",
        "Birmingham Children's Trust will be owned by the council.",
    ],
)
def test_a_council_in_the_sentence_of_another_councils_company_is_that_councils(
    placed_linker, sentence
):
    text = f"Doncaster Children's Services Trust met Doncaster Council. {sentence}"
    assert [s.text for s in placed_linker.find(text).spans] == [
        "Doncaster Children's Services Trust",
        "Doncaster Council",
    ]


def test_a_description_in_the_where_clause_of_a_compared_place_is_its_bodys(placed_linker):
    text = (
        "Doncaster Children's Services Trust was rated good.\n\nRotherham's services will "
        "stay in-house. Unlike Doncaster, where the trust was created, they stay inside."
    )
    assert [s.text for s in placed_linker.find(text).spans][-1] == "the trust"


def test_a_combined_authority_is_never_the_council_but_may_be_the_authority(seed_linker):
    text = (
        "Doncaster Council met.\n\nTalks with the South Yorkshire Mayoral Combined Authority "
        "failed.\n\nThe authority's mayor said the offer stood, and the council said no."
    )
    assert [s.text for s in seed_linker.find(text).spans] == ["Doncaster Council", "the council"]


def test_a_known_trust_named_in_fewer_paragraphs_of_another_trusts_story_gives_way(
    placed_linker,
):
    text = (
        "Birmingham Children's Trust will take over in April.\n\nUnlike the first trust, "
        "in Doncaster, Birmingham Children's Trust will be owned by the city.\n\n"
        "Officials said Doncaster Children's Services Trust had shown signs of improvement."
        "\n\nBirmingham's council has faced a string of crises.\n\nMinisters said that "
        "the trust would be in place soon."
    )
    assert [phrase for phrase, _ in linked(placed_linker, text)] == [
        "Doncaster Children's Services Trust"
    ]


def test_a_bodys_first_word_alone_names_it_again(placed_linker):
    text = (
        "Doncaster Children's Services Trust met.\n\nSchools are run by Outwood Grange "
        "Academies Trust and Delta Academies Trust.\n\nOutwood accounted for half the "
        "exclusions. The trust's chief executive defended it. The trust in Doncaster did not."
    )
    # Only "The trust in Doncaster", the last, is Doncaster's.
    assert linked(placed_linker, text)[1:] == [("The trust", DCST.key)]


def test_a_bodys_first_two_words_name_it_again(placed_linker):
    text = (
        "Doncaster Children's Services Trust met.\n\nOutwood Grange Academies Trust will "
        "share data with Doncaster Children's Services Trust.\n\nA spokeswoman for Outwood "
        "Grange said the trust was committed to inclusion."
    )
    assert [phrase for phrase, _ in linked(placed_linker, text)] == [
        "Doncaster Children's Services Trust",
        "Doncaster Children's Services Trust",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("on", "linked_peer"), [(date(2024, 7, 1), True), (date(2015, 5, 1), False)]
)
def test_a_peerage_is_a_name_from_the_day_it_was_given(seeded, on, linked_peer):
    text = "David Cameron was prime minister. Lord Cameron, as he now is, spoke."
    found = [span.text for span in current_linker().find(text, on=on).spans]
    assert ("Lord Cameron" in found) is linked_peer


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "Ten years after England's first children's trust was launched, services are back.",
        "Staff gathered on the first day of the country's first children's trust.",
    ],
)
def test_the_trust_is_named_as_the_first_childrens_trust(seeded, text):
    spans = current_linker().find(text, on=date(2024, 4, 1)).spans
    assert [span.entity for span in spans] == [DCST.key]


@pytest.mark.django_db
def test_the_education_department_capitalised_is_the_department_for_education(seeded):
    text = (
        "Mr Gove moved from the Education Department to become Chief Whip. Doncaster "
        "Council's education department agreed."
    )
    found = current_linker().find(text, on=date(2014, 7, 15))
    assert [s.text for s in found.spans] == ["Education Department", "Doncaster Council"]


@pytest.mark.parametrize(
    ("text", "linked_after"),
    [
        ('Paul Moffat spoke. Ros Jones said: "Paul has played a huge part."', True),
        ('"Paul has played a huge part," she said. Paul Moffat agreed.', False),  # before
        ('Paul Smith spoke. Paul Moffat spoke. She said: "Paul played a part."', False),
        ('Paul Moffat spoke. She said: "Paul played a part." Paul Smith replaces him.', True),
        ("Paul Moffat spoke. Paul, a social worker, said Paul was tired.", False),
        ("Paul Moffat spoke. A reader, Paul, emails to say he is tired.", False),
        ("Paul Moffat spoke. Jim Moffat, no relation, agreed. Paul said so.", True),
    ],
)
def test_a_given_name_alone_names_the_one_person_of_that_name_after_the_full_name(
    text, linked_after
):
    moffat = EntityRef("person:8", "Paul Moffat", is_person=True)
    jones = EntityRef("person:5", "Ros Jones", is_person=True)
    linker = Linker.build([moffat, jones], [])
    assert (("Paul", moffat.key) in linked(linker, text)) is linked_after


@pytest.fixture(scope="module")
def given_linker():
    people = [
        EntityRef("person:1", "Michael Gove", is_person=True),
        EntityRef("person:2", "Michael Wilshaw", is_person=True),
        EntityRef("person:3", "Mark Douglas", is_person=True),
        EntityRef("person:4", "Mark Rogers", is_person=True),
        EntityRef("person:5", "Ed Miliband", is_person=True),
        EntityRef("person:6", "Will Hutton", is_person=True),
    ]
    return Linker.build(people, [])


@pytest.mark.parametrize(
    ("text", "given"),
    [
        # Two people of the name, both named: neither.
        ("Michael Gove and Michael Wilshaw met. Michael spoke.", None),
        # Two people of the name, one named: that one.
        ("Michael Wilshaw spoke. Michael was never dull.", "person:2"),
        ('Mark Douglas left. Mark Rogers said: "Mark did a huge amount."', None),
        ('Mark Douglas left. Paul Moffat said: "Mark has done an outstanding job."', "person:3"),
        ("Ed Miliband spoke. Ed rings when it matters, she said.", "person:5"),
        # A given name that is a word as often as a name.
        ("Will Hutton spoke. Will it matter?", None),
    ],
)
def test_a_given_name_names_the_one_person_of_it_the_story_named(given_linker, text, given):
    full = {span.entity for span in given_linker.find(text).spans if span.how == "name"}
    alone = [span.entity for span in given_linker.find(text).spans if span.how == "short"]
    assert alone == ([given] if given else [])
    assert full  # the full names link either way


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "Ros Jones spoke. Ms Jones said so. Mayor Jones agreed. Her deputy, Cllr Glyn Jones, "
        "agreed.\n\nCllr Jones, who is not related to the mayor, is deputy mayor.",
        "Caroline Flint spoke.\n\nFlint, a town of 13,000 people, was different.",
        "Mark Rogers spoke. There is another Mark Rogers, a director in the north-west.",
        "Jo and Mark Douglas, foster carers from Bessacarr, won. Mr Douglas said so.",
        # A calling no one in public life holds.
        "Doncaster Rovers midfielder Mark Douglas launched the appeal. Douglas said so.",
    ],
)
def test_a_namesake_or_a_place_said_so_after_the_surname_is_not_the_person(seeded, text):
    found = current_linker().find(text, on=date(2023, 6, 1))
    assert not {"Cllr Jones", "Flint"} & {span.text for span in found.spans}
    assert [span.start for span in found.spans if span.text == "Mark Rogers"] in ([], [0])
    assert not [span for span in found.spans if "Douglas" in span.text]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "He was booked by referee Mark Douglas. Douglas booked three more.",
        "The pack was led by hooker Dave Hill. Hill said so.",
        "Andrew Webb, a corporate finance partner at Hart Shaw, advised. Mr Webb said so.",
        "Detective Chief Inspector Mark Rogers said justice was done.",
        'His son Paul Moffat said: "Dad would be made up."',
        "Wilshaw & Sons was founded in 1914 by Albert Wilshaw.",
        "Glam rock legend Dave Hill will bring his Slade to Doncaster.",
        "The pensioner's son, also called Michael Wilshaw, runs a plastering business.",
    ],
)
def test_a_namesake_in_sport_business_the_police_or_a_family_is_not_the_person(seeded, text):
    assert current_linker().find(text, on=date(2015, 6, 1)).spans == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("known", "text"),
    [
        ("Paul Moffat", "Not to be confused with the Paul Moffat who played for Rovers."),
        ("Rosie Winterton", "Separately, Winterton parish council, in Lincolnshire, asked us."),
        ("Sir Michael Wilshaw", "Mr Wilshaw, who was no relation, wrote to the paper."),
        ("Mayor Ros Jones", "Rovers have signed midfielder Jones on a season-long loan."),
        ("Dave Hill", "Writer Dave Hill - the Observer's London columnist - says so."),
    ],
)
def test_a_namesake_or_a_place_after_the_known_person_is_not_the_person(seeded, known, text):
    found = current_linker().find(f"{known} spoke on Monday.\n\n{text}", on=date(2017, 6, 1))
    assert [span.text for span in found.spans] == [known]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "unlinked"),
    [
        (
            "Grandmother left to struggle\n\nSandra Jones took in her grandchildren.\n\n"
            "Sandra Jones, 63, took them in two "
            "years ago.\n\n“I saved them a fortune,” Ms Jones said.\n\nThe Mayor of "
            "Doncaster, Ros Jones, said the council was looking at every option.\n\n"
            "Mrs Jones told the Mirror she was applying for a guardianship order.",
            "Mrs Jones",
        ),
        (
            "Tributes paid to foster gran\n\nJean Winterton, 81, died at home.\n\n"
            "Mrs Winterton fostered 60 children.\n\n"
            "Mrs Winterton was approved as a carer in 1974.\n\nThe Doncaster Central MP "
            "Dame Rosie Winterton, who is no relation, said she had met Mrs Winterton.",
            "Mrs Winterton",
        ),
    ],
)
def test_a_surname_after_the_known_ones_only_naming_in_a_story_about_a_namesake_is_left(
    seeded, text, unlinked
):
    found = current_linker().find(text, on=date(2023, 6, 1))
    spans = [span.text for span in found.spans]
    assert unlinked not in spans
    assert "Ros Jones" in spans or "Dame Rosie Winterton" in spans  # the known one still is


@pytest.mark.django_db
def test_a_surname_after_a_namesake_named_in_passing_is_still_the_known_ones(seeded):
    text = (
        "Mayor Ros Jones spoke.\n\nMs Jones said the council would act.\n\nMs Jones "
        "added more.\n\nSandra Jones, a grandmother, said so.\n\nMs Jones hit back."
    )
    found = current_linker().find(text, on=date(2023, 6, 1))
    assert [span.text for span in found.spans if "Jones" in span.text][:3] == [
        "Mayor Ros Jones",
        "Ms Jones",
        "Ms Jones",
    ]


@pytest.mark.django_db
def test_mayor_and_the_surname_is_the_mayor_whichever_namesake_spoke_since(seeded):
    text = (
        "Ros Jones, the mayor, spoke.\n\nCllr Sarah Jones said the figures were alarming, "
        "and Cllr Jones said so again.\n\nMayor Jones hit back."
    )
    found = current_linker().find(text, on=date(2022, 10, 1))
    assert [s.text for s in found.spans] == ["Ros Jones", "the mayor", "Mayor Jones"]


@pytest.mark.django_db
def test_a_surname_after_a_hyphen_is_part_of_another_name(seeded):
    text = "Ros Jones spoke. Katharine Sacks-Jones, chief executive of Become, agreed."
    found = current_linker().find(text)
    assert [s.text for s in found.spans] == ["Ros Jones"]
    assert [u.text for u in found.unresolved] == ["Katharine Sacks-Jones"]


def test_an_unknown_bodys_acronym_names_it_again(placed_linker):
    text = (
        "Rotherham Doncaster and South Humber NHS Foundation Trust (RDaSH) runs the clinics."
        " Doncaster Children's Services Trust refers children to them.\n\nA spokesman for "
        "RDaSH said the trust had recruited more staff."
    )
    assert [s.how for s in placed_linker.find(text).spans] == ["name"]


def test_an_unknown_bodys_name_and_acronym_at_one_place_are_no_list(placed_linker):
    text = (
        "CAMHS is run by Rotherham Doncaster and South Humber NHS Foundation Trust (RDaSH)."
        "\n\nDoncaster Children's Services Trust refers children. Its chief said the trust "
        'would help.\n\n"We will talk to RDaSH and the CCG," he said.\n\nA spokesman for '
        'RDaSH said the trust had seen referrals rise.\n\n"We are sorry," said Dr Nicola '
        "Smith, the trust's clinical lead."
    )
    described = [s.start for s in placed_linker.find(text).spans if s.how == "contextual"]
    assert described == [text.index("the trust")]


def test_a_place_ending_another_bodys_name_sets_no_scene(placed_linker):
    text = (
        "Doncaster Children's Services Trust refers children.\n\nThe report went to "
        'RDaSH, which said: "We thank Healthwatch Doncaster and the young people. The trust '
        'is redesigning its pathway."'
    )
    found = placed_linker.find(text)
    assert [s.how for s in found.spans] == ["name"]
    assert "Healthwatch Doncaster" in [u.text for u in found.unresolved]


def test_another_trust_opening_the_sentence_is_what_its_description_means(placed_linker):
    text = (
        "Doncaster Culture and Leisure Trust will close two pools after Doncaster Council "
        "cut its grant, the trust has confirmed."
    )
    assert linked(placed_linker, text) == [("Doncaster Council", DONCASTER.key)]


@pytest.mark.django_db
def test_another_trust_of_the_speakers_own_place_is_what_her_description_means(seeded):
    text = (
        "The Dome will be run by Doncaster Culture and Leisure Trust from October. Mayor Ros "
        'Jones said: "The trust will be able to invest in facilities." Mike Hart is chief '
        "executive of the trust."
    )
    found = current_linker().find(text, on=date(2013, 9, 1))
    assert [s.text for s in found.spans] == ["Mayor Ros Jones"]


@pytest.mark.django_db
def test_the_entitys_own_officer_speaks_for_it_after_another_trust_of_its_place(seeded):
    text = (
        "Doncaster Children's Services Trust needs £3.3m more. The council also gave a grant "
        "to Doncaster Culture and Leisure Trust for the Dome.\n\nPaul Moffat told the meeting "
        "the trust would report monthly."
    )
    found = current_linker().find(text, on=date(2016, 12, 1))
    assert [s.text for s in found.spans][-2:] == ["Paul Moffat", "the trust"]


@pytest.mark.django_db
def test_a_story_about_another_trust_keeps_its_descriptions_after_ours_is_named(seeded):
    text = (
        "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust must improve. The "
        "CQC rated the trust good for caring. Richard Parker, chief executive of the trust, "
        "accepted the findings. Mr Parker said the trust had recruited 60 nurses.\n\n"
        "The trust's safeguarding team works closely with Doncaster Children's Services "
        "Trust. A spokesman for the children's services trust said referrals were "
        "prioritised.\n\nInspectors also visited the trust's maternity services."
    )
    found = current_linker().find(text, on=date(2019, 1, 1))
    assert [s.text for s in found.spans] == [
        "Doncaster Children's Services Trust",
        "the children's services trust",
    ]


@pytest.mark.django_db
def test_a_trust_whose_name_begins_with_two_places_is_not_ours_by_its_place(seeded):
    text = (
        "Doncaster hospitals told to improve\n\nHOSPITALS in Doncaster and Bassetlaw have "
        "been told they require improvement.\n\nThe Care Quality Commission rated Doncaster "
        "and Bassetlaw Hospitals NHS Foundation Trust as requires improvement.\n\nThe "
        "watchdog said staff were caring, rating the trust good in that category.\n\nSir Mike "
        'Richards said: "The trust has a committed workforce. We found that the trust did not '
        "always have enough nurses.\"\n\nThe trust's named nurse worked closely with "
        "Doncaster Children's Services Trust."
    )
    found = current_linker().find(text, on=date(2016, 5, 26))
    assert [s.text for s in found.spans] == ["Doncaster Children's Services Trust"]


@pytest.mark.django_db
def test_a_story_about_another_trust_told_twice_and_ours_named_in_passing(seeded):
    text = (
        "Doncaster School for the Deaf is run by Doncaster Deaf Trust. Alexis Johnson, chief "
        "executive of the trust, welcomed the report.\n\nThe trust was founded in 1829.\n\n"
        "The school also works with Doncaster Children's Services Trust on transitions.\n\n"
        "The trust plans to spend £1.5m on its residential accommodation."
    )
    found = current_linker().find(text, on=date(2017, 1, 1))
    assert [s.text for s in found.spans] == ["Doncaster Children's Services Trust"]


@pytest.mark.django_db
def test_another_councils_director_coming_to_ours_is_no_story_about_that_council(seeded):
    text = (
        "Cambridgeshire director to lead first independent children's trust\n\nThe former "
        "director of children's services at Cambridgeshire County Council, Paul Moffat, will "
        "lead Doncaster Children's Services Trust.\n\nThe trust takes over from Doncaster "
        "Metropolitan Borough Council on 1 October.\n\nThe trust's chair will be Sir Alan "
        'Wood.\n\nRos Jones, the mayor of Doncaster, said: "I look forward to working with '
        'Paul. The council and the trust will need to work hand in hand."'
    )
    found = current_linker().find(text, on=date(2014, 6, 19))
    assert [s.text for s in found.spans][-2:] == ["The council", "the trust"]


@pytest.mark.django_db
def test_the_chief_whip_is_the_one_named_last_of_the_two_who_held_the_post(seeded):
    text = (
        "Michael Gove spoke. Rosie Winterton, Labour's chief whip, spoke.\n\nThe chief whip "
        "said she wanted assurances."
    )
    found = current_linker().find(text, on=date(2015, 2, 1))
    winterton = Person.objects.get(family_name="Winterton")
    assert found.spans[-1].entity == f"person:{winterton.pk}"


@pytest.mark.django_db
def test_a_description_beside_a_bodys_description_is_of_its_place(seeded):
    text = (
        "Doncaster Children's Services Trust was set up in 2014.\n\nThe Royal Borough of "
        "Kensington and Chelsea shares its services with Westminster City Council.\n\n"
        "The trust will be funded by the council through a contract."
    )
    found = current_linker().find(text, on=date(2014, 11, 1))
    council = Organisation.objects.get(name="Doncaster Council")
    assert (found.spans[-1].text, found.spans[-1].entity) == (
        "the council",
        f"organisation:{council.pk}",
    )


@pytest.mark.django_db
def test_a_story_about_other_trusts_gives_ours_the_paragraph_its_place_opens(seeded):
    text = (
        "It found that Doncaster Children's Services Trust had gone from inadequate before "
        "the trust was established to good in 2019.\n\n"
        "But in Slough, where a trust took over in 2015, services remain rated requires "
        "improvement. Slough Children's Trust has had four chief executives in five years. "
        "The trust's current chief executive, Frances Bates, said: \"The trust is on an "
        'improvement journey."\n\n'
        "Sandwell Children's Trust was rated inadequate in 2018. The trust said it had "
        "improved frontline practice.\n\n"
        "The analysis highlighted Together for Children in Sunderland. The trust's chief "
        'executive, Jill Colbert, said: "Ownership by the council has given us stability."\n\n'
        "Birmingham Children's Trust was rated requires improvement in 2018. The council said "
        'it was working closely with the trust on "the next phase".\n\n'
        "In Doncaster, the council and the trust are discussing the future of the "
        "arrangement."
    )
    found = current_linker().find(text, on=date(2021, 6, 1))
    last = text.rindex("\n")
    assert [s.text for s in found.spans if s.start > last] == ["the council", "the trust"]


def test_a_name_in_apposition_after_a_description_is_what_it_means():
    lga = org(50, "Local Government Association")
    linker = Linker.build(
        [lga, ADCS],
        [AliasRef("ADCS", ADCS.key)]
        + [AliasRef("the association", body.key, contextual=True) for body in (lga, ADCS)],
    )
    text = (
        "The Local Government Association met. The association representing directors of "
        "children's services, the ADCS, said it was worried."
    )
    assert linked(linker, text)[1] == ("The association", ADCS.key)


@pytest.mark.django_db
def test_a_name_that_runs_past_a_phrase_that_is_no_mention_still_links(seeded):
    linker = current_linker()
    text = "Speaking at Westminster City Council's City Hall, he said so."
    assert [s.text for s in linker.find(text).spans] == ["Westminster City Council"]
    assert linker.find("MPs at Westminster said so.").spans == []


@pytest.mark.django_db
def test_a_place_named_as_anothers_neighbour_sets_no_scene(seeded):
    text = (
        "Doncaster Council met.\n\nElsewhere, Rotherham Metropolitan Borough Council, "
        "Doncaster's neighbour, faces scrutiny. The council's director told MPs so."
    )
    assert [s.text for s in current_linker().find(text).spans] == ["Doncaster Council"]


@pytest.mark.django_db
def test_a_phrase_that_is_no_mention_still_lists_a_body_after_another(seeded):
    linker = current_linker()
    text = "What we have seen in Kensington and Chelsea and in Westminster is what happens."
    assert [s.text for s in linker.find(text).spans] == ["Kensington and Chelsea", "Westminster"]
    assert linker.find("MPs in Westminster said so.").spans == []


def _posts_linked(text, on):
    return [(s.text, s.entity) for s in current_linker().find(text, on=on).spans]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "on", "post", "holder"),
    [
        (
            "Michael Gove stripped Doncaster Council of its children's services. The "
            "education secretary said the council had failed.",
            date(2013, 7, 20),
            "The education secretary",
            "Michael Gove",
        ),
        (
            "Ofsted criticised councils. The chief inspector said leadership mattered "
            "most, Sir Michael Wilshaw added.",
            date(2015, 12, 1),
            "The chief inspector",
            "Michael Wilshaw",
        ),
        (
            "Caroline Flint asked whether the prime minister would guarantee the money. "
            "David Cameron said it would come.",
            date(2014, 9, 10),
            "the prime minister",
            "David Cameron",
        ),
        (
            "Michael Gove met MPs. A spokesman said the Secretary of State was considering "
            "the report.",
            date(2013, 7, 20),
            "the Secretary of State",
            "Michael Gove",
        ),
        (
            "Ros Jones welcomed the report. On Tuesday, the Mayor's cabinet approved it.",
            date(2016, 11, 11),
            "the Mayor",
            "Ros Jones",
        ),
        # Accused of a deed, not the mayor of another place.
        (
            "Ros Jones spoke. Critics accused the mayor of failing children.",
            date(2021, 4, 27),
            "the mayor",
            "Ros Jones",
        ),
        (
            'Ros Jones spoke. Cynthia Ransome accused the mayor of "sitting on her hands".'
            "\n\nThe mayor rejects that.",
            date(2021, 4, 27),
            "The mayor",
            "Ros Jones",
        ),
        (
            "Sir Michael Wilshaw spoke. The chief inspector said Doncaster should be the first."
            '\n\nDavid Simmonds accused the chief inspector of "grandstanding".',
            date(2014, 11, 28),
            "The chief inspector",
            "Michael Wilshaw",
        ),
        # His post, written in full after his name, is not another chief inspector's.
        (
            "Sir Michael Wilshaw, Her Majesty’s Chief Inspector, said: “It is bad.”\n\n"
            "The chief inspector added: “Doncaster has had every chance.”",
            date(2013, 6, 12),
            "The chief inspector",
            "Michael Wilshaw",
        ),
        (
            "Sir Michael Wilshaw, Ofsted's Chief Inspector, spoke. The chief inspector said so.",
            date(2013, 6, 12),
            "The chief inspector",
            "Michael Wilshaw",
        ),
        (
            "Sir Michael Wilshaw spoke. Sir Michael, the Chief Inspector of Ofsted, said so. "
            "The Chief Inspector's words will be read closely.",
            date(2014, 10, 1),
            "The Chief Inspector",
            "Michael Wilshaw",
        ),
        (
            "Mayor Ros Jones said she was disappointed. The Mayor said the council would pay.",
            date(2015, 11, 27),
            "The Mayor",
            "Ros Jones",
        ),
        # The post at another time is another holder's.
        (
            "Ros Jones spoke. The mayor at the time of the Edlington case resigned. The Mayor "
            "said so.",
            date(2015, 6, 1),
            "The Mayor",
            "Ros Jones",
        ),
        # Another post of the name named only later leaves her the post till then.
        (
            "Ros Jones spoke.\n\nMs Jones said no.\n\nThe Mayor said the move had backing.\n\n"
            "South Yorkshire's metro mayor, Dan Jarvis, also welcomed it.",
            date(2021, 6, 1),
            "The Mayor",
            "Ros Jones",
        ),
        # ... a paragraph about her between, too.
        (
            "Ros Jones spoke.\n\nMs Jones won.\n\nShe said her priority was the recovery.\n\n"
            "The Mayor has clashed with the government.\n\n"
            "Dan Jarvis, the Sheffield City Region mayor, will stand down.",
            date(2021, 5, 8),
            "The Mayor",
            "Ros Jones",
        ),
        # Another holder named with the post before him leaves it to him once he is named.
        (
            "The then chief inspector, Christine Gilbert, warned of weaknesses. Sir Michael "
            "Wilshaw arrived in 2012. The chief inspector said so.",
            date(2013, 6, 12),
            "The chief inspector",
            "Michael Wilshaw",
        ),
        # The post with its body after "of", the holder named later.
        (
            "Birmingham failed, the chief inspector of Ofsted said.\n\nSir Michael Wilshaw "
            "said more.",
            date(2014, 1, 10),
            "the chief inspector",
            "Michael Wilshaw",
        ),
        # A place before the comma, not another holder.
        (
            "David Cameron came.\n\nSpeaking on the edge of Doncaster North, the Prime "
            "Minister said the decision was tough.",
            date(2015, 4, 23),
            "the Prime Minister",
            "David Cameron",
        ),
    ],
)
def test_a_post_names_its_holder_in_an_article_that_names_them(seeded, text, on, post, holder):
    key = f"person:{Person.objects.get(name=holder).pk}"
    assert (post, key) in _posts_linked(text, on)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "on"),
    [
        # Out of office: Nicky Morgan was education secretary by then; Peter Davies mayor.
        ("Michael Gove set up the trust. The education secretary said so.", date(2015, 1, 5)),
        ("Ros Jones stood for election. The mayor said no.", date(2012, 6, 1)),
        # Another holder beside the post, or another post.
        ("David Cameron spoke. Tony Blair, the prime minister at the time, did not.", None),
        ("David Cameron spoke. The prime minister, Mr Blair, agreed.", None),
        ("David Cameron spoke. The prime minister Gordon Brown agreed.", None),
        ("Sir Michael Wilshaw spoke. The chief inspector of prisons disagreed.", None),
        ("Sir Michael Wilshaw spoke. We would like the next HMCI to look at trusts.", None),
        ("Ros Jones spoke. The Mayor of London, Sadiq Khan, disagreed.", None),
        ("Ros Jones spoke. The former mayor, Peter Davies, disagreed.", None),
        ("Ros Jones spoke. The mayor at the time of the Edlington case resigned.", None),
        # The post said of her, not a mention: "Ros Jones is the mayor".
        ("Ros Jones is the mayor.", None),
        # Another post of the name in the story: the bare post may be its holder's.
        (
            "Dan Jarvis became the Sheffield City Region mayor. Ros Jones congratulated him."
            "\n\nThe mayor will have powers over transport.",
            date(2018, 5, 5),
        ),
        (
            "Michael Gove spoke. Communities Secretary Eric Pickles sent in commissioners. "
            "The secretary of state said so.",
            None,
        ),
        ("Michael Gove spoke. The Secretary of State for Health, Jeremy Hunt, agreed.", None),
        (
            "Sir Michael Wilshaw spoke. HMP Doncaster was criticised by Nick Hardwick, chief "
            "inspector of prisons.\n\nThe chief inspector said prisoners felt unsafe.",
            date(2013, 7, 2),
        ),
        (
            "Sir Michael Wilshaw spoke. Nick Hardwick, HM Chief Inspector of Prisons, said "
            "no.\n\nThe chief inspector said prisoners felt unsafe.",
            date(2013, 7, 2),
        ),
        # The holder named with the post goes on holding it in the paragraph.
        (
            "Sir Michael Wilshaw spoke.\n\nİİİ In 2009 Ed Balls sent a team in. The then chief "
            "inspector, Christine Gilbert, warned of weaknesses. The chief inspector told MPs "
            "in 2010 that Doncaster was among the weakest.",
            date(2013, 7, 2),
        ),
        (
            "Michael Gove spoke. Nicky Morgan, the new education secretary, agreed. The "
            "education secretary said so.",
            date(2014, 7, 2),
        ),
    ],
)
def test_a_post_beside_another_holder_or_another_post_is_not_the_known_persons(seeded, text, on):
    found = current_linker().find(text, on=on or date(2014, 3, 1))
    # Only the names link; no description of a post does.
    assert [span.how for span in found.spans] == ["name"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "on", "links"),
    [
        (
            "Ed Miliband spoke. The Doncaster North MP said so, and the MP for Don Valley agreed.",
            date(2014, 2, 12),
            ["Ed Miliband", "The Doncaster North MP", "the MP for Don Valley"],
        ),
        # The post and the name after it: one mention.
        (
            "It is welcomed by the Don Valley MP Caroline Flint.",
            date(2017, 1, 13),
            ["the Don Valley MP Caroline Flint"],
        ),
        # A seat's former member, and its member after her.
        ("The former Don Valley MP said so.", date(2020, 1, 5), []),
        ("Nick Fletcher, the Don Valley MP, said so.", date(2021, 3, 1), []),
    ],
)
def test_a_seats_mp_is_its_member_while_they_hold_it(seeded, text, on, links):
    assert [s.text for s in current_linker().find(text, on=on).spans] == links


@pytest.mark.django_db
def test_a_surname_in_the_standfirst_is_the_person_the_story_names_in_full_below(seeded):
    text = (
        "Council stripped of children's services\n\nGove orders independent trust after "
        "string of failures\n\nThe Education Secretary, Michael Gove, said so. Mr Gove added "
        "more.\n\nLater, Jones said no. Ros Jones was not there."
    )
    found = current_linker().find(text, on=date(2013, 7, 22))
    # Not in the body, where a surname before the full name may be anyone's.
    assert [s.text for s in found.spans if s.how == "short"] == ["Gove", "Mr Gove"]


@pytest.mark.django_db
def test_the_labour_mayor_leaves_labour_to_the_party(seeded):
    text = (
        "Ros Jones spoke. The Labour mayor said the new mayor would listen, and the "
        "re-elected mayor would not change; the former mayor disagreed."
    )
    assert [span for span, _ in _posts_linked(text, date(2014, 3, 1))] == [
        "Ros Jones",
        "Labour",
        "the new mayor",
        "the re-elected mayor",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "council"),
    [
        (
            "Doncaster Council appointed a director.\n\nJane Smith, who joined from Solihull "
            "Council, said the council had made progress.",
            "Doncaster Council",
        ),
        (
            "Doncaster Council appointed a director.\n\nJane Smith, a former director at "
            "Westminster City Council, said the council had made progress.",
            "Doncaster Council",
        ),
        (
            "Rotherham council is to lose control of its services.\n\nSir Derek Myers, a "
            "former chief executive of Kensington and Chelsea, will lead the commissioners. "
            "Malcolm Newsam, who has run the council's children's services, will stay.",
            None,
        ),
        # A body named only as where someone came from is still the one the story has.
        ("Jane Smith, who joined from Solihull Council, said the council had changed.", "Solihull"),
        # A London borough by the short name papers give it.
        (
            "Doncaster Council lost its services.\n\nRichmond council leader Lord True said the "
            "council had been clear from the start.",
            None,
        ),
    ],
)
def test_where_someone_worked_before_gives_way_to_the_storys_own_council(seeded, text, council):
    found = current_linker().find(text, on=date(2015, 6, 1))
    keys = [span.entity for span in found.spans if span.text == "the council"]
    expected = Organisation.objects.filter(name__startswith=council) if council else []
    assert keys == [f"organisation:{body.pk}" for body in expected]


@pytest.mark.django_db
def test_the_welsh_local_government_association_is_not_the_lga(seeded):
    text = (
        "The Welsh Local Government Association backed the minister. The Local Government "
        "Association, for England, did not."
    )
    found = current_linker().find(text, on=date(2016, 3, 1))
    assert [(s.start, s.text) for s in found.spans] == [(64, "Local Government Association")]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "links"),
    [
        # A place's "where" clause sets the scene in its paragraph, not in Rotherham's story.
        (
            "Rotherham's services will stay under council control.\n\nIt follows speculation "
            "that Rotherham would follow neighbouring Doncaster, where services were handed "
            "to a trust in 2014.\n\nThe council was rated inadequate by Ofsted in 2014.",
            ["Ofsted"],
        ),
        # A family of the name, and a town of it with its county.
        (
            "Ros Jones spoke in Doncaster.\n\nRotherham's Jones family said they had no faith.",
            ["Ros Jones"],
        ),
        (
            "Riana Nelson spoke.\n\nA school in Nelson, Lancashire, has been rated outstanding.",
            ["Riana Nelson"],
        ),
        (
            "Paul Moffat spoke.\n\nHe lives outside Moffat, the Dumfriesshire spa town.",
            ["Paul Moffat"],
        ),
        (
            "Rosie Winterton spoke. Jane Smith, who moved to Doncaster from Winterton in North "
            "Lincolnshire in 2014, agreed.",
            ["Rosie Winterton"],
        ),
        (
            "Ed Miliband spoke on one of the few subjects on which the Miliband brothers agree.",
            ["Ed Miliband"],
        ),
        # The name as a name, and Parliament's debate.
        ("Mark Rogers spoke.\n\nNot everyone called Rogers in the sector agrees.", ["Mark Rogers"]),
        (
            "The Westminster debate came a week after Westminster City Council was praised by "
            "Ofsted, one of a handful of councils rated outstanding.",
            ["Westminster City Council", "Ofsted"],
        ),
    ],
)
def test_a_place_or_family_of_a_known_name_in_another_story_is_no_mention(seeded, text, links):
    found = current_linker().find(text, on=date(2016, 3, 4))
    assert [s.text for s in found.spans] == links


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # Another council's and another trust's terms: none of theirs is Doncaster's.
        (
            'An application by Birmingham City Council ("the council") and Birmingham '
            "Children's Trust (\"the Trust\"). Doncaster Children's Services Trust placed D. "
            "The Trust must notify DCST. The council agreed.",
            ["Doncaster Children's Services Trust", "DCST"],
        ),
        (
            'A is in the care of Sheffield City Council ("the local authority"). B is in the '
            "care of Doncaster Metropolitan Borough Council. The local authority appeals.",
            ["Doncaster Metropolitan Borough Council"],
        ),
        # Doncaster's own terms hold, whatever other council is named since.
        (
            "The applicant is Doncaster Metropolitan Borough Council (“the local authority”)."
            " Rotherham council spoke. The local authority agreed.",
            ["Doncaster Metropolitan Borough Council", "local authority", "local authority"],
        ),
        # A direction's terms, quoted in a story, are not the story's.
        (
            "The direction \"directs Sandwell Metropolitan Borough Council ('the Council')\" to"
            ' act. In Doncaster, Paul Moffat said: "Our work with the council is better."',
            ["Paul Moffat", "council"],
        ),
    ],
)
def test_a_term_a_judgment_defines_for_a_body_means_that_body(seeded, text, linked):
    found = current_linker().find(text, on=date(2019, 1, 1))
    assert [span.text.lower().removeprefix("the ") for span in found.spans] == [
        name.lower() for name in linked
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ros Jones spoke. Councillor Jones, deputy mayor, said it would act.",
        "The Mayor of Doncaster, Ros Jones, spoke. Cllr Jones, the deputy mayor, said so.",
    ],
)
def test_a_surname_given_a_deputys_post_is_not_the_holder_of_the_post(seeded, text):
    found = current_linker().find(text, on=date(2016, 3, 1))
    assert found.spans
    assert [span.text for span in found.spans if span.start > text.index(" spoke")] == []


@pytest.mark.django_db
def test_a_surname_given_a_deputys_post_of_another_kind_is_still_the_person(seeded):
    text = "Mayor Ros Jones spoke. Ms Jones, deputy chair of the panel, said no."
    found = current_linker().find(text, on=date(2016, 3, 1))
    assert [span.text for span in found.spans] == ["Mayor Ros Jones", "Ms Jones"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Ten years ago: The Mayor of Doncaster, Martin Winter, said so. The mayor was angry.", []),
        (
            "1923: The Mayor of Doncaster, Alderman W. H. Walker, presided. The Mayor spoke.",
            [],
        ),
        (
            "The Mayor of Doncaster, Ros Jones, said yes. The mayor was happy.",
            ["The Mayor of Doncaster", "Ros Jones", "The mayor"],
        ),
        (
            "The Mayor of Doncaster, Councillor Ros Jones, said yes.",
            ["The Mayor of Doncaster", "Ros Jones"],
        ),
        ("The Mayor of Doncaster, Ms Jones, said yes.", ["The Mayor of Doncaster", "Ms Jones"]),
        (
            "Deputy Mayor Glyn Jones was there. Mayor Ros Jones won. Councillor Jones said so.",
            ["Mayor Ros Jones"],
        ),
    ],
)
def test_a_post_named_with_another_holder_is_not_the_known_holders(seeded, text, linked):
    found = current_linker().find(text, on=date(2019, 7, 1))
    assert [span.text for span in found.spans] == linked


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "linked"),
    [
        (
            "The charity called on the Department for the Economy (DfE) to act. A DfE "
            "spokesperson said the department had acted.",
            [],
        ),
        (
            "The Department for the Economy (DfE) said so. Later the Department for "
            "Education (DfE) said no. The DfE agreed.",
            ["Department for Education", "DfE", "DfE"],
        ),
    ],
)
def test_an_acronym_defined_for_a_body_no_alias_knows_is_that_bodys(seeded, text, linked):
    found = current_linker().find(text, on=date(2019, 7, 1))
    assert [span.text for span in found.spans] == linked


@pytest.mark.django_db
def test_a_given_name_alone_before_the_full_name_is_someone_elses(seeded):
    text = (
        "Paul, a care leaver, told MPs he had been moved into a bedsit.\n\nPaul Moffat, the "
        "trust's chief executive, said he was humbled by Paul's evidence. \"Young people like "
        'Paul are the best judges," Mr Moffat said.'
    )
    found = current_linker().find(text, on=date(2017, 7, 1))
    assert [span.text for span in found.spans] == ["Paul Moffat", "Mr Moffat"]


@pytest.mark.django_db
def test_a_surname_cited_with_another_authors_initials_or_et_al_is_no_link(seeded):
    text = (
        "Andrew Webb led the ADCS. Reform is not sufficient (Webb et al., 2019).\n\n"
        "Hill, M. and Webb, S. (2014) Intervention.\n\nWebb, A. (2014) Speech."
    )
    found = current_linker().find(text, on=date(2020, 7, 1))
    assert [span.text for span in found.spans] == ["Andrew Webb", "ADCS", "Webb"]
    assert found.spans[-1].start == text.rindex("Webb, A.")


@pytest.mark.django_db
def test_a_titled_surname_is_the_namesake_named_with_that_title_before(seeded):
    text = (
        "The evaluation was led by Professor Helen Moffat. Paul Moffat, the trust's chief "
        'executive, said: "Professor Moffat is right." Mr Moffat added more.'
    )
    found = current_linker().find(text, on=date(2015, 11, 5))
    assert [span.text for span in found.spans] == ["Paul Moffat", "Mr Moffat"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "councillor", ["Deputy Mayor Councillor Glyn Jones", "Labour councillor Glyn Jones"]
)
def test_coun_and_a_surname_is_the_councillor_of_the_name_however_often_the_mayor_spoke(
    seeded, councillor
):
    text = (
        'Mayor of Doncaster Ros Jones said: "This is a budget."\n\nMrs Jones said the money '
        f"reflected demand. Ms Jones added more.\n\n{councillor}, who "
        'holds the finance portfolio, spoke.\n\nCoun Jones said: "We have had to make choices."'
        " Mrs Jones agreed."
    )
    found = current_linker().find(text, on=date(2022, 3, 1))
    assert [s.text for s in found.spans if s.entity.startswith("person")] == [
        "Mayor of Doncaster Ros Jones",
        "Mrs Jones",
        "Ms Jones",
        "Mrs Jones",
    ]


@pytest.mark.django_db
def test_a_councillor_named_before_the_mayor_is_the_councillor_of_the_name(seeded):
    text = (
        "Cllr Gareth Jones, who is deputy to Mayor Ros Jones, told a meeting the trust needed "
        'stability.\n\n"It is good," said Cllr Jones. Ms Jones was not there.'
    )
    found = current_linker().find(text, on=date(2018, 3, 1))
    assert [s.text for s in found.spans] == ["Mayor Ros Jones", "Ms Jones"]


@pytest.mark.django_db
def test_the_outgoing_holder_and_her_majestys_chief_inspector_are_the_known_person(seeded):
    text = (
        "Sir Michael Wilshaw spoke. The outgoing chief inspector attacked weak leaders. "
        "Her Majesty's Chief Inspector of Education, Children's Services and Skills said "
        "more. The current chief inspector will leave in December."
    )
    assert [span for span, _ in _posts_linked(text, date(2016, 11, 20))] == [
        "Sir Michael Wilshaw",
        "The outgoing chief inspector",
        "Her Majesty's Chief Inspector of Education, Children's Services and Skills",
        "The current chief inspector",
    ]


@pytest.mark.django_db
def test_the_outgoing_holder_of_a_post_its_holder_keeps_is_someone_else(seeded):
    text = (
        "Ros Jones was elected mayor last week. The outgoing mayor, whose four years were "
        "marked by clashes, left. The current mayor spoke."
    )
    assert [span for span, _ in _posts_linked(text, date(2013, 5, 10))] == [
        "Ros Jones",
        "The current mayor",
    ]


@pytest.mark.django_db
def test_a_one_word_body_after_its_kind_is_offered_to_editors(seeded):
    text = (
        "Public sector union Unison warned. The children's charity Barnardo's agreed, and "
        "the exams regulator Ofqual said no. Campaign group Article 39 objected. Registered "
        "charity Nos. 216250 and Labour party Chairman Jim Smith said so."
    )
    found = current_linker().find(text, on=date(2015, 1, 1))
    assert [u.text for u in found.unresolved] == [
        "Unison",
        "Barnardo's",
        "Ofqual",
        "Article 39",
        "Jim Smith",
    ]


@pytest.mark.django_db
def test_a_body_known_by_one_word_is_offered_to_editors_wherever_it_stands(seeded):
    text = (
        "Unison, which represents staff, said so. Unison's organiser agreed, and Ofqual, "
        "Barnardo’s and the Conservatives did not. Michael Gove said unison was needed."
    )
    found = current_linker().find(text, on=date(2015, 1, 1))
    assert [u.text for u in found.unresolved] == [
        "Unison",
        "Unison",
        "Ofqual",
        "Barnardo’s",
        "Conservatives",
    ]


@pytest.mark.django_db
def test_a_body_after_its_kind_is_offered_at_its_place_after_a_letter_lower_lengthens(seeded):
    text = "İstanbul's mayor spoke. The union Unison said so."
    found = current_linker().find(text, on=date(2015, 1, 1))
    assert [u.text for u in found.unresolved] == ["Unison"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (
            date(2016, 5, 1),
            [
                "the town's mayor",
                "Ros Jones",
                "the Mayor of Doncaster",
                "Doncaster's mayor Ros Jones",
            ],
        ),
        (date(2012, 5, 1), ["Ros Jones", "Doncaster's mayor Ros Jones"]),  # Peter Davies was
    ],
)
def test_the_mayor_of_doncaster_is_the_mayor_of_the_time(seeded, on, expected):
    text = (
        "The move was right, the town's mayor said. Ros Jones said more. Later the Mayor of "
        "Doncaster added that Doncaster's mayor Ros Jones would stand again."
    )
    assert [span for span, _ in _posts_linked(text, on)] == expected


@pytest.mark.django_db
def test_an_acronym_opening_a_sentence_is_no_ordinary_word(seeded):
    text = 'Sir Michael Wilshaw spoke. Dave Hill said: "HMCI is right that leadership matters."'
    assert [span for span, _ in _posts_linked(text, date(2015, 12, 1))] == [
        "Sir Michael Wilshaw",
        "Dave Hill",
        "HMCI",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        (
            "Ed Miliband spoke. The leader of the opposition said Doncaster deserved better.",
            date(2013, 7, 10),
            ["Ed Miliband", "The leader of the opposition"],
        ),
        (
            "Ed Miliband spoke. The leader of the opposition, Jeremy Corbyn, disagreed.",
            date(2016, 3, 1),
            ["Ed Miliband"],
        ),
        (
            "Michael Gove spoke. The chief whip said so. The Justice Secretary did not.",
            date(2014, 9, 1),
            ["Michael Gove", "The chief whip"],
        ),
    ],
)
def test_a_politicians_later_posts_are_his_in_their_years(seeded, text, on, expected):
    assert [span for span, _ in _posts_linked(text, on)] == expected


@pytest.mark.django_db
def test_a_post_held_in_the_year_a_look_back_dates_its_passage_to_links_its_holder(seeded):
    text = (
        "Ten years of the trust\n\nMichael Gove set up the trust. Sir Michael Wilshaw "
        "inspected it.\n\n2014: Watchdog chief's warning\n\nThe chief inspector said the "
        "trust needed time.\n\nIn November 2013, the Education Secretary told MPs the council "
        "had failed."
    )
    found = current_linker().find(text, on=date(2024, 10, 1))
    entity = {s.text: s.entity for s in found.spans}
    assert entity["The chief inspector"] == entity["Sir Michael Wilshaw"]
    assert entity["the Education Secretary"] == entity["Michael Gove"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "place",
    [
        "He grew up in Douglas on the Isle of Man.",
        "He is based at Government Office, Bucks Road, Douglas.",
    ],
)
def test_a_town_of_a_known_persons_surname_is_no_mention_of_him(seeded, place):
    text = f"Mark Douglas runs the trust. {place} Douglas said so."
    found = current_linker().find(text, on=date(2016, 5, 1))
    assert [s.text for s in found.spans] == ["Mark Douglas", "Douglas"]
    assert found.spans[-1].start == text.rindex("Douglas said")


@pytest.mark.django_db
def test_the_post_then_with_its_holder_named_is_his_not_the_holders_of_the_day(seeded):
    text = (
        "Ros Jones has been mayor since 2013. In 2009, the government sent in experts. The "
        "mayor then, Peter Davies of the English Democrats, said Doncaster was a scapegoat."
    )
    found = current_linker().find(text, on=date(2025, 5, 1))
    assert [s.text for s in found.spans] == ["Ros Jones"]


@pytest.mark.django_db
def test_a_calling_is_a_word_of_its_own_not_the_end_of_a_verb(seeded):
    # "ace Jones" is someone else; "face Gove" is Gove.
    text = "Michael Gove was moved. She will face Gove in the Commons, and face Michael Gove."
    found = current_linker().find(text, on=date(2014, 7, 20))
    assert [s.text for s in found.spans] == ["Michael Gove", "Gove", "Michael Gove"]


@pytest.mark.django_db
def test_a_former_holder_named_since_leaves_the_post_to_its_holder(seeded):
    text = (
        "Doncaster's mayor, Ros Jones, said she accepted the findings.\n\nThe council's {} "
        'mayor, Peter Davies, had clashed with officers.\n\n"I support the mayor," Mr '
        "Miliband said."
    )
    on = date(2013, 7, 10)
    found = current_linker().find(text.format("former"), on=on).spans
    assert [s.text for s in found if s.entity == found[0].entity] == ["Ros Jones", "the mayor"]
    # The then mayor is the one a later "the mayor" means, as a look back goes on.
    found = current_linker().find(text.format("then"), on=on).spans
    assert [s.text for s in found if s.entity == found[0].entity] == ["Ros Jones"]


@pytest.mark.django_db
def test_a_post_as_a_title_before_anothers_surname_is_not_its_holders(seeded):
    said = "Sir Michael Wilshaw said so in 2015. "
    on = date(2025, 3, 1)
    found = current_linker().find(f"{said}HMCI Oliver is right, if a decade late.", on=on)
    assert [s.text for s in found.spans] == ["Sir Michael Wilshaw"]
    found = current_linker().find(f"{said}HMCI said the same then.", on=on)
    assert [s.text for s in found.spans] == ["Sir Michael Wilshaw", "HMCI"]


@pytest.mark.django_db
def test_a_post_said_of_now_in_a_look_back_is_the_holder_of_the_storys_day(seeded):
    now = (
        "Councillor Nick Allen referred to Michael Gove's decision in 2013: \"Gove was right "
        "then, and if the Education Secretary had any sense she'd be doing the same now.\""
    )
    then = (
        "Michael Gove ordered a review. In 2013 the Education Secretary removed the services, "
        "which are now run by the council."
    )
    on = date(2025, 7, 17)
    assert [s.text for s in current_linker().find(now, on=on).spans] == ["Michael Gove", "Gove"]
    found = current_linker().find(then, on=on).spans
    assert [s.text for s in found if s.entity == found[0].entity] == [
        "Michael Gove",
        "the Education Secretary",
    ]


@pytest.mark.django_db
def test_a_post_in_a_passage_of_no_year_or_another_year_means_its_holder_then(seeded):
    text = (
        "Michael Gove was education secretary from 2010.\n\nThe Education Secretary, Damian "
        "Hinds, said in 2019 that standards had improved.\n\nThe Education Secretary visited "
        "Doncaster on Monday."
    )
    found = current_linker().find(text, on=date(2019, 6, 1))
    assert [s.text for s in found.spans] == ["Michael Gove"]


@pytest.mark.django_db
def test_the_trust_in_doncaster_before_the_childrens_trust_was_proposed_is_another(seeded):
    text = (
        "Three struggling Doncaster primary schools are to be taken over by a growing "
        "academy chain.\n\nThe trust said it would bring in new leaders."
    )
    assert [s.text for s in current_linker().find(text, on=date(2013, 6, 14)).spans] == []
    assert [s.text for s in current_linker().find(text, on=date(2013, 7, 1)).spans] == ["The trust"]


def test_an_exact_alias_opening_with_the_may_open_a_sentence():
    cameron = EntityRef("person:7", "David Cameron", is_person=True)
    linker = Linker.build([cameron], [AliasRef("the PM", cameron.key, contextual=True)])
    text = "David Cameron spoke. The PM said so, and the PM left. THE PM and the pm did not."
    assert texts(linker, text) == ["David Cameron", "The PM", "the PM"]


@pytest.mark.django_db
def test_tabloids_short_forms_of_the_chief_inspector_and_the_prime_minister(seeded):
    text = (
        "Inspector hits out\n\nSir Michael Wilshaw and David Cameron spoke. Sir Mike said "
        "it was bad.\n\nThe PM agreed. Sir Mike Tomlinson did not."
    )
    found = current_linker().find(text, on=date(2013, 6, 1))
    assert [s.text for s in found.spans] == [
        "Sir Michael Wilshaw",
        "David Cameron",
        "Sir Mike",
        "The PM",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("day", "linked"), [("2009-06-01", True), ("2016-01-01", False), ("2025-01-10", True)]
)
def test_a_post_held_twice_links_in_both_periods_and_not_between(seeded, day, linked):
    text = "Miliband backs family hubs\n\nEd Miliband visited. The Energy Secretary said so."
    found = current_linker().find(text, on=date.fromisoformat(day))
    assert ("The Energy Secretary" in [s.text for s in found.spans]) is linked


@pytest.mark.django_db
def test_the_party_leader_named_by_post_is_the_person_not_the_party(seeded):
    text = (
        "Ed Miliband visited Doncaster. The Labour leader said the council had failed. "
        "Labour wants the trust to work."
    )
    found = current_linker().find(text, on=date(2013, 11, 1))
    assert [(s.text, s.entity) for s in found.spans][:2] == [
        ("Ed Miliband", found.spans[0].entity),
        ("The Labour leader", found.spans[0].entity),
    ]
    assert "Labour" in [s.text for s in found.spans]
    later = current_linker().find(
        text.replace("The Labour", "The former Labour"), on=date(2016, 1, 1)
    )
    assert "The former Labour leader" in [s.text for s in later.spans]
    back = current_linker().find(
        "Ed Miliband spoke in 2013.\n\nThe then Labour leader said so.", on=date(2019, 1, 1)
    )
    assert "The then Labour leader" in [s.text for s in back.spans]


@pytest.mark.django_db
def test_a_post_looked_back_on_as_then_or_former_links_the_holder_named(seeded):
    text = (
        "Michael Gove set up the trust. The then education secretary said Doncaster had "
        "failed.\n\nSir Michael Wilshaw spoke too. The former chief inspector said so."
    )
    entity = {s.text: s.entity for s in current_linker().find(text, on=date(2024, 10, 1)).spans}
    assert entity["The then education secretary"] == entity["Michael Gove"]
    assert entity["The former chief inspector"] == entity["Sir Michael Wilshaw"]


@pytest.mark.django_db
def test_a_former_post_while_its_holder_held_it_is_someone_else(seeded):
    text = "Sir Michael Wilshaw spoke. The former chief inspector, Christine Gilbert, disagreed."
    found = current_linker().find(text, on=date(2013, 10, 1))
    assert [s.text for s in found.spans] == ["Sir Michael Wilshaw"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "Trust, in the ordinary sense, is hard won.",
        "Trust – or the lack of it – between the two bodies was the problem.",
        "Trust or council, it makes no difference if the money isn't there.",
    ],
)
def test_trust_set_apart_at_a_sentences_start_is_the_ordinary_word(seeded, sentence):
    text = f"Doncaster Children's Services Trust was set up in 2014. {sentence}"
    found = current_linker().find(text, on=date(2016, 1, 1))
    assert [s.text for s in found.spans] == ["Doncaster Children's Services Trust"]


@pytest.mark.django_db
def test_a_party_leaders_title_before_the_name_leaves_the_party_named(seeded):
    text = "The Labour leader Ed Miliband, whose Doncaster North seat is in the borough, spoke."
    found = current_linker().find(text, on=date(2013, 11, 1))
    assert [s.text for s in found.spans] == ["Labour", "Ed Miliband"]


@pytest.mark.django_db
def test_the_first_independent_childrens_trust_is_doncasters(seeded):
    text = (
        "Doncaster Council and the country's first independent children's services trust "
        "argued over money. England’s first independent children's trust has closed."
    )
    found = current_linker().find(text, on=date(2022, 9, 1))
    assert [s.text for s in found.spans][1:] == [
        "the country's first independent children's services trust",
        "England’s first independent children's trust",
    ]


@pytest.mark.django_db
def test_an_acronym_in_brackets_after_a_place_is_still_its_own_bodys(seeded):
    text = "Council | Year | Grade\nDoncaster (DCST) | 2015 | Requires improvement to be good"
    found = current_linker().find(text, on=date(2016, 6, 1))
    trust = current_linker().find("Doncaster Children's Services Trust", on=date(2016, 6, 1))
    assert [(s.text, s.entity) for s in found.spans] == [("DCST", trust.spans[0].entity)]


@pytest.mark.django_db
def test_the_conservative_leader_and_the_governments_chief_whip_link_their_holders(seeded):
    text = "David Cameron, the Conservative leader, said the case showed failure."
    assert [s.text for s in current_linker().find(text, on=date(2010, 1, 22)).spans] == [
        "David Cameron",
        "the Conservative leader",
    ]
    text = "Michael Gove, now the Government's chief whip, spoke."
    assert [s.text for s in current_linker().find(text, on=date(2014, 10, 1)).spans] == [
        "Michael Gove",
        "the Government's chief whip",
    ]


@pytest.mark.django_db
def test_the_doncaster_central_mp_after_the_2024_election_is_her_successor(seeded):
    text = "Rosie Winterton stood down in 2024. The Doncaster Central MP said it was scandalous."
    assert [s.text for s in current_linker().find(text, on=date(2024, 9, 18)).spans] == [
        "Rosie Winterton"
    ]


@pytest.mark.django_db
def test_the_council_before_finance_describes_a_post_not_the_council(seeded):
    text = "Doncaster Council met. The former council finance boss said no."
    assert [s.text for s in current_linker().find(text, on=date(2013, 5, 4)).spans] == [
        "Doncaster Council"
    ]


@pytest.mark.django_db
def test_a_description_placed_after_it_is_that_places_whoever_speaks(seeded):
    text = (
        "Doncaster Council agreed. Mark Rogers, the chief executive of Solihull council, said: "
        '"We should be wary. The council in Doncaster still has statutory responsibility."'
    )
    found = current_linker().find(text, on=date(2015, 12, 14))
    council = Organisation.objects.get(name="Doncaster Council")
    assert [s.entity for s in found.spans if s.text == "The council"] == [
        f"organisation:{council.pk}"
    ]


@pytest.mark.django_db
def test_a_knights_titled_given_name_is_his_after_a_namesake_without_the_title(seeded):
    text = (
        "The news carried Sir Michael Wilshaw's remarks.\n\n"
        "A retired joiner called Mick Wilshaw raised his glass. Wilshaw spent 40 years on "
        "building sites. Lady Wilshaw was not there.\n\n"
        "Sir Michael is not a man who deals in soft words. Sir Mike, as teachers know him, "
        "has argued that poverty is no excuse."
    )
    found = [s.text for s in current_linker().find(text, on=date(2014, 3, 14)).spans]
    assert found == ["Sir Michael Wilshaw", "Sir Michael", "Sir Mike"]


@pytest.mark.django_db
def test_a_verb_opening_a_sentence_is_no_part_of_a_known_posts_name(seeded):
    text = (
        "Sir Michael Wilshaw has been right to insist that poverty is no excuse.\n\n"
        "So here is my proposal. Let HMCI keep the single-word judgement. HMCI can then "
        "say whether a council is improving."
    )
    found = current_linker().find(text, on=date(2015, 6, 8))
    assert [s.text for s in found.spans] == ["Sir Michael Wilshaw", "HMCI", "HMCI"]
    assert not found.unresolved


@pytest.mark.django_db
def test_another_post_of_the_kind_leaves_a_post_described_by_its_holders_name(seeded):
    text = (
        "The Home Secretary spoke first. Michael Gove, who was then Education Secretary, "
        "made it clear.\n\nThe Energy Secretary, Ed Miliband, who has represented Doncaster "
        "North for two decades, has been an advocate."
    )
    found = [s.text for s in current_linker().find(text, on=date(2024, 9, 14)).spans]
    assert found == ["Michael Gove", "The Energy Secretary", "Ed Miliband"]


@pytest.mark.django_db
def test_a_name_before_a_verb_is_no_holder_of_the_post_after_it(seeded):
    text = (
        "Plans were announced today by the Prime Minister. David Cameron said he would act."
        "\n\nTonight, the chief inspector, Sir Michael Wilshaw, backed the Prime Minister."
        "\n\nThe LGA would like to see the Prime Minister's commitment matched by funding."
    )
    found = current_linker().find(text, on=date(2015, 10, 7))
    assert [s.text for s in found.spans if s.text.endswith("Prime Minister")] == [
        "the Prime Minister"
    ] * 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("said", "on"),
    [
        ("who is also the Energy Secretary", date(2009, 3, 7)),
        ("who was then the Energy Secretary", date(2010, 1, 7)),
    ],
)
def test_a_post_said_of_its_holder_with_an_adverb_is_no_link(seeded, said, on):
    text = f"Ed Miliband, the MP for Doncaster North, {said}, said the report was disturbing."
    found = [s.text for s in current_linker().find(text, on=on).spans]
    assert found == ["Ed Miliband", "the MP for Doncaster North"]


@pytest.mark.django_db
def test_doncasters_childrens_trust_before_the_trust_was_announced_is_another_body(seeded):
    text = (
        "The report raises questions about the Doncaster Children's Trust board, the "
        "statutory partnership that brings together the council, health services and police."
    )
    before = current_linker().find(text, on=date(2012, 11, 27)).spans
    after = current_linker().find(text, on=date(2016, 11, 27)).spans
    assert [s.text for s in before] == ["the council"]
    assert [s.text for s in after][:1] == ["Doncaster Children's Trust"]


@pytest.mark.django_db
def test_a_post_taken_up_is_no_link(seeded):
    text = "Sir Michael Wilshaw took up the post of HMCI in January 2012. HMCI said more."
    found = [s.text for s in current_linker().find(text, on=date(2016, 12, 29)).spans]
    assert found == ["Sir Michael Wilshaw", "HMCI"]


@pytest.mark.django_db
def test_a_council_after_the_services_a_body_runs_in_another_place_is_that_places(seeded):
    text = (
        "Doncaster Children's Services Trust was told to improve.\n\n"
        "Ofsted praised Together for Children, the company set up in 2017 to run children's "
        "services in Sunderland after the council was rated inadequate."
    )
    found = [s.text for s in current_linker().find(text, on=date(2019, 7, 9)).spans]
    assert found == ["Doncaster Children's Services Trust", "Ofsted"]


@pytest.mark.django_db
def test_a_relative_sharing_a_given_name_hides_no_one_elses_surname(seeded):
    text = (
        "A spokesman for Prime Minister David Cameron said no.\n\n"
        "Miliband's brother David Miliband has stayed out of the campaign.\n\n"
        "Mr Cameron was in Scotland on Friday. Another Cameron, Fiona, spoke."
    )
    found = [s.text for s in current_linker().find(text, on=date(2015, 2, 13)).spans]
    assert found == ["Prime Minister David Cameron", "Mr Cameron"]


@pytest.mark.django_db
def test_the_shadow_post_and_the_post_said_of_its_holder_leave_the_post_to_its_holder(seeded):
    text = (
        "Education Secretary Michael Gove spoke.\n\n"
        "Labour's shadow education secretary, Tristram Hunt, said the spat was bad.\n\n"
        "The Education Secretary said nothing."
    )
    assert texts(current_linker(), text, on=date(2014, 1, 26))[-1] == "The Education Secretary"
    text = (
        "It was set up after Education Secretary Michael Gove used his powers in 2013.\n\n"
        "Mr Gove, now Justice Secretary, said the council had failed. The Justice Secretary "
        "was not available for comment this week."
    )
    assert texts(current_linker(), text, on=date(2015, 10, 3))[-1] == "The Justice Secretary"


@pytest.mark.django_db
def test_a_surname_at_a_place_in_its_county_is_the_place(seeded):
    text = (
        "Rosie Winterton spoke.\n\n"
        "The A1077 is closed in both directions at Winterton, North Lincolnshire."
    )
    assert texts(current_linker(), text, on=date(2019, 5, 1)) == ["Rosie Winterton"]


@pytest.mark.django_db
def test_westminster_setting_the_scene_is_the_place_of_its_council(seeded):
    text = (
        "Solihull Council spoke.\n\n"
        "Meanwhile, in Westminster, the council has shared services since 2011."
    )
    found = current_linker().find(text, on=date(2016, 11, 8)).spans
    assert [(s.text, s.entity) for s in found][1:] == [
        (
            "the council",
            f"organisation:{Organisation.objects.get(name='Westminster City Council').pk}",
        )
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("before", "text", "on"),
    [
        (
            'Mayor Ros Jones said: "The trust has done a good job."',
            "Speaking to BBC Radio Sheffield, the Mayor added that staff would be fine.",
            date(2022, 9, 21),
        ),
        (
            "The Prime Minister, David Cameron, was asked about Doncaster at Prime Minister's "
            "Questions last month.",
            "The Prime Minister said it was troubling.",
            date(2013, 2, 15),
        ),
    ],
)
def test_a_broadcaster_or_the_post_alone_holds_no_post(seeded, before, text, on):
    found = current_linker().find(f"{before}\n\n{text}", on=on).spans
    assert found[-1].start > len(before)
    assert text.startswith(found[-1].text, found[-1].start - len(before) - 2)


@pytest.mark.django_db
def test_a_legal_texts_as_the_secretary_of_state_may_is_the_holder(seeded):
    text = (
        "Education Secretary Michael Gove signed the direction.\n\n"
        "The Council shall provide such information as the Secretary of State may reasonably "
        "require.\n\nMr Gove served as the Secretary of State until 2014."
    )
    found = [s.text for s in current_linker().find(text, on=date(2013, 10, 1)).spans]
    assert found == ["Education Secretary Michael Gove", "the Secretary of State", "Mr Gove"]


@pytest.mark.django_db
def test_a_namesake_with_a_calling_after_the_surname_is_no_link(seeded):
    text = (
        "Mayor Ros Jones visited Rotherham.\n\n"
        'Mrs Jones, a retired nurse from Kimberworth, said: "Nobody listened."'
    )
    assert texts(current_linker(), text, on=date(2015, 3, 1)) == ["Mayor Ros Jones"]


@pytest.mark.django_db
def test_an_outsourcer_named_since_is_the_firm(seeded):
    text = "iMPOWER was hired. G4S, which runs prisons, declined to bid. The firm was criticised."
    assert texts(current_linker(), text, on=date(2014, 5, 16)) == ["iMPOWER"]


@pytest.mark.django_db
def test_labour_together_is_no_mention_of_the_party(seeded):
    text = "Ed Miliband sits on Labour Together's review of the defeat. Labour lost."
    assert texts(current_linker(), text, on=date(2020, 3, 1)) == ["Ed Miliband", "Labour"]
