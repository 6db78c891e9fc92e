// name: pingback_chains
// answers: Chains of posts that link on across blogs (a post pinged by a post pinged by ...).
// params: limit (integer, default 10)
// uses: (:Post)-[:PINGED_BY*]->(:Post)
MATCH chain = (a:Post)-[:PINGED_BY*1..6]->(b:Post)
WHERE NOT (b)-[:PINGED_BY]->(:Post) AND NOT (:Post)-[:PINGED_BY]->(a)
RETURN [n IN nodes(chain) | n.name] AS posts, length(chain) AS links
ORDER BY links DESC, posts
LIMIT $limit
