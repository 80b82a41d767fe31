// f(*x) with x not a tuple (codegen passes a lone starred argument as is, as CPython 3.11 does):
// CALL_FUNCTION_EX turns it into the positional arguments, and a value that is neither iterable
// nor a sequence is a TypeError naming the function (CPython's check_args_iterable); an error
// raised while iterating goes through unchanged.
import { typeError } from '../runtime/errors';
import { functionStr } from '../runtime/function_str';
import { iterToArray, tname } from '../runtime/protocol';
import { typeOf } from '../runtime/types';
import { typeInfo } from '../objects/type_core';

export function starArgItems(func: number, v: number): number[] {
  const s = typeInfo(typeOf(v)).slots;
  if (s.iter === null && s.getitem === null) typeError(`${functionStr(func)} argument after * must be an iterable, not ${tname(v)}`);
  return iterToArray(v);
}
