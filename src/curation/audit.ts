import { randomUUID } from 'node:crypto';
import { cypher } from '../graph/cypher.js';
import type { TxRunner } from '../graph/db.js';
import type { Writer } from './writer.js';

const Q = { audit: cypher<{ written: number }>('curation/audit') };

/** What one mutation did, as its audit entry records it. */
export interface AuditRecord {
  operation: string;
  /** The mutation's arguments, as the client sent them (after GraphQL coercion). */
  arguments: Record<string, unknown>;
  /** Ids of the nodes and claims it touched (an edge without an id: `TYPE:from->to`). */
  touched: string[];
  /** Each touched id's properties before the mutation; null for what did not exist. */
  before: Record<string, unknown>;
}

/**
 * Writes the audit entry of a mutation in the mutation's transaction, so an entry exists
 * exactly when its change does. Maps are stored as JSON text: Neo4j properties cannot hold maps.
 */
export async function writeAudit(run: TxRunner, writer: Writer, at: string, record: AuditRecord): Promise<void> {
  await run(Q.audit, {
    entry: {
      id: randomUUID(),
      at,
      by: writer.name,
      role: writer.role,
      operation: record.operation,
      arguments: JSON.stringify(record.arguments),
      touched: record.touched,
      before: JSON.stringify(record.before),
    },
  });
}
