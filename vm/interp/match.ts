// The runtime half of `match` (PEP 634), as CPython 3.11's MATCH_CLASS, MATCH_MAPPING,
// MATCH_SEQUENCE and MATCH_KEYS: class patterns with __match_args__ and the "match self"
// builtins, and which subjects count as mappings and sequences.
import { mem } from '../../stmgc/heap';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import { L_STR, L_TUPLE, L_TYPE } from '../runtime/layouts';
import { PyException, typeError, valueError } from '../runtime/errors';
import { getattrOpt, isInstance, isInstanceFull, reprJs, richEq, hashOf, tname } from '../runtime/protocol';
import { intern, strJs } from '../objects/str_core';
import { newTuple, tupleItem, tupleItems, tupleLen } from '../objects/tuple_core';
import { isSubtype, typeName } from '../objects/type_core';
import { collectionFlags, TF_MAPPING, TF_SEQUENCE } from '../objects/collection_flags';
import { callObject } from './call';
import { dictGetStr } from '../objects/dict_core';

const MATCH_SELF = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'];

function matchClassAttr(subject: number, cls: number, name: number, seen: Set<string>): number {
  const n = strJs(name);
  if (seen.has(n)) typeError(`${typeName(cls)}() got multiple sub-patterns for attribute ${reprJs(name)}`);
  seen.add(n);
  return getattrOpt(subject, name);
}

export function matchClass(subject: number, cls: number, nargs: number, kwnames: number): number {
  if (layoutOf(cls) !== L_TYPE) typeError('called match pattern must be a type');
  if (!isInstanceFull(subject, cls)) return K.None;
  const seen = new Set<string>();
  const attrs: number[] = [];
  if (nargs > 0) {
    let matchArgs = getattrOpt(cls, intern('__match_args__'));
    let matchSelf = false;
    if (matchArgs !== 0) {
      if (layoutOf(matchArgs) !== L_TUPLE) typeError(`${typeName(cls)}.__match_args__ must be a tuple (got ${tname(matchArgs)})`);
    } else {
      matchSelf = MATCH_SELF.some((n) => T[n] !== undefined && isSubtype(cls, T[n]) && (cls === T[n] || !hasHeapMatchArgs(cls)));
      matchArgs = K.emptyTuple;
    }
    const allowed = matchSelf ? 1 : tupleLen(matchArgs);
    if (allowed < nargs) {
      typeError(`${typeName(cls)}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = tupleItem(matchArgs, i);
        if (layoutOf(name) !== L_STR) typeError(`__match_args__ elements must be strings (got ${tname(name)})`);
        const v = matchClassAttr(subject, cls, name, seen);
        if (v === 0) return K.None;
        attrs.push(v);
      }
    }
  }
  for (const name of tupleItems(kwnames)) {
    const v = matchClassAttr(subject, cls, name, seen);
    if (v === 0) return K.None;
    attrs.push(v);
  }
  return newTuple(attrs);
}

function hasHeapMatchArgs(cls: number): boolean {
  return dictGetStr(mem[cls + 3], intern('__match_args__')) !== 0;
}

export function isMappingForMatch(v: number): boolean {
  if ((v & 1) === 1) return false;
  const t = typeOf(v);
  if (t === T.dict) return true;
  if (t === T.str || t === T.list || t === T.tuple) return false;
  return (collectionFlags(t) & TF_MAPPING) !== 0;
}

export function isSequenceForMatch(v: number): boolean {
  if ((v & 1) === 1) return false;
  const t = typeOf(v);
  if (t === T.list || t === T.tuple) return true;
  if (t === T.str || t === T.dict) return false;
  return (collectionFlags(t) & TF_SEQUENCE) !== 0;
}

/** MATCH_KEYS: a tuple of the values for `keys`, or None when one is missing. */
export function matchKeys(subject: number, keys: number): number {
  const ks = tupleItems(keys);
  if (ks.length === 0) return K.emptyTuple;
  const get = getattrOpt(subject, intern('get'));
  const dummy = newTuple([]);
  const seen: number[] = [];
  const values: number[] = [];
  for (const k of ks) {
    hashOf(k);
    if (seen.some((s) => richEq(s, k))) valueError(`mapping pattern checks duplicate key (${reprJs(k)})`);
    seen.push(k);
    let v: number;
    try {
      v = callObject(get, [k, dummy], 0);
    } catch (e) {
      if (e instanceof PyException && isInstance(e.exc, T.KeyError)) return K.None;
      throw e;
    }
    if (v === dummy) return K.None;
    values.push(v);
  }
  return newTuple(values);
}
