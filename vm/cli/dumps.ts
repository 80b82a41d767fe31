// `pystm --dump tokens|ast|symtable|bytecode FILE`: prints one compiler stage in a stable text
// form. tokens: exactly `python3 -m tokenize`; ast: exactly `python3 -m ast` (ast.dump with
// indent=3); symtable: compiler/symtable_dump.ts's nested form; bytecode: the disassembler,
// nested code objects after their parent, with line numbers.
import type { DumpStage } from './args';
import { tokenize } from '../../compiler/tokenizer';
import { formatTokens } from '../../compiler/tokenizer_dump';
import { parse } from '../../compiler/parser';
import { dumpAst } from '../../compiler/astdump';
import { buildSymtable } from '../../compiler/symtable';
import { dumpSymtable } from '../../compiler/symtable_dump';
import { compileAst } from '../../compiler/compile';
import { disassemble } from '../disassembler';

export function dumpStage(stage: DumpStage, source: string, filename: string, encoding: string): string {
  switch (stage) {
    case 'tokens':
      return formatTokens(tokenize(source, filename, { comments: true }), encoding);
    case 'ast':
      return dumpAst(parse(source, filename, 'exec'), { indent: 3 }) + '\n';
    case 'symtable': {
      const mod = parse(source, filename, 'exec');
      return dumpSymtable(buildSymtable(mod, filename, source));
    }
    case 'bytecode':
      return disassemble(compileAst(parse(source, filename, 'exec'), filename, source, 'exec'));
  }
}
