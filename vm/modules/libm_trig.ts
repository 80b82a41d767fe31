// The trigonometric functions of math and cmath, each glibc 2.36's algorithm as built for
// x86-64 with FMA (what CPython prints there): sin/cos (libm_sincos.ts), tan (libm_tan.ts),
// atan/atan2 (libm_atan.ts), asin/acos (libm_asin.ts). None of glibc's is correctly rounded,
// so neither V8's Math functions nor a correctly rounded evaluation give CPython's last digits
// (vm/NOTES.md "h18-libm", "h19-libm").
export { sin, cos } from './libm_sincos';
export { tan } from './libm_tan';
export { atan, atan2 } from './libm_atan';
export { asin, acos } from './libm_asin';
