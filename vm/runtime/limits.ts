// Interpreter-wide limits that Python code can read and change through sys.
let maxStrDigits = 4300;
export function getMaxStrDigits(): number { return maxStrDigits; }
export function setMaxStrDigits(n: number): void {
  maxStrDigits = n;
  setIntLiteralMaxDigits(n); // the compiler refuses longer decimal literals, as CPython's parser
}
import { setIntLiteralMaxDigits } from '../../compiler/literals';
