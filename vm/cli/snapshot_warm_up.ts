// Build time only (bin/build_snapshot.js): gets the functions of every start compiled to bytecode
// before the start-up snapshot is taken. V8 keeps that bytecode in the blob; without it every
// start compiled them lazily from the bundle's source (vm/NOTES.md "Start-up"). The compiler's
// functions by compiling a program that uses most of the language (compile() builds JS objects
// only, nothing touches the heap); the VM's start path, which cannot run before the snapshot
// (its JS-side caches would outlive the heap they describe), by naming them: the build compiles
// each with V8's %PrepareFunctionForOptimization, which compiles without calling.
import { compile } from '../../compiler/compile';
import type { CompileWarning } from '../../compiler/warnings';
import { parseArgs } from './args';
import { readProgram } from './program_source';
import { decodeSource } from '../../compiler/source';
import { applyEnvironment, runMain } from '../runtime/bootstrap';
import { execCode } from '../runtime/importer';
import { loadCode, codeInfo } from '../objects/code';
import { newModule } from '../objects/module';
import { newCodeFrame } from '../interp/frame';
import { run } from '../interp/loop';
import { runOutermost, threadFinished } from '../interp/sched';
import { initThreads, waitForThreads } from '../modules/thread_module';

const WARM_UP_SOURCE = `
"""Module docstring."""
from __future__ import annotations
import sys, os.path as osp
from collections import namedtuple as nt, deque
GLOBAL: int = 1
def plain(a, b=2, *args, c, d=4, **kw) -> dict:
    global GLOBAL
    GLOBAL += a * b - c // d % 3 ** 2
    x, *rest = args or (1, 2)
    return {k: v for k, v in kw.items() if v is not None and k not in ('a', "b")}
@staticmethod
def decorated(x, /, y=-1.5e3, z=3j):
    total = 0
    for i in range(10):
        if i < 2 or not x:
            continue
        elif 2 <= i < 5 and y:
            total += i
        else:
            break
    else:
        total -= 1
    while total > 0:
        total >>= 1
    return [i * 2 for i in range(3) if i], {i for i in 'ab'}, list(j for j in b'xy'), total
class Base(object, metaclass=type):
    attr = [1, 2.5, None, True, ...]
    def __init__(self, value):
        self.value = value
        self._items = []
    @property
    def size(self):
        return len(self._items)
    def method(self, *a, **k):
        def inner():
            nonlocal a
            a = a + (1,)
            return lambda q=0: q + len(a)
        return inner()
class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.value[1:3] = self.value[::-1]
        del self.value[0]
    def __repr__(self):
        return f"Child({self.value!r:>10} {self.size:d} {'x'})"
def gen(n):
    try:
        yield from range(n)
        value = yield n
    except (ValueError, TypeError) as e:
        raise RuntimeError('bad') from e
    except Exception:
        pass
    finally:
        print('done', file=sys.stderr, end='')
    with open(osp.join('a', 'b')) as f, open('c') as g:
        assert f is not g, "same"
    return value
async def coro(x):
    async with x as y:
        async for z in y:
            await z
    return [w async for w in x]
def pattern(cmd):
    match cmd:
        case [x, y, *rest] if x > 0:
            return x
        case {"k": v, **others}:
            return v
        case Base(value=1) | None:
            return 0
        case str() as s:
            return s
        case _:
            return (n := 5) + n
if __name__ == '__main__':
    print(plain(1, c=3), decorated(1), Child([1, 2, 3]), list(gen(3)), pattern([1, 2]))
    a = b = 0; a, b = b, a; x = a if b else -b; y = ~x ^ (x & 1) | 2 << 1
    s = 'text' 'more' + r'raw\\n' + """triple"""
`;

/** Compiles WARM_UP_SOURCE (its code objects are dropped). */
export function warmUpCompiler(): void {
  const warnings: CompileWarning[] = [];
  compile(WARM_UP_SOURCE, '<snapshot warm-up>', 'exec', warnings);
}

/** The functions of a start's path after the boot (main's phases, the interpreter loop, the
 *  thread scheduler's entry and exit), biggest first: `run` alone is ~850 lines of bundle. */
export function startPathFunctions(): readonly ((...args: never[]) => unknown)[] {
  return [
    run, runMain, execCode, runOutermost, threadFinished, loadCode, codeInfo, newCodeFrame, newModule,
    applyEnvironment, initThreads, waitForThreads, parseArgs, readProgram, decodeSource,
  ];
}
