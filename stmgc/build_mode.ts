// stmgc/build_mode.ts: which build of the hot barrier code this is. The STM build (default) keeps
// the STM checks in readBarrier/writeBarrier; the single-threaded build (`--single-threaded`)
// removes them at bundle time: esbuild with `define: { __PYSTM_STM__: 'false' }` and
// `minifySyntax: true` folds STM_BUILD to `false` and deletes every `if (STM_BUILD)` branch, so
// the barrier-free build has no test left at all (see NOTES.md and bench/micro/stmgc_barriers.mjs).
// Unbundled (vitest), the global `__PYSTM_STM__` may be set on globalThis before the first import.
declare const __PYSTM_STM__: boolean | undefined;
export const STM_BUILD: boolean = typeof __PYSTM_STM__ === 'undefined' ? true : __PYSTM_STM__;
