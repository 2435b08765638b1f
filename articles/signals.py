"""Queue a re-link when an alias or entity changes, whichever way it was changed.

This is wiring only: what to re-link lives in tasks.articles_touched.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from entities.aliases import entity_key
from entities.models import Alias, Organisation, Person

from .tasks import relink_articles


def names_of(instance) -> list[str]:
    if isinstance(instance, Alias):
        return [instance.text]
    if isinstance(instance, Person):
        return [n for n in (instance.name, instance.family_name) if n]
    return [instance.name]


def entity_of(instance):
    return instance.entity if isinstance(instance, Alias) else instance


def queue_relink(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata: load_seed re-links everything once it is done
        return
    texts = names_of(instance)
    entity = entity_of(instance)
    keys = [entity_key(entity)] if entity is not None and entity.pk else []
    transaction.on_commit(partial(relink_articles.enqueue, texts, keys))


def connect():
    for model in (Alias, Organisation, Person):
        post_save.connect(queue_relink, sender=model, dispatch_uid=f"relink-{model.__name__}")
        post_delete.connect(queue_relink, sender=model, dispatch_uid=f"relink-del-{model.__name__}")
