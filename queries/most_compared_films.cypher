// name: most_compared_films
// answers: Which films are compared with other works most often, counting every piece of evidence?
// params: limit (integer, default 10)
// uses: (:Film)-[:COMPARED_TO {count}]-()
MATCH (f:Film)-[r:COMPARED_TO]-()
RETURN f.name AS film, f.year AS year, sum(r.count) AS comparisons, f.key AS key
ORDER BY comparisons DESC, film, key
LIMIT $limit
