"""hashlib for pystm: md5, sha1, the sha2 and sha3 families, shake_128/256 and blake2b/2s, with
pbkdf2_hmac, scrypt and file_digest. Our own code over the native _pystm_hash module (Node's
crypto, vm/modules/hash_native.ts). A hash object keeps the bytes fed to it (in the shared heap,
like every object) and digests them when asked: update() is cheap, digest() costs a pass over
everything hashed so far.
"""

import _pystm_hash

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = set(__all__[:14])
algorithms_available = set(algorithms_guaranteed)

# name: (digest_size, block_size)
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha3_224': (28, 144), 'sha3_256': (32, 136),
    'sha3_384': (48, 104), 'sha3_512': (64, 72), 'shake_128': (0, 168), 'shake_256': (0, 136),
    'blake2b': (64, 128), 'blake2s': (32, 64),
}


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    with memoryview(data) as view:  # (released at once: a live view forbids resizing)
        return bytes(view)


class _Hash:
    """A hash object: update(), digest(), hexdigest(), copy(), name, digest_size, block_size."""

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = bytearray()
        if data:
            self.update(data)

    def update(self, data):
        self._data += _as_bytes(data)

    def digest(self):
        return _pystm_hash.digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other.name = self.name
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


class _Shake(_Hash):
    """shake_128/shake_256: digest(length) and hexdigest(length)."""

    def digest(self, length):
        return _pystm_hash.digest(self.name, bytes(self._data), length)

    def hexdigest(self, length):
        return self.digest(length).hex()


def new(name, data=b'', *, usedforsecurity=True):
    """A hash object for the algorithm `name` ('sha256', 'SHA256', 'sha3-256', ...)."""
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    key = name.lower().replace('-', '_')
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    if key.startswith('shake'):
        return _Shake(key, data)
    return _Hash(key, data)


def _constructor(name):
    def constructor(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            if data:
                raise TypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.")
            data = string
        return new(name, data)
    constructor.__name__ = 'openssl_' + name
    constructor.__qualname__ = constructor.__name__
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


def _blake2(name, size):
    def constructor(data=b'', *, digest_size=size, key=b'', salt=b'', person=b'', fanout=1,
                    depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                    last_node=False, usedforsecurity=True):
        if (digest_size != size or key or salt or person or fanout != 1 or depth != 1 or leaf_size
                or node_offset or node_depth or inner_size or last_node):
            raise ValueError(f'{name}: only the default parameters are supported by pystm')
        return new(name, data)
    constructor.__name__ = constructor.__qualname__ = name
    return constructor


blake2b = _blake2('blake2b', 64)
blake2s = _blake2('blake2s', 32)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password-based key derivation (PKCS #5 v2.0) with HMAC as the pseudorandom function."""
    return _pystm_hash.pbkdf2_hmac(hash_name, _as_bytes(password), _as_bytes(salt), iterations, dklen)


def scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64):
    """The scrypt key derivation function."""
    if salt is None:
        raise TypeError("scrypt() missing required argument 'salt'")
    if n is None or r is None or p is None:
        raise TypeError("scrypt() missing required argument 'n', 'r' or 'p'")
    return _pystm_hash.scrypt(_as_bytes(password), _as_bytes(salt), n, r, p, maxmem, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object opened for reading."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
