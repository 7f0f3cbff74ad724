import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DocumentNode, Kind, parse, print } from 'graphql';
import { PROJECT_ROOT } from '../config';

/** The map page's own operations: it sends each by id (web/build.mjs computes the same ids). */
export const PAGE_OPERATIONS_FILE = path.join(PROJECT_ROOT, 'web', 'map', 'operations.graphql');
export const EXAMPLE_OPERATIONS_FILE = path.join(PROJECT_ROOT, 'docs', 'examples.graphql');
/** The assistant's operations (问一问 and the MCP tools), with variables. */
export const ASSISTANT_OPERATIONS_FILE = path.join(PROJECT_ROOT, 'schema', 'assistant.graphql');

export interface TrustedDocument {
  /** `sha256:<hex>` of the text (the GraphQL-over-HTTP draft's documentId). */
  id: string;
  name: string;
  /** The operation as graphql-js prints it: what the id is the hash of. */
  text: string;
  /** The file it comes from, relative to the repository. */
  source: string;
}

export const documentIdOf = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/**
 * The id of a document sent as text: the hash of its printed form when it holds one operation and no
 * fragment, so the same operation with other spacing or comments is still the trusted one; else null.
 */
export function idOfText(text: string): string | null {
  let doc: DocumentNode;
  try {
    doc = parse(text, { noLocation: true });
  } catch {
    return null;
  }
  if (doc.definitions.length !== 1 || doc.definitions[0].kind !== Kind.OPERATION_DEFINITION) return null;
  return documentIdOf(print(doc.definitions[0]));
}

/**
 * The trusted documents (可信查询): every named operation of the given files — the examples of
 * docs/examples.graphql, the map page's operations and the assistant's — by id. A file's operations must be named.
 */
export function loadTrustedDocuments(
  files: string[] = [EXAMPLE_OPERATIONS_FILE, PAGE_OPERATIONS_FILE, ASSISTANT_OPERATIONS_FILE],
): Map<string, TrustedDocument> {
  const out = new Map<string, TrustedDocument>();
  for (const file of files) {
    for (const d of parse(fs.readFileSync(file, 'utf8')).definitions) {
      if (d.kind !== Kind.OPERATION_DEFINITION) continue;
      if (!d.name) throw new Error(`${file}: a trusted operation needs a name`);
      const text = print(d);
      const id = documentIdOf(text);
      out.set(id, { id, name: d.name.value, text, source: path.relative(PROJECT_ROOT, file) });
    }
  }
  return out;
}
