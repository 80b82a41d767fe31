# textwrap for pystm: wrapping and filling paragraphs, shorten, dedent and indent. Written for
# pystm from CPython 3.11's documentation, with CPython as the oracle for the output (lib/NOTES.md).
# Words are split by one regular expression (lib/re runs it as a JS RegExp with lookbehind);
# dedent and indent work line by line without re.

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_SPACE_CHARS = '\t\n\x0b\x0c\r '
_SPACE = '[\t\n\x0b\x0c\r ]'
_NOT_SPACE = '[^\t\n\x0b\x0c\r ]'
_LETTER = r'[^\d\W]'
_WORD_PUNCT = r'[\w!"\'&.,?]'

# A chunk is a run of whitespace, an em-dash ("--") between words, or a word that ends at
# whitespace, at the end, before an em-dash, or after a hyphen that has two letters before it
# (or letter-hyphen-letter-hyphen) and a letter after it.
_HYPHENATED_WORDS = (
    '(' + _SPACE + '+'
    + '|(?<=' + _WORD_PUNCT + r')-{2,}(?=\w)'
    + '|' + _NOT_SPACE + '+?(?:'
    + '-(?:(?<=' + _LETTER + '{2}-)|(?<=' + _LETTER + '-' + _LETTER + '-))(?=' + _LETTER + '-?' + _LETTER + ')'
    + '|(?=' + _SPACE + r'|\Z)'
    + '|(?<=' + _WORD_PUNCT + r')(?=-{2,}\w)'
    + '))')


class TextWrapper:
    """Wraps paragraphs of text to lines of at most `width` characters."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _SPACE_CHARS), ord(' '))
    wordsep_re = re.compile(_HYPHENATED_WORDS)
    wordsep_simple_re = re.compile('(' + _SPACE + '+)')
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        pattern = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [chunk for chunk in pattern.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                # prefer to break just after the last hyphen that fits, unless only hyphens precede it
                hyphen = word.rfind('-', 0, room)
                if hyphen > 0 and word[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            first_indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first_indent) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = chunks[::-1]
        drop = self.drop_whitespace
        while chunks:
            line = []
            length = 0
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if drop and lines and chunks[-1].strip() == '':
                chunks.pop()
            while chunks and length + len(chunks[-1]) <= room:
                length += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > room:
                self._handle_long_word(chunks, line, length, room)
                length = sum(len(part) for part in line)
            if drop and line and line[-1].strip() == '':
                length -= len(line.pop())
            if not line:
                continue
            rest_is_blank = not chunks or (drop and len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and length <= room):
                lines.append(prefix + ''.join(line))
                continue
            # the last line allowed: end it with the placeholder where it fits
            while line:
                if line[-1].strip() and length + len(placeholder) <= room:
                    line.append(placeholder)
                    lines.append(prefix + ''.join(line))
                    break
                length -= len(line.pop())
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(placeholder) <= self.width:
                        lines[-1] = previous + placeholder
                        break
                lines.append(prefix + placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    n = 0
    while n < len(line) and line[n] in ' \t':
        n += 1
    return line[:n]


def dedent(text):
    """Remove the whitespace every non-blank line starts with; blank lines become empty."""
    if not isinstance(text, str):
        # the messages of CPython's dedent, which runs regular expressions over the text
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got %r" % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        lead = _leading_blanks(line)
        if len(lead) == len(line):
            lines[i] = ''
            continue
        if margin is None or margin.startswith(lead):
            margin = lead
        elif not lead.startswith(margin):
            common = 0
            while margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put `prefix` before every line for which predicate(line) is true (default: non-blank)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
