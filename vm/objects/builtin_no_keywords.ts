// Which builtin functions and methods take no keyword arguments, as CPython 3.11 declares them (METH_O,
// METH_NOARGS, METH_VARARGS, and Argument Clinic's positional-only functions), with the name its
// message shows: `math.sqrt(x=4.0)` raises "math.sqrt() takes no keyword arguments" (clinic
// names the module), `math.log(x=1)` "log() takes no keyword arguments". The list was made by
// calling each builtin function of these modules with a made-up keyword under python3 (vm/NOTES.md
// "h23-frames"). callBuiltin asks only when a call has keywords (the slow path), once per
// implementation (the answer is cached by impl index, the same function on every worker).
// Methods (vm/NOTES.md "h24-kw"): METHODS and BASES are printed by `python3
// spec/tools/builtin_method_args.py --table`; slot wrappers other than __init__/__call__ refuse
// keywords as "wrapper __add__()". A method's message names the class that defines it in CPython
// when called as o.m(...) or C.m(o, ...), and the bound method's self's class when called bound
// (m = o.m; m(...)), or no class for METH_VARARGS ones (the second list).
import { mem } from '../../stmgc/heap';
import { L_MODULE, L_STR } from '../runtime/layouts';
import { layoutOf } from '../runtime/types';
import { BF_NAME, BF_OWNER, BF_SELF, tpName } from './builtin_function';
import { moduleGet } from './module';
import { strJs } from './str_core';
import { tupleItems } from './tuple_core';
import { TY_MRO, TY_QUALNAME, isTypeObject } from './type_core';
import { typeOf } from '../runtime/types';

/** module: [names shown as `module.name()`, names shown as `name()`] */
const TABLE: Record<string, [string, string]> = {
  builtins: ['', 'abs aiter all anext any ascii bin callable chr delattr dir divmod eval format getattr globals hasattr hash hex id input isinstance issubclass iter len locals next oct ord repr setattr vars'],
  math: ['acos acosh asin asinh atan atan2 atanh cbrt ceil comb copysign cos cosh degrees dist erf erfc exp exp2 expm1 fabs factorial floor fmod frexp fsum gamma gcd hypot isfinite isinf isnan isqrt lcm ldexp lgamma log10 log1p log2 modf nextafter perm pow radians remainder sin sinh sqrt tan tanh trunc ulp', 'log'],
  cmath: ['acos acosh asin asinh atan atanh cos cosh exp isfinite isinf isnan log log10 phase polar rect sin sinh sqrt tan tanh', ''],
  _functools: ['', 'reduce'],
  _heapq: ['_heapify_max _heappop_max _heapreplace_max heapify heappop heappush heappushpop heapreplace', ''],
  _operator: ['_compare_digest abs add and_ concat contains countOf delitem eq floordiv ge getitem gt iadd iand iconcat ifloordiv ilshift imatmul imod imul index indexOf inv invert ior ipow irshift is_ is_not isub itruediv ixor le length_hint lshift lt matmul mod mul ne neg not_ or_ pos pow rshift setitem sub truediv truth xor', ''],
  _struct: ['_clearcache calcsize iter_unpack pack pack_into unpack', ''],
  atexit: ['_ncallbacks unregister', ''],
  binascii: ['a2b_hex a2b_uu crc32 crc_hqx unhexlify', ''],
  gc: ['enable get_count get_debug get_freeze_count get_stats get_threshold is_finalized is_tracked isenabled set_debug unfreeze', 'get_referents get_referrers set_threshold'],
  marshal: ['dump dumps load loads', ''],
  time: ['mktime monotonic monotonic_ns perf_counter perf_counter_ns process_time process_time_ns thread_time thread_time_ns time time_ns', 'asctime clock_getres clock_gettime clock_gettime_ns ctime get_clock_info gmtime localtime pthread_getcpuclockid strftime strptime'],
  unicodedata: ['bidirectional category combining decimal decomposition digit east_asian_width is_normalized lookup mirrored name normalize numeric', ''],
  zlib: ['adler32 crc32', ''],
};
/** pystm's native modules whose functions CPython's module of another name has. */
const ALIASES: Record<string, string> = { _time: 'time', _pystm_zlib: 'zlib' };

// (generated: python3 spec/tools/builtin_method_args.py --table)
const METHODS: Record<string, [string, string]> = {
  'BaseException': ['__reduce__ __setstate__ add_note with_traceback', ''],
  'ImportError': ['__reduce__', ''],
  'OSError': ['__reduce__', ''],
  '_io.BytesIO': ['__getstate__ __setstate__ __sizeof__ close flush getbuffer getvalue isatty read read1 readable readinto readline readlines seek seekable tell truncate writable write writelines', ''],
  '_io.StringIO': ['__getstate__ __setstate__ close getvalue read readable readline seek seekable tell truncate writable write', ''],
  '_io._BufferedIOBase': ['detach readinto readinto1', 'read read1 write'],
  '_io._IOBase': ['__enter__ _checkClosed _checkReadable _checkSeekable _checkWritable close fileno flush isatty readable readline readlines seekable tell writable writelines', '__exit__ seek truncate'],
  '_io._TextIOBase': ['detach', 'read readline write'],
  'async_generator': ['__class_getitem__ __sizeof__ aclose asend', 'athrow'],
  'bytearray': ['__alloc__ __reduce__ __reduce_ex__ __sizeof__ append capitalize center clear copy extend fromhex insert isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition pop remove removeprefix removesuffix replace reverse rjust rpartition rstrip strip swapcase title upper zfill', 'count endswith find index rfind rindex startswith'],
  'bytes': ['__bytes__ __getnewargs__ capitalize center fromhex isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rjust rpartition rstrip strip swapcase title upper zfill', 'count endswith find index rfind rindex startswith'],
  'bytes_iterator': ['__length_hint__ __reduce__ __setstate__', ''],
  'callable_iterator': ['__reduce__', ''],
  'complex': ['__complex__ __format__ __getnewargs__ conjugate', ''],
  'coroutine': ['__sizeof__ close send throw', ''],
  'dict': ['__class_getitem__ __contains__ __getitem__ __reversed__ __sizeof__ clear copy fromkeys get items keys pop popitem setdefault values', ''],
  'dict_itemiterator': ['__length_hint__ __reduce__', ''],
  'dict_items': ['__reversed__ isdisjoint', ''],
  'dict_keyiterator': ['__length_hint__ __reduce__', ''],
  'dict_keys': ['__reversed__ isdisjoint', ''],
  'dict_valueiterator': ['__length_hint__ __reduce__', ''],
  'dict_values': ['__reversed__', ''],
  'enumerate': ['__class_getitem__ __reduce__', ''],
  'filter': ['__reduce__', ''],
  'float': ['__ceil__ __floor__ __format__ __getformat__ __getnewargs__ __round__ __trunc__ as_integer_ratio conjugate fromhex hex is_integer', ''],
  'frozenset': ['__class_getitem__ __contains__ __reduce__ __sizeof__ copy isdisjoint issubset issuperset symmetric_difference', 'difference intersection union'],
  'generator': ['__sizeof__ close send throw', ''],
  'int': ['__ceil__ __floor__ __format__ __getnewargs__ __round__ __sizeof__ __trunc__ as_integer_ratio bit_count bit_length conjugate', ''],
  'list': ['__class_getitem__ __getitem__ __reversed__ __sizeof__ append clear copy count extend index insert pop remove reverse', ''],
  'list_iterator': ['__length_hint__ __reduce__ __setstate__', ''],
  'list_reverseiterator': ['__length_hint__ __reduce__ __setstate__', ''],
  'map': ['__reduce__', ''],
  'memoryview': ['__enter__ release tolist toreadonly', '__exit__'],
  'object': ['__dir__ __format__ __getstate__ __init_subclass__ __reduce__ __reduce_ex__ __sizeof__', '__subclasshook__'],
  'property': ['deleter getter setter', '__set_name__'],
  'range': ['__reversed__ count index', '__reduce__'],
  'range_iterator': ['__length_hint__ __reduce__ __setstate__', ''],
  'reversed': ['__length_hint__ __reduce__ __setstate__', ''],
  'set': ['__class_getitem__ __contains__ __reduce__ __sizeof__ add clear copy discard isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update', 'difference difference_update intersection intersection_update union update'],
  'set_iterator': ['__length_hint__ __reduce__', ''],
  'slice': ['__reduce__ indices', ''],
  'str': ['__format__ __getnewargs__ __sizeof__ capitalize casefold center format_map isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rjust rpartition rstrip strip swapcase title translate upper zfill', 'count endswith find index rfind rindex startswith'],
  'str_iterator': ['__length_hint__ __reduce__ __setstate__', ''],
  'tuple': ['__class_getitem__ __getnewargs__ count index', ''],
  'tuple_iterator': ['__length_hint__ __reduce__ __setstate__', ''],
  'type': ['__instancecheck__ __subclasscheck__ __subclasses__ mro', ''],
  'zip': ['__reduce__ __setstate__', ''],
};
const BASES: Record<string, string> = {
  'AttributeError': 'Exception BaseException',
  'Exception': 'BaseException',
  'FileNotFoundError': 'OSError Exception BaseException',
  'ImportError': 'Exception BaseException',
  'StopIteration': 'Exception BaseException',
  'SyntaxError': 'Exception BaseException',
  'UnicodeDecodeError': 'UnicodeError ValueError Exception BaseException',
  '_io.BytesIO': '_io._BufferedIOBase _io._IOBase',
  '_io.StringIO': '_io._TextIOBase _io._IOBase',
  'bool': 'int',
};
let shown: Map<string, string> | null = null;
function shownNames(): Map<string, string> {
  if (shown !== null) return shown;
  shown = new Map();
  for (const [mod, [qualified, bare]] of Object.entries(TABLE)) {
    for (const n of qualified.split(' ')) if (n !== '') shown.set(`${mod}.${n}`, `${mod}.${n}`);
    for (const n of bare.split(' ')) if (n !== '') shown.set(`${mod}.${n}`, n);
  }
  return shown;
}

/** The module a builtin function belongs to (its __self__ or owner when a module; builtins when
 *  it has neither), or '' for a method. */
function moduleOf(b: number): string {
  const s = mem[b + BF_SELF];
  const owner = mem[b + BF_OWNER];
  const m = s !== 0 && (s & 1) === 0 && layoutOf(s) === L_MODULE ? s : s === 0 && owner !== 0 && layoutOf(owner) === L_MODULE ? owner : 0;
  if (m === 0) return s === 0 && owner === 0 ? 'builtins' : '';
  const name = moduleGet(m, '__name__');
  const js = name !== 0 && (name & 1) === 0 && layoutOf(name) === L_STR ? strJs(name) : '';
  return ALIASES[js] ?? js;
}

/** How a builtin refuses keywords: a fixed name (a function), a slot wrapper, or a method whose
 *  name depends on the call (see the header). */
export type KeywordRule = { fixed: string } | { wrapper: string } | { owner: string; name: string; bare: boolean };

let methodNames: Map<string, [string, boolean]> | null = null;
/** "class.method" -> [CPython's defining class as messages show it, bound-form-is-bare] */
function methodTable(): Map<string, [string, boolean]> {
  if (methodNames !== null) return methodNames;
  methodNames = new Map();
  for (const [cls, [qualified, bare]] of Object.entries(METHODS)) {
    const shownCls = cls.slice(cls.lastIndexOf('.') + 1);
    for (const n of qualified.split(' ')) if (n !== '') methodNames.set(`${cls}.${n}`, [shownCls, false]);
    for (const n of bare.split(' ')) if (n !== '') methodNames.set(`${cls}.${n}`, [shownCls, true]);
  }
  return methodNames;
}

/** The keyword rule of builtin b (asked once per implementation), or null when b takes keywords.
 *  `slot`: b is a slot wrapper. */
export function keywordRule(b: number, slot: boolean): KeywordRule | null {
  const name = strJs(mem[b + BF_NAME]);
  if (slot) return name === '__init__' || name === '__call__' ? null : { wrapper: name };
  const mod = moduleOf(b);
  if (mod !== '') {
    const f = shownNames().get(`${mod}.${name}`);
    return f === undefined ? null : { fixed: f };
  }
  const owner = mem[b + BF_OWNER];
  if (owner === 0 || !isTypeObject(owner)) return null;
  const hit = lookUp(owner, name);
  return hit === null ? null : { owner: hit[0], name, bare: hit[1] };
}

/** The table's entry for method `name` found from class c along CPython's MRO of c (BASES) or
 *  else pystm's. */
function lookUp(c: number, name: string): [string, boolean] | null {
  const cls = tpName(c);
  const walk = BASES[cls] !== undefined ? [cls, ...BASES[cls].split(' '), 'object'] : tupleItems(mem[c + TY_MRO]).map(tpName);
  for (const k of walk) {
    const hit = methodTable().get(`${k}.${name}`);
    if (hit !== undefined) return hit;
  }
  return null;
}

/** The name "takes no keyword arguments" shows under rule r for a call with self `self` bound,
 *  or called as o.m(...) or C.m(o, ...) (self 0, `first` o): CPython names the class its lookup
 *  from o's class finds the method in (int.__sizeof__ where pystm has object's alone). */
export function keywordRuleName(r: KeywordRule, self: number, first: number): string {
  if ('fixed' in r) return r.fixed;
  if ('wrapper' in r) return `wrapper ${r.wrapper}`;
  if (self === 0) {
    const hit = first === 0 ? null : lookUp(typeOf(first), r.name);
    return `${hit === null ? r.owner : hit[0]}.${r.name}`;
  }
  if (r.bare) return r.name;
  const c = isTypeObject(self) ? self : typeOf(self);
  return `${strJs(mem[c + TY_QUALNAME])}.${r.name}`;
}

/** A method's name in a wrong-count message: CPython's defining class as its lookup from self's
 *  class finds it (int.__sizeof__ where pystm has object's; a class method's self is its class),
 *  else `cname`, the class pystm defines it on. */
export function methodQualname(cname: string, name: string, self: number): string {
  const isType = isTypeObject(self);
  const shown = methodOwnerShown(isType ? self : typeOf(self), name);
  // (a metaclass's method on a class, int.mro(1): the class, as CPython's bound method shows it)
  if (shown === null && isType) return `${strJs(mem[self + TY_QUALNAME])}.${name}`;
  return `${shown ?? cname}.${name}`;
}

/** The class CPython's messages name for method `name` called as o.m(...) on an o of class c:
 *  the one its lookup finds the method in (object.__reduce__, int.__sizeof__), or null when the
 *  table does not have it. */
export function methodOwnerShown(c: number, name: string): string | null {
  const hit = lookUp(c, name);
  return hit === null ? null : hit[0];
}
