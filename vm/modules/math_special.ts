// Special functions of the math module: gamma and lgamma as CPython's own Lanczos code
// (m_tgamma/m_lgamma, with its errors: ValueError at poles, OverflowError on overflow); erf and
// erfc are in math_erf.ts. Pure functions on JS numbers; errors raised as Python exceptions.
import { valueError, overflowError } from '../runtime/errors';
import { cExp, cLog, cPowPositive } from '../objects/float_libm';

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
  32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800,
  87178291200, 1307674368000, 20922789888000, 355687428096000, 6402373705728000, 121645100408832000,
  2432902008176640000, 51090942171709440000, 1124000727777607680000];
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + NUM[i];
      den = den * x + DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + NUM[i];
      den = den / x + DEN[i];
    }
  }
  return num / den;
}

import { cos, sin } from './libm_trig';

function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    // glibc's sin and cos (libm_trig.ts), as CPython's m_sinpi calls them
    case 0: r = sin(Math.PI * y); break;
    case 1: r = cos(Math.PI * (y - 0.5)); break;
    case 2: r = sin(Math.PI * (1 - y)); break;
    case 3: r = -cos(Math.PI * (y - 1.5)); break;
    default: r = sin(Math.PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

const pow = (x: number, y: number): number => cPowPositive(x, y);

export function tgammaC(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    return valueError('math domain error');
  }
  if (x === 0) return valueError('math domain error');
  if (x === Math.floor(x)) {
    if (x < 0) return valueError('math domain error');
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) overflowError('math range error');
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    return overflowError('math range error');
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = ((-Math.PI / sinpi(absx) / absx) * cExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= pow(y, absx - 0.5);
    else {
      const sq = pow(y, absx / 2 - 0.25);
      r /= sq;
      r /= sq;
    }
  } else {
    r = lanczosSum(absx) / cExp(y);
    r += z * r;
    if (absx < 140) r *= pow(y, absx - 0.5);
    else {
      const sq = pow(y, absx / 2 - 0.25);
      r *= sq;
      r *= sq;
    }
  }
  if (!Number.isFinite(r)) overflowError('math range error');
  return r;
}

export function lgammaC(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) return valueError('math domain error');
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -cLog(absx);
  let r = cLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (cLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - cLog(Math.abs(sinpi(absx))) - cLog(absx) - r;
  if (!Number.isFinite(r)) overflowError('math range error');
  return r;
}
