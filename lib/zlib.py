"""zlib for pystm: CPython 3.11's zlib module over our own inflate and deflate (the native
_pystm_zlib, vm/modules/zlib_*.ts), whose compressed bytes are zlib 1.2.13's. A Compress or
Decompress object keeps its stream state in a bytearray (the heap), so a thread may continue it
on any worker. Decompress decodes whole deflate blocks: input that ends inside a block is kept
and the block decoded again from its start when more comes; output beyond max_length is kept
as pending output and returned first by the next call (or flush()).
"""

import _pystm_zlib as _z

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'

crc32 = _z.crc32
adler32 = _z.adler32


class error(Exception):
    pass


_MESSAGES = {-5: 'incomplete or truncated stream', -2: 'inconsistent stream state', -3: 'invalid input data'}


def _error(code, msg, what):
    if msg is None:
        msg = _MESSAGES.get(code)
    if msg is None:
        return error('Error %d %s' % (code, what))
    return error('Error %d %s: %s' % (code, what, msg))


def _buffer(data, what=None):
    if isinstance(data, bytes):
        return data
    try:
        with memoryview(data) as view:  # (released at once: a live view forbids resizing)
            return bytes(view)
    except TypeError:
        if what is not None:
            raise TypeError(what) from None
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _int(v):
    return v.__index__() if not isinstance(v, int) else v


def _inflate_params(wbits):
    """inflateInit2's reading of wbits: (wrap, window bits) or None (Z_STREAM_ERROR)."""
    if wbits < 0:
        if wbits < -15:
            return None
        wrap, wb = 0, -wbits
    else:
        wrap = ((wbits >> 4) + 5) & 3
        wb = wbits & 15 if wbits < 48 else wbits
    if wb and (wb < 8 or wb > 15):
        return None
    return wrap, wb


def _deflate_state(level, method, wbits, memLevel, strategy):
    st = bytearray(_z.deflate_state_size(wbits, memLevel))
    return st, _z.deflate_init(st, level, method, wbits, memLevel, strategy)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    data = _buffer(data)
    st, code = _deflate_state(_int(level), DEFLATED, _int(wbits), DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY)
    if code != 0:
        raise error('Bad compression level')
    out, code = _z.deflate_run(st, data, Z_FINISH)
    if code != 1:
        raise _error(code, None, 'while compressing data')
    return out


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    data = _buffer(data)
    bufsize = _int(bufsize)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    p = _inflate_params(_int(wbits))
    if p is None:
        raise _error(-2, None, 'while preparing to decompress data')
    st = bytearray(_z.INFLATE_STATE_SIZE)
    _z.inflate_init(st, p[0], p[1])
    out, consumed, status = _z.inflate_run(st, data, 0)
    if out is None:
        raise _error(consumed, status, 'while decompressing data')
    if status == 1:
        return out
    if status == 2:
        raise _error(2, None, 'while decompressing data')
    raise _error(-5, None, 'while decompressing data')


def _no_pickle(self, *args):
    raise TypeError("cannot pickle '%s.%s' object" % (type(self).__module__, type(self).__qualname__))


class Compress:
    """A compression object (made by compressobj())."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def compress(self, data, /):
        """Returns a bytes object containing compressed data."""
        data = _buffer(data)
        if self._dead:
            raise _error(-2, None, 'while compressing data')
        out, code = _z.deflate_run(self._st, data, Z_NO_FLUSH)
        if code == -2:
            raise _error(-2, None, 'while compressing data')
        return out

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data."""
        mode = _int(mode)
        if mode == Z_NO_FLUSH:
            return b''
        if self._dead:
            raise _error(-2, None, 'while flushing')
        out, code = _z.deflate_run(self._st, b'', mode)
        if code == -2:
            raise _error(-2, None, 'while flushing')
        if code == 1 and mode == Z_FINISH:
            self._dead = True
        return out

    def copy(self):
        """Return a copy of the compression object."""
        if self._dead:
            raise ValueError('Inconsistent stream state')
        c = object.__new__(Compress)
        c._st = bytearray(self._st)
        c._dead = False
        return c

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()

    __reduce__ = __reduce_ex__ = _no_pickle


class Decompress:
    """A decompression object (made by decompressobj())."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    @property
    def unused_data(self):
        return self._unused

    @property
    def unconsumed_tail(self):
        return self._tail

    @property
    def eof(self):
        return self._ended and not self._pending

    def _run(self, data, max_length):
        out = self._pending
        if max_length and len(out) >= max_length:
            self._pending = out[max_length:]
            self._tail = data
            return out[:max_length]
        self._pending = b''
        rest = data
        if not self._ended:
            buf = self._in + data if self._in else data
            limit = max_length - len(out) if max_length else 0
            while True:
                new, consumed, status = _z.inflate_run(self._st, buf, limit)
                if new is None:
                    raise _error(consumed, status, 'while decompressing data')
                out = out + new if out else new
                rest = buf[consumed:]
                if status != 2:
                    break
                if self._zdict is None:
                    raise _error(2, None, 'while decompressing data')
                code = _z.inflate_setdict(self._st, self._zdict)
                if code != 0:
                    raise _error(code, None, 'while setting zdict')
                buf = rest
                if limit:
                    limit = max_length - len(out)
            if status == 1:
                self._ended = True
                self._in = b''
            elif max_length and len(out) >= max_length:
                self._in = b''
                self._tail = rest
            else:
                self._in = rest
                self._tail = b''
        if max_length and len(out) > max_length:
            self._pending = out[max_length:]
            out = out[:max_length]
        if self._ended:
            if self._pending:
                self._tail = rest
            else:
                if rest:
                    self._unused += rest
                self._tail = b''
        return out

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data."""
        data = _buffer(data)
        max_length = _int(max_length)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        return self._run(data, max_length)

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data."""
        length = _int(length)
        if length <= 0:
            raise ValueError('length must be greater than zero')
        data = self._tail
        self._tail = b''
        out = self._run(data, 0)
        if self._ended:
            self._dead = True
        return out

    def copy(self):
        """Return a copy of the decompression object."""
        if self._dead:
            raise ValueError('Inconsistent stream state')
        d = object.__new__(Decompress)
        d.__dict__.update(self.__dict__)
        d._st = bytearray(self._st)
        return d

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()

    __reduce__ = __reduce_ex__ = _no_pickle


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if zdict is not None:
        zdict = _buffer(zdict)
    st, code = _deflate_state(_int(level), _int(method), _int(wbits), _int(memLevel), _int(strategy))
    if code != 0:
        raise ValueError('Invalid initialization option')
    if zdict is not None:
        if _z.deflate_setdict(st, zdict) != 0:
            raise ValueError('Invalid dictionary')
    c = object.__new__(Compress)
    c._st = st
    c._dead = False
    return c


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    if zdict is not None:
        zdict = _buffer(zdict, 'zdict argument must support the buffer protocol')
    p = _inflate_params(_int(wbits))
    if p is None:
        raise ValueError('Invalid initialization option')
    d = object.__new__(Decompress)
    d._st = bytearray(_z.INFLATE_STATE_SIZE)
    _z.inflate_init(d._st, p[0], p[1])
    d._zdict = zdict if zdict else None
    d._in = b''
    d._pending = b''
    d._unused = b''
    d._tail = b''
    d._ended = False
    d._dead = False
    if p[0] == 0 and zdict:
        code = _z.inflate_setdict(d._st, zdict)
        if code != 0:
            raise _error(code, None, 'while setting zdict')
    return d
