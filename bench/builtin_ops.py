# builtin_ops: nanoseconds per call of everyday builtins and str/float methods (int(s), float(s), s.isdigit(),
# hex, divmod, abs, chr/ord, strip, upper, '%.2f' % x, round ...), for pystm beside python3 (issue 5):
#   python3 bench/builtin_ops.py [name,name...]   and   bin/pystm --no-jit bench/builtin_ops.py [names]
# (best of 3 rounds by time.process_time, N = 200,000 calls each; sorted_small N/10)
import time, sys
N = 200000
S = [str(i) for i in range(N)]
W = ['  word%d  ' % i for i in range(N)]
F = [str(i * 0.5) for i in range(N)]
L = list(range(N))
D = {i: i for i in range(1000)}
def t_int_parse():
    for s in S: int(s)
def t_float_parse():
    for s in F: float(s)
def t_strip():
    for s in W: s.strip()
def t_startswith():
    for s in W: s.startswith('  w')
def t_upper():
    for s in W: s.upper()
def t_replace():
    for s in W: s.replace('word', 'w')
def t_in_str():
    for s in W: 'rd1' in s
def t_slice():
    for s in W: s[2:6]
def t_list_slice():
    l = L
    for i in range(N): l[i:i+3]
def t_min_max():
    for i in range(N): max(i, 5)
def t_abs():
    for i in L: abs(i)
def t_range_len():
    for i in range(N): len(range(i))
def t_str_mul():
    for i in range(N): 'ab' * 3
def t_tuple_idx():
    t = (1, 2, 3)
    for i in L: t[1]
def t_dict_in():
    d = D
    for i in L: i in d
def t_list_append_pop():
    l = []
    for i in L: l.append(i); l.pop()
def t_divmod():
    for i in L: divmod(i, 7)
def t_str_fmt_float():
    for i in range(N): '%.2f' % 1.5
def t_round():
    for i in range(N): round(2.567, 2)
def t_sorted_small():
    for i in range(N // 10): sorted([3, 1, 2, 5, 4])
def t_chr_ord():
    for i in range(N): chr(ord('a') + 1)
def t_list_in():
    l = [1, 2, 3, 4, 5]
    for i in L: 7 in l
def t_join_small():
    for i in range(N): '-'.join(('a', 'b', 'c'))
def t_str_getitem():
    s = 'hello world'
    for i in L: s[3]
def t_isdigit():
    for s in S: s.isdigit()
def t_hex():
    for i in L: hex(i)
def t_bool_and():
    for i in L: i and i > 5 or i < 3
ONLY = sys.argv[1].split(',') if len(sys.argv) > 1 else None
for name, f in list(globals().items()):
    if name.startswith('t_') and (ONLY is None or name[2:] in ONLY):
        best = 1e9
        for r in range(3):
            t0 = time.process_time(); f(); best = min(best, time.process_time() - t0)
        n = N // 10 if name == 't_sorted_small' else N
        print(name[2:], round(best / n * 1e9, 1))
