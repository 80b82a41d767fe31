// The words of a range object (objects/range.ts), apart so that modules below range.ts in the
// import graph (objects/list_core.ts's list(range) fill) can read a range without importing it:
// range.ts imports iterators.ts, which imports list_core.ts, and that cycle changed which module
// initialized first (a unit test's entry found listIteratorType undefined).
/** The range's int objects: start, stop, step and the length. */
export const RG_START = 2;
export const RG_STOP = 3;
export const RG_STEP = 4;
export const RG_LEN = 5;
