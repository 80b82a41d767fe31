// Node's own environment variables that bin/pystm (sh) passes on under another name because node
// would act on them at start for nothing pystm uses: NODE_EXTRA_CA_CERTS (node 20 reads and
// parses the whole certificate file before running any JavaScript, ~50 ms of CPU for a system
// bundle, for TLS, which the VM never opens). Put back as the first thing main() does, before the
// environment is read, so os.environ, subprocesses and pool workers (which share process.env)
// see what the user set.
const MOVED = [['PYSTM_MOVED_NODE_EXTRA_CA_CERTS', 'NODE_EXTRA_CA_CERTS']] as const;

export function restoreMovedNodeEnv(): void {
  for (const [moved, name] of MOVED) {
    const value = process.env[moved];
    if (value === undefined) continue;
    process.env[name] = value;
    delete process.env[moved];
  }
}
