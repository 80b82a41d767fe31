#!/usr/bin/env python3
# Interleaved start-up timing of whole commands (bench/NOTES.md "Start-up"): each round runs every
# command once, in the order given, and each run's wall time (fork to exit), CPU (user+sys of the
# child, from wait4) and minor page faults are kept; prints median and min per command. Run
# `node -e 0` and `python3 -c pass` beside the builds under comparison, 40+ rounds on this shared
# machine. Usage: python3 bench/startup_compare.py ROUNDS LABEL=COMMAND... (each COMMAND is run
# by `sh -c "exec COMMAND"`, stdout discarded; the environment is this one's, NODE_EXTRA_CA_CERTS
# included, which node reads at every start: compare with and without it).
import os
import statistics
import sys
import time


def main() -> None:
    rounds = int(sys.argv[1])
    commands = [arg.split('=', 1) for arg in sys.argv[2:]]
    runs = {label: [] for label, _ in commands}
    devnull = os.open(os.devnull, os.O_WRONLY)
    for _ in range(rounds):
        for label, command in commands:
            start = time.perf_counter()
            pid = os.fork()
            if pid == 0:
                os.dup2(devnull, 1)
                os.execvp('sh', ['sh', '-c', 'exec ' + command])
            _, status, usage = os.wait4(pid, 0)
            wall = (time.perf_counter() - start) * 1000
            if status != 0:
                print(f'{label}: exit status {status}', file=sys.stderr)
            runs[label].append((wall, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_utime * 1000, usage.ru_stime * 1000, usage.ru_minflt))
    for label, rows in runs.items():
        col = lambda k: [r[k] for r in rows]  # noqa: E731
        med = lambda k: statistics.median(col(k))  # noqa: E731
        print(f'{label:14s} wall med {med(0):6.1f} min {min(col(0)):6.1f} | cpu med {med(1):6.1f} min {min(col(1)):6.1f}'
              f' | user {med(2):5.1f} sys {med(3):5.1f} | minflt {med(4):7.0f}')


if __name__ == '__main__':
    main()
