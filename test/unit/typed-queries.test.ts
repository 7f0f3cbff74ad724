import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { CYPHER_NAMES_FILE, renderCypherNames } from '../../src/db/cypher-files';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURE = path.join(ROOT, 'test', 'types', 'misspelt-query.fixture.ts');

/** Compiles one file with the project's compiler options; returns the lines that have errors. */
function errorLines(file: string): number[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const program = ts.createProgram([file], { ...config.options, noEmit: true });
  const lines = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => d.file!.getLineAndCharacterOfPosition(d.start!).line + 1);
  return [...new Set(lines)].sort((a, b) => a - b);
}

describe('the typed query boundary at compile time', () => {
  it('fails the type-check on a misspelt query name, a wrong column kind, a missing column, a renamed field and a wrong parameter', () => {
    const marked = fs
      .readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.includes('// ERROR') ? [i + 1] : []));
    expect(marked).toHaveLength(5);
    expect(errorLines(FIXTURE)).toEqual(marked);
  });

  it('keeps src/db/cypher-names.ts in step with the files under cypher/ (run `npm run cypher:names`)', () => {
    expect(fs.readFileSync(CYPHER_NAMES_FILE, 'utf8')).toBe(renderCypherNames());
  });
});
