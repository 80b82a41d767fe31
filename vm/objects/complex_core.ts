// complex, the representation: payload [real (f64), imag (f64)].
import { f64 } from '../../stmgc/heap';
import { alloc, allocOld } from '../runtime/alloc';
import { L_COMPLEX } from '../runtime/layouts';

export function newComplex(re: number, im: number, old = false): number {
  const r = old ? allocOld(L_COMPLEX, 4, 0) : alloc(L_COMPLEX, 4, 0);
  f64[(r + 2) >> 1] = re;
  f64[(r + 4) >> 1] = im;
  return r;
}
export function newComplexOld(re: number, im: number): number { return newComplex(re, im, true); }
export function complexReal(r: number): number { return f64[(r + 2) >> 1]; }
export function complexImag(r: number): number { return f64[(r + 4) >> 1]; }
