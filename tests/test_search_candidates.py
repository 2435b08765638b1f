"""Entity search proposes a bounded number of names; the one meant must survive that cut."""

import pytest

from entities.models import Organisation
from newsroom.search import CANDIDATES, search

pytestmark = pytest.mark.django_db


def names(results):
    return [hit.entity.name for hit in results.entities]


@pytest.fixture
def many_councils(db):
    Organisation.objects.bulk_create(
        Organisation(name=f"Town{n} Borough Council", slug=f"town{n}-borough-council")
        for n in range(2 * CANDIDATES)
    )


def test_the_name_meant_is_found_among_more_councils_than_are_proposed(
    many_councils, make_organisation
):
    make_organisation("Mercia Council")
    assert names(search("Mercia council"))[0] == "Mercia Council"


def test_a_description_match_is_found_among_names_sharing_a_word(many_councils, make_organisation):
    make_organisation("Fishery Board", description="Sets the haddock quota for each council.")
    assert "Fishery Board" in names(search("haddock council"))
