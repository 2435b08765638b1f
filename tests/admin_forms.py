"""Helpers for posting real admin forms in tests."""

from django.forms import MultiWidget


def unchanged_post_data(response) -> dict:
    """The data an admin change form posts back when the user changes nothing."""
    forms = [response.context["adminform"].form]
    inlines = inline_formsets(response)
    for inline in inlines:
        formset = inline.formset
        management = formset.management_form
        forms.append(management)
        forms.extend(formset.initial_forms)
    data = {}
    for form in forms:
        for name in form.fields:
            value, key = form[name].value(), form.add_prefix(name)
            widget = form.fields[name].widget
            if isinstance(widget, MultiWidget):
                parts = widget.decompress(value)
                for suffix, part in zip(widget.widgets_names, parts, strict=True):
                    data[key + suffix] = "" if part is None else str(part)
            elif value is True:
                data[key] = "on"
            elif value is not None and value is not False:  # 0 is a value
                data[key] = value
    # Post back only the existing inline rows, not the blank ones offered for adding.
    for inline in inlines:
        formset = inline.formset
        data[formset.add_prefix("TOTAL_FORMS")] = len(formset.initial_forms)
    return data


def errors_of(response):
    """The form errors of an admin page that did not save, for the failure message."""
    context = response.context
    inlines = [inline.formset.errors for inline in inline_formsets(response)]
    return context["adminform"].form.errors, inlines


def inline_formsets(response):
    """The page's inline formsets (a history revert page has none)."""
    try:
        return response.context["inline_admin_formsets"]
    except KeyError:
        return []
