// Signed projects of the same chain and about the same size (within a factor either way), closest in
// size first, with how they did: started, defaulted (违约 stage or a recorded default case).
MATCH (p:Project)-[:IN_INDUSTRY]->(:Industry {code: $industryCode})
WHERE p.signedOn IS NOT NULL AND p.id <> $excludeId AND p.amountYi >= $amountYi / $factor AND p.amountYi <= $amountYi * $factor
WITH p, EXISTS { (:DefaultCase)-[:OF]->(p) } OR p.defaultedOn IS NOT NULL AS defaulted
ORDER BY abs(p.amountYi - $amountYi), p.id
WITH collect({id: p.id, name: p.name, amountYi: p.amountYi, stage: p.stage, signedOn: toString(p.signedOn),
              startedOn: toString(p.startedOn), agreedStartOn: toString(p.agreedStartOn), defaulted: defaulted}) AS found
RETURN size(found) AS total, size([x IN found WHERE x.startedOn IS NOT NULL]) AS started,
       size([x IN found WHERE x.defaulted]) AS defaulted, found[0..toInteger($limit)] AS projects
