// super: payload [type, obj, obj type]. super() without arguments finds __class__ and the
// first argument in the calling frame, as CPython's super_init_without_args.
import { mem } from '../../stmgc/heap';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { newBoxed, unbox } from './boxed';
import { callObject } from '../interp/call';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_SUPER, L_TYPE, L_CELL } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { raise, typeError } from '../runtime/errors';
import { genericGetattr, getattrOpt, names as N, reprJs } from '../runtime/protocol';
import { isSubtype, typeInfo, typeName, TY_DICT } from './type_core';
import { dictGetStr } from './dict_core';
import { newStr, strJs } from './str_core';
import { currentFrame } from '../interp/thread';
import { FR_CODE, FR_LOCALSPLUS } from '../interp/frame_layout';
import { codeInfo } from './code';
import { tupleItems } from './tuple_core';

export const SU_TYPE = 2;
export const SU_OBJ = 3;
export const SU_OBJTYPE = 4;

function superCheck(t: number, obj: number): number {
  if (layoutOf(obj) === L_TYPE && isSubtype(obj, t)) return obj;
  if (isSubtype(typeOf(obj), t)) return typeOf(obj);
  // the slow way: obj.__class__ (a proxy's), when another class of t's
  const cls = getattrOpt(obj, N.class);
  if (cls !== 0 && layoutOf(cls) === L_TYPE && cls !== typeOf(obj) && isSubtype(cls, t)) return cls;
  return typeError('super(type, obj): obj must be an instance or subtype of type');
}

function zeroArgs(): [number, number] {
  const f = currentFrame();
  if (f === 0) raise(T.RuntimeError, 'super(): no current frame');
  const ci = codeInfo(mem[f + FR_CODE]);
  if (ci.argcount === 0 && ci.totalArgs === 0) raise(T.RuntimeError, 'super(): no arguments');
  let first = mem[f + FR_LOCALSPLUS];
  // the first argument may have been moved into a cell
  const cellIdx = Array.from(ci.cell2arg).indexOf(0);
  if (cellIdx >= 0) {
    const cell = mem[f + FR_LOCALSPLUS + ci.nlocals + cellIdx];
    if (cell !== 0 && layoutOf(cell) === L_CELL) {
      readBarrier(cell);
      first = mem[cell + 2];
    }
  }
  if (first === 0) raise(T.RuntimeError, 'super(): arg[0] deleted');
  const frees = tupleItems(mem[ci.ref + 6]).map(strJs);
  const i = frees.indexOf('__class__');
  if (i < 0) raise(T.RuntimeError, 'super(): __class__ cell not found');
  const cell = mem[f + FR_LOCALSPLUS + ci.nlocals + ci.ncells + i];
  readBarrier(cell);
  const t = mem[cell + 2];
  if (t === 0) raise(T.RuntimeError, 'super(): empty __class__ cell');
  if (layoutOf(t) !== L_TYPE) raise(T.RuntimeError, 'super(): __class__ is not a type');
  return [t, first];
}

/** Fills a super object's fields (CPython's super_init): super(), super(t), super(t, obj). */
function superInit(r: number, args: number[]): void {
  let t: number;
  let obj: number;
  if (args.length > 2) typeError(`super() expected at most 2 arguments, got ${args.length}`);
  if (args.length === 0) [t, obj] = zeroArgs();
  else {
    t = args[0];
    if (layoutOf(t) !== L_TYPE) typeError(`super() argument 1 must be a type, not ${typeName(typeOf(t))}`);
    obj = args.length > 1 ? args[1] : K.None;
  }
  const objType = obj === K.None ? K.None : superCheck(t, obj);
  writeBarrier(r);
  mem[r + SU_TYPE] = t;
  mem[r + SU_OBJ] = obj;
  mem[r + SU_OBJTYPE] = objType;
}

/** The super object of a super or of an instance of a Python subclass of super (boxed). */
function sup(v: number): number { return unbox(v); }

export const superType: TypeDef = {
  name: 'super',
  layout: L_SUPER,
  slots: {
    new: (cls, args) => {
      const r = alloc(L_SUPER, 3, SCAN_ALL);
      mem[r + SU_TYPE] = K.None;
      mem[r + SU_OBJ] = K.None;
      mem[r + SU_OBJTYPE] = K.None;
      // (the plain class is filled here, where super()'s frame is the caller's; a subclass's
      // __init__ fills it through super.__init__)
      if (cls === T.super) {
        superInit(r, args);
        return r;
      }
      return newBoxed(cls, r);
    },
    init: (self, args) => {
      if (self !== sup(self)) superInit(sup(self), args);
    },
    getattro: (boxed, name) => {
      const s = sup(boxed);
      const objType = mem[s + SU_OBJTYPE];
      if (objType !== K.None && name !== N.class) {
        const mro = typeInfo(objType).mro;
        let i = mro.indexOf(mem[s + SU_TYPE]);
        for (i++; i < mro.length; i++) {
          const d = mem[mro[i] + TY_DICT];
          const v = dictGetStr(d, name);
          if (v !== 0) {
            if ((v & 1) === 1) return v;
            const get = typeInfo(typeOf(v)).slots.descrGet;
            if (get === null) return v;
            const obj = mem[s + SU_OBJ];
            return get(v, obj === objType ? 0 : obj, objType);
          }
        }
      }
      return genericGetattr(boxed, name);
    },
    repr: (boxed) => {
      const s = sup(boxed);
      const ot = mem[s + SU_OBJTYPE];
      return newStr(`<super: <class '${typeName(mem[s + SU_TYPE])}'>, ${ot === K.None ? 'NULL' : `<${typeName(ot)} object>`}>`);
    },
    // an unbound super (super(C)) stored in a class binds to the instance it is read through
    descrGet: (boxed, obj) => {
      const s = sup(boxed);
      if (obj === 0 || obj === K.None || mem[s + SU_OBJ] !== K.None) return boxed;
      return callObject(typeOf(boxed), [mem[s + SU_TYPE], obj], 0);
    },
  },
  getters: {
    __thisclass__: (s) => mem[sup(s) + SU_TYPE],
    __self__: (s) => mem[sup(s) + SU_OBJ],
    __self_class__: (s) => mem[sup(s) + SU_OBJTYPE],
  },
};

export const _keep = [reprJs];
