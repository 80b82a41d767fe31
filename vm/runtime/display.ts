// sys.displayhook for the interactive prompt (PRINT_EXPR): prints repr(value) unless it is None
// and remembers it as builtins._ .
import { K } from './types';
import { reprJs } from './protocol';
import { writeStdout } from './stdio';
import { setBuiltin } from '../builtins/builtins_module';

export function displayHook(v: number): void {
  if (v === K.None) return;
  setBuiltin('_', K.None);
  writeStdout(reprJs(v) + '\n');
  setBuiltin('_', v);
}
