"""Loads the alias table into a Linker and keeps one built linker per version of the table."""

import threading

from django.db.models import Count, Max

from .linking import AliasRef, EntityRef, Linker
from .models import Alias, Organisation, Person

_lock = threading.Lock()
_built: dict[str, tuple[tuple, Linker]] = {}


def entity_key(entity: Organisation | Person) -> str:
    return f"{'person' if isinstance(entity, Person) else 'organisation'}:{entity.pk}"


def table_version() -> tuple:
    """What changes whenever an entity or alias is added, edited or deleted."""
    version = []
    for model in (Organisation, Person, Alias):
        stats = model.objects.aggregate(n=Count("pk"), last=Max("edited_at"), top=Max("pk"))
        version += [stats["n"], stats["top"], stats["last"]]
    return tuple(version)


def load_refs() -> tuple[list[EntityRef], list[AliasRef]]:
    """The linker's view of the entity and alias tables."""
    entities, aliases = [], []
    for org in Organisation.objects.only("pk", "name", "kind"):
        key = entity_key(org)
        entities.append(EntityRef(key=key, name=org.name, kind=org.kind))
        aliases.append(AliasRef(text=org.name, entity=key))
    for person in Person.objects.only(
        "pk", "name", "honorific_prefix", "given_name", "family_name"
    ):
        entities.append(
            EntityRef(
                key=entity_key(person),
                name=person.name,
                is_person=True,
                honorific=person.honorific_prefix,
                given_name=person.given_name,
                family_name=person.family_name,
            )
        )
    for alias in Alias.objects.all():
        aliases.append(
            AliasRef(
                text=alias.text,
                entity=f"organisation:{alias.organisation_id}"
                if alias.organisation_id
                else f"person:{alias.person_id}",
                case=alias.case,
                contextual=alias.kind == Alias.Kind.DESCRIPTION,
                short=alias.kind == Alias.Kind.SHORT,
                place=alias.kind == Alias.Kind.PLACE,
                valid_from=alias.valid_from,
                valid_until=alias.valid_until,
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
