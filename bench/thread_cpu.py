# bench/thread_cpu.py: CPU seconds per OS thread of one run of a command (pystm or anything).
# Samples /proc/PID/task/*/stat every 50 ms while the command runs and prints, per thread that
# used more than 20 ms, its CPU time and when it was first and last seen; then the wall time and
# the total. For pystm the big threads are the JS threads that run guest code (the main thread,
# then one per pool worker, which appears when it is spawned); the small ones that exist from the
# start are V8's platform threads (concurrent TurboFan compiles, parallel scavenges, concurrent
# marking), shared by every isolate of the process. What a 2-worker run costs beyond a 1-worker
# run shows up here as CPU, which a loaded machine distorts far less than the wall time
# (bench/NOTES.md "Where the parallel speedup goes").
#   python3 bench/thread_cpu.py bin/pystm --workers 2 bench/parallel/primes_mr.py 4 2000000
# The command's stdout is discarded; SHOWERR=1 prints its stderr (e.g. --stm-stats) at the end.
import os
import subprocess
import sys
import time

hz = os.sysconf('SC_CLK_TCK')
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
t0 = time.time()
last = {}
first_seen = {}
while p.poll() is None:
    try:
        tids = os.listdir(f'/proc/{p.pid}/task')
    except OSError:
        break
    for tid in tids:
        try:
            with open(f'/proc/{p.pid}/task/{tid}/stat') as f:
                s = f.read()
        except OSError:
            continue
        fields = s[s.rindex(')') + 2:].split()
        cpu = (int(fields[11]) + int(fields[12])) / hz  # utime + stime
        now = time.time() - t0
        first_seen.setdefault(tid, now)
        last[tid] = (cpu, now)
    time.sleep(0.05)
wall = time.time() - t0
err = p.stderr.read().decode()
total = 0.0
for tid, (cpu, seen) in sorted(last.items(), key=lambda kv: int(kv[0])):
    if cpu > 0.02:
        print(f'  thread {tid:>7}  cpu {cpu:6.2f} s  seen {first_seen[tid]:5.2f}-{seen:5.2f} s')
    total += cpu
print(f'wall {wall:.2f} s, cpu {total:.2f} s (the last 50 ms of each thread are not sampled)')
if os.environ.get('SHOWERR'):
    print(err, end='')
