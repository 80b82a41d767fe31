// The native `_pystm_hash` module behind lib/hashlib.py and lib/hmac.py: one-shot digests of
// bytes by Node's crypto (OpenSSL): md5, sha1, the sha2 and sha3 families, shake (with an
// output length), blake2b/blake2s; pbkdf2_hmac, scrypt, and compare_digest in constant time.
// Hash objects keep their data in the heap (lib/hashlib.py), never a JS Hash object between
// calls, so no guest state lives outside the shared heap.
import * as crypto from 'node:crypto';
import { K } from '../runtime/types';
import { typeError, valueError } from '../runtime/errors';
import { indexNumber, tname } from '../runtime/protocol';
import { strJs } from '../objects/str_core';
import { strObj } from '../objects/str';
import { bytesOf } from '../objects/bytes';
import { newBytes } from '../objects/bytes_core';
import { defineBuiltin, bindArgs } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';

/** Python's algorithm names → OpenSSL's, with the digest size for the blake2 defaults. */
const ALGORITHMS: Record<string, string> = {
  md5: 'md5', sha1: 'sha1', sha224: 'sha224', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512',
  sha3_224: 'sha3-224', sha3_256: 'sha3-256', sha3_384: 'sha3-384', sha3_512: 'sha3-512',
  shake_128: 'shake128', shake_256: 'shake256', blake2b: 'blake2b512', blake2s: 'blake2s256',
  sha512_224: 'sha512-224', sha512_256: 'sha512-256',
};

function algorithm(nameObj: number): string {
  const s = strObj(nameObj);
  if (s === 0) typeError(`name must be str, not ${tname(nameObj)}`);
  const name = strJs(s).toLowerCase().replace(/-/g, '_');
  const openssl = ALGORITHMS[name];
  if (openssl === undefined) valueError(`unsupported hash type ${strJs(s)}`);
  return openssl;
}

/** The bytes of a bytes-like object, copied out of the shared heap (Node's crypto does not take
 *  views of a SharedArrayBuffer). */
function data(v: number): Uint8Array {
  const b = bytesOf(v);
  if (b === null) {
    if (strObj(v) !== 0) typeError('Strings must be encoded before hashing');
    return typeError('object supporting the buffer API required');
  }
  return Uint8Array.from(b);
}

export function makeHashNativeModule(): number {
  const m = newModule('_pystm_hash');
  const fn = (name: string, impl: (a: number[], kw: number) => number): void => moduleSet(m, name, defineBuiltin(name, impl));
  /** digest(name, data, length=None): the digest of `data` (length: shake's output size). */
  fn('digest', (a, kw) => {
    const [nameObj, dataObj, lengthObj] = bindArgs('digest', a, kw, ['name', 'data', 'length?']);
    const alg = algorithm(nameObj);
    const opts: crypto.HashOptions = {};
    if (alg.startsWith('shake')) {
      if (lengthObj === 0 || lengthObj === K.None) typeError("digest() missing required argument 'length' (pos 1)");
      const n = indexNumber(lengthObj);
      if (n < 0) valueError('length must be non-negative');
      if (n === 0) return newBytes(new Uint8Array(0));
      opts.outputLength = n;
    }
    const h = crypto.createHash(alg, opts);
    h.update(data(dataObj));
    return newBytes(new Uint8Array(h.digest()));
  });
  fn('hmac_digest', (a, kw) => {
    const [keyObj, msgObj, nameObj] = bindArgs('hmac_digest', a, kw, ['key', 'msg', 'digest']);
    const h = crypto.createHmac(algorithm(nameObj), data(keyObj));
    h.update(data(msgObj));
    return newBytes(new Uint8Array(h.digest()));
  });
  fn('pbkdf2_hmac', (a, kw) => {
    const [nameObj, pw, salt, iterObj, dklenObj] = bindArgs('pbkdf2_hmac', a, kw, ['hash_name', 'password', 'salt', 'iterations', 'dklen?']);
    const alg = algorithm(nameObj);
    const iterations = indexNumber(iterObj);
    if (iterations < 1) valueError('iteration value must be greater than 0.');
    const size = crypto.createHash(alg).digest().length;
    const dklen = dklenObj === 0 || dklenObj === K.None ? size : indexNumber(dklenObj);
    if (dklen < 1) valueError('key length must be greater than 0.');
    return newBytes(new Uint8Array(crypto.pbkdf2Sync(data(pw), data(salt), iterations, dklen, alg)));
  });
  fn('scrypt', (a, kw) => {
    const [pw, salt, nObj, rObj, pObj, maxmemObj, dklenObj] = bindArgs('scrypt', a, kw, ['password', 'salt', 'n', 'r', 'p', 'maxmem?', 'dklen?']);
    const opts: crypto.ScryptOptions = { N: indexNumber(nObj), r: indexNumber(rObj), p: indexNumber(pObj) };
    if (opts.N! < 2 || (opts.N! & (opts.N! - 1)) !== 0) valueError('n must be a power of 2.');
    if (maxmemObj !== 0 && maxmemObj !== K.None && indexNumber(maxmemObj) > 0) opts.maxmem = indexNumber(maxmemObj);
    const dklen = dklenObj === 0 || dklenObj === K.None ? 64 : indexNumber(dklenObj);
    try {
      return newBytes(new Uint8Array(crypto.scryptSync(data(pw), data(salt), dklen, opts)));
    } catch (e) {
      return valueError(`Invalid parameter combination for n, r, p, maxmem: ${(e as Error).message}`);
    }
  });
  fn('compare_digest', (a, kw) => {
    const [x, y] = bindArgs('compare_digest', a, kw, ['a', 'b']);
    const sx = strObj(x);
    const sy = strObj(y);
    let bx: Uint8Array;
    let by: Uint8Array;
    if (sx !== 0 && sy !== 0) {
      const tx = strJs(sx);
      const ty = strJs(sy);
      if (/[^\x00-\x7f]/.test(tx + ty)) typeError('comparing strings with non-ASCII characters is not supported');
      bx = Buffer.from(tx, 'latin1');
      by = Buffer.from(ty, 'latin1');
    } else {
      const px = bytesOf(x);
      const py = bytesOf(y);
      if (px === null || py === null) return typeError(`unsupported operand types(s) or combination of types: '${tname(x)}' and '${tname(y)}'`);
      bx = Uint8Array.from(px);
      by = Uint8Array.from(py);
    }
    // equal lengths: a constant-time comparison; else compare x with itself to spend the time
    const same = bx.length === by.length && crypto.timingSafeEqual(bx, by);
    if (bx.length !== by.length) crypto.timingSafeEqual(bx, bx);
    return same ? K.True : K.False;
  });
  return m;
}
