// An expert's review requests, due first, with what the expert is shown of each project: its name, size,
// stage, chain, investor, park and proposal terms — not the graph around it.
MATCH (q:ReviewRequest)-[:TO]->(x:Expert {id: $expertId})
MATCH (q)-[:OF]->(p:Project)
WITH q, x, p ORDER BY q.dueOn, q.id
RETURN q {.id, .status, .requestedBy, .opinion, .recommendation, conflicts: coalesce(q.conflicts, []),
          scores: coalesce(q.scores, []), requestedOn: toString(q.requestedOn), dueOn: toString(q.dueOn),
          submittedOn: toString(q.submittedOn), expertId: x.id, expertName: x.name, projectId: p.id} AS request,
       p {.id, .name, .amountYi, .stage, .proposedLandMu, .proposedFactorySqm, .proposedOutputYi, .proposedTaxWan,
          .yearsToFullOutput, .fundingSecuredShare, fundingSources: coalesce(p.fundingSources, []), products: coalesce(p.products, []),
          industryCode: [(p)-[:IN_INDUSTRY]->(i:Industry) | i.code][0],
          industryName: [(p)-[:IN_INDUSTRY]->(i:Industry) | i.name][0],
          investorName: [(e:Enterprise)-[:INVESTS_IN]->(p) | e.name][0],
          parkName: [(p)-[:LOCATED_IN]->(k:Park) | k.name][0]} AS project
