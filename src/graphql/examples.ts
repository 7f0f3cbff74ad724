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
    return [
      {
        name: d.name.value,
        title: comments.filter((c) => !c.startsWith('variables:')).join(' '),
        query: print(d),
        variables: varLine ? (JSON.parse(varLine.slice('variables:'.length)) as Record<string, unknown>) : {},
      },
    ];
  });
}
