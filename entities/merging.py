"""Merging one entity into another: everything that points at it moves, then it goes.

Mentions, aliases, identifiers, roles and inspections move to the entity kept; the
merged entity's name becomes an alias of it so articles keep linking. Deleting the merged
entity queues the re-link of the articles that named it (articles/signals.py).
"""

from django.db import transaction

from .models import Alias, Organisation, Person


class MergeError(ValueError):
    """The two entities cannot be merged (different kinds, or the same one)."""


def merge(source: Organisation | Person, target: Organisation | Person) -> None:
    """Move everything about `source` to `target` and delete `source`, atomically."""
    if type(source) is not type(target):
        raise MergeError(
            "An organisation can only merge into an organisation, a person into a person."
        )
    if source.pk == target.pk:
        raise MergeError("Choose another entity to merge into.")
    key = "person" if isinstance(source, Person) else "organisation"
    with transaction.atomic():
        known = {text.lower() for text in target.aliases.values_list("text", flat=True)}
        known.add(target.name.lower())
        for alias in source.aliases.all():
            if alias.text.lower() in known:
                alias.delete()
            else:
                known.add(alias.text.lower())
                setattr(alias, key, target)
                alias.save()
        if source.name.lower() not in known:
            Alias.objects.create(text=source.name, kind=Alias.Kind.NAME, **{key: target})
        source.mentions.update(**{key: target})
        source.identifiers.update(**{key: target})
        source.roles.update(**{key: target})
        if isinstance(source, Organisation):
            source.inspections.update(organisation=target)
            source.inspections_carried_out.update(inspectorate=target)
            source.articles_published.update(publication=target)
            source.children.update(parent=target)
            source.predecessors.update(successor=target)
            source.founded.update(founded_by=target)
        else:
            target.articles_written.add(*source.articles_written.all())
        source.delete()
