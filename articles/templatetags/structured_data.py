"""The {% json_ld %} tag: schema.org data in a page, escaped for a <script> element."""

from django import template

from articles.structured_data import json_ld as render_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context, data):
    """Write the data as JSON-LD.

    JSON-LD is a data block, which CSP's script-src does not govern, so like Django's
    csp_nonce_attr it carries the nonce only when the page has already used one: forcing
    one would put a fresh nonce in every response, which a 304 cannot carry.
    """
    if not data:
        return ""
    nonce = context.get("csp_nonce")
    return render_json_ld(data, nonce=str(nonce) if nonce else "")
