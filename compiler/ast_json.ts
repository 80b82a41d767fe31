// Reads the JSON written by compiler/tools/ast2json.py (CPython's own AST) into our AST types.
// Used by tests so that the symtable and codegen can be checked on CPython's trees directly.

import type { Mod } from './ast';
import { ConstantValue, ELLIPSIS, PyBytes, PyComplex } from './constants';

function decodeConstant(v: unknown): ConstantValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  const o = v as Record<string, unknown>;
  if ('$int' in o) return BigInt(o.$int as string);
  if ('$float' in o) return parseFloatRepr(o.$float as string);
  if ('$complex' in o) {
    const [re, im] = o.$complex as [string, string];
    return new PyComplex(parseFloatRepr(re), parseFloatRepr(im));
  }
  if ('$bytes' in o) return new PyBytes(Uint8Array.from(Buffer.from(o.$bytes as string, 'hex')));
  if ('$ellipsis' in o) return ELLIPSIS;
  throw new Error('bad constant in AST JSON: ' + JSON.stringify(v));
}

function parseFloatRepr(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

function revive(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(revive);
  if (x === null || typeof x !== 'object') return x;
  const o = x as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) {
    const isConst = k === 'value' && (o.nodeType === 'Constant' || o.nodeType === 'MatchSingleton');
    out[k] = isConst ? decodeConstant(o[k]) : revive(o[k]);
  }
  return out;
}

export function astFromJSON(text: string): Mod {
  return revive(JSON.parse(text)) as Mod;
}
