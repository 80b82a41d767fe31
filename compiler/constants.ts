// Compile-time constant values, as they appear in ast.Constant and in code-object consts.
// Python int -> bigint (always, so 1 and 1.0 stay distinct), float -> number, str -> string
// (UTF-16, lone surrogates allowed as in Python), None -> null, bool -> boolean. The rest are
// small classes so that a `instanceof` test tells them apart.

export class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

/** A complex literal. Literals are purely imaginary (`2j`); folding may produce a real part. */
export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

export class PyEllipsis {
  static readonly instance = new PyEllipsis();
  private constructor() {}
}
export const ELLIPSIS = PyEllipsis.instance;

/** A tuple of constants (codegen folds constant tuples; ast.Constant never holds one). */
export class PyTupleConst {
  constructor(readonly items: readonly ConstantValue[]) {}
}

/** A frozenset of constants (codegen uses it for `x in {1, 2}`). */
export class PyFrozenSetConst {
  constructor(readonly items: readonly ConstantValue[]) {}
}

export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | PyBytes
  | PyComplex
  | PyEllipsis
  | PyTupleConst
  | PyFrozenSetConst;
