// The native _csv (vm/modules/csv_*.ts): module state is heap state shared by every worker (the
// field size limit set by the main thread is what a thread on a pool worker parses with; a
// dialect registered in a thread is in the main thread's registry), a reader nested in another
// reader's input and a writer nested in a field's __str__ keep their own buffers, and the
// C state machine's quirks (AFTER_ESCAPED_CRNL staying the state) are CPython's.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { hasPython311, runPystm } from '../helpers/run';

function same(prog: string, args: string[] = []): void {
  const mine = runPystm([...args, '-c', prog]);
  expect(mine.stderr).toBe('');
  if (!hasPython311()) return;
  const theirs = spawnSync('python3', ['-c', prog], { encoding: 'utf8' });
  expect(mine.stdout).toBe(theirs.stdout);
}

describe('_csv module state', () => {
  it('is shared with threads on pool workers (field limit, registry, Error class)', () => {
    same(`
import csv, threading
csv.field_size_limit(4)
out = []
def work():
    try:
        list(csv.reader(['abcdef']))
    except csv.Error as e:
        out.append(str(e))
    csv.register_dialect('semi', delimiter=';')
    out.append(csv.field_size_limit(100))
t = threading.Thread(target=work)
t.start(); t.join()
print(out, csv.field_size_limit(), csv.get_dialect('semi').delimiter, 'semi' in csv.list_dialects())
`, ['--workers', '2']);
  });
});

describe('_csv nesting and quirks', () => {
  it("a reader inside another reader's input keeps its own field buffer", () => {
    same(`
import csv
def lines():
    for i in range(3):
        inner = next(csv.reader(['"in,%d","x' % i, 'y"']))
        yield '"out %s' % inner[0]
        yield 'rest",%s\\n' % inner[1].replace('\\n', '|')
print(list(csv.reader(lines())))
`);
  });

  it("a writer inside a field's __str__ keeps its own record", () => {
    same(`
import csv, io
inner = io.StringIO()
class F:
    def __str__(self):
        csv.writer(inner).writerow(['a,b', 'c"d'])
        return 'f,f'
outer = io.StringIO()
csv.writer(outer).writerow(['1,2', F(), '3'])
print(repr(outer.getvalue()), repr(inner.getvalue()))
`);
  });

  it('follows the C state machine, quirks included', () => {
    same(`
import csv
print(list(csv.reader(['a\\\\\\nb', 'c'], escapechar='\\\\')))
print(list(csv.reader(['"a', 'b"c', 'd'])))
r = csv.reader(['x,"y', 'z', '"', 'q'])
print(next(r), r.line_num, next(r), r.line_num)
print(list(csv.reader(['\\u00e9,\\U0001F600;x\\x00y'], delimiter=';')))
try:
    list(csv.reader(['a,b\\rc']))
except csv.Error as e:
    print(e)
`);
  });
});
