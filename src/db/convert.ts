import neo4j from 'neo4j-driver';

/**
 * Converts values coming out of the driver into plain JSON-friendly values, once, at the gateway:
 * - Integer → number when it fits in a double without loss, otherwise a decimal string
 *   (never a silently truncated number);
 * - temporal values → ISO-8601 strings (Date → 'YYYY-MM-DD');
 * - nodes and relationships → their converted properties;
 * - paths → { nodes, relationships };
 * - lists and maps recursively.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value)) return plainMap(value.properties);
  if (neo4j.isRelationship(value)) return { type: value.type, ...plainMap(value.properties) };
  if (neo4j.isPath(value)) {
    const nodes = [value.start, ...value.segments.map((s) => s.end)].map(toPlain);
    const relationships = value.segments.map((s) => toPlain(s.relationship));
    return { nodes, relationships };
  }
  if (neo4j.isPoint(value)) return { x: value.x, y: value.y, z: value.z ?? null, srid: toPlain(value.srid) };
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return plainMap(value as Record<string, unknown>);
}

function plainMap(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toPlain(v);
  return out;
}

/** An ISO date (YYYY-MM-DD) as a Neo4j Date, for writes (the reverse of what reads return). */
export function toNeoDate(iso: string): unknown {
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y, m, d);
}
