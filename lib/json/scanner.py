# json.scanner — the value scanner JSONDecoder.scan_once runs, for pystm (our own code, CPython's
# structure): make_scanner is _json.make_scanner when _json imports, else py_make_scanner, which
# reads the decoder's hooks once and returns scan_once(s, idx) -> (value, end), raising
# StopIteration(idx) when no value starts at idx. Objects, arrays and strings go through the
# decoder's parse_object/parse_array/parse_string (JSONObject, JSONArray, scanstring), so a
# subclass can replace them; the key memo (context.memo) is cleared after every call. Numbers are
# scanned by hand (no re: importing json must not import re).

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

from _json_common import number_end as _number_end


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        if nextchar == '{':
            return parse_object((string, idx + 1), strict, _scan_once, object_hook,
                                object_pairs_hook, memo)
        if nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        if nextchar == 'n' and string.startswith('null', idx):
            return None, idx + 4
        if nextchar == 't' and string.startswith('true', idx):
            return True, idx + 4
        if nextchar == 'f' and string.startswith('false', idx):
            return False, idx + 5
        end, is_float = _number_end(string, idx)
        if end >= 0:
            text = string[idx:end]
            return (parse_float(text) if is_float else parse_int(text)), end
        if nextchar == 'N' and string.startswith('NaN', idx):
            return parse_constant('NaN'), idx + 3
        if nextchar == 'I' and string.startswith('Infinity', idx):
            return parse_constant('Infinity'), idx + 8
        if nextchar == '-' and string.startswith('-Infinity', idx):
            return parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
