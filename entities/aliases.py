"""Loads the alias table into a Linker and keeps one built linker per version of the table."""

import threading

from django.db.models import Count, Max

from .linking import AliasRef, EntityRef, Linker
from .models import Alias, Organisation, Person, Role

_lock = threading.Lock()
_built: dict[str, tuple[tuple, Linker]] = {}


def entity_key(entity: Organisation | Person) -> str:
    return f"{'person' if isinstance(entity, Person) else 'organisation'}:{entity.pk}"


def table_version() -> tuple:
    """What changes whenever an entity, alias or post is added, edited or deleted."""
    version = []
    for model in (Organisation, Person, Alias, Role):
        stats = model.objects.aggregate(n=Count("pk"), last=Max("edited_at"), top=Max("pk"))
        version += [stats["n"], stats["top"], stats["last"]]
    return tuple(version)


def load_refs() -> tuple[list[EntityRef], list[AliasRef]]:
    """The linker's view of the entity and alias tables.

    Rows come as tuples, not model instances: with 100,000 aliases, building instances
    took most of a worker's start-up.
    """
    entities, aliases = [], []
    for pk, name, kind in Organisation.objects.values_list("pk", "name", "kind"):
        key = f"organisation:{pk}"
        entities.append(EntityRef(key=key, name=name, kind=kind))
        aliases.append(AliasRef(text=name, entity=key))
    posts: dict[int, list[str]] = {}
    for person, organisation in Role.objects.filter(organisation__isnull=False).values_list(
        "person_id", "organisation_id"
    ):
        posts.setdefault(person, []).append(f"organisation:{organisation}")
    people = Person.objects.values_list(
        "pk", "name", "honorific_prefix", "given_name", "family_name"
    )
    for pk, name, honorific, given, family in people:
        entities.append(
            EntityRef(
                key=f"person:{pk}",
                name=name,
                is_person=True,
                honorific=honorific,
                given_name=given,
                family_name=family,
                bodies=tuple(posts.get(pk, ())),
            )
        )
    rows = Alias.objects.values_list(
        "text", "organisation_id", "person_id", "case", "kind", "valid_from", "valid_until"
    )
    for text, organisation, person, case, kind, since, until in rows:
        aliases.append(
            AliasRef(
                text=text,
                entity=f"organisation:{organisation}" if organisation else f"person:{person}",
                case=case,
                contextual=kind == Alias.Kind.DESCRIPTION,
                short=kind == Alias.Kind.SHORT,
                place=kind == Alias.Kind.PLACE,
                excluded=kind == Alias.Kind.NOT_A_MENTION,
                valid_from=since,
                valid_until=until,
            )
        )
    return entities, aliases


def current_linker() -> Linker:
    """The linker for the alias table as it stands, built once per version of it."""
    version = table_version()
    cached = _built.get("default")
    if cached and cached[0] == version:
        return cached[1]
    with _lock:
        cached = _built.get("default")
        if cached and cached[0] == version:
            return cached[1]
        linker = Linker.build(*load_refs())
        _built["default"] = (version, linker)
        return linker
