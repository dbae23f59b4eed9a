/**
 * The peer of `npm run bench`: @neo4j/graphql 7 on Apollo Server 5 over the bench's Neo4j,
 * with typeDefs.graphql mapping the same labels and relationship types stancegraph reads.
 * Plain JavaScript so the product's type check never needs this folder's node_modules.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4101 node bench/neo4j-graphql/server.mjs
 *
 * Prints one line `peer ready at <url>` when it listens. SIGTERM/SIGINT stop it.
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const uri = process.env.NEO4J_URI;
const port = Number(process.env.PORT);
if (!uri) throw new Error('NEO4J_URI must name the Neo4j to serve, e.g. bolt://127.0.0.1:7687');
if (!Number.isInteger(port) || port <= 0) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);

const auth = process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined;
const driver = neo4j.driver(uri, auth);
await driver.verifyConnectivity();

const typeDefs = readFileSync(new URL('./typeDefs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
// Introspection and the landing page off, as in any production deployment.
// This file owns shutdown (below), so Apollo installs no signal handlers of its own.
const server = new ApolloServer({ schema, introspection: false, stopOnTerminationSignals: false });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port },
  context: async () => (process.env.NEO4J_DATABASE ? { sessionConfig: { database: process.env.NEO4J_DATABASE } } : {}),
});
console.log(`peer ready at ${url}`);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
