"""hmac for pystm: keyed hashing (RFC 2104) over lib/hashlib.py. Our own code."""

import hashlib as _hashlib
import _pystm_hash

compare_digest = _pystm_hash.compare_digest
digest_size = None

__all__ = ('HMAC', 'new', 'digest', 'compare_digest')


class HMAC:
    """An HMAC object: update(), digest(), hexdigest(), copy(), name, digest_size, block_size."""
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        if callable(digestmod):
            self._make = digestmod
        elif isinstance(digestmod, str):
            self._make = lambda d=b'': _hashlib.new(digestmod, d)
        else:
            self._make = lambda d=b'': digestmod.new(d)
        self._outer = self._make()
        self._inner = self._make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', 64)
        if blocksize < 16:
            blocksize = self.blocksize
        self.block_size = blocksize
        if len(key) > blocksize:
            key = self._make(key).digest()
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(bytes(x ^ 0x5C for x in key))
        self._inner.update(bytes(x ^ 0x36 for x in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._make = self._make
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object for `key`, fed `msg` when given."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` with `key` in one call."""
    if isinstance(digest, str):
        return _pystm_hash.hmac_digest(key, msg, digest)
    return HMAC(key, msg, digest).digest()
