// The native module `_statistics` (CPython's Modules/_statisticsmodule.c, 3.11): one function,
// _normal_dist_inv_cdf(p, mu, sigma, /), the inverse of the normal distribution's CDF by the
// rational approximation of Wichura's Algorithm AS241 (Applied Statistics 37(3), 1988) with
// its published coefficients. statistics.py takes it with `from _statistics import ...` (its
// own Python version is the fallback); test_statistics runs NormalDist against both. The
// arguments are C doubles (PyFloat_AsDouble); p outside (0, 1) or sigma <= 0 is a ValueError
// (NaNs pass the comparisons and give NaN, as in C).
import { newFloat } from '../objects/float_core';
import { floatAsDouble } from '../objects/float_as_double';
import { defineBuiltin, noKeywords } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intern } from '../objects/str_core';
import { T } from '../runtime/types';
import { typeError, valueError } from '../runtime/errors';
import { cLog } from '../objects/float_libm';

/** Horner's rule over coefficients given from the highest power down. */
function poly(c: readonly number[], r: number): number {
  let s = c[0]!;
  for (let i = 1; i < c.length; i++) s = s * r + c[i]!;
  return s;
}

// |q| <= 0.425: num(r) * q / den(r) with r = 0.180625 - q*q
const CENTRAL_NUM = [2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
  4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
  1.3314166789178437745e+2, 3.3871328727963666080e+0];
const CENTRAL_DEN = [5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
  2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
  4.2313330701600911252e+1, 1.0];
// r = sqrt(-log(min(p, 1-p))) <= 5: polynomials in r - 1.6
const NEAR_NUM = [7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
  1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
  4.63033784615654529590e+0, 1.42343711074968357734e+0];
const NEAR_DEN = [1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
  1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
  2.05319162663775882187e+0, 1.0];
// r > 5 (the far tails): polynomials in r - 5
const FAR_NUM = [2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
  2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
  5.46378491116411436990e+0, 6.65790464350110377720e+0];
const FAR_DEN = [2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
  7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
  5.99832206555887937690e-1, 1.0];

export function normalDistInvCdf(p: number, mu: number, sigma: number): number {
  if (p <= 0.0 || p >= 1.0 || sigma <= 0.0) return valueError('inv_cdf undefined for these parameters');
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return mu + (poly(CENTRAL_NUM, r) * q / poly(CENTRAL_DEN, r)) * sigma;
  }
  let r = Math.sqrt(-cLog(q <= 0.0 ? p : 1.0 - p));
  let x: number;
  if (r <= 5.0) {
    r -= 1.6;
    x = poly(NEAR_NUM, r) / poly(NEAR_DEN, r);
  } else {
    r -= 5.0;
    x = poly(FAR_NUM, r) / poly(FAR_DEN, r);
  }
  if (q < 0.0) x = -x;
  return mu + x * sigma;
}

export function makeStatisticsModule(): number {
  const m = newModule('_statistics', T.module, intern('Accelerators for the statistics module.\n'));
  const name = '_normal_dist_inv_cdf';
  moduleSet(m, name, defineBuiltin(name, (a, kw) => {
    noKeywords(`_statistics.${name}`, kw);
    if (a.length !== 3) typeError(`${name} expected 3 arguments, got ${a.length}`);
    return newFloat(normalDistInvCdf(floatAsDouble(a[0]!), floatAsDouble(a[1]!), floatAsDouble(a[2]!)));
  }));
  return m;
}
