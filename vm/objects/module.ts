// module: payload [class, __dict__]. Modules live in old space (the VM keeps their addresses in
// JS), their dict holds the globals. Attribute access falls back to a module-level
// __getattr__ (PEP 562).
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { allocOld } from '../runtime/alloc';
import { L_BUILTIN, L_DICT, L_MODULE, L_STR } from '../runtime/layouts';
import { writeBarrier } from '../../stmgc/barriers';
import { K, T, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { callObject } from '../interp/call';
import { genericGetattr, genericSetattr, getattr, names as N, reprJs } from '../runtime/protocol';
import { dictDel, dictGetStr, dictKeys, dictSet, newDict, padGlobals } from './dict_core';
import { attributeError, typeError } from '../runtime/errors';
import { intern, newStr, strJs } from './str_core';
import { nativeModuleKey } from '../runtime/importer';
import { newList } from './list_core';
import { BF_OWNER, BF_SELF, bindArgs } from './builtin_function';
import { pin } from '../runtime/pinned';

export function newModule(name: string, cls = T.module, doc = K.None): number {
  const m = pin(allocOld(L_MODULE, 2, SCAN_ALL));
  mem[m + 2] = cls;
  const d = newDict(T.dict, 8, true);
  mem[m + 3] = d;
  dictSet(d, N.name, intern(name));
  dictSet(d, N.doc, doc);
  dictSet(d, N.package, K.None);
  dictSet(d, N.loader, K.None);
  dictSet(d, N.spec, K.None);
  return m;
}

export function moduleDict(m: number): number { return mem[m + 3]; }

export function moduleGet(m: number, name: string): number {
  return dictGetStr(mem[m + 3], intern(name));
}
export function moduleSet(m: number, name: string, v: number): void {
  // a native function stored in its module for the first time belongs to it (CPython's m_self:
  // __module__ and __self__ are the module, pickle finds it there); BF_SELF stays 0 so calls
  // do not pass the module
  if ((v & 1) === 0 && (mem[v] & 0x7ff) === L_BUILTIN && mem[v + BF_SELF] === 0 && mem[v + BF_OWNER] === 0) {
    writeBarrier(v);
    mem[v + BF_OWNER] = m;
  }
  dictSet(mem[m + 3], intern(name), v);
}

export const moduleType: TypeDef = {
  name: 'module',
  layout: L_MODULE,
  slots: {
    getattro: (m, name) => {
      const v = genericGetattr(m, name);
      if (v !== 0) return v;
      const ga = dictGetStr(mem[m + 3], N.getattr);
      if (ga !== 0) return callObject(ga, [name], 0);
      return 0;
    },
    setattro: (m, name, value) => {
      padGlobals(mem[m + 3]); // per-global conflicts inside transactions (dict_padded.ts)
      return genericSetattr(m, name, value);
    },
    repr: (m) => {
      const d = mem[m + 3];
      const name = dictGetStr(d, N.name);
      const file = dictGetStr(d, N.file);
      const n = name !== 0 && layoutOf(name) === L_STR ? reprJs(name) : "'?'";
      if (file !== 0 && layoutOf(file) === L_STR) return newStr(`<module ${n} from ${reprJs(file)}>`);
      // a native module (CPython's built-in ones have a spec with origin 'built-in'); one made
      // by ModuleType(name) has neither a file nor a loader
      const native = nativeModuleKey(m);
      if (native !== null) return newStr(`<module ${reprJs(intern(native))} (built-in)>`);
      const loader = dictGetStr(d, intern('__loader__'));
      if (loader !== 0 && loader !== K.None) return newStr(`<module ${n} (${reprJs(loader)})>`);
      return newStr(`<module ${n}>`);
    },
    new: (cls) => {
      const m = pin(allocOld(L_MODULE, 2, SCAN_ALL));
      mem[m + 2] = cls;
      mem[m + 3] = newDict(T.dict, 8, true);
      return m;
    },
    init: (m, args, kw) => {
      const [name, doc] = bindArgs('module', args, kw, ['name', 'doc?']);
      const d = mem[m + 3];
      dictSet(d, N.name, name);
      dictSet(d, N.doc, doc || K.None);
      dictSet(d, N.package, K.None);
      dictSet(d, N.loader, K.None);
      dictSet(d, N.spec, K.None);
    },
  },
  methods: {
    // CPython's module_dir: the __dict__ attribute (a subclass may replace it), its __dir__
    __dir__: (a) => {
      const d = getattr(a[0], intern('__dict__'));
      if (layoutOf(d) !== L_DICT) typeError('<module>.__dict__ is not a dictionary');
      const f = dictGetStr(d, intern('__dir__'));
      return f !== 0 ? callObject(f, [], 0) : newList(dictKeys(d));
    },
  },
  readonlyMembers: ['__dict__'], // (a READONLY member: "readonly attribute")
  getters: {
    __dict__: (m) => mem[m + 3],
    // as CPython 3.10+: a data descriptor that reads the module dict and creates an empty dict
    // there on first use
    __annotations__: (m) => {
      const d = mem[m + 3];
      let a = dictGetStr(d, N.annotations);
      if (a === 0) {
        a = newDict();
        dictSet(d, N.annotations, a);
      }
      return a;
    },
  },
  setters: {
    __annotations__: (m, v) => dictSet(mem[m + 3], N.annotations, v),
  },
  deleters: {
    __annotations__: (m) => {
      if (dictDel(mem[m + 3], N.annotations) === 0) attributeError('__annotations__');
    },
  },
};

export const _keep = [strJs];
