/**
 * What the extractor knows of the graph: every entity it may match a mention to, with the
 * names and aliases to match by, and the issues (with descriptions) and events (with
 * participants and dates) that stance and event proposals are matched against. Read once
 * per draft, in one read query.
 */
import { cypher } from '../graph/cypher.js';
import type { Db } from '../graph/db.js';

export interface CatalogEntity {
  id: string;
  kind: 'ACTOR' | 'ORGANIZATION' | 'ISSUE' | 'EVENT' | 'SOURCE';
  name: string;
  aliases: string[];
  /** Actors: title; organizations: kind; issues and events: description. */
  title?: string | null;
  description?: string | null;
  orgKind?: string | null;
  /** Events: meeting, talks, visit, attack, ... */
  eventKind?: string | null;
  country?: string | null;
  /** Issues and organizations: the id of the node they are PART_OF. */
  parent?: string | null;
  /** Events: date (ISO, first day of its period), precision, status, location, attendee ids. */
  date?: string | null;
  datePrecision?: string | null;
  status?: string | null;
  location?: string | null;
  attendees?: string[];
  /** Actors: the organizations they are affiliated with, with the role. */
  affiliations?: Array<{ organization: string; role: string | null }>;
}

export interface Catalog {
  entities: CatalogEntity[];
}

const Q = { catalog: cypher<{ entity: CatalogEntity }>('ingest/catalog') };

export async function loadCatalog(db: Db): Promise<Catalog> {
  const rows = await db.read(Q.catalog);
  return { entities: rows.map((r) => r.entity) };
}
