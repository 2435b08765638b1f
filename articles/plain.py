"""Plain text as the site stores it: "\n" for every line break, no invisible characters."""

import re
import unicodedata

# Control characters (a null byte, a bell) and the invisible ones: none is text.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Line breaks other than "\n": a vertical tab or form feed, Unicode's line and paragraph
# separators.
_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n\n"})


def plain(text: str) -> str:
    """Return the text with "\n" for every line break and no invisible characters.

    A browser sends a textarea's lines with "\r\n", and text pasted from a web page
    brings soft hyphens and zero-width spaces that split a name in two; a Mac may send
    letters decomposed ("e" and a combining diaeresis for "ë"), which are composed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_BREAKS)
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
