/**
 * Curation: the writes behind the GraphQL mutations, public API of src/curation/. Each
 * operation is one write transaction (Db.writeTransaction: executeWrite, which retries
 * transient errors such as deadlocks), in which it locks the nodes it writes, reads what the
 * validator needs from the graph, validates its record with the seed loader's rules
 * (src/validate/), writes it through the seed loader's queries (so both store a record the
 * same way), records who and when, and leaves one audit entry. Anything wrong throws, and the
 * transaction rolls back: nothing is half-written.
 */
import { cypher } from '../graph/cypher.js';
import type { Db, TxRunner } from '../graph/db.js';
import { seedRows } from '../seed/rows.js';
import { writeRows } from '../seed/write.js';
import { checkInput, type RecordOf } from '../validate/check.js';
import { emptySeedSet, type Kind, RECORD_BOUNDS, type SeedSet } from '../validate/records.js';
import { writeAudit } from './audit.js';
import { deriveClaimId } from './claimId.js';
import { lockNodes, readFacts } from './facts.js';
import { readNodeRecord } from './records.js';
import { argumentInvalid, inputInvalid } from './invalid.js';
import { nodeRow, type NodeTuple } from '../graph/tuples.js';
import type { Writer } from './writer.js';

export { deriveClaimId } from './claimId.js';
export { ROLES, type Role, type Writer } from './writer.js';

type Props = Record<string, unknown>;
/** A row as the API's read queries shape it (src/graph/rows.ts); the API narrows it. */
export type Row = Record<string, unknown>;

const Q = {
  entities: cypher<{ id: string; node: NodeTuple | null }>('api/entities-by-id'),
  nodeBefore: cypher<{ label: string; props: Props }>('curation/node-before'),
  claim: cypher<{ claim: Row & { holderId: string; issueId: string; history: Props }; props: Props }>('curation/claim'),
  deleteClaim: cypher<{ deleted: number }>('curation/delete-claim'),
  retract: cypher<{ retracted: number }>('curation/retract-claim'),
  edgeBefore: cypher<{ props: Props }>('curation/edge-before'),
  removeEdge: cypher<{ deleted: number }>('curation/remove-edge'),
  edgesOf: cypher<{ edges: Array<{ type: string; from: string; to: string; props: Props }> }>('curation/edges-of'),
  merge: cypher<{ moved: Record<string, number> }>('curation/merge-entities'),
  hasCycle: cypher<{ cycle: boolean }>('curation/has-cycle'),
};

export type NodeKind = 'actors' | 'organizations' | 'issues' | 'events' | 'sources';

/** The mutation that upserts each kind of node, by which its writes are audited. */
export const UPSERT_OPERATION: Record<NodeKind, string> = {
  actors: 'upsertActor',
  organizations: 'upsertOrganization',
  issues: 'upsertIssue',
  events: 'upsertEvent',
  sources: 'upsertSource',
};

/** What amendNode did: the node's kind, and its row and the record written (null when nothing changed). */
export interface Amended {
  kind: NodeKind;
  written: { row: Row; input: Props } | null;
  /** The node's record before (its status, for an event). */
  before: Props;
}
export type EdgeKind = 'attendances' | 'affiliations';

/** The two ends and the relationship type of each kind of edge without an id of its own. */
const EDGES: Record<EdgeKind, { from: string; to: string; type: string; noun: string }> = {
  attendances: { from: 'attendee', to: 'event', type: 'ATTENDED', noun: 'attendance' },
  affiliations: { from: 'actor', to: 'organization', type: 'AFFILIATED_WITH', noun: 'affiliation' },
};

/** The fields of a record that hold ids, one or a list. */
const ID_FIELDS = ['id', 'holder', 'issue', 'attendee', 'event', 'actor', 'organization', 'parent', 'sources', 'issues'];

/** GraphQL gives an absent optional field as null; the record format has it absent. */
const clean = (input: object): Props =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));

const idsIn = (raw: Props): string[] =>
  ID_FIELDS.flatMap((f) => {
    const v = raw[f];
    return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
  });

const oneRecord = <K extends Kind>(kind: K, record: RecordOf<K>): SeedSet => ({ ...emptySeedSet(), [kind]: [record] });

/** Who created a node or edge and when: kept from before, set now when it is new. */
function history(before: Props | undefined, writer: Writer, now: string) {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    createdAt: before ? str(before.createdAt) : now,
    createdBy: before ? str(before.createdBy) : writer.name,
    updatedAt: now,
    updatedBy: writer.name,
  };
}

/** The record validated against the format and the graph, or a BAD_USER_INPUT naming every problem. */
async function validated<K extends Kind>(run: TxRunner, kind: K, raw: Props): Promise<RecordOf<K>> {
  const facts = await readFacts(run, idsIn(raw), typeof raw.parent === 'string' ? [raw.parent] : []);
  const checked = checkInput(kind, raw, facts);
  if (!checked.ok) throw inputInvalid(checked.problems);
  return checked.record;
}

async function entity(run: TxRunner, id: string): Promise<Row> {
  const [row] = await run(Q.entities, { ids: [id] });
  const node = nodeRow(row?.node);
  if (!node) throw new Error(`Curation: ${id} was written but cannot be read back`);
  return { ...node };
}

async function claim(run: TxRunner, id: string) {
  const [row] = await run(Q.claim, { id });
  return row;
}

export class Curation {
  constructor(private readonly db: Db) {}

  /**
   * Runs several curation writes in one write transaction (the ingest's acceptDraft): each
   * validates, writes and audits as the mutation of its name does, and all of them commit
   * together or not at all.
   */
  transaction<T>(name: string, work: (tx: CurationTx, run: TxRunner) => Promise<T>): Promise<T> {
    return this.db.writeTransaction(name, (run) => work(new CurationTx(run), run));
  }

  /** upsertActor, upsertOrganization, upsertIssue, upsertEvent, upsertSource: the record replaces the node's. */
  upsertNode(kind: NodeKind, operation: string, input: object, writer: Writer): Promise<Row> {
    return this.transaction(`curation/${operation}`, (tx) => tx.upsertNode(kind, operation, input, writer));
  }

  /** recordStance: upsert by the claim's id, derived when the input has none (claimId.ts). */
  recordStance(input: object, writer: Writer): Promise<Row> {
    return this.transaction('curation/recordStance', (tx) => tx.recordStance(input, writer));
  }

  /** retractStance: the claim stays, with when, by whom and why; reads hide it. */
  retractStance(id: string, reason: string, writer: Writer): Promise<Row> {
    if (reason.length > RECORD_BOUNDS.textLength) {
      throw argumentInvalid('reason', `${reason.slice(0, 20)}…`, `longer than ${RECORD_BOUNDS.textLength} characters`);
    }
    return this.db.writeTransaction('curation/retractStance', async (run) => {
      const now = new Date().toISOString();
      const found = await claim(run, id);
      if (!found) throw argumentInvalid('id', id, 'no stance claim has this id');
      await lockNodes(run, [found.claim.holderId, found.claim.issueId]);
      // Read again under the lock: a concurrent retraction has committed by now.
      const existing = (await claim(run, id))!;
      const { retractedAt, retractedBy } = existing.claim.history;
      if (retractedAt) throw argumentInvalid('id', id, `this claim was already retracted at ${String(retractedAt)} by ${String(retractedBy)}`);
      await run(Q.retract, { id, at: now, by: writer.name, reason });
      await writeAudit(run, writer, now, {
        operation: 'retractStance',
        arguments: { id, reason },
        touched: [id],
        before: { [id]: existing.props },
      });
      return (await claim(run, id))!.claim;
    });
  }

  /** recordAttendance, recordAffiliation: one edge per pair, the record replacing it. */
  recordEdge(kind: EdgeKind, operation: string, input: object, writer: Writer): Promise<Row> {
    return this.transaction(`curation/${operation}`, (tx) => tx.recordEdge(kind, operation, input, writer));
  }

  /** removeAttendance, removeAffiliation: deletes the edge and answers it as it was. */
  removeEdge(kind: EdgeKind, operation: string, from: string, to: string, writer: Writer): Promise<Row> {
    const edge = EDGES[kind];
    return this.db.writeTransaction(`curation/${operation}`, async (run) => {
      const now = new Date().toISOString();
      await lockNodes(run, [from, to]);
      const [before] = await run(Q.edgeBefore, { type: edge.type, from, to });
      if (!before) {
        const facts = await readFacts(run, [from, to]);
        if (!facts.kinds.has(from)) throw argumentInvalid(edge.from, from, 'no node has this id');
        if (!facts.kinds.has(to)) throw argumentInvalid(edge.to, to, 'no node has this id');
        throw argumentInvalid(edge.to, to, `${from} has no ${edge.noun} with it`);
      }
      await run(Q.removeEdge, { type: edge.type, from, to });
      const key = `${edge.type}:${from}->${to}`;
      await writeAudit(run, writer, now, { operation, arguments: { [edge.from]: from, [edge.to]: to }, touched: [key], before: { [key]: before.props } });
      return edgeRow(kind, from, to, before.props);
    });
  }

  /** mergeEntities: the duplicate's edges, names and id move to the node kept; the duplicate goes. */
  mergeEntities(keep: string, duplicate: string, writer: Writer): Promise<Row> {
    if (keep === duplicate) throw argumentInvalid('duplicate', duplicate, 'a node cannot be merged with itself');
    return this.db.writeTransaction('curation/mergeEntities', async (run) => {
      const now = new Date().toISOString();
      await lockNodes(run, [keep, duplicate]);
      const facts = await readFacts(run, [keep, duplicate], [keep, duplicate]);
      const [kk, kd] = [facts.kinds.get(keep), facts.kinds.get(duplicate)];
      if (!kk) throw argumentInvalid('keep', keep, 'no node has this id');
      if (!kd) throw argumentInvalid('duplicate', duplicate, 'no node has this id');
      if (kk !== kd) throw argumentInvalid('duplicate', duplicate, `this id is one of the ${kd}, ${keep} one of the ${kk}: only two nodes of the same kind can merge`);
      if (kk !== 'actors' && kk !== 'organizations') {
        throw argumentInvalid('duplicate', duplicate, `only actors or organizations can be merged, and these are ${kk}`);
      }
      const [pk, pd] = [facts.parents.get(keep), facts.parents.get(duplicate)];
      if (pk && pd && pk !== pd && pk !== duplicate && pd !== keep) {
        throw argumentInvalid('duplicate', duplicate, `both are PART_OF an organization (${keep} of ${pk}, ${duplicate} of ${pd}) and one can have only one: set one parent with upsertOrganization first`);
      }
      const [beforeKeep] = await run(Q.nodeBefore, { id: keep });
      const [beforeDup] = await run(Q.nodeBefore, { id: duplicate });
      const [dupEdges] = await run(Q.edgesOf, { id: duplicate });
      await run(Q.merge, { keep, duplicate, at: now, by: writer.name });
      if ((await run(Q.hasCycle, { id: keep }))[0]?.cycle) {
        throw argumentInvalid('duplicate', duplicate, `merging it into ${keep} would close a PART_OF cycle`);
      }
      const claims = (dupEdges?.edges ?? []).filter((e) => e.type === 'HOLDS_STANCE').map((e) => String(e.props.id));
      await writeAudit(run, writer, now, {
        operation: 'mergeEntities',
        arguments: { keep, duplicate },
        touched: [keep, duplicate, ...claims],
        before: { [keep]: beforeKeep?.props ?? null, [duplicate]: { ...beforeDup?.props, edges: dupEdges?.edges ?? [] } },
      });
      return entity(run, keep);
    });
  }
}

/**
 * The writes of Curation inside a transaction someone else opened, so one mutation can
 * make several of them (accepting an ingest draft) and still be all or nothing.
 */
export class CurationTx {
  constructor(private readonly run: TxRunner) {}

  /** upsertActor, upsertOrganization, upsertIssue, upsertEvent, upsertSource: the record replaces the node's. */
  async upsertNode(kind: NodeKind, operation: string, input: object, writer: Writer): Promise<Row> {
    const raw = clean(input);
    const run = this.run;
    const now = new Date().toISOString();
    const record = await validated(run, kind, raw);
    await lockNodes(run, [record.id]);
    const [before] = await run(Q.nodeBefore, { id: record.id });
    await writeRows(run, seedRows(oneRecord(kind, { ...record, ...history(before?.props, writer, now) } as RecordOf<typeof kind>)));
    await writeAudit(run, writer, now, {
      operation,
      arguments: { input },
      touched: [record.id],
      before: { [record.id]: before?.props ?? null },
    });
    return entity(run, record.id);
  }

  /**
   * A change to part of an existing node's record (a source that mentions it; an event's
   * status), written as the whole record through the upsert of its kind, so it is validated,
   * dated and audited as that mutation (upsertActor, upsertEvent, ...). `sources` are added to
   * the node's, never taken away. Writes nothing when the record would not change, so doing it
   * twice is doing it once. Null when no node of the model has the id.
   */
  async amendNode(id: string, change: { sources?: readonly string[]; fields?: Props }, writer: Writer): Promise<Amended | null> {
    await lockNodes(this.run, [id]);
    const found = await readNodeRecord(this.run, id);
    if (!found) return null;
    const { kind, record } = found;
    const had = (record.sources as string[] | undefined) ?? [];
    const sources = [...had, ...(change.sources ?? []).filter((s) => !had.includes(s))];
    const next: Props = { ...record, ...change.fields, ...(kind === 'sources' ? {} : { sources }) };
    const same = sources.length === had.length && Object.entries(change.fields ?? {}).every(([k, v]) => record[k] === v);
    if (same) return { kind, written: null, before: record };
    const row = await this.upsertNode(kind, UPSERT_OPERATION[kind], next, writer);
    return { kind, written: { row, input: next }, before: record };
  }

  /** recordStance: upsert by the claim's id, derived when the input has none (claimId.ts). */
  async recordStance(input: object, writer: Writer): Promise<Row> {
    const raw = clean(input);
    if (raw.id === undefined && typeof raw.holder === 'string' && typeof raw.issue === 'string' && typeof raw.stance === 'string') {
      raw.id = deriveClaimId({ holder: raw.holder, issue: raw.issue, stance: raw.stance, asOf: raw.asOf as string | undefined });
    }
    const run = this.run;
    const now = new Date().toISOString();
    await lockNodes(run, idsIn({ holder: raw.holder, issue: raw.issue }));
    const record = await validated(run, 'stances', raw);
    const existing = await claim(run, record.id);
    if (existing?.claim.history.retractedAt) {
      throw inputInvalid([
        {
          path: 'input.id',
          value: record.id,
          message: `this claim was retracted at ${String(existing.claim.history.retractedAt)}; it is kept as it was: record a new claim with another id`,
        },
      ]);
    }
    // An edge's ends cannot change: a claim given another holder or issue is made anew.
    if (existing && (existing.claim.holderId !== record.holder || existing.claim.issueId !== record.issue)) {
      await run(Q.deleteClaim, { id: record.id });
    }
    await writeRows(run, seedRows(oneRecord('stances', { ...record, ...history(existing?.props, writer, now) })));
    await writeAudit(run, writer, now, {
      operation: 'recordStance',
      arguments: { input },
      touched: [record.id],
      before: { [record.id]: existing?.props ?? null },
    });
    return (await claim(run, record.id))!.claim;
  }

  /** recordAttendance, recordAffiliation: one edge per pair, the record replacing it. */
  async recordEdge(kind: EdgeKind, operation: string, input: object, writer: Writer): Promise<Row> {
    const raw = clean(input);
    const edge = EDGES[kind];
    const run = this.run;
    const now = new Date().toISOString();
    await lockNodes(run, [raw[edge.from], raw[edge.to]].filter((x): x is string => typeof x === 'string'));
    const record = await validated(run, kind, raw);
    const [from, to] = [raw[edge.from] as string, raw[edge.to] as string];
    const [before] = await run(Q.edgeBefore, { type: edge.type, from, to });
    await writeRows(run, seedRows(oneRecord(kind, { ...record, ...history(before?.props, writer, now) } as RecordOf<typeof kind>)));
    const key = `${edge.type}:${from}->${to}`;
    await writeAudit(run, writer, now, { operation, arguments: { input }, touched: [key], before: { [key]: before?.props ?? null } });
    return edgeRow(kind, from, to, record as Props);
  }
}

function edgeRow(kind: EdgeKind, from: string, to: string, props: Props): Row {
  const ends = kind === 'attendances' ? { attendeeId: from, eventId: to } : { actorId: from, organizationId: to };
  return { ...ends, role: props.role ?? null, sources: props.sources ?? [] };
}
