// The errors of `*x` and `**x` in calls and displays when x is not iterable / not a mapping.
// f(*x) with x not a tuple (codegen passes a lone starred argument as is, as CPython 3.11 does):
// CALL_FUNCTION_EX turns it into the positional arguments, and a value that is neither iterable
// nor a sequence is a TypeError naming the function (CPython's check_args_iterable); an error
// raised while iterating goes through unchanged. [*a, *x] and f(*a, *x) (LIST_EXTEND) replace a
// TypeError by "Value after * ..." only when x's class has neither __iter__ nor __getitem__, so a
// TypeError that x's __iter__ raises goes through (CPython's LIST_EXTEND).
import { PyException, typeError } from '../runtime/errors';
import { functionStr } from '../runtime/function_str';
import { isInstance, iterToArray, tname } from '../runtime/protocol';
import { T, typeOf } from '../runtime/types';
import { typeInfo } from '../objects/type_core';

/** CPython's `tp_iter != NULL || PySequence_Check(v)`. */
function iterableOrSequence(v: number): boolean {
  const s = typeInfo(typeOf(v)).slots;
  return s.iter !== null || s.getitem !== null;
}

export function starArgItems(func: number, v: number): number[] {
  if (!iterableOrSequence(v)) typeError(`${functionStr(func)} argument after * must be an iterable, not ${tname(v)}`);
  return iterToArray(v);
}

/** LIST_EXTEND's error when iter(v) raised e. */
export function unpackNotIterable(v: number, e: unknown): never {
  if (e instanceof PyException && isInstance(e.exc, T.TypeError) && !iterableOrSequence(v)) typeError(`Value after * must be an iterable, not ${tname(v)}`);
  throw e;
}
