// Reads a JSON array of Cypher texts on stdin; prints a JSON array of their error diagnostics.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const queries = JSON.parse(input);
  const results = queries.map((query) => {
    const parameters = {};
    for (const match of query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) parameters[match[1]] = 'x';
    const result = lintCypherQuery(query, { parameters });
    const diagnostics = Array.isArray(result) ? result : result.diagnostics;
    return diagnostics.filter((d) => d.severity === 1).map((d) => d.message);
  });
  process.stdout.write(JSON.stringify(results));
});
