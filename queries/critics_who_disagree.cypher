// name: critics_who_disagree
// answers: Which pairs of critics rated the same films furthest apart?
// params: limit (integer, default 10)
// uses: (:Person)-[:WROTE]->(:Post {rating})-[:REVIEWS]->(:Film)
MATCH (a:Person)-[:WROTE]->(p:Post)-[:REVIEWS]->(f:Film)<-[:REVIEWS]-(q:Post)<-[:WROTE]-(b:Person)
WHERE a.key < b.key AND p.rating IS NOT NULL AND q.rating IS NOT NULL
WITH a, b, count(DISTINCT f) AS films, avg(abs(p.rating - q.rating)) AS gap
RETURN a.name AS critic, b.name AS other_critic, films, round(gap * 1000) / 1000.0 AS gap
ORDER BY gap DESC, critic, other_critic
LIMIT $limit
