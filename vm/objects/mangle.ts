// Private name mangling (__x in class A is _A__x), shared with the compiler's symtable.
import { mangle } from '../../compiler/symtable';

export function mangleName(className: string, name: string): string {
  return mangle(className, name);
}
