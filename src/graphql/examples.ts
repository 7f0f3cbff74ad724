import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import { PROJECT_ROOT } from '../config';

export const EXAMPLES_FILE = path.join(PROJECT_ROOT, 'docs', 'examples.graphql');

export interface Example {
  name: string;
  /** The comment lines just above the operation (its Chinese title). */
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** Whom the example runs as when not an admin (`# as: EXPERT EX-01`: the role and the token's subject). */
  as?: { role: string; subject: string };
}

/** The operations of docs/examples.graphql, each with its title comment and variables. */
export function loadExamples(file = EXAMPLES_FILE): Example[] {
  const text = fs.readFileSync(file, 'utf8');
  const doc = parse(text);
  const lines = text.split('\n');
  return doc.definitions.flatMap((d) => {
    if (d.kind !== Kind.OPERATION_DEFINITION || !d.name || !d.loc) return [];
    const comments: string[] = [];
    for (let i = d.loc.startToken.line - 2; i >= 0 && lines[i].startsWith('#'); i--) comments.unshift(lines[i].slice(1).trim());
    const varLine = comments.find((c) => c.startsWith('variables:'));
    const asLine = comments.find((c) => c.startsWith('as:'));
    const [role, subject] = asLine ? asLine.slice('as:'.length).trim().split(/\s+/) : [];
    return [
      {
        name: d.name.value,
        title: comments.filter((c) => !c.startsWith('variables:') && !c.startsWith('as:')).join(' '),
        query: print(d),
        variables: varLine ? (JSON.parse(varLine.slice('variables:'.length)) as Record<string, unknown>) : {},
        ...(role && subject ? { as: { role, subject } } : {}),
      },
    ];
  });
}
