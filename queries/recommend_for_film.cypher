// name: recommend_for_film
// answers: Which works do critics and commenters compare with a film, and how often?
// params: film (text, the film's name, any case), limit (integer, default 10)
// uses: (:Film)-[:COMPARED_TO {count}]-(work)
MATCH (f:Film)-[r:COMPARED_TO]-(other)
WHERE toLower(f.name) = toLower($film) AND other.key <> f.key
RETURN other.name AS work, sum(r.count) AS score
ORDER BY score DESC, work
LIMIT $limit
