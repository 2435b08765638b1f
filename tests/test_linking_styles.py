"""Whole stories in other papers' styles link as a reader reads them.

Each file in tests/data/styles is a story written the way another paper covers
Doncaster's children's services (a national daily, a trade weekly, the BBC, a local
democracy report, an explainer, a feature); expected.json holds every mention a reader
would click, in order, and the unknown names editors are offered. Each list was read
link by link against the story. A change to the linker or the importer that moves one
of them shows here as the story and the link it moved.
"""

import json
from pathlib import Path

import pytest

from articles import ingest
from articles.models import Article

STYLES = Path(__file__).parent / "data" / "styles"
EXPECTED = json.loads((STYLES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def known_entities(seeded):
    """The seed's organisations, people and aliases, with no articles yet."""
    Article.objects.all().delete()


def test_every_story_has_its_expected_links():
    assert sorted(EXPECTED) == sorted(path.name for path in STYLES.glob("*.txt"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_story_links_every_mention_a_reader_would_click_and_nothing_else(known_entities, name):
    text = (STYLES / name).read_text(encoding="utf-8")

    article = ingest.import_text(text, name=name).article

    mentions = article.mentions.order_by("field", "start").select_related("organisation", "person")
    links = [[m.field, m.text, str(m.organisation or m.person)] for m in mentions]
    assert links == EXPECTED[name]["links"]
    assert article.unresolved_names == EXPECTED[name]["unresolved"]
