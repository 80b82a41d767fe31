# hashlib: the guaranteed algorithms, incremental updates, copies, names and sizes, errors
import hashlib

for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'The quick brown fox')
    h.update(b' jumps over the lazy dog')
    if name.startswith('shake'):
        print(name, h.hexdigest(20), len(h.digest(7)))
    else:
        print(name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
c = h.copy()
h.update(b'abc')
print(h.name, c.hexdigest() == hashlib.sha256(b'').hexdigest(), h.hexdigest() == hashlib.sha256(b'abc').hexdigest())
print(hashlib.md5(bytearray(b'x') * 1000).hexdigest(), hashlib.sha1(memoryview(b'mv')).hexdigest())
print(hashlib.new('SHA512').name, hashlib.new('sha3-256', b'').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'NaCl', 2, dklen=10).hex())
print(hashlib.scrypt(b'password', salt=b'NaCl', n=16, r=8, p=1, dklen=16).hex())
for bad in [lambda: hashlib.sha256('text'), lambda: hashlib.new('nope'), lambda: hashlib.new(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
