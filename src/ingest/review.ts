/**
 * The review of a draft: a curator accepts a proposal (possibly edited), rejects it with a
 * reason, or accepts a whole draft. Accepting writes through the curation's own operations
 * (CurationTx: the validator, createdBy/updatedBy history and an audit entry, as the
 * mutation of the same name), inside one write transaction per mutation with the decision
 * itself, so a proposal is ACCEPTED exactly when what it proposed is in the graph. The
 * proposal is locked first, so of two curators accepting it at once one wins and the other
 * reads its decision.
 */
import { deriveClaimId } from '../curation/claimId.js';
import { type Curation, type CurationTx, type Row } from '../curation/index.js';
import { writeAudit } from '../curation/audit.js';
import { lockNodes, readFacts } from '../curation/facts.js';
import { formatPartialDate } from '../graph/partialDate.js';
import type { Writer } from '../curation/writer.js';
import { badInput, ErrorCode, StancegraphError } from '../errors.js';
import { cypher } from '../graph/cypher.js';
import type { TxRunner } from '../graph/db.js';
import { ORGANIZATION_KINDS, EVENT_KINDS, RECORD_BOUNDS } from '../validate/records.js';
import { KIND_ORDER, type ProposalKind, type ProposalStatus, REF_FIELDS } from './proposals.js';
import { quoteOfStance, quoteText } from './quotes.js';

type Props = Record<string, unknown>;

/** What a proposal this one depends on has become. */
export interface DependencyRow {
  id: string;
  kind: ProposalKind;
  status: ProposalStatus;
  target: string | null;
  result: string | null;
}

/** A stored proposal, as cypher/ingest/proposals-by-id answers it. */
export interface ProposalRow {
  id: string;
  kind: ProposalKind;
  status: ProposalStatus;
  target: string | null;
  /** JSON text of the draft's item. */
  payload: string;
  /** JSON text of the evidence, or null. */
  evidence: string | null;
  confidence: number;
  dependsOn: string[];
  result: string | null;
  reason: string | null;
  /** JSON text of the edits it was accepted with, or null. */
  edits: string | null;
  createdAt: string;
  createdBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  sourceId: string;
  deps: Array<DependencyRow | null>;
}

const Q = {
  lock: cypher<{ locked: number }>('ingest/lock-proposals'),
  byId: cypher<{ proposal: ProposalRow; props: Props }>('ingest/proposals-by-id'),
  ofSources: cypher<{ sourceId: string; proposals: ProposalRow[] }>('ingest/proposals-of-sources'),
  decide: cypher<{ decided: number }>('ingest/decide-proposal'),
  mergedInto: cypher<{ id: string; keptId: string }>('ingest/merged-into'),
  claim: cypher<{ claim: Row & { history: Props }; props: Props }>('curation/claim'),
  edgeBefore: cypher<{ props: Props }>('curation/edge-before'),
  eventStatuses: cypher<{ id: string; status: string }>('ingest/event-statuses'),
};

/** A curator's changes to a proposal before accepting it; which fields apply depends on its kind. */
export type ProposalEdits = Partial<Record<(typeof EDIT_FIELDS)[ProposalKind][number], unknown>>;

/** The fields a curator may edit, per kind; an edit of another field is refused, not ignored. */
export const EDIT_FIELDS = {
  ENTITY: ['id', 'name', 'title', 'description', 'orgKind', 'parent'],
  EVENT: ['id', 'name', 'eventKind', 'status', 'date', 'location', 'description'],
  QUOTE: ['speaker'],
  ATTENDANCE: ['holder', 'event', 'role'],
  AFFILIATION: ['actor', 'organization', 'role'],
  STANCE: ['holder', 'issue', 'stance', 'attribution', 'asOf', 'position', 'quote'],
} as const satisfies Record<ProposalKind, readonly string[]>;

/**
 * What may be edited on a proposal of something the graph holds already (`new: false`): which
 * entity or event is meant (`id`), and an event's status; its name and the rest are the
 * graph's, changed with the upsert mutations.
 */
const KNOWN_EDIT_FIELDS: Partial<Record<ProposalKind, readonly string[]>> = { ENTITY: ['id'], EVENT: ['id', 'status'] };

/** True for an ENTITY or EVENT proposal of a node the graph held when the draft was made. */
const isKnown = (p: ProposalRow, payload: Props): boolean => (p.kind === 'ENTITY' || p.kind === 'EVENT') && payload.new === false;

/** What accepting wrote, for the change feed and the cache (src/api/live/ownWrites.ts). */
export type ProposalWrite =
  | { kind: 'node'; row: Row; input: object }
  | { kind: 'claim'; row: Row }
  | { kind: 'attendance'; row: Row }
  | { kind: 'affiliation'; row: Row };

export interface Accepted {
  proposal: ProposalRow;
  writes: ProposalWrite[];
}

const invalid = (id: string, message: string, extensions: Record<string, unknown> = {}): StancegraphError =>
  badInput(`proposal ${id}: ${message}; nothing was written`, { argumentName: 'id', field: 'id', value: id, ...extensions });

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const union = (a: unknown, b: readonly string[]): string[] => [...new Set([...(Array.isArray(a) ? (a as string[]) : []), ...b])];

/** Why a decided proposal cannot be decided again. */
function decided(p: ProposalRow): string {
  const when = `at ${p.decidedAt} by ${p.decidedBy}`;
  return p.status === 'ACCEPTED'
    ? `already accepted ${when}${p.result ? ` (it wrote ${p.result})` : ''}`
    : `already rejected ${when}${p.reason ? ` (${JSON.stringify(p.reason)})` : ''}`;
}

/** The payload with the curator's edits over it; an edit the kind does not have is refused. */
function edited(p: ProposalRow, edits: Props): Props {
  const payload = JSON.parse(p.payload) as Props;
  const known = isKnown(p, payload);
  const allowed: readonly string[] = (known ? KNOWN_EDIT_FIELDS[p.kind] : undefined) ?? EDIT_FIELDS[p.kind];
  const given = Object.entries(edits).filter(([, v]) => v !== null && v !== undefined);
  const stray = given.filter(([k]) => !allowed.includes(k)).map(([k]) => k);
  if (stray.length) {
    const what = known ? `a ${p.kind} proposal of ${String(payload.id)}, which the graph holds (its fields: ${allowed.join(', ')}; edit the node itself with its upsert mutation)` : `a ${p.kind} proposal (its fields: ${allowed.join(', ')})`;
    throw invalid(p.id, `edits.${stray.join(', edits.')} cannot be edited on ${what}`);
  }
  // A kind the record format does not know would be dropped when written: refused here instead.
  for (const [field, known] of [['orgKind', ORGANIZATION_KINDS], ['eventKind', EVENT_KINDS]] as const) {
    const value = edits[field];
    if (value !== null && value !== undefined && !(known as readonly unknown[]).includes(value)) {
      throw invalid(p.id, `edits.${field} = ${JSON.stringify(value)}: expected one of ${known.join(', ')}`);
    }
  }
  return { ...payload, ...Object.fromEntries(given) };
}

export class Review {
  constructor(private readonly curation: Curation) {}

  /** acceptProposal: writes what the proposal proposes, with the edits over it, and marks it ACCEPTED. */
  accept(id: string, edits: Props | null | undefined, writer: Writer): Promise<Accepted> {
    return this.curation.transaction('ingest/acceptProposal', async (tx, run) => {
      await run(Q.lock, { ids: [id] });
      return acceptLocked(tx, run, id, edits ?? {}, writer);
    });
  }

  /** rejectProposal: marks it REJECTED with who, when and why; it stays in the draft. */
  reject(id: string, reason: string, writer: Writer): Promise<ProposalRow> {
    const why = reason.trim();
    if (!why) throw badInput('reason: empty: say why the proposal is rejected; nothing was written', { argumentName: 'reason', field: 'reason', value: reason });
    if (why.length > RECORD_BOUNDS.textLength) {
      throw badInput(`reason: longer than ${RECORD_BOUNDS.textLength} characters; nothing was written`, { argumentName: 'reason', field: 'reason' });
    }
    return this.curation.transaction('ingest/rejectProposal', async (_, run) => {
      await run(Q.lock, { ids: [id] });
      const found = await proposal(run, id);
      if (found.proposal.status !== 'PENDING') throw invalid(id, decided(found.proposal));
      const now = new Date().toISOString();
      await run(Q.decide, { id, status: 'REJECTED', at: now, by: writer.name, reason: why, result: null, edits: null });
      await writeAudit(run, writer, now, { operation: 'rejectProposal', arguments: { id, reason: why }, touched: [id], before: { [id]: found.props } });
      return (await proposal(run, id)).proposal;
    });
  }

  /**
   * acceptDraft: accepts every pending proposal of a source at or above `minConfidence`, what
   * others depend on first. All or nothing: when any cannot be accepted, nothing is, and the
   * error names each one that cannot, and why.
   */
  acceptDraft(sourceId: string, minConfidence: number, writer: Writer): Promise<Accepted[]> {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw badInput(`minConfidence = ${minConfidence}: must be between 0 and 1; nothing was written`, { argumentName: 'minConfidence', value: minConfidence });
    }
    return this.curation.transaction('ingest/acceptDraft', async (tx, run) => {
      const [row] = await run(Q.ofSources, { ids: [sourceId] });
      const all = row?.proposals ?? [];
      if (!all.length) throw badInput(`source = ${JSON.stringify(sourceId)}: no proposal was drafted from this source (it was not ingested, or its draft found nothing to propose); nothing was written`, { argumentName: 'source', value: sourceId });
      const chosen = all
        .filter((p) => p.status === 'PENDING' && p.confidence >= minConfidence)
        .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id));
      await run(Q.lock, { ids: chosen.map((p) => p.id) });
      const accepted: Accepted[] = [];
      const problems: string[] = [];
      for (const p of chosen) {
        try {
          accepted.push(await acceptLocked(tx, run, p.id, {}, writer));
        } catch (e) {
          // A proposal's own problem is reported with the others; a database failure ends the transaction.
          if (!(e instanceof StancegraphError && e.code === ErrorCode.BAD_USER_INPUT)) throw e;
          problems.push(e.message.replace(/; nothing was written$/, ''));
        }
      }
      if (problems.length) {
        throw badInput(`acceptDraft ${sourceId}: ${problems.length} of ${chosen.length} proposals cannot be accepted; nothing was written: ${problems.join('; ')}`, {
          argumentName: 'source',
          value: sourceId,
          problems,
        });
      }
      return accepted;
    });
  }
}

async function proposal(run: TxRunner, id: string): Promise<{ proposal: ProposalRow; props: Props }> {
  const [found] = await run(Q.byId, { ids: [id] });
  if (!found) throw badInput(`id = ${JSON.stringify(id)}: no proposal has this id; nothing was written`, { argumentName: 'id', field: 'id', value: id });
  return found;
}

/** Accepts one proposal whose lock the transaction holds: reads it under the lock, writes, decides, audits. */
async function acceptLocked(tx: CurationTx, run: TxRunner, id: string, edits: Props, writer: Writer): Promise<Accepted> {
  const { proposal: p, props } = await proposal(run, id);
  if (p.status !== 'PENDING') throw invalid(id, decided(p));
  const fields = edited(p, edits);

  // A field naming what another proposal proposes needs that proposal accepted, and takes
  // the id it was accepted as (its curator may have edited it).
  for (const field of REF_FIELDS[p.kind]) {
    const dep = p.deps.find((d) => d !== null && d.target !== null && d.target === fields[field]);
    if (!dep) continue;
    if (dep.status !== 'ACCEPTED') {
      const fix = dep.status === 'REJECTED' ? `edit ${field} to name an existing entity, or reject this proposal` : 'accept it first';
      throw invalid(id, `${field} = ${JSON.stringify(fields[field])} is proposed by ${dep.id} (${dep.kind}), which is ${dep.status}: ${fix}`, { dependsOn: dep.id });
    }
    fields[field] = dep.result ?? fields[field];
  }
  const refs = REF_FIELDS[p.kind].map((f) => [f, fields[f]] as const).filter((r): r is readonly [string, string] => typeof r[1] === 'string');
  await checkRefs(run, id, refs);

  let written: Awaited<ReturnType<typeof write>>;
  try {
    written = await write(tx, run, p, fields, edits, writer);
  } catch (e) {
    // The validator's message names the input's fields; the curator needs the proposal's id too.
    if (e instanceof StancegraphError && e.code === ErrorCode.BAD_USER_INPUT && !e.message.startsWith('proposal ')) {
      throw invalid(id, e.message.replace(/^Invalid input; nothing was written: /, '').replace(/; nothing was written$/, ''), { problems: e.extensions.problems });
    }
    throw e;
  }
  const now = new Date().toISOString();
  const editsGiven = Object.fromEntries(Object.entries(edits).filter(([, v]) => v !== null && v !== undefined));
  const editsText = Object.keys(editsGiven).length ? JSON.stringify(editsGiven) : null;
  await run(Q.decide, { id, status: 'ACCEPTED', at: now, by: writer.name, reason: null, result: written.result, edits: editsText });
  await writeAudit(run, writer, now, {
    operation: 'acceptProposal',
    arguments: { id, edits: editsGiven },
    touched: [id, ...new Set([...(written.result ? [written.result] : []), ...(written.touched ?? [])])],
    before: { [id]: props },
  });
  return { proposal: (await proposal(run, id)).proposal, writes: written.writes };
}

/** Every id the proposal names must be a node now: one merged away says where it went. */
async function checkRefs(run: TxRunner, id: string, refs: ReadonlyArray<readonly [string, string]>): Promise<void> {
  if (!refs.length) return;
  const facts = await readFacts(run, refs.map(([, v]) => v));
  const missing = refs.filter(([, v]) => !facts.kinds.has(v));
  if (!missing.length) return;
  const merged = new Map((await run(Q.mergedInto, { ids: missing.map(([, v]) => v) })).map((r) => [r.id, r.keptId]));
  const [field, value] = missing[0]!;
  const kept = merged.get(value);
  if (kept) throw invalid(id, `${field} = ${JSON.stringify(value)} was merged into ${kept} since the draft was made: accept it with edits {${field}: "${kept}"}, or reject it`, { mergedInto: kept });
  throw invalid(id, `${field} = ${JSON.stringify(value)}: no node of the graph has this id (deleted since the draft was made?): edit ${field}, or reject it`);
}

/** What accepting wrote: `result` names it, `touched` anything else it changed. */
interface Written {
  result: string | null;
  writes: ProposalWrite[];
  touched?: string[];
}

/** Writes what a proposal proposes through the curation's operations. */
async function write(tx: CurationTx, run: TxRunner, p: ProposalRow, f: Props, edits: Props, writer: Writer): Promise<Written> {
  const sources = [p.sourceId];
  switch (p.kind) {
    case 'ENTITY':
    case 'EVENT': {
      if (f.new === false) return writeKnown(tx, run, p, f, edits, writer);
      const id = String(f.id);
      const facts = await readFacts(run, [id]);
      const existing = facts.kinds.get(id);
      if (existing) {
        throw invalid(p.id, `id = ${JSON.stringify(id)} is already in the graph (one of the ${existing}); accepting would replace it: edit id to a new slug, or reject this proposal`);
      }
      const [kind, operation, input] = p.kind === 'EVENT' ? (['events', 'upsertEvent', eventInput(f, sources)] as const) : entityInput(p.id, f, sources);
      const row = await tx.upsertNode(kind, operation, input, writer);
      return { result: id, writes: [{ kind: 'node', row, input }] };
    }
    case 'QUOTE':
      return writeQuote(tx, run, p, f, writer);
    case 'STANCE': {
      const position = str(f.position);
      if (!position) {
        throw invalid(p.id, 'accepting a stance needs a position, one sentence in the project\'s words: pass edits {position: "..."}');
      }
      const claimId = deriveClaimId({ holder: String(f.holder), stance: String(f.stance), issue: String(f.issue), asOf: str(f.asOf) ?? null });
      const [existing] = await run(Q.claim, { id: claimId });
      const h = existing?.claim.history;
      if (h?.retractedAt) {
        throw invalid(p.id, `the claim it records, ${claimId}, was retracted at ${String(h.retractedAt)} by ${String(h.retractedBy)} (${JSON.stringify(h.retractionReason)}): edit asOf or stance to make a new claim, or reject it`, {
          claim: claimId,
        });
      }
      const input = {
        id: claimId,
        holder: f.holder,
        issue: f.issue,
        stance: f.stance,
        attribution: f.attribution,
        asOf: str(f.asOf),
        position,
        quote: await stanceQuote(run, p, f, edits),
        // A claim the graph already holds gains this source beside its own.
        sources: union(existing?.props.sources, sources),
      };
      const row = await tx.recordStance(input, writer);
      return { result: claimId, writes: [{ kind: 'claim', row }] };
    }
    case 'ATTENDANCE':
    case 'AFFILIATION': {
      const [kind, operation, type, from, to] =
        p.kind === 'ATTENDANCE'
          ? (['attendances', 'recordAttendance', 'ATTENDED', 'attendee', 'event'] as const)
          : (['affiliations', 'recordAffiliation', 'AFFILIATED_WITH', 'actor', 'organization'] as const);
      const [a, b] = p.kind === 'ATTENDANCE' ? [String(f.holder), String(f.event)] : [String(f.actor), String(f.organization)];
      const [before] = await run(Q.edgeBefore, { type, from: a, to: b });
      const input = { [from]: a, [to]: b, role: str(f.role) ?? str(before?.props.role), sources: union(before?.props.sources, sources) };
      const row = await tx.recordEdge(kind, operation, input, writer);
      return { result: `${type}:${a}->${b}`, writes: [{ kind: p.kind === 'ATTENDANCE' ? 'attendance' : 'affiliation', row }] };
    }
  }
}

function entityInput(proposalId: string, f: Props, sources: string[]) {
  const base = { id: f.id, name: f.name, description: str(f.description), sources };
  if (f.kind === 'ACTOR' && f.parent != null) throw invalid(proposalId, 'edits.parent is for a new issue or organization; an actor has none (propose an affiliation instead)');
  // An issue or an organization may sit under a broader one (PART_OF); the upsert checks that it exists and is of the same kind.
  const placed = { ...base, parent: str(f.parent) };
  switch (f.kind) {
    case 'ACTOR':
      return ['actors', 'upsertActor', { ...base, title: str(f.title) }] as const;
    case 'ORGANIZATION': {
      const kind = (ORGANIZATION_KINDS as readonly string[]).includes(String(f.orgKind)) ? String(f.orgKind) : undefined;
      return ['organizations', 'upsertOrganization', { ...placed, kind }] as const;
    }
    case 'ISSUE':
      return ['issues', 'upsertIssue', placed] as const;
    default:
      throw invalid(proposalId, `a new ${String(f.kind)} is not a node of the model: reject this proposal`);
  }
}

function eventInput(f: Props, sources: string[]) {
  const kind = String(f.eventKind ?? f.kind ?? '').toLowerCase();
  return {
    id: f.id,
    name: f.name,
    kind: (EVENT_KINDS as readonly string[]).includes(kind) ? kind : 'other',
    status: f.status,
    date: str(f.date),
    location: str(f.location),
    description: str(f.description),
    sources,
  };
}

/** The kinds of node an ENTITY proposal may name. */
const ENTITY_NODE_KINDS = new Set(['actors', 'organizations', 'issues']);

/**
 * Accepting a proposal of an entity or event the graph holds: the source is recorded as one
 * that mentions it (MENTIONED_IN) and, for an event, the status the article reports becomes
 * its status. Written as the node's whole record through its upsert (upsertActor, upsertEvent,
 * ...), or not at all when the graph says so already.
 */
async function writeKnown(tx: CurationTx, run: TxRunner, p: ProposalRow, f: Props, edits: Props, writer: Writer): Promise<Written> {
  const id = String(f.id);
  await lockNodes(run, [id]);
  await checkRefs(run, p.id, [['id', id]]);
  const kind = (await readFacts(run, [id])).kinds.get(id)!;
  if (p.kind === 'ENTITY' ? !ENTITY_NODE_KINDS.has(kind) : kind !== 'events') {
    throw invalid(p.id, `id = ${JSON.stringify(id)} is one of the ${kind}, not ${p.kind === 'ENTITY' ? 'an actor, organization or issue' : 'an event'}: edit id, or reject it`);
  }
  const fields: Props = {};
  if (p.kind === 'EVENT') {
    const [now] = await run(Q.eventStatuses, { ids: [id] });
    const drafted = (JSON.parse(p.payload) as Props).currentStatus;
    // Someone set another status since the draft: the curator decided on a change from the
    // status shown, so a different one is not overwritten unasked.
    if ((edits.status === undefined || edits.status === null) && (edits.id === undefined || edits.id === null)) {
      if (typeof drafted === 'string' && now && now.status !== drafted && now.status !== f.status) {
        throw invalid(p.id, `${id} is ${now.status} now, not ${drafted} as when the draft was made: accept it with edits {status: "${String(f.status)}"} to set it anyway, or reject it`, {
          status: now.status,
        });
      }
    }
    fields.status = f.status;
  }
  const amended = await tx.amendNode(id, { sources: [p.sourceId], fields }, writer);
  const written = amended?.written;
  return { result: id, writes: written ? [{ kind: 'node', row: written.row, input: written.input }] : [] };
}

/** The stance proposals of the quote's source: the quote belongs to those of its speaker whose sentence holds it. */
async function draftStances(run: TxRunner, sourceId: string): Promise<ProposalRow[]> {
  const [row] = await run(Q.ofSources, { ids: [sourceId] });
  return (row?.proposals ?? []).filter((x) => x.kind === 'STANCE');
}

/**
 * Accepting a quote: it is evidence of its speaker's stance, so it goes on the stances of its
 * speaker drafted from its sentence. A claim accepted already and without a quote gets it now
 * (through recordStance); a stance still pending takes it when accepted (stanceQuote).
 */
async function writeQuote(tx: CurationTx, run: TxRunner, p: ProposalRow, f: Props, writer: Writer): Promise<Written> {
  const text = quoteText(p);
  const stances = (await draftStances(run, p.sourceId)).filter((s) => quoteOfStance(p, s, f.speaker));
  const writes: ProposalWrite[] = [];
  const claims: string[] = [];
  for (const s of stances) {
    if (s.status !== 'ACCEPTED' || !s.result || !text) continue;
    const [existing] = await run(Q.claim, { id: s.result });
    if (!existing || existing.claim.history.retractedAt || existing.claim.quote) continue;
    const c = existing.claim;
    const row = await tx.recordStance(
      {
        id: c.id,
        holder: c.holderId,
        issue: c.issueId,
        stance: c.stance,
        attribution: c.attribution,
        asOf: formatPartialDate(c.asOf as string | null, c.asOfPrecision as string | null) ?? undefined,
        position: c.position,
        quote: text,
        sources: c.sources,
      },
      writer,
    );
    writes.push({ kind: 'claim', row });
    claims.push(String(c.id));
  }
  return { result: claims[0] ?? null, writes, touched: claims };
}

/**
 * The quote a stance is recorded with: the curator's edit; else the draft's, unless the quote
 * proposal it came from was rejected; else an accepted quote of its speaker in its sentence.
 */
async function stanceQuote(run: TxRunner, p: ProposalRow, f: Props, edits: Props): Promise<string | undefined> {
  if (str(edits.quote)) return str(edits.quote);
  const quotes = (await run(Q.ofSources, { ids: [p.sourceId] }))[0]?.proposals.filter((q) => q.kind === 'QUOTE' && quoteOfStance(q, p, undefined, f.holder)) ?? [];
  const drafted = str(f.quote);
  const rejected = new Set(quotes.filter((q) => q.status === 'REJECTED').map(quoteText));
  if (drafted && !rejected.has(drafted)) return drafted;
  return quotes.map((q) => (q.status === 'ACCEPTED' ? quoteText(q) : null)).find((t): t is string => t !== null) ?? undefined;
}
