// The frame layout (L_FRAME), shared by the interpreter, tracebacks, generators and sys.
//   words (from the reference): [header 2] back, code, function, globals, builtins, locals
//   (dict or 0 for optimized code), pc (tagged), sp (tagged, relative to the frame), flags
//   (tagged), aux (generator object, or the instance an inlined __init__ returns), lasti
//   (tagged: the instruction being executed, for tracebacks and f_lineno), the caller's and
//   the generator's handled exception (generator frames: sys.exc_info() inside a generator
//   sees its own except block, and its caller's otherwise), then localsplus (fast locals,
//   cells, free variables) and the value stack.
export const FR_BACK = 2;
export const FR_CODE = 3;
export const FR_FUNC = 4;
export const FR_GLOBALS = 5;
export const FR_BUILTINS = 6;
export const FR_LOCALS = 7;
export const FR_PC = 8;
export const FR_SP = 9;
export const FR_FLAGS = 10;
export const FR_AUX = 11;
export const FR_LASTI = 12;
/** Generator frames: the exception the caller was handling when the generator was resumed. */
export const FR_CALLER_EXC = 13;
/** Generator frames: the exception the generator itself was handling when it last suspended. */
export const FR_GEN_EXC = 14;
export const FR_LOCALSPLUS = 15;

/** Returning from this frame returns to JS (the loop that ran it was entered from JS). */
export const FF_ENTRY = 1;
/** The frame belongs to a generator, coroutine or async generator. */
export const FF_GEN = 2;
/** An inlined `Class(...)` call: the value returned is the instance in aux (after checking None). */
export const FF_INIT = 4;
/** The frame has returned (generators: exhausted). */
export const FF_DONE = 8;
/** Currently executing (generators: "generator already executing"). */
export const FF_RUNNING = 16;
/** A generator frame is inside one of its own except blocks: the handled exception is its own
 *  (even when it is the very object its caller handles, as after gen.throw(exc)). */
export const FF_OWN_EXC = 64; // (32 is FF_STARTED, in objects/generator.ts)
/** A `a <op> b` whose left operand's class defines `__op__` in Python, run in the loop
 *  (interp/binop_frame.ts): a and b stay on the caller's stack until the frame returns. */
export const FF_BINOP = 128;
/** A generator frame whose generator is registered to be closed by the collector (it suspended
 *  inside a try/with: objects/gen_finalizer.ts); registered once. */
export const FF_CLOSE_REG = 256;
/** The call that pushed this frame went through CPython's tp_call (a class's inlined __init__,
 *  an instance's __call__): it holds 2 recursion levels, and leaving it gives both back. */
export const FF_TPCALL = 512;
/** Python code may hold this frame (a traceback, sys._getframe, f_back, a signal handler's
 *  argument), or a frame that may reach it through f_back: it is never reused after it returns
 *  (interp/frame_recycle.ts). Only ever set on young frames (old frames are never reused). */
export const FF_ESCAPED = 1024;
