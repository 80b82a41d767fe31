# The 'idna' codec (RFC 3490 IDNA 2003, with RFC 3491's nameprep profile of stringprep), written
# for pystm from the RFCs; _codecs_own.py registers it. A host name is split into labels at the
# four dots of RFC 3490 section 3.1; each label goes through ToASCII (nameprep, then punycode
# with the "xn--" prefix when it is not ASCII) or ToUnicode (the reverse, checked by a round trip).
# Only errors='strict' exists, as in CPython. ToASCII, ToUnicode and nameprep keep the standard
# library's names (encodings.idna) for code that calls them.

import stringprep
import unicodedata
import _codec_punycode

_UCD = unicodedata.ucd_3_2_0
_ACE = b'xn--'
_ACE_TEXT = 'xn--'
_DOTS = '.\u3002\uff0e\uff61'


def _split_labels(text):
    """text split at every dot RFC 3490 recognizes."""
    labels = []
    start = 0
    for i, c in enumerate(text):
        if c in _DOTS:
            labels.append(text[start:i])
            start = i + 1
    labels.append(text[start:])
    return labels


def _prohibited(c):
    sp = stringprep
    return (sp.in_table_c12(c) or sp.in_table_c22(c) or sp.in_table_c3(c) or sp.in_table_c4(c)
            or sp.in_table_c5(c) or sp.in_table_c6(c) or sp.in_table_c7(c) or sp.in_table_c8(c)
            or sp.in_table_c9(c))


def nameprep(label):
    """RFC 3491: map (B.1 to nothing, B.2 case folding), NFKC by Unicode 3.2, prohibit, check bidi."""
    mapped = ''.join(stringprep.map_table_b2(c) for c in label if not stringprep.in_table_b1(c))
    label = _UCD.normalize('NFKC', mapped)
    for c in label:
        if _prohibited(c):
            raise UnicodeError('Invalid character %r' % c)
    right_to_left = [stringprep.in_table_d1(c) for c in label]
    if any(right_to_left):
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError('Violation of BIDI requirement 2')
        if not (right_to_left[0] and right_to_left[-1]):
            raise UnicodeError('Violation of BIDI requirement 3')
    return label


def _ascii_or_none(label):
    try:
        return label.encode('ascii')
    except UnicodeError:
        return None


def _sized(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError('label empty or too long')


def ToASCII(label):
    """RFC 3490 section 4.1 for one label (str): its ASCII form, bytes."""
    plain = _ascii_or_none(label)
    if plain is not None:
        return _sized(plain)
    label = nameprep(label)
    plain = _ascii_or_none(label)
    if plain is not None:
        return _sized(plain)
    if label.startswith(_ACE_TEXT):
        raise UnicodeError('Label starts with ACE prefix')
    return _sized(_ACE + _codec_punycode.encode_text(label))


def ToUnicode(label):
    """RFC 3490 section 4.2 for one label (bytes, or str): its Unicode form."""
    if not isinstance(label, bytes):
        plain = _ascii_or_none(label)
        if plain is None:
            plain = _ascii_or_none(nameprep(label))
            if plain is None:
                raise UnicodeError('Invalid character in IDN label')
        label = plain
    if not label.startswith(_ACE):
        return str(label, 'ascii')
    result = label[len(_ACE):].decode('punycode')  # its errors wrapped by bytes.decode, as CPython's
    again = ToASCII(result)
    if str(label, 'ascii').lower() != str(again, 'ascii'):
        raise UnicodeError('IDNA does not round-trip', label, again)
    return result


def _strict_only(errors, capital):
    if errors != 'strict':
        raise UnicodeError(('Unsupported' if capital else 'unsupported') + ' error handling ' + errors)


def encode(input, errors='strict'):
    _strict_only(errors, False)
    if not input:
        return (b'', 0)
    plain = _ascii_or_none(input)
    if plain is not None:
        labels = plain.split(b'.')
        for label in labels[:-1]:
            _sized(label)
        if len(labels[-1]) >= 64:
            raise UnicodeError('label too long')
        return (plain, len(input))
    labels = _split_labels(input)
    ending = b''
    if not labels[-1]:
        ending = b'.'
        del labels[-1]
    return (b'.'.join(ToASCII(label) for label in labels) + ending, len(input))


def decode(input, errors='strict'):
    _strict_only(errors, True)
    if not input:
        return ('', 0)
    if not isinstance(input, bytes):
        input = bytes(input)
    if _ACE not in input:
        try:
            return (input.decode('ascii'), len(input))
        except UnicodeDecodeError:
            pass
    labels = input.split(b'.')
    ending = ''
    if not labels[-1]:
        ending = '.'
        del labels[-1]
    return ('.'.join(ToUnicode(label) for label in labels) + ending, len(input))


def _pending_split(labels, final, dot):
    """Drops the last label while more input may follow; returns (labels, what ends the output)."""
    if not labels[-1]:
        del labels[-1]
        return labels, dot
    if not final:
        del labels[-1]
        return labels, dot if labels else dot[:0]
    return labels, dot[:0]


def _convert_labels(labels, final, dot, convert):
    """An incremental step over `labels`: (the converted labels joined by `dot`, input used). The
    last label waits unless final; a dot is counted only once something was (as CPython counts:
    after an empty first label its dot is not, and is read again next time)."""
    labels, ending = _pending_split(labels, final, dot)
    out = []
    used = 0
    for label in labels:
        out.append(convert(label))
        used += len(label) + (1 if used else 0)
    return (dot.join(out) + ending, used + len(ending))


def partial_encode(input, errors, final):
    """The incremental encoder's step: (bytes, characters used); an unfinished label waits."""
    _strict_only(errors, False)
    if not input:
        return (b'', 0)
    return _convert_labels(_split_labels(input), final, b'.', ToASCII)


def partial_decode(input, errors, final):
    """The incremental decoder's step: (str, bytes used); an unfinished label waits."""
    _strict_only(errors, True)
    if not input:
        return ('', 0)
    labels = _split_labels(input) if isinstance(input, str) else str(input, 'ascii').split('.')
    return _convert_labels(labels, final, '.', ToUnicode)
