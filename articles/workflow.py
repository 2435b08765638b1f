"""The editorial states an article moves through, and who may move it where.

Reporters write drafts and submit them for review; editors (`articles.publish_article`)
publish, withdraw and send back. A published article with a future `published_at` is
scheduled: every public route filters on `published_at <= now`, so it appears on time
with no job editing rows.
"""

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from .models import Article

Status = Article.Status
WRITE, PUBLISH = "articles.change_article", "articles.publish_article"

# (from, to) -> the permission the move needs.
MOVES = {
    (Status.DRAFT, Status.IN_REVIEW): WRITE,
    (Status.IN_REVIEW, Status.DRAFT): WRITE,
    (Status.DRAFT, Status.PUBLISHED): PUBLISH,
    (Status.IN_REVIEW, Status.PUBLISHED): PUBLISH,
    (Status.PUBLISHED, Status.WITHDRAWN): PUBLISH,
    (Status.PUBLISHED, Status.DRAFT): PUBLISH,
    (Status.WITHDRAWN, Status.PUBLISHED): PUBLISH,
    (Status.WITHDRAWN, Status.DRAFT): PUBLISH,
}


def allowed_statuses(user, current: str | None) -> list[str]:
    """The statuses this user may leave the article in: its own, and where they may move it."""
    current = current or Status.DRAFT
    return [
        status
        for status in Status.values
        if status == current or user.has_perm(MOVES.get((current, status), "-"))
    ]


def check_move(user, current: str | None, new: str) -> None:
    """Refuse a move the user may not make, saying why."""
    if new not in allowed_statuses(user, current):
        before = Status(current or Status.DRAFT).label.lower()
        raise PermissionDenied(
            f"You may not move an article from {before} to {Status(new).label.lower()}."
        )


def record_move(article: Article, previous: str | None, user) -> None:
    """Note who moved the article to its status, and when (before it is saved)."""
    if article.status != (previous or Status.DRAFT) or article._state.adding:
        article.status_changed_at = timezone.now()
        article.status_changed_by = user if user and user.is_authenticated else None
