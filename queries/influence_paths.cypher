// name: influence_paths
// answers: How are two people connected (replies, pingbacks, citations, posts, mentions)?
// params: from (text, a person's name), to (text, a person's name)
// uses: (:Person) and any relationship, either direction, at most 8 hops
MATCH (a:Person), (b:Person)
WHERE toLower(a.name) = toLower($from) AND toLower(b.name) = toLower($to) AND a.key <> b.key
MATCH p = shortestPath((a)-[*..8]-(b))
RETURN a.key AS source, b.key AS target, length(p) AS hops, [n IN nodes(p) | n.name] AS names
ORDER BY hops, source, target
