"""Template filters for inspection grades."""

from django import template

from entities import grades

register = template.Library()


@register.filter
def grade_label(grade, style=""):
    """The words for a grade number; `grade_label:"short"` for badges and axes."""
    return grades.grade_label(grade, short=style == "short")


@register.filter
def sources_disagree(rating):
    return grades.sources_disagree(rating)
