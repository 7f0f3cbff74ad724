// An expert's review: a score per section, an opinion and a recommendation.
MATCH (q:ReviewRequest {id: $id})
SET q.status = 'SUBMITTED', q.scores = $scores, q.opinion = $opinion, q.recommendation = $recommendation,
    q.submittedOn = date($on)
