# subprocess (lib/subprocess.py, run-to-completion children via _pystm_subprocess.spawn): run with
# capture, text, input, shell, cwd, env, DEVNULL, stderr=STDOUT, timeouts; check_* errors;
# getstatusoutput; Popen with communicate and line iteration; exit by signal; output order.
import subprocess, sys, os
r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r, r.stdout, r.returncode)
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True, text=True))
print(subprocess.run('echo $((1+2))', shell=True, stdout=subprocess.PIPE, text=True).stdout)
print(subprocess.check_output(['tr', 'a-z', 'A-Z'], input=b'shout\n'))
print(subprocess.check_output(['cat'], input='text in\r\nline2', text=True).splitlines())
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 7'])
except subprocess.CalledProcessError as e:
    print('CPE', e, e.returncode)
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 2'], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print('CPE', e, e.stdout, e.stderr)
try:
    subprocess.run(['nosuchcommand_xyz'])
except FileNotFoundError as e:
    print('FNF', e, e.errno, e.filename)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TE', e.cmd, 0 < e.timeout <= 0.2)
print(subprocess.getstatusoutput('echo a; echo b >&2; exit 4'))
print(repr(subprocess.getoutput('printf "x\\ny\\n"')))
r = subprocess.run(['sh', '-c', 'echo 1; echo 2 >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()))
print(subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True).stdout.strip())
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}, capture_output=True).stdout)
print(subprocess.run(['echo', 'quiet'], stdout=subprocess.DEVNULL).returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'piped data')
print(out, err, p.returncode, repr(p))
with subprocess.Popen(['sh', '-c', 'printf "l1\\nl2\\n"'], stdout=subprocess.PIPE, text=True) as p:
    print([line for line in p.stdout])
print(p.returncode)
p = subprocess.Popen(['sh', '-c', 'exit 5']); print(p.wait(), p.poll())
p = subprocess.Popen(['sh', '-c', 'kill -9 $$'], stdout=subprocess.PIPE); p.wait(); print(p.returncode)
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
print('flush order 1')
subprocess.run(['echo', 'child line'])
print('flush order 2')
print(subprocess.list2cmdline(['a b', 'c"d', 'e']))
try:
    subprocess.run(['echo'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print('VE', e)
try:
    subprocess.run(['echo'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print('VE', e)
import threading
results = {}
def worker(i):
    results[i] = subprocess.run(['sh', '-c', f'echo {i}'], capture_output=True, text=True).stdout.strip()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
print(os.system('echo from system; exit 3'), os.system('true'))
with os.popen('printf "a\\nb\\n"') as f:
    print(f.read().split())
f = os.popen('exit 2'); f.read(); print(f.close())
w = os.popen('cat', 'w'); w.write('to cat\n'); print(w.close())
