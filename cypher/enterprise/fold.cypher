// The enterprises of a page (or one by key) with the relations the request selected, in the same
// statement. Each relation is an entry section: the statement carries only those the request asked
// for (EnterpriseReader / withEntries), the others are written `name: null`, so an unused relation is
// not even planned. Each item has the shape and order of its relation query (enterprise/*-of.cypher),
// so the result primes the same DataLoaders the field resolvers use. With $fold.props, only those
// properties are sent (as values in that order, no map without APOC): decoding what nobody asked for
// costs time.
// @open
RETURN CASE WHEN $fold.props IS NULL THEN node {.*, searchText: null} END AS node,
  [p IN coalesce($fold.props, []) | node[p]] AS values,
  [s1, s2, k] AS sortKey, {
// @places
  places: {
    city: head([(node)-[:LOCATED_IN]->(c:City) | c {.*}]),
    country: head([(node)-[:LOCATED_IN]->(x:Country) | x {.*}]),
    town: head([(node)-[:IN_TOWN]->(t:Town) | t {.*}]),
    park: head([(node)-[:IN_PARK]->(p:Park) | p {.*, searchText: null}])
  }
// @links
  links: COLLECT {
    MATCH (node)-[r:OPERATES_IN]->(l:ChainLink)
    WITH l, r ORDER BY CASE r.evidence WHEN 'STRONG' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, l.code
    RETURN {link: l {.*, searchText: null}, evidence: r.evidence, products: r.products}
  }
// @executives
  executives: COLLECT {
    MATCH (p:Person)-[r:EXECUTIVE_OF]->(node)
    WITH p, r ORDER BY CASE r.title WHEN '董事长' THEN 0 ELSE 1 END, p.id
    RETURN {person: p {.*}, title: r.title}
  }
// @projects
  projects: COLLECT {
    MATCH (node)-[:INVESTS_IN]->(p:Project)
    WITH p ORDER BY p.amountYi DESC, p.id
    RETURN p {.*, searchText: null}
  }
// @close
} AS folded
ORDER BY s1, s2, k
