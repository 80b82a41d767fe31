// None, NotImplemented and Ellipsis: their classes and the singleton objects (old, pinned).
import { warn } from '../runtime/warn';
import { L_ELLIPSIS, L_NONE, L_NOTIMPLEMENTED } from '../runtime/layouts';
import { K, T } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { newStr } from './str_core';
import { typeError } from '../runtime/errors';

const noArgs = (name: string, v: () => number) => (_cls: number, args: number[]): number => {
  if (args.length > 0) typeError(`${name} takes no arguments`);
  return v();
};

export const noneType: TypeDef = {
  name: 'NoneType',
  layout: L_NONE,
  final: true,
  slots: {
    repr: () => newStr('None'),
    bool: () => false,
    hash: () => 0x5a5a5a5a >> 8,
    new: noArgs('NoneType', () => K.None),
  },
};

export const notImplementedType: TypeDef = {
  name: 'NotImplementedType',
  layout: L_NOTIMPLEMENTED,
  final: true,
  slots: {
    repr: () => newStr('NotImplemented'),
    new: noArgs('NotImplementedType', () => K.NotImplemented),
    // (3.9+: true, with a DeprecationWarning)
    bool: () => {
      warn(T.DeprecationWarning, 'NotImplemented should not be used in a boolean context');
      return true;
    },
  },
  methods: { __reduce__: () => newStr('NotImplemented') },
};

export const ellipsisType: TypeDef = {
  name: 'ellipsis',
  layout: L_ELLIPSIS,
  final: true,
  slots: {
    repr: () => newStr('Ellipsis'),
    new: noArgs('ellipsis', () => K.Ellipsis),
  },
  methods: { __reduce__: () => newStr('Ellipsis') },
};
