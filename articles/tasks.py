"""Background work: re-linking the articles an alias or entity change can touch."""

from django.db.models import Q
from django.tasks import task

from .mentions import relink
from .models import Article


def articles_touched(texts: list[str], entity_keys: list[str]):
    """Articles whose text contains one of the words, or that mention one of the entities."""
    query = Q()
    for text in texts:
        query |= Q(body__icontains=text) | Q(standfirst__icontains=text)
    for key in entity_keys:
        kind, pk = key.split(":")
        query |= Q(**{f"mentions__{kind}_id": int(pk)})
    return Article.objects.filter(query).distinct() if query else Article.objects.none()


@task()
def relink_articles(texts: list[str], entity_keys: list[str]) -> int:
    """Re-link every article the changed names can touch; returns how many were re-linked.

    Takes the names and entity keys rather than rows: the rows may be gone by the time
    the task runs.
    """
    count = 0
    for article in articles_touched(texts, entity_keys).iterator(chunk_size=200):
        relink(article)
        count += 1
    return count
