/**
 * A store written by a newer Neo4j: Neo4j never downgrades a store, and the embedded 5.26
 * only says so in its own words deep in an exception. This turns those words into what to do.
 */

// What Neo4j 5.26 says, in its transaction log reader, record storage and system graph
// (strings from its jars: neo4j-wal, neo4j-record-storage-engine, neo4j-kernel, neo4j-dbms).
const NEWER_STORE =
  /originates from an newer version of neo4j|don't support downgrading|Unknown store version|newer version than the current binaries|unsupported because it is a newer version/i;

/** What to do when Neo4j's start-up output says the store is newer than this Neo4j, else undefined. */
export function newerStoreAdvice(storeDir: string, neo4jOutput: string): string | undefined {
  if (!NEWER_STORE.test(neo4jOutput)) return undefined;
  return (
    `The store at ${storeDir} was written by a newer Neo4j than this project's Neo4j 5.26, and Neo4j cannot open a store of a later version. ` +
    `Point STANCEGRAPH_DATA_DIR at another folder (a new store is seeded on start), or move ${storeDir} away; ` +
    'to keep its facts, run npm run export with the newer version first, then npm run seed -- --reset --dir PATH here.'
  );
}
