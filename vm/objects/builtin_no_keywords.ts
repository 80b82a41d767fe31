// Which builtin functions take no keyword arguments, as CPython 3.11 declares them (METH_O,
// METH_NOARGS, METH_VARARGS, and Argument Clinic's positional-only functions), with the name its
// message shows: `math.sqrt(x=4.0)` raises "math.sqrt() takes no keyword arguments" (clinic
// names the module), `math.log(x=1)` "log() takes no keyword arguments". The list was made by
// calling each builtin function of these modules with a made-up keyword under python3 (vm/NOTES.md
// "h23-frames"). callBuiltin asks only when a call has keywords (the slow path), once per
// implementation (the answer is cached by impl index, the same function on every worker).
import { mem } from '../../stmgc/heap';
import { L_MODULE, L_STR } from '../runtime/layouts';
import { layoutOf } from '../runtime/types';
import { BF_NAME, BF_OWNER, BF_SELF } from './builtin_function';
import { moduleGet } from './module';
import { strJs } from './str_core';

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

/** The name CPython's "takes no keyword arguments" shows for builtin b, or null when b takes
 *  keywords (or is not in the table). */
export function noKeywordsName(b: number): string | null {
  const mod = moduleOf(b);
  if (mod === '') return null;
  return shownNames().get(`${mod}.${strJs(mem[b + BF_NAME])}`) ?? null;
}
