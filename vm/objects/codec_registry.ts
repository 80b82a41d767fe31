// str.encode / bytes.decode with an encoding the VM does not know itself (vm/objects/str.ts,
// bytes_codec.ts): the codec registry of lib/_codecs.py (codecs.lookup, the encodings/ package
// when the standard library is on sys.path), as CPython does. Its errors are Python exceptions.
import { importModule } from '../runtime/importer';
import { getattr } from '../runtime/protocol';
import { callObject } from '../interp/call';
import { intern, newStr, strCodeAt, strLen } from './str_core';
import { PyException } from '../runtime/errors';
import { T } from '../runtime/types';
import { bytesView, newBytes } from './bytes_core';
import { intFromNumber } from './int_core';

function codecsFunction(name: string): number {
  return getattr(importModule('_codecs'), intern(name));
}

/** codecs.lookup_error(errors): the handler, or CPython's LookupError. */
export function lookupErrorHandler(errors: string): number {
  return callObject(codecsFunction('lookup_error'), [newStr(errors)], 0);
}

/** The bytes of str object `str` in `encoding` through the registry (the str itself, not its JS
 *  text, which would pair two lone surrogates side by side). */
export function registryEncode(str: number, encoding: string, errors: string): Uint8Array {
  const r = callObject(codecsFunction('_text_encode'), [str, newStr(encoding), newStr(errors)], 0);
  return bytesView(r).slice();
}

/** ASCII or Latin-1 bytes of str object `str` when it holds a character past `limit` and the
 *  error handler is one the VM does not do itself (strict, namereplace, surrogateescape, a
 *  registered one): lib/_codecs.py's _charset_encode calls the handler with a full
 *  UnicodeEncodeError (encoding, object, start, end, reason), as CPython's encoder does. */
export function charsetEncodeWithHandler(str: number, codec: string, limit: number, errors: string): Uint8Array {
  if (errors === 'strict') {
    // raised here, as CPython's C encoder does: no lib/_codecs.py frames in the traceback
    const n = strLen(str);
    let start = 0;
    while (start < n && strCodeAt(str, start) < limit) start++;
    let end = start + 1;
    while (end < n && strCodeAt(str, end) >= limit) end++;
    throw new PyException(callObject(T.UnicodeEncodeError,
      [newStr(codec), str, intFromNumber(start), intFromNumber(end), newStr(`ordinal not in range(${limit})`)], 0));
  }
  const r = callObject(codecsFunction('_charset_encode'), [str, newStr(codec), intFromNumber(limit), newStr(errors)], 0);
  return bytesView(r).slice();
}

/** The str of `data` in `encoding` through the registry. */
export function registryDecode(data: Uint8Array, encoding: string, errors: string): number {
  return callObject(codecsFunction('_text_decode'), [newBytes(data), newStr(encoding), newStr(errors)], 0);
}

/** compiler/source.ts's RegistryDecoder: a source file's bytes in the codec its coding cookie
 *  names, the message of its decode error, or null (no such codec: the compiler then tries the
 *  host's TextDecoder). */
export function registrySourceDecode(data: Uint8Array, encoding: string): { text?: string; error?: string } | null {
  try {
    return { text: strJs(registryDecode(data, encoding, 'strict')) };
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    if (isInstance(e.exc, T.UnicodeError)) return { error: strJs(str(e.exc)) };
    return null; // (no such codec: LookupError; no registry: ImportError)
  }
}
import { isInstance, str } from '../runtime/protocol';
import { strJs } from './str_core';
