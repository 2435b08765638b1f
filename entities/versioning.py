"""Optimistic locking: a save over a version the editor did not see is refused.

Each versioned row carries a counter. Saving bumps it with a conditional UPDATE in the
same transaction as the save, so of two editors who loaded version 3, the first to save
makes version 4 and the second is refused instead of silently overwriting it.
"""

from django.db import models, transaction
from django.db.models import F


class StaleVersion(Exception):
    """Someone saved this row after the version being saved was loaded."""

    def __init__(self, instance, seen: int):
        self.instance, self.seen = instance, seen
        super().__init__(
            f"{instance._meta.verbose_name.capitalize()} “{instance}” was changed by someone "
            f"else after you opened it (you had version {seen})."
        )


class Versioned(models.Model):
    version = models.PositiveIntegerField(
        default=1, help_text="Goes up by one on every save; a stale save is refused."
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self._state.adding or self.pk is None:
            return super().save(*args, **kwargs)
        with transaction.atomic(using=kwargs.get("using")):
            seen = self.version
            bumped = (
                type(self)
                ._base_manager.filter(pk=self.pk, version=seen)
                .update(version=F("version") + 1)
            )
            if not bumped:
                raise StaleVersion(self, seen)
            self.version = seen + 1
            return super().save(*args, **kwargs)
