"""Template filters for dates given at the precision the sources state."""

from django import template
from django.utils import dateformat, timezone

register = template.Library()

FORMATS = {"minute": "j F Y, H:i", "day": "j F Y", "month": "F Y", "year": "Y"}


@register.filter
def as_stated(moment, precision="day"):
    """Format a date or time only as precisely as its source gives it."""
    if not moment:
        return ""
    if hasattr(moment, "hour"):
        moment = timezone.localtime(moment)
    return dateformat.format(moment, FORMATS.get(precision, FORMATS["day"]))
