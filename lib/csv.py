"""csv for pystm: reading and writing CSV files. The reader, writer and dialect registry are
the native _csv (vm/modules/csv_*.ts); this module adds the dialect classes (excel, excel_tab, unix_dialect), DictReader,
DictWriter and Sniffer. Our own code, following CPython 3.11's csv module."""

import re
from io import StringIO
from _csv import (Error, __version__, writer, reader, register_dialect, unregister_dialect,
                  get_dialect, list_dialects, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _Dialect

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect',
           '__version__', 'DictReader', 'DictWriter', 'unix_dialect']


class Dialect:
    """Describe a CSV dialect: subclass it and set the attributes (checked when instantiated)."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('unix', unix_dialect)


class DictReader:
    """Reads records as dicts keyed by the field names (the first row unless given)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # the header row
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:  # skip blank rows
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class DictWriter:
    """Writes dicts as records, fields in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Sniffer:
    """Guesses the dialect of a CSV sample and whether it starts with a header row. pystm's own
    heuristics (simpler than CPython's): the delimiter is the candidate that appears the same
    non-zero number of times outside quotes on most lines (preferring , TAB ; space :), the quote
    character the one that encloses fields next to it; on samples where CPython's frequency
    analysis would pick something else the result may differ."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        lines = [line for line in sample.splitlines() if line.strip()][:50]
        quotechar = self._quotechar(sample)
        candidates = list(delimiters) if delimiters else self.preferred + sorted(
            {c for line in lines for c in line if not c.isalnum() and c not in '"\' \n\r' and c not in self.preferred})
        best = None
        for delim in candidates:
            counts = [self._count_outside_quotes(line, delim, quotechar) for line in lines]
            if not counts or max(counts) == 0:
                continue
            mode = max(set(counts), key=counts.count)
            if mode == 0:
                continue
            score = counts.count(mode) / len(counts)
            rank = (score, -candidates.index(delim))
            if best is None or rank > best[0]:
                best = (rank, delim)
        if best is None or best[0][0] < 0.5:
            raise Error('Could not determine delimiter')
        delimiter = best[1]
        skip = bool(lines) and all(self._count_outside_quotes(line, delimiter + ' ', quotechar) ==
                                   self._count_outside_quotes(line, delimiter, quotechar) for line in lines[:5])

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.doublequote = (quotechar or '"') * 2 in sample
        dialect.skipinitialspace = skip and delimiter != ' '
        return dialect

    @staticmethod
    def _quotechar(sample):
        counts = {q: len(re.findall(r'(?:^|[^\w%s])%s[^%s\n]*%s(?:$|[^\w%s])' % (q, q, q, q, q), sample, re.MULTILINE))
                  for q in ('"', "'")}
        q = max(counts, key=counts.get)
        return q if counts[q] else ''

    @staticmethod
    def _count_outside_quotes(line, delim, quotechar):
        if not quotechar:
            return line.count(delim)
        count = 0
        inside = False
        i = 0
        while i < len(line):
            if line[i] == quotechar:
                inside = not inside
            elif not inside and line.startswith(delim, i):
                count += 1
                i += len(delim)
                continue
            i += 1
        return count

    def has_header(self, sample):
        """Whether the first row looks like a header: in some column the first cell is text
        while the cells below are numbers, or its length differs from theirs, which agree."""
        rows = list(reader(StringIO(sample), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, body = rows[0], [r for r in rows[1:21] if len(r) == len(rows[0])]
        votes = 0
        for col in range(len(header)):
            cells = [r[col] for r in body]
            if not cells:
                continue
            if all(self._is_number(c) for c in cells):
                votes += 1 if not self._is_number(header[col]) else -1
            elif len({len(c) for c in cells}) == 1:
                votes += 1 if len(header[col]) != len(cells[0]) else -1
        return votes > 0

    @staticmethod
    def _is_number(text):
        try:
            complex(text)
            return True
        except (ValueError, OverflowError):
            return False
