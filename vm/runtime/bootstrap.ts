// Starting the VM: create and attach the heap, build every builtin class (object and type
// first, as shells, since each class's dict needs dict and str to exist), the singletons, the
// builtins and sys modules, the native module registry and the thread state; then run the
// program as __main__ and turn its outcome (return, SystemExit, uncaught exception) into an
// exit status and CPython's stderr output.
import * as path from 'node:path';
import { attachHeap, createHeap, mem } from '../../stmgc/heap';
import { allocateOld } from '../../stmgc/alloc';
import { SCAN_ALL } from '../../stmgc/layout';
import { setTypeTable } from '../../stmgc/roots';
import {
  L_ASYNCGEN, L_BOOL, L_BUILTIN, L_BYTES, L_CELL, L_CLASSMETHOD, L_CODE, L_COMPLEX, L_COROUTINE, L_ELLIPSIS, L_FLOAT,
  L_FRAME, L_FUNCTION, L_GENERATOR, L_INT, L_MAPPINGPROXY, L_METHOD, L_NONE, L_NOTIMPLEMENTED, L_PROPERTY, L_RANGE, L_SLICE,
  L_STATICMETHOD, L_STR, L_SUPER, L_TRACEBACK, L_TUPLE, L_ARRAY, L_EXCEPTION,
} from './layouts';
import { K, T, layoutType, layoutOf } from './types';
import { pin, resetPinned } from './pinned';
import { resetTypeIds } from '../objects/type_ids';
import { initStrings, intern, newStr } from '../objects/str_core';
import { newTuple, TU_ITEMS } from '../objects/tuple_core';
import { intFromNumber } from '../objects/int_core';
import { optimizeLevel } from './optimize_level';
import { allocType, typeModified } from '../objects/type_core';
import { makeBuiltinType, type TypeDef } from './typedef';
import { initWeakrefAttr, weakrefType } from '../objects/weakref';
import { initDictAttr } from '../objects/object';
import { makeWeakrefModule } from '../modules/weakref_module';
import { dequeType } from '../objects/deque';
import { dequeIterType, dequeReverseIterType } from '../objects/deque_iter';
import { makeDequeModule } from '../objects/deque_module';
import { makeBisectModule } from '../modules/bisect_native';
import { makeStatisticsModule } from '../modules/statistics_native';
import { makePickleNativeModule } from '../modules/pickle_module';
import { initBinasciiTypes, makeBase32Module, makeBinasciiModule } from '../modules/binascii_module';
import { initCsvTypes, makeCsvModule } from '../modules/csv_module';
import { makeHeapqModule } from '../modules/heapq_native';
import { makeSubprocessModule } from '../modules/subprocess_native';
import { makeOperatorModule } from '../modules/operator_native';
import { makeFunctoolsModule } from '../modules/functools_native';
import { itemgetterType, attrgetterType, methodcallerType } from '../objects/operator_getters';
import { partialType } from '../objects/partial';
import { keyWrapperType } from '../objects/keywrapper';
import { lruCacheWrapperType } from '../objects/lru_cache';
import { makeItertoolsModule } from '../modules/itertools_native';
import { makeArrayModule } from '../modules/array_module';
import { arrayType } from '../objects/array';
import { arrayIterType } from '../objects/array_iter';
import { ITERTOOLS_DEFS } from '../objects/itertools_types';
import { makeZlibNativeModule } from '../modules/zlib_module';
import { createWeakRegistry } from '../../stmgc/weakrefs';
import { objectType, setObjectEq } from '../objects/object';
import { setObjectReduceRefs } from '../objects/object_reduce';
import { typeType } from '../objects/type';
import { initProtocolNames, names as N, setObjectAttrBuiltins, isInstance } from './protocol';
import { intType, boolType } from '../objects/int';
import { floatType } from '../objects/float';
import { complexType } from '../objects/complex';
import { strType } from '../objects/str';
import { bytesType, bytesIteratorType } from '../objects/bytes';
import { bytearrayType } from '../objects/bytearray';
import { memoryviewType } from '../objects/memoryview';
import { memoryIteratorType } from '../objects/memoryview_iter';
import { tupleType } from '../objects/tuple';
import { listType } from '../objects/list';
import {
  dictType, dictKeysType, dictValuesType, dictItemsType, dictKeyIterType, dictValueIterType, dictItemIterType,
} from '../objects/dict';
import { setType, frozensetType, setIteratorType } from '../objects/set';
import { initSets } from '../objects/set_core';
import { rangeType, rangeIteratorType } from '../objects/range';
import { sliceType } from '../objects/slice';
import { functionType } from '../objects/function';
import { methodType, builtinFunctionGetters, builtinReduce } from '../objects/method';
import { cellType } from '../objects/cell';
import { codeType } from '../objects/code';
import { frameType } from '../objects/frame_object';
import { moduleType } from '../objects/module';
import { propertyType, staticmethodType, classmethodType } from '../objects/descriptors';
import { superType } from '../objects/super';
import { noneType, notImplementedType, ellipsisType } from '../objects/singletons';
import { generatorType, coroutineType, coroWrapperType } from '../objects/generator';
import { asyncGeneratorType, asendType, athrowType, wrappedValueType, anextAwaitableType } from '../objects/async_generator';
import {
  listIteratorType, listReverseIteratorType, tupleIteratorType, strIteratorType, seqIteratorType, callableIteratorType,
} from '../objects/iterators';
import { mappingProxyType } from '../objects/mappingproxy';
import { genericAliasType, unionType } from '../objects/generic_alias';
import { tracebackType, baseExceptionType, exceptionDefs } from '../objects/exceptions';
import { baseExceptionGroupDef } from '../objects/exception_group';
import { simpleNamespaceType } from '../objects/namespace';
import { enumerateType, zipType, mapType, filterType, reversedType } from '../builtins/iter_builtins';
import { bytesIOType } from '../modules/io_bytesio';
import { stringIOType } from '../modules/io_stringio';
import { textIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType, makeIoModule, flushAllFiles, openFile } from '../modules/io';
import { makeBuiltinsModule, setBuiltin } from '../builtins/builtins_module';
import { makeSysModule } from '../modules/sys';
import { makeMathModule } from '../modules/math';
import { makeCmathModule } from '../modules/cmath';
import {
  makeTimeModule, makeGcModule, makeRandomCoreModule, makeErrnoModule, makeAtexitModule, randomType, runAtexit,
} from '../modules/small_modules';
import { makeTracebackNativeModule } from '../modules/traceback_native';
import { makeStructNativeModule } from '../modules/struct_native';
import { makeHashNativeModule } from '../modules/hash_native';
import { makeAbcFlagsModule } from '../modules/abc_flags_module';
import { initUnicodedataTypes, makeUnicodedataModule } from '../modules/unicodedata';
import { makeCjkModule } from '../modules/cjk_module';
import { makeReNativeModule } from '../modules/re_native';
import { makePosixModule } from '../modules/posix';
import { makeOpcodeModule } from '../modules/opcode_native';
import { makeJsonModule } from '../modules/json_native';
import { jsonScannerType } from '../modules/json_scanner';
import { jsonEncoderType } from '../modules/json_encoder';
import { registerNative, setImportState, setBuiltinsModule, execCode, compileToHeap, importModule } from './importer';
import type { CodeObject } from '../../compiler/code';
import { loadCode } from '../objects/code';
import { newDict, dictSet } from '../objects/dict_core';
import { newModule, moduleDict } from '../objects/module';
import { newThreadState } from '../interp/thread';
import { PyException, excWithMessage, newException, setPreallocatedMemoryError } from './errors';
import { setOomHandler } from './alloc';
import { defineBuiltin, KIND_METHOD } from '../objects/builtin_function';
import { formatException } from './traceback_print';
import { writeStderr, flushStdout, stdoutFailureAtExit } from './stdio';
import { CMP_EQ, CMP_NE, getattrOpt, strOf } from './protocol';
import { intValue } from '../objects/int';
import { dictGetStr } from '../objects/dict_core';
import { identity, identityHash } from './identity';
import { resetIdentity } from './identity';
import { resetBuiltins } from '../objects/builtin_function';
import { initAllocHooks } from './alloc';
import { initProtocol } from './protocol';
import { initIterators } from '../objects/iterators';

export interface VmOptions {
  heapBytes?: number;
  argv: string[];
  /** sys.path[0]: the script's directory ('' for -c and stdin). */
  path0: string;
  executable: string;
  /** The repo's lib/ folder (Python modules written for pystm). */
  libDir: string;
  /** Heap worker slots: the main thread (slot 0) plus the worker pool. */
  maxWorkers?: number;
  /** sys.warnoptions (-W, PYTHONWARNINGS). */
  warnOptions?: string[];
  /** sys._xoptions (-X name or -X name=value). */
  xOptions?: string[];
}

function define(name: string, def: TypeDef, into = 0): number {
  const t = makeBuiltinType(def, into);
  T[name] = t;
  return t;
}

/** Builds the whole runtime on a new heap: the deterministic core, then this process's environment. */
export function bootVm(opts: VmOptions): void {
  const sab = createHeap({ heapBytes: opts.heapBytes, maxWorkers: opts.maxWorkers ?? 4 });
  attachHeap(sab, 0);
  bootCore();
  applyEnvironment(opts);
}

/** Root slot holding the number of objects the deterministic core pinned (tagged). */
let bootInfoSlot = -1;
export function bootInfoRootSlot(): number { return bootInfoSlot; }

/**
 * The deterministic part of the bootstrap, run on a fresh heap attached as slot 0. Every worker
 * replays it on a private heap of the same geometry and must get the very same references
 * (vm/workers/attach.ts checks the pinned vector): so nothing here may depend on argv, the
 * environment, the working directory, the time, or anything but the heap geometry. What does
 * goes in applyEnvironment, which only fills objects made here (their identity is fixed).
 */
export function bootCore(): void {
  Object.assign(K, { None: 0, True: 0, False: 0, NotImplemented: 0, Ellipsis: 0, emptyTuple: 0 });
  resetPinned();
  resetTypeIds();
  resetInternTable();
  resetIdentity();
  initAllocHooks();
  initProtocol();
  initIterators();
  resetBuiltins();
  initStrings();
  // shells first: every dict and str needs these classes to exist
  T.object = pin(allocType());
  T.type = pin(allocType());
  T.dict = pin(allocType());
  T.str = pin(allocType());
  T.tuple = pin(allocType());
  T.int = pin(allocType());
  K.emptyTuple = pin(newTuple([], true));
  const singleton = (layout: number): number => pin(allocateOld(layout, 1, SCAN_ALL));
  K.None = singleton(L_NONE);
  K.True = singleton(L_BOOL);
  K.False = singleton(L_BOOL);
  mem[K.True + 2] = 3;
  mem[K.False + 2] = 1;
  K.NotImplemented = singleton(L_NOTIMPLEMENTED);
  K.Ellipsis = singleton(L_ELLIPSIS);
  initProtocolNames();
  initSets();
  define('object', objectType, T.object);
  define('type', typeType, T.type);
  define('dict', dictType, T.dict);
  define('str', strType, T.str);
  define('tuple', tupleType, T.tuple);
  define('int', intType, T.int);
  define('bool', { ...boolType, base: T.int });
  define('float', floatType);
  define('complex', complexType);
  define('bytes', bytesType);
  define('bytearray', bytearrayType);
  define('memoryview', memoryviewType);
  define('memory_iterator', memoryIteratorType);
  define('list', listType);
  define('set', setType);
  define('frozenset', frozensetType);
  define('range', rangeType);
  define('slice', sliceType);
  define('function', functionType);
  define('method', methodType);
  define('builtin_function_or_method', {
    name: 'builtin_function_or_method', layout: L_BUILTIN, final: true, slots: builtinSlots(), getters: builtinFunctionGetters,
    methods: { __reduce__: builtinReduce }, noargs: ['__reduce__'],
  });
  // (CPython's builtin_function_or_method has no __get__: its binding kinds are the descriptor
  // classes below; the slot stays, answering the function itself)
  dictDel(mem[T.builtin_function_or_method + TY_DICT], intern('__get__'));
  define('method_descriptor', methodDescriptorType);
  define('wrapper_descriptor', wrapperDescriptorType);
  define('method_wrapper', methodWrapperType);
  define('classmethod_descriptor', classmethodDescriptorType);
  define('getset_descriptor', getsetDescriptorType);
  define('member_descriptor', memberDescriptorType);
  define('cell', cellType);
  define('code', codeType);
  define('frame', frameType);
  define('module', moduleType);
  define('property', propertyType);
  define('staticmethod', staticmethodType);
  define('classmethod', classmethodType);
  define('super', superType);
  define('NoneType', noneType);
  define('NotImplementedType', notImplementedType);
  define('ellipsis', ellipsisType);
  define('generator', generatorType);
  define('coroutine', coroutineType);
  define('coroutine_wrapper', coroWrapperType);
  define('async_generator', asyncGeneratorType);
  define('async_generator_asend', asendType);
  define('async_generator_athrow', athrowType);
  define('async_generator_wrapped_value', wrappedValueType);
  define('anext_awaitable', anextAwaitableType);
  define('list_iterator', listIteratorType);
  define('list_reverseiterator', listReverseIteratorType);
  define('tuple_iterator', tupleIteratorType);
  define('str_iterator', strIteratorType);
  define('bytes_iterator', bytesIteratorType);
  define('iterator', seqIteratorType);
  define('callable_iterator', callableIteratorType);
  define('range_iterator', rangeIteratorType);
  define('set_iterator', setIteratorType);
  define('dict_keys', dictKeysType);
  define('dict_values', dictValuesType);
  define('dict_items', dictItemsType);
  define('dict_keyiterator', dictKeyIterType);
  define('dict_valueiterator', dictValueIterType);
  define('dict_itemiterator', dictItemIterType);
  define('mappingproxy', mappingProxyType);
  define('GenericAlias', genericAliasType);
  define('UnionType', unionType);
  define('SimpleNamespace', simpleNamespaceType);
  define('traceback', tracebackType);
  define('enumerate', enumerateType);
  define('zip', zipType);
  define('map', mapType);
  define('filter', filterType);
  define('reversed', reversedType);
  define('Random', randomType);
  define('weakref', weakrefType);
  define('deque', dequeType);
  define('_deque_iterator', dequeIterType);
  define('_deque_reverse_iterator', dequeReverseIterType);
  define('itemgetter', itemgetterType);
  define('attrgetter', attrgetterType);
  define('methodcaller', methodcallerType);
  define('partial', partialType);
  define('KeyWrapper', keyWrapperType);
  define('JsonScanner', jsonScannerType);
  define('JsonEncoder', jsonEncoderType);
  define('_lru_cache_wrapper', lruCacheWrapperType);
  for (const [name, def] of ITERTOOLS_DEFS()) define(`itertools_${name}`, def);
  define('array', arrayType);
  define('arrayiterator', arrayIterType);
  initWeakrefAttr();
  initDictAttr();
  // exceptions
  define('BaseException', baseExceptionType);
  for (const [name, base, extra] of exceptionDefs()) {
    define(name, { name, base: T[base], layout: L_EXCEPTION, flags: 20, ...extra } as TypeDef); // TF_EXCEPTION | TF_HAS_DICT
  }
  define('BaseExceptionGroup', { name: 'BaseExceptionGroup', base: T.BaseException, layout: L_EXCEPTION, flags: 20, ...baseExceptionGroupDef } as TypeDef);
  define('ExceptionGroup', { name: 'ExceptionGroup', base: T.BaseExceptionGroup, layout: L_EXCEPTION, flags: 20 });
  // ExceptionGroup is also an Exception
  fixExceptionGroupMro();
  define('UnsupportedOperation', { name: 'UnsupportedOperation', module: 'io', base: T.OSError, layout: L_EXCEPTION, flags: 16 });
  fixUnsupportedOperationMro();
  define('TextIOWrapper', textIOType);
  define('BufferedReader', bufferedReaderType);
  define('BufferedWriter', bufferedWriterType);
  define('BufferedRandom', bufferedRandomType);
  define('BytesIO', bytesIOType); // (h16-memio: native io.BytesIO and io.StringIO)
  define('StringIO', stringIOType);
  // layouts without a class word
  const fixed: [number, string][] = [
    [L_NONE, 'NoneType'], [L_BOOL, 'bool'], [L_INT, 'int'], [L_FLOAT, 'float'], [L_COMPLEX, 'complex'], [L_STR, 'str'],
    [L_BYTES, 'bytes'], [L_TUPLE, 'tuple'], [L_RANGE, 'range'], [L_SLICE, 'slice'], [L_CODE, 'code'], [L_CELL, 'cell'],
    [L_FUNCTION, 'function'], [L_METHOD, 'method'], [L_BUILTIN, 'builtin_function_or_method'], [L_NOTIMPLEMENTED, 'NotImplementedType'],
    [L_ELLIPSIS, 'ellipsis'], [L_FRAME, 'frame'], [L_TRACEBACK, 'traceback'], [L_GENERATOR, 'generator'], [L_COROUTINE, 'coroutine'],
    [L_ASYNCGEN, 'async_generator'], [L_PROPERTY, 'property'], [L_STATICMETHOD, 'staticmethod'], [L_CLASSMETHOD, 'classmethod'],
    [L_SUPER, 'super'], [L_MAPPINGPROXY, 'mappingproxy'], [L_ARRAY, 'object'],
  ];
  for (const [l, n] of fixed) layoutType[l] = T[n];
  // (their class depends on the object: vm/objects/descriptor_types.ts)
  layoutType[L_BUILTIN] = 0;
  layoutType[L_PROPERTY] = 0;
  setVariantClass(descriptorClassOf);
  // the type table object (a GC root) keeps every builtin class reachable from the heap too
  const table = pin(allocateOld(L_ARRAY, Object.keys(T).length + 1, SCAN_ALL));
  Object.values(T).forEach((t, i) => {
    mem[table + 2 + i] = t;
  });
  setTypeTable(table);
  createWeakRegistry(); // (the GC's chains of weak references, one per worker slot: stmgc/weakrefs.ts)
  setObjectAttrBuiltins(
    dictGetStr(mem[T.object + 3], intern('__getattribute__')),
    dictGetStr(mem[T.object + 3], intern('__setattr__')),
    dictGetStr(mem[T.object + 3], intern('__delattr__')),
  );
  setObjectEq(dictGetStr(mem[T.object + 3], intern('__eq__')));
  setObjectReduceRefs(dictGetStr(mem[T.object + 3], intern('__reduce__')), dictGetStr(mem[T.object + 3], intern('__getstate__')));
  const memoryError = pin(newException(T.MemoryError, K.emptyTuple, true));
  setPreallocatedMemoryError(memoryError);
  setOomHandler(() => {
    // the preallocated instance starts clean each time (no traceback from an earlier failure)
    mem[memoryError + 5] = K.None;
    mem[memoryError + 6] = K.None;
    mem[memoryError + 7] = K.None;
    throw new PyException(memoryError);
  });
  // modules
  const modules = newDict(T.dict, 32, true);
  const builtins = makeBuiltinsModule();
  setBuiltinsModule(builtins);
  setBuiltin('open', defineBuiltin('open', openFile));
  registerNative('math', makeMathModule);
  registerNative('cmath', makeCmathModule);
  registerNative('_time', makeTimeModule); // (lib/time.py: struct_time, strftime, strptime on top)
  registerNative('_gc', makeGcModule); // (lib/gc.py: gc.collect() must reach a safe point)
  registerNative('_random', makeRandomCoreModule);
  registerNative('_io', makeIoModule);
  registerNative('errno', makeErrnoModule);
  registerNative('atexit', makeAtexitModule);
  registerNative('posix', makePosixModule);
  registerNative('_traceback', makeTracebackNativeModule);
  registerNative('_pystm_struct', makeStructNativeModule);
  registerNative('_pystm_hash', makeHashNativeModule);
  registerNative('_pystm_abc', makeAbcFlagsModule);
  registerNative('unicodedata', makeUnicodedataModule);
  registerNative('_cjk', makeCjkModule);
  registerNative('_pystm_re', makeReNativeModule);
  registerNative('_thread', makeThreadModule);
  registerNative('_pystm_workers', makeWorkersModule);
  registerNative('_signal', makeSignalModule);
  registerNative('_weakref', makeWeakrefModule);
  registerNative('_pystm_deque', makeDequeModule);
  registerNative('_bisect', makeBisectModule);
  registerNative('_statistics', makeStatisticsModule);
  registerNative('_heapq', makeHeapqModule);
  registerNative('_pystm_subprocess', makeSubprocessModule);
  registerNative('_operator', makeOperatorModule);
  registerNative('_functools', makeFunctoolsModule);
  registerNative('itertools', makeItertoolsModule);
  registerNative('_pystm_zlib', makeZlibNativeModule);
  registerNative('_opcode', makeOpcodeModule);
  registerNative('_json', makeJsonModule);
  registerNative('array', makeArrayModule);
  registerNative('binascii', makeBinasciiModule);
  registerNative('_pystm_base32', makeBase32Module);
  registerNative('_csv', makeCsvModule);
  registerNative('_pickle_native', makePickleNativeModule);
  initAtexit(); // (its handler list is made here: every worker's replay names the same list)
  initSignalTable(); // (likewise)
  initThreadTypes(); // (the lock classes: likewise, with their slots on every worker)
  initBinasciiTypes(); // (binascii.Error/Incomplete: likewise)
  initCsvTypes(); // (_csv's classes, dialect registry and field limit: likewise)
  initUnicodedataTypes(); // (unicodedata.UCD and ucd_3_2_0: likewise)
  const sys = makeSysModule([], [], modules, '');
  dictSet(modules, intern('builtins'), builtins);
  dictSet(modules, intern('sys'), sys);
  setImportState(modules, dictGetStr(moduleDict(sys), intern('path')), moduleDict(builtins));
  typeModified();
  makeRegistryFast();
  bootInfoSlot = addRoot(((pinnedCount() << 1) | 1));
  lastFingerprint = bootFingerprint();
  addRoot(((lastFingerprint << 1) | 1)); // root slot bootInfoSlot + 1
}

let lastFingerprint = 0;
/** bootFingerprint() as it was at the end of the last bootCore. */
export function bootCoreFingerprint(): number { return lastFingerprint; }

/** A digest of the allocation state after bootCore: old-space frontier and used pages, slot 0's
 *  free-list heads, nursery use, root count. Equal digests mean the replay allocated exactly as
 *  the main thread did, young objects included. */
export function bootFingerprint(): number {
  let h = 0x811c9dc5 | 0;
  const mix = (v: number): void => { h = Math.imul(h ^ v, 0x01000193); };
  mix(mem[G_FRONTIER]);
  mix(mem[G_USED_PAGES]);
  for (let c = 0; c < NUM_SIZE_CLASSES; c++) mix(mem[workerBase + W_FREE_HEADS + c]);
  mix(nurseryTop - nurseryStart);
  mix(rootCount());
  return h & 0x3fffffff;
}

/**
 * The environment-dependent part (main thread only, after bootCore): sys.argv, sys.path,
 * sys.executable are filled in place (the importer caches the sys.path list), and the main
 * thread's thread state is made. Workers never run this: they find its results in the heap.
 */
export function applyEnvironment(opts: VmOptions): void {
  // source files with a coding cookie like cp437 (compiler/source.ts): only once the heap is
  // this process's (the snapshot is made before, and the main script is read before boot)
  setRegistryDecoder(registrySourceDecode);
  const sys = dictGetStr(sysModulesDict(), intern('sys'));
  // pystm's own library before PYTHONPATH: with CPython's standard library there (to import its
  // pure-Python modules), its os, weakref, threading... would replace ours and need C modules
  const sysPath = [opts.path0, opts.libDir, ...(process.env.PYTHONPATH ?? '').split(':').filter((p) => p !== '')];
  const d = moduleDict(sys);
  listSetAll(dictGetStr(d, intern('argv')), opts.argv.map(newStr));
  listSetAll(dictGetStr(d, intern('path')), sysPath.map(newStr));
  dictSet(d, intern('orig_argv'), newList(opts.argv.map(newStr)));
  const warnOptions = opts.warnOptions ?? [];
  listSetAll(dictGetStr(d, intern('warnoptions')), warnOptions.map(newStr));
  warnOptionsGiven = warnOptions.length > 0;
  const xoptions = dictGetStr(d, intern('_xoptions'));
  for (const x of opts.xOptions ?? []) {
    const eq = x.indexOf('=');
    dictSet(xoptions, newStr(eq < 0 ? x : x.slice(0, eq)), eq < 0 ? K.True : newStr(x.slice(eq + 1)));
  }
  // -X dev or PYTHONDEVMODE: sys.flags.dev_mode (field 13), which lib/warnings.py (the default
  // filter) and objects/codec_dev_checks.ts (error handler names checked) read
  if ((opts.xOptions ?? []).some((x) => x === 'dev' || x.startsWith('dev=')) || (process.env.PYTHONDEVMODE ?? '') !== '') {
    mem[mem[dictGetStr(d, intern('flags')) + 4] + TU_ITEMS + 13] = K.True;
  }
  dictSet(d, intern('executable'), newStr(opts.executable));
  dictSet(d, intern('_base_executable'), newStr(opts.executable));
  // -O / PYTHONOPTIMIZE: sys.flags.optimize (field 3 of the struct sequence's tuple) and
  // builtins.__debug__ (the compiler folds the name itself)
  const level = optimizeLevel();
  if (level > 0) {
    const flagsTuple = mem[dictGetStr(d, intern('flags')) + 4];
    mem[flagsTuple + TU_ITEMS + 3] = intFromNumber(level);
    dictSet(moduleDict(dictGetStr(sysModulesDict(), intern('builtins'))), intern('__debug__'), K.False);
  }
  newThreadState();
  initThreads();
}
import { addRoot, rootCount } from '../../stmgc/roots';
import { makeRegistryFast } from './types';
import { setVariantClass } from './types';
import { dictDel } from '../objects/dict_core';
import { TY_DICT } from '../objects/type_core';
import {
  classmethodDescriptorType, descriptorClassOf, getsetDescriptorType, memberDescriptorType, methodDescriptorType,
  methodWrapperType, wrapperDescriptorType,
} from '../objects/descriptor_types';
import { G_FRONTIER, G_USED_PAGES, NUM_SIZE_CLASSES, W_FREE_HEADS } from '../../stmgc/layout';
import { nurseryStart, workerBase } from '../../stmgc/heap';
import { nurseryTop } from '../../stmgc/alloc';
import { pinnedCount } from './pinned';
import { resetInternTable } from './intern_table';
import { listSetAll, newList } from '../objects/list_core';
import { makeWorkersModule } from '../workers/workers_module';

function builtinSlots(): TypeDef['slots'] {
  return {
    call: (self, args, kw) => {
      void self;
      return callBuiltinFn(self, args, kw);
    },
    repr: (self) => {
      const name = strOf(mem[self + 2]);
      const bound = mem[self + 3];
      if (bound !== 0 && bound !== K.None) {
        const mod = isModule(bound);
        if (mod) return newStr(`<built-in function ${name}>`);
        return newStr(`<built-in method ${name} of ${typeNameOf(bound)} object at 0x${identity(bound).toString(16)}>`);
      }
      const owner = mem[self + 6];
      if (owner !== 0 && (mem[self + 5] >> 1) === KIND_METHOD) return newStr(`<method '${name}' of '${strOf(mem[owner + 4])}' objects>`);
      return newStr(`<built-in function ${name}>`);
    },
    // meth_richcompare / meth_hash: bound builtins are equal when they bind the same object
    // (identity) to the same function (`l.append == l.append`)
    richcompare: (a, b, op) => {
      if ((op !== CMP_EQ && op !== CMP_NE) || layoutOf(b) !== L_BUILTIN) return K.NotImplemented;
      const same = mem[a + 3] === mem[b + 3] && mem[a + 4] === mem[b + 4] && mem[a + 2] === mem[b + 2];
      return same === (op === CMP_EQ) ? K.True : K.False;
    },
    hash: (self) => {
      const bound = mem[self + 3];
      const h = bound === 0 ? 0 : (bound & 1) === 1 ? bound >> 1 : identityHash(bound);
      const r = (h ^ (mem[self + 4] >> 1)) | 0;
      return r === -1 ? -2 : r;
    },
    descrGet: (self, obj, type) => {
      const kind = mem[self + 5] >> 1;
      if (kind === 1) return obj === 0 ? self : bindBuiltin(self, obj);
      if (kind === 2) return bindBuiltin(self, type !== 0 ? type : typeOfObj(obj));
      return self;
    },
  };
}
import { bindBuiltin, callBuiltin as callBuiltinFn } from '../objects/builtin_function';
import { typeOf } from './types';
import { L_MODULE } from './layouts';
function typeOfObj(v: number): number { return typeOf(v); }
function isModule(v: number): boolean { return (v & 1) === 0 && (mem[v] & 0x7ff) === L_MODULE; }
function typeNameOf(v: number): string { return strOf(mem[typeOf(v) + 4]); }

function fixExceptionGroupMro(): void {
  // class ExceptionGroup(BaseExceptionGroup, Exception)
  const eg = T.ExceptionGroup;
  const bases = newTuple([T.BaseExceptionGroup, T.Exception], true);
  mem[eg + 6] = bases;
  mem[eg + 7] = newTuple([eg, T.BaseExceptionGroup, T.Exception, T.BaseException, T.object], true);
  typeModified();
}

function fixUnsupportedOperationMro(): void {
  // class io.UnsupportedOperation(OSError, ValueError), as CPython's _io defines it
  const uo = T.UnsupportedOperation;
  mem[uo + 6] = newTuple([T.OSError, T.ValueError], true);
  mem[uo + 7] = newTuple([uo, T.OSError, T.ValueError, T.Exception, T.BaseException, T.object], true);
  typeModified();
}

// ── running a program ──
export interface RunResult { status: number }

/** Runs compiled source as __main__; returns the exit status (printing tracebacks as CPython). */
let warnOptionsGiven = false;

/** Runs the program as __main__. `compiled`: the CLI compiled it already (to report syntax
 *  errors before anything runs); `warnings`: its compile-time warnings, issued here, before it
 *  runs (or before `compileError`, the SyntaxError that followed them, is raised). */
export function runMain(source: string, filename: string, fileForMain: string | null, compiled: CodeObject | null = null,
  warnings: CompileWarning[] = [], compileError: PySyntaxError | null = null): number {
  const main = newModule('__main__');
  const d = moduleDict(main);
  dictSet(d, N.builtins, getBuiltinsModule());
  if (fileForMain !== null) dictSet(d, N.file, newStr(fileForMain));
  dictSet(d, N.cached, K.None);
  const modules = sysModules();
  dictSet(modules, intern('__main__'), main);
  let status = 0;
  try {
    try {
      // as CPython, -W options are applied (the warnings module imported) before the program compiles
      if (warnOptionsGiven) importModule('warnings');
      if (warnings.length > 0) issueCompileWarnings(warnings);
      if (compileError !== null) throw new PyException(syntaxErrorObject(compileError));
      const code = compiled !== null ? loadCode(compiled) : compileToHeap(source, filename);
      execCode(code, d, d, true);
    } catch (e) {
      status = handleUncaught(e);
    }
    waitForThreads(); // threading._shutdown(): the non-daemon threads end first, as in CPython
  } catch (e) {
    return fatalThreadError(e); // a deadlock: reported, exit 1 (spec/cpydiff/README.md)
  }
  status = finish(status);
  return status;
}
import type { CompileWarning } from '../../compiler/warnings';
import type { PySyntaxError } from '../../compiler/errors';
import { issueCompileWarnings } from './compile_warnings';
import { syntaxErrorObject } from './importer';
import { fatalThreadError, initThreadTypes, initThreads, makeThreadModule, waitForThreads } from '../modules/thread_module';

import { builtinsModule, sysModulesDict } from './importer';
function getBuiltinsModule(): number { return builtinsModule(); }
function sysModules(): number { return sysModulesDict(); }

/** SystemExit → its status; any other exception → traceback on stderr, 1. */
export function handleUncaught(e: unknown): number {
  if (!(e instanceof PyException)) throw e;
  const exc = e.exc;
  if (isInstance(exc, T.SystemExit)) {
    const code = getattrOpt(exc, intern('code'));
    if (code === 0 || code === K.None) return 0;
    const n = intValue(code);
    if (n !== null) return Number(BigInt.asIntN(32, n)) & 0xff;
    flushStdout();
    writeStderr(strOf(code) + '\n');
    return 1;
  }
  if (typeOf(exc) === T.KeyboardInterrupt) noteUnhandledKeyboardInterrupt(); // exit by SIGINT
  flushStdout();
  writeStderr(formatException(exc));
  return 1;
}
import { makeSignalModule } from '../modules/signal_module';
import { initAtexit } from '../modules/small_modules';
import { runExitFinalizers } from '../objects/finalizer_exit';
import { initSignalTable, noteUnhandledKeyboardInterrupt } from './signals';

function finish(status: number): number {
  for (const exc of runAtexit()) {
    if (!isInstance(exc, T.SystemExit)) writeStderr('Exception ignored in atexit callback:\n' + formatException(exc));
  }
  runExitFinalizers(); // (`__del__` of what is still alive, as CPython's module teardown)
  flushAllFiles();
  const stdoutFailure = stdoutFailureAtExit();
  if (stdoutFailure !== null) {
    writeStderr(stdoutFailure);
    return 120; // as CPython when flushing stdout fails at exit
  }
  return status;
}

export function defaultLibDir(bundleDir: string): string {
  return path.resolve(bundleDir, '..', 'lib');
}

export const _keep = [excWithMessage, importModule, newDict];
import { setRegistryDecoder } from '../../compiler/source';
import { registrySourceDecode } from '../objects/codec_registry';
