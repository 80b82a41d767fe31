// The native module `_csv` (CPython 3.11's Modules/_csv.c): reader and writer (csv_reader.ts,
// csv_writer.ts), Dialect (csv_dialect.ts), the dialect registry, field_size_limit, Error and
// the QUOTE_* constants. csv.py (DictReader, DictWriter, Sniffer) stays Python over it.
// Module state is heap state made by bootCore (initCsvTypes), the same objects on every worker:
// the registry is a pinned dict (also the module's `_dialects`, as CPython's), the field limit
// a pinned one-word cell written under a barrier; the classes are made there too.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { allocOld } from '../runtime/alloc';
import { pin } from '../runtime/pinned';
import { L_ARRAY, L_EXCEPTION, L_INT } from '../runtime/layouts';
import { K, T } from '../runtime/types';
import { raise, typeError, overflowError } from '../runtime/errors';
import { makeBuiltinType } from '../runtime/typedef';
import { bindArgs, defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intern } from '../objects/str_core';
import { strObj } from '../objects/str';
import { newList } from '../objects/list_core';
import { dictDel, dictKeys, dictSet, newDict } from '../objects/dict_core';
import { intFromNumber, toBigInt } from '../objects/int_core';
import { tupleLen } from '../objects/tuple_core';
import { callDialect, csvState, dialectFromRegistry, dialectTypeDef } from './csv_dialect';
import { csvReader, fieldLimit, limitCell, readerTypeDef } from './csv_reader';
import { csvWriter, writerTypeDef } from './csv_writer';

/** bootCore: _csv's classes, its registry and its field-limit cell. */
export function initCsvTypes(): void {
  csvState.error = makeBuiltinType({ name: 'Error', module: '_csv', base: T.Exception, layout: L_EXCEPTION, flags: 20 });
  csvState.dialectType = makeBuiltinType(dialectTypeDef);
  csvState.readerType = makeBuiltinType(readerTypeDef);
  csvState.writerType = makeBuiltinType(writerTypeDef);
  csvState.dialects = pin(newDict(T.dict, 8, true));
  const cell = pin(allocOld(L_ARRAY, 1, SCAN_ALL));
  mem[cell + 2] = intFromNumber(128 * 1024);
  limitCell.ref = cell;
}

const DOC = 'CSV parsing and writing.\n\nThis module provides classes that assist in the reading and writing\n' +
  'of Comma Separated Value (CSV) files, and implements the interface\ndescribed by PEP 305.\n';

export function makeCsvModule(): number {
  const m = newModule('_csv', T.module, intern(DOC));
  const fn = (name: string, impl: (a: number[], kw: number) => number): void => moduleSet(m, name, defineBuiltin(name, impl, 0, m));
  moduleSet(m, '__version__', intern('1.0'));
  moduleSet(m, 'QUOTE_MINIMAL', 1);
  moduleSet(m, 'QUOTE_ALL', 3);
  moduleSet(m, 'QUOTE_NONNUMERIC', 5);
  moduleSet(m, 'QUOTE_NONE', 7);
  moduleSet(m, 'Error', csvState.error);
  moduleSet(m, 'Dialect', csvState.dialectType);
  moduleSet(m, 'Reader', csvState.readerType);
  moduleSet(m, 'Writer', csvState.writerType);
  moduleSet(m, '_dialects', csvState.dialects);
  fn('reader', csvReader);
  fn('writer', csvWriter);
  fn('register_dialect', (a, kw) => {
    const nkw = kw === 0 ? 0 : tupleLen(kw);
    const npos = a.length - nkw;
    if (npos < 1) typeError(` expected at least 1 argument, got ${npos}`);
    if (npos > 2) typeError(` expected at most 2 arguments, got ${npos}`);
    const name = a[0];
    if (strObj(name) === 0) typeError('dialect name must be a string');
    const dialect = callDialect(npos > 1 ? a[1] : 0, a.slice(npos), kw);
    dictSet(csvState.dialects, name, dialect);
    return K.None;
  });
  fn('unregister_dialect', (a, kw) => {
    const [name] = bindArgs('unregister_dialect', a, kw, ['name']);
    if (dictDel(csvState.dialects, name) === 0) raise(csvState.error, 'unknown dialect');
    return K.None;
  });
  fn('get_dialect', (a, kw) => {
    const [name] = bindArgs('get_dialect', a, kw, ['name']);
    return dialectFromRegistry(name);
  });
  fn('list_dialects', (a, kw) => {
    if (a.length > 0 || kw !== 0) typeError(`_csv.list_dialects() takes no arguments (${a.length} given)`);
    return newList(dictKeys(csvState.dialects));
  });
  fn('field_size_limit', (a, kw) => {
    const [limit] = bindArgs('field_size_limit', a, kw, ['new_limit?']);
    const old = fieldLimit();
    if (limit !== 0) {
      if ((limit & 1) === 0 && (mem[limit] & 0x7ff) !== L_INT) typeError('limit must be an integer');
      const b = (limit & 1) === 1 ? BigInt(limit >> 1) : toBigInt(limit);
      if (b > 9223372036854775807n || b < -9223372036854775808n) overflowError('Python int too large to convert to C long');
      readBarrier(limitCell.ref);
      writeBarrier(limitCell.ref);
      mem[limitCell.ref + 2] = limit;
    }
    return intFromNumber(old);
  });
  return m;
}
