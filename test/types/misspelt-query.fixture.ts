// Deliberate mistakes, compiled by test/unit/typed-queries.test.ts: each line marked ERROR must fail
// `tsc`, proving that the typed query boundary catches them before a request does.
import { defineQuery, NoParams } from '../../src/db/query';
import type { Neo4jGateway } from '../../src/db/gateway';
import { GRAPH_VERSION } from '../../src/db/db.queries';

export const MISSPELT = defineQuery<NoParams, { token: string | null }>('system/graph-versoin', { token: 'string?' }); // ERROR: no such cypher file

export const WRONG_KIND = defineQuery<NoParams, { token: string | null }>('system/graph-version', { token: 'number' }); // ERROR: kind disagrees with the row type

export const MISSING_COLUMN = defineQuery<NoParams, { token: string | null; n: number }>('system/graph-version', { token: 'string?' }); // ERROR: column n not declared

export async function readsAWrongField(gw: Neo4jGateway): Promise<unknown> {
  const [row] = await gw.read(GRAPH_VERSION, {});
  return row.tokn; // ERROR: renamed column
}

export async function passesAWrongParam(gw: Neo4jGateway): Promise<unknown> {
  return gw.read(GRAPH_VERSION, { token: 'x' }); // ERROR: the query takes no parameters
}
