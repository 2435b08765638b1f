"""Background work: re-linking the articles an alias or entity change can touch."""

from django.db.models import Q
from django.tasks import task

from .mentions import relink_many
from .models import Article, Mention


def articles_touched(texts: list[str], entity_keys: list[str]):
    """Articles whose text contains one of the words, or that mention one of the entities."""
    query = Q()
    for text in texts:
        query |= Q(body__icontains=text) | Q(standfirst__icontains=text)
    mentioned = Q()
    for key in entity_keys:
        kind, pk = key.split(":")
        mentioned |= Q(**{f"{kind}_id": int(pk)})
    if mentioned:
        # A subquery, not a join: joining every mention would test each body once per
        # mention, and need DISTINCT to undo the repeats.
        query |= Q(pk__in=Mention.objects.filter(mentioned).values("article_id"))
    return Article.objects.filter(query) if query else Article.objects.none()


@task()
def relink_articles(texts: list[str], entity_keys: list[str]) -> int:
    """Re-link every article the changed names can touch; returns how many were re-linked.

    Takes the names and entity keys rather than rows: the rows may be gone by the time
    the task runs.
    """
    return relink_many(articles_touched(texts, entity_keys)).articles
