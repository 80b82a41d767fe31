// Development mode's codec checks (CPython's unicode_check_encoding_errors): under `-X dev` /
// PYTHONDEVMODE, str.encode, bytes.decode, str(b, ...) and bytes(s, ...) look the error handler
// name up even when no error happens, so a misspelt handler fails at once (LookupError "unknown
// error handler name"). The builtin handlers CPython skips are skipped; sys.flags.dev_mode is
// read only for another name, so the common calls cost one Set lookup.
import { mem } from '../../stmgc/heap';
import { K } from '../runtime/types';
import { sysModulesDict } from '../runtime/importer';
import { moduleDict } from './module';
import { dictGetStr } from './dict_core';
import { intern } from './str_core';
import { TU_ITEMS } from './tuple_core';
import { lookupErrorHandler } from './codec_registry';

const CHECKED_BY_NAME_ONLY = new Set(['strict', 'ignore', 'replace', 'surrogateescape', 'surrogatepass']);

function devMode(): boolean {
  const sys = dictGetStr(sysModulesDict(), intern('sys'));
  const flags = sys === 0 ? 0 : dictGetStr(moduleDict(sys), intern('flags'));
  return flags !== 0 && mem[mem[flags + 4] + TU_ITEMS + 13] === K.True;
}

/** Raises LookupError for an unknown error handler name in development mode. */
export function checkErrorsName(errors: string): void {
  if (CHECKED_BY_NAME_ONLY.has(errors) || !devMode()) return;
  lookupErrorHandler(errors);
}
