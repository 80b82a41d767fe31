"""io for pystm: the in-memory streams StringIO and BytesIO (native: _io.StringIO and
_io.BytesIO, vm/modules/io_stringio.ts and io_bytesio.ts), the I/O base classes,
open/Buffered* re-exported from the native _io module (vm/modules/io.ts), and TextIOWrapper for text over any binary stream (BytesIO, sys.stdout.buffer, a binary file): the
text files open() returns are the native _io.TextIOWrapper, which isinstance() counts as one.
Written for pystm.

The base classes' isinstance() also counts the native classes (_NATIVE) and the classes given
to register(), as CPython's ABCs (the stdlib's _pyio registers its own).
"""

import _io
from _io import open, BufferedWriter, DEFAULT_BUFFER_SIZE
from _io import BufferedRandom as _NativeBufferedRandom
from _io import BufferedReader as _NativeBufferedReader

try:
    from _io import UnsupportedOperation
except ImportError:
    class UnsupportedOperation(OSError, ValueError):
        pass

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO', 'StringIO',
           'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding',
           'IncrementalNewlineDecoder', 'open_code']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


def open_code(path):
    return open(path, 'rb')


class _IOMeta(type):
    """isinstance(f, io.IOBase) is also true for the native file objects of _io, and for the
    classes given to register() (as CPython's ABCs: _pyio registers its own)."""

    def register(cls, subclass):
        cls.__dict__['_registered'].append(subclass) if '_registered' in cls.__dict__ else type.__setattr__(cls, '_registered', [subclass])
        return subclass

    def _virtual(cls):
        out = tuple(_NATIVE.get(cls.__name__, ()))
        todo = [cls]
        while todo:
            c = todo.pop()
            out += tuple(c.__dict__.get('_registered', ()))
            todo += type.__subclasses__(c)
        return out

    def __instancecheck__(cls, obj):
        if type.__instancecheck__(cls, obj):
            return True
        native = cls._virtual()
        return bool(native) and isinstance(obj, native)

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        native = cls._virtual()
        return bool(native) and isinstance(sub, type) and issubclass(sub, native)


class IOBase(metaclass=_IOMeta):
    """The base of every stream: closing, context management, iteration over lines."""

    _closed = False

    def _checkClosed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        """One line (to b'\\n', or size bytes), read a byte at a time or through peek()."""
        if size is None:
            size = -1
        res = bytearray()
        while size < 0 or len(res) < size:
            if hasattr(self, 'peek'):
                ahead = self.peek(1)
                if not ahead:
                    break
                n = (ahead.find(b'\n') + 1) or len(ahead)
                if size >= 0:
                    n = min(n, size - len(res))
                b = self.read(n)
            else:
                b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def __del__(self):
        pass


class RawIOBase(IOBase):
    """Unbuffered binary streams: read() and readall() on top of readinto()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class FileIO(RawIOBase):
    closed = property(IOBase.closed.fget, doc='True if the file is closed')  # (CPython's getset doc)

    def __init__(self, *args, **kwargs):
        raise UnsupportedOperation('FileIO is not available in pystm; use open(..., buffering=0)')


_io.FileIO = FileIO  # (the stdlib's _pyio imports it from _io)


class _BufferedReading(BufferedIOBase):
    """The reading side of BufferedReader and BufferedRandom over a raw stream written in
    Python: reads in chunks of buffer_size, peek/read1/readline on the buffer."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self.buffer_size = buffer_size
        self._buf = b''
        self._pos = 0

    raw = property(lambda self: self._raw)
    closed = property(lambda self: self._raw.closed)
    name = property(lambda self: self._raw.name)
    mode = property(lambda self: self._raw.mode)

    def __repr__(self):
        kind = type(self).__name__
        try:
            name = self.name
        except AttributeError:
            return f'<_io.{kind}>'
        return f'<_io.{kind} name={name!r}>'

    def _checkReadable(self):
        if self._raw.closed:
            raise ValueError('read of closed file')

    def readable(self):
        return self._raw.readable()

    def seekable(self):
        return self._raw.seekable()

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def flush(self):
        if self._raw.closed:
            raise ValueError('flush of closed file')

    def close(self):
        if not self._raw.closed:
            self._raw.close()

    def detach(self):
        raw, self._raw = self._raw, None
        return raw

    def _fill(self, n):
        """One raw read of at least n bytes into an empty buffer; False at the end."""
        chunk = self._raw.read(max(self.buffer_size, n))
        if not chunk:
            return False
        self._buf = bytes(chunk)
        self._pos = 0
        return True

    def read(self, size=-1):
        self._checkReadable()
        if size is None:
            size = -1
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        head = self._buf[self._pos:]
        if size < 0:
            self._buf, self._pos = b'', 0
            rest = self._raw.read()
            return head + (rest or b'')
        if size <= len(head):
            self._pos += size
            return head[:size]
        chunks = [head]
        need = size - len(head)
        self._buf, self._pos = b'', 0
        while need > 0 and self._fill(need):
            take = self._buf[:need]
            self._pos = len(take)
            chunks.append(take)
            need -= len(take)
        return b''.join(chunks)

    def read1(self, size=-1):
        self._checkReadable()
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b''
        if self._pos >= len(self._buf) and not self._fill(size):
            return b''
        out = self._buf[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def peek(self, size=0):
        self._checkReadable()
        if self._pos >= len(self._buf):
            self._fill(1)
        return self._buf[self._pos:]

    def readinto(self, b):
        with memoryview(b) as view, view.cast('B') as raw:  # (released at once: a live view forbids resizing)
            data = self.read(len(raw))
            n = len(data)
            raw[:n] = data
        return n

    def readinto1(self, b):
        with memoryview(b) as view, view.cast('B') as raw:  # (released at once: a live view forbids resizing)
            data = self.read1(len(raw))
            n = len(data)
            raw[:n] = data
        return n

    def tell(self):
        return self._raw.tell() - (len(self._buf) - self._pos)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._buf) - self._pos
        self._buf, self._pos = b'', 0
        return self._raw.seek(pos, whence)


class BufferedReader(_BufferedReading):
    """io.BufferedReader(raw, buffer_size) over a raw stream written in Python (gzip's reader,
    ...). The binary files open() returns are the native _io.BufferedReader, which isinstance()
    counts as one."""


class BufferedRandom(_BufferedReading):
    """io.BufferedRandom(raw, buffer_size) over a seekable raw stream written in Python (test_pickle
    over a BytesIO): reads buffered as BufferedReader's, each write goes to the raw stream at once,
    at the reading position. The read-write binary files open() returns are the native
    _io.BufferedRandom, which isinstance() counts as one."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        # (_io's order and messages: seekable, readable, writable, then the size)
        for able in ('seekable', 'readable', 'writable'):
            if not getattr(raw, able)():
                raise UnsupportedOperation(f'File or stream is not {able}.')
        super().__init__(raw, buffer_size)

    def writable(self):
        return self._raw.writable()

    def write(self, b):
        if self._raw.closed:
            raise ValueError('write to closed file')
        if self._pos < len(self._buf):
            self._raw.seek(self.tell())  # (the raw stream is ahead by the unread buffered bytes)
        self._buf, self._pos = b'', 0
        return self._raw.write(b)

    def truncate(self, pos=None):
        if pos is None:
            pos = self.tell()
        self._raw.seek(self.tell())
        self._buf, self._pos = b'', 0
        return self._raw.truncate(pos)


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def readable(self):
        return True

    def writable(self):
        return True


_NATIVE = {
    'BufferedReader': (_io.BufferedReader,),
    'BufferedRandom': (_NativeBufferedRandom,),
    'IOBase': (_io.TextIOWrapper, _NativeBufferedReader, BufferedWriter, _NativeBufferedRandom, _io.BytesIO, _io.StringIO),
    'TextIOBase': (_io.TextIOWrapper, _io.StringIO),
    'TextIOWrapper': (_io.TextIOWrapper,),
    'BufferedIOBase': (_NativeBufferedReader, BufferedWriter, _NativeBufferedRandom, _io.BytesIO),
}


StringIO = _io.StringIO  # native: vm/modules/io_stringio.ts
BytesIO = _io.BytesIO  # native: vm/modules/io_bytesio.ts


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n across chunk boundaries (universal newlines)."""
    __module__ = '_io'  # (CPython's C class: <class '_io.IncrementalNewlineDecoder'>)

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output

    def reset(self):
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    def getstate(self):
        # (as CPython's: the wrapped decoder's flags shifted left, a held-back '\r' in bit 0)
        buf, flag = (b'', 0) if self.decoder is None else self.decoder.getstate()
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))


class TextIOWrapper(TextIOBase):
    """Text over a binary stream `buffer`: an incremental codec, universal newlines on input
    (newline=None), '\n' translated on output as `newline` says, line buffering.
    tell() anywhere in what was read: a cookie is the byte position of a point where the decoder
    state was taken (the start of the chunk that holds the current position, less the bytes the
    decoder had buffered), plus the decoder's flags << 64 and the characters to skip from there
    << 128; a plain byte position when both are 0. seek(cookie) decodes from that point again
    and skips. (CPython's cookies pack other fields: they are opaque in both.)"""
    __module__ = '_io'  # (CPython's C class: <class '_io.TextIOWrapper'>)

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        import codecs
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'utf-8'
        if not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument \'encoding\' must be str or None, not %s' % type(encoding).__name__)
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError('TextIOWrapper() argument \'errors\' must be str or None, not %s' % type(errors).__name__)
        codecs.lookup(encoding)  # LookupError for an unknown encoding, now
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._decoder = None
        self._encoder = None
        self._pending = ''        # decoded text not yet returned
        self._snap = None         # (byte position, decoder flags) where _pending's chunks began
        self._snap_chars = 0      # characters decoded since _snap
        self._snap_data = []      # the bytes read since _snap, and the text they gave (before
        self._snap_text = []      # newline translation)
        self._telling = None      # whether the buffer is seekable (asked once)
        self._iterating = False   # next() was called: tell() raises until the end or a seek
        self._seennl = 0
        self._detached = False

    # -- state --
    def _checked_buffer(self):
        if self._detached:
            raise ValueError('underlying buffer has been detached')
        return self._buffer

    @property
    def buffer(self):
        return self._checked_buffer()

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self._checked_buffer().closed

    @property
    def name(self):
        return self._checked_buffer().name

    @property
    def newlines(self):
        return {0: None, 1: '\r', 2: '\n', 3: ('\r', '\n'), 4: '\r\n', 5: ('\r', '\r\n'),
                6: ('\n', '\r\n'), 7: ('\r', '\n', '\r\n')}[self._seennl]

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        return self._checked_buffer().readable()

    def writable(self):
        return self._checked_buffer().writable()

    def seekable(self):
        return self._checked_buffer().seekable()

    def fileno(self):
        return self._checked_buffer().fileno()

    def isatty(self):
        return self._checked_buffer().isatty()

    # -- writing --
    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        length = len(s)
        if self._pending or self._decoder is not None:
            self._rewind_pending()
        text = s
        if self._newline not in (None, '', '\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        elif self._newline is None and _os_linesep() != '\n' and '\n' in text:
            text = text.replace('\n', _os_linesep())
        if self._encoder is None:
            import codecs
            self._encoder = codecs.getincrementalencoder(self._encoding)(self._errors)
            if self._has_written_before():
                self._encoder.reset()
                _skip_bom(self._encoder)
        self._checked_buffer().write(self._encoder.encode(text))
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return length

    def _has_written_before(self):
        try:
            return self._buffer.seekable() and self._buffer.tell() != 0
        except Exception:
            return False

    def flush(self):
        self._checked_buffer().flush()

    def close(self):
        buffer = self._checked_buffer()
        if not buffer.closed:
            try:
                self.flush()
            finally:
                buffer.close()

    def detach(self):
        buffer = self._checked_buffer()
        self.flush()
        self._detached = True
        return buffer

    # -- reading --
    def _get_decoder(self):
        if self._decoder is None:
            import codecs
            # (no translation here: _read_chunk notes which line endings it saw first)
            self._decoder = IncrementalNewlineDecoder(
                codecs.getincrementaldecoder(self._encoding)(self._errors), False)
        return self._decoder

    def _read_chunk(self):
        """Decodes one more chunk into _pending; False at the end of the buffer."""
        buffer = self._checked_buffer()
        decoder = self._get_decoder()
        if not self._pending:
            self._take_snapshot(buffer, decoder)
        data = buffer.read(self._CHUNK_SIZE)
        final = not data
        raw = text = decoder.decode(data or b'', final=final)
        if self._newline is None:
            self._note_newlines(text)
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._pending += text
        self._snap_chars += len(text)
        if self._snap is not None:
            self._snap_data.append(data)
            self._snap_text.append(raw)
        return not final

    def _take_snapshot(self, buffer, decoder):
        # a point tell() can name: the buffer's position less what the decoder holds undecoded
        if self._telling is None:
            try:
                self._telling = bool(buffer.seekable())
            except Exception:
                self._telling = False
        self._snap = None
        if self._telling:
            buf, flags = decoder.getstate()
            self._snap = (buffer.tell() - len(buf), flags)
            self._snap_chars = 0
            self._snap_data = [buf] if buf else []
            self._snap_text = []

    def _note_newlines(self, text):
        if '\r\n' in text:
            self._seennl |= 4
        stripped = text.replace('\r\n', '')
        if '\r' in stripped:
            self._seennl |= 1
        if '\n' in stripped:
            self._seennl |= 2

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if not self.readable():
            raise UnsupportedOperation('not readable')
        if size < 0:
            while self._read_chunk():
                pass
            out, self._pending = self._pending, ''
            return out
        while len(self._pending) < size and self._read_chunk():
            pass
        out, self._pending = self._pending[:size], self._pending[size:]
        return out

    def _line_end(self, text):
        """The index just past the first line ending in text, or -1."""
        if self._newline is None or self._newline == '\n':
            i = text.find('\n')
            return -1 if i < 0 else i + 1
        if self._newline == '':
            for i, c in enumerate(text):
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    return -2  # a '\r' last: the next chunk decides
            return -1
        i = text.find(self._newline)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        while True:
            end = self._line_end(self._pending)
            if end >= 0 or (0 <= size <= len(self._pending)):
                break
            if not self._read_chunk():
                end = len(self._pending)
                break
        if end < 0:
            end = len(self._pending)
        if 0 <= size < end:
            end = size
        out, self._pending = self._pending[:end], self._pending[end:]
        return out

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        self._iterating = True
        line = self.readline()
        if not line:
            self._iterating = False
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    # -- positions --
    def _rewind_pending(self):
        # a write after a read goes where the buffer is, past the chunk read ahead (as CPython's):
        # the text decoded but not returned is dropped
        self._pending = ''
        self._decoder = None
        self._snap = None
        self._snap_data = []
        self._snap_text = []

    def tell(self):
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if self._iterating:
            raise OSError('telling position disabled by next() call')
        self.flush()
        buffer = self._checked_buffer()
        if self._decoder is None or self._snap is None:
            return buffer.tell()
        if not self._pending and self._decoder.getstate() == (b'', 0):
            return buffer.tell()
        pos, flags = self._snap
        skip = self._snap_chars - len(self._pending)
        if skip == 0:
            return pos | (flags << 64)
        plain = self._plain_position(pos, flags, skip)
        if plain >= 0:
            return plain
        return pos | (flags << 64) | (skip << 128)

    def _plain_position(self, pos, flags, skip):
        # the byte position of the current point, when the decoder state is clean there: guessed
        # by encoding the text consumed since the snapshot, then checked by decoding those bytes
        # (a guess that fails, e.g. at a BOM, leaves the full cookie; -1). A position found
        # becomes the snapshot: the next tell() decodes only what was read after it.
        raw = ''.join(self._snap_text)
        if self._newline is None and '\r' in raw:
            k = self._raw_length(raw, skip)  # (skip counts '\r\n' as one character)
        else:
            k = skip
        consumed = raw[:k]
        try:
            n = len(consumed.encode(self._encoding, self._errors))
        except Exception:
            return -1
        data = b''.join(self._snap_data)
        if n > len(data):
            return -1
        import codecs
        dec = IncrementalNewlineDecoder(codecs.getincrementaldecoder(self._encoding)(self._errors), False)
        dec.setstate((b'', flags))
        if dec.decode(data[:n]) != consumed or dec.getstate() != (b'', 0):
            return -1
        self._snap = (pos + n, 0)
        self._snap_chars = len(self._pending)
        self._snap_data = [data[n:]]
        self._snap_text = [raw[k:]]
        return pos + n

    @staticmethod
    def _raw_length(raw, skip):
        # the length of the shortest prefix of raw that universal newlines turn into skip
        # characters, a '\r\n' taken whole
        lo, hi = skip, min(len(raw), 2 * skip)
        while lo < hi:
            mid = (lo + hi) // 2
            if len(raw[:mid].replace('\r\n', '\n').replace('\r', '\n')) < skip:
                lo = mid + 1
            else:
                hi = mid
        if 0 < lo < len(raw) and raw[lo - 1] == '\r' and raw[lo] == '\n':
            lo += 1
        return lo

    def seek(self, cookie, whence=0):
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        self.flush()
        if whence == 1:
            return self.tell()
        if whence == 0:
            if not isinstance(cookie, int):
                raise TypeError("an integer is required")
            if cookie < 0:
                raise ValueError('negative seek position %d' % (cookie,))
            flags = (cookie >> 64) & 0xFFFFFFFFFFFFFFFF
            skip = cookie >> 128
            cookie &= 0xFFFFFFFFFFFFFFFF
        else:
            flags = skip = 0
        position = self._checked_buffer().seek(cookie, whence)
        self._pending = ''
        self._decoder = None
        self._snap = None
        self._iterating = False
        if whence == 0 and cookie != 0:
            # (as CPython: past the start, the decoder's flags come from the cookie, 0 for a
            # plain position: a utf-16 decoder there has its byte order, it expects no BOM)
            self._get_decoder().setstate((b'', flags))
        if skip:
            while len(self._pending) < skip and self._read_chunk():
                pass
            if len(self._pending) < skip:
                raise OSError("can't restore logical file position")
            self._pending = self._pending[skip:]
            position = cookie | (flags << 64) | (skip << 128)
        if self._encoder is not None:
            self._encoder.reset()
            if position != 0:
                _skip_bom(self._encoder)
        return position

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._checked_buffer().truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            self._encoding = encoding
            self._encoder = None
            self._decoder = None
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    def __repr__(self):
        out = '<_io.TextIOWrapper'
        try:
            out += ' name=%r' % (self.name,)
        except Exception:
            pass
        try:
            out += ' mode=%r' % (self._buffer.mode,)
        except Exception:
            pass
        return out + ' encoding=%r>' % (self._encoding,)


def _os_linesep():
    return '\n'


def _skip_bom(encoder):
    # an encoder that writes a byte order mark first (utf-16, utf-32, utf-8-sig) must not write
    # it in the middle of a stream
    try:
        encoder.setstate(0)
    except (AttributeError, TypeError):
        pass
