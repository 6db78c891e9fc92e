// name: conversation_thread
// answers: The whole comment thread of a post: who replied to whom, in order.
// params: post (text, the post's title, any case)
// uses: (:Comment)-[:REPLIED_TO*]->(:Post), (:Comment)-[:REPLIED_TO]->(parent)
MATCH (p:Post)
WHERE toLower(p.name) = toLower($post)
MATCH (c:Comment)-[:REPLIED_TO*1..60]->(p)
MATCH (c)-[:REPLIED_TO]->(parent)
RETURN c.key AS comment, c.author AS author, c.depth AS depth, parent.key AS parent
ORDER BY comment
