"""_string for pystm: the str.format parser helpers string.Formatter is built on, as CPython's
C module exposes them (formatter_parser, formatter_field_name_split); both use lib/string.py's
parser, which is pystm's string.Formatter's own."""

__all__ = ['formatter_parser', 'formatter_field_name_split']


def formatter_parser(format_string, /):
    """An iterator of (literal_text, field_name, format_spec, conversion) over format_string."""
    if not isinstance(format_string, str):
        raise TypeError("expected str, got %s" % type(format_string).__name__)
    from string import _parse_format
    return iter(list(_parse_format(format_string)))


def formatter_field_name_split(field_name, /):
    """(first, an iterator of (is_attribute, key)) for a replacement field name."""
    if not isinstance(field_name, str):
        raise TypeError("expected str, got %s" % type(field_name).__name__)
    from string import _split_field_name
    first, rest = _split_field_name(field_name)
    return first, iter(rest)
