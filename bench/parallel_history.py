# bench/parallel_history.py: the committed parallel matrices (every version of
# bench/results/parallel.json in git), per program: the 2-worker speedup, the host ceiling of the
# same minutes, the CPU at 2 workers over 1 worker, and the core-seconds lost at 2 workers
# (2 x wall(2w) - wall(1w): what a perfectly parallel run would not have spent). Then, over the
# matrices whose host ceiling at 2 workers was at least MIN_CEILING (default 1.85: a quiet host),
# each program's median of those. Why: a single matrix on a busy host says little (2026-12-07
# 17:52: raytrace_columns 1.43x with a ceiling of 1.71), and the lost core-seconds over the quiet
# matrices tell a program's steady cost at 2 workers from the host's noise (bench/NOTES.md
# "h32-rayc").
#   python3 bench/parallel_history.py [MIN_CEILING] [SINCE, e.g. 2026-12-05T06]
import json
import statistics
import subprocess
import sys

min_ceiling = float(sys.argv[1]) if len(sys.argv) > 1 else 1.85
since = sys.argv[2] if len(sys.argv) > 2 else '2026-12-05T06'  # (the programs' sizes since then)
path = 'bench/results/parallel.json'
revs = subprocess.check_output(['git', 'log', '--format=%h', '--', path], text=True).split()
quiet = {}
print(f'{"matrix":17} {"program":18} {"speedup (ceiling)":>18} {"cpu 2w/1w":>9} {"lost core-s":>11}')
for rev in revs:
    try:
        d = json.loads(subprocess.check_output(['git', 'show', f'{rev}:{path}'], text=True, stderr=subprocess.DEVNULL))
    except (subprocess.CalledProcessError, json.JSONDecodeError):
        continue
    date = d['meta']['date'][:16]
    if date < since:
        continue
    for r in d['rows']:
        w1, w2 = r.get('w1'), r.get('w2')
        if r.get('contended') or not w1 or not w2:
            continue
        ceil = (r.get('hostCeiling') or {}).get('2')
        lost = 2 * w2['wallMedian'] - w1['wallMedian']
        cpu = w2['cpuMedian'] / w1['cpuMedian'] if w1.get('cpuMedian') and w2.get('cpuMedian') else float('nan')
        print(f'{date:17} {r["program"]:18} {r["speedup"]["2"]:>7.3f} ({ceil if ceil is not None else "-":>5}) {cpu:>12.3f} {lost:>11.2f}')
        if ceil is not None and ceil >= min_ceiling:
            q = quiet.setdefault(r['program'], {'w1': [], 'speedup': [], 'lost': [], 'cpu': []})
            q['w1'].append(w1['wallMedian'])
            q['speedup'].append(r['speedup']['2'])
            q['lost'].append(lost)
            q['cpu'].append(cpu)
print(f'\nmatrices with a host ceiling >= {min_ceiling} at 2 workers, medians:')
for name, q in quiet.items():
    med = statistics.median
    print(f'{name:18} n {len(q["lost"]):2}  1w wall {med(q["w1"]):6.2f} s  speedup {med(q["speedup"]):.3f}  '
          f'cpu 2w/1w {med(q["cpu"]):.3f}  lost core-s {med(q["lost"]):.2f} [{min(q["lost"]):.2f}-{max(q["lost"]):.2f}]')
