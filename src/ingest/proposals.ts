/**
 * A draft as the review queue holds it: one proposal per fact a curator decides on, each
 * with its evidence, a confidence, and the proposals it depends on (a stance by a new actor
 * depends on that actor's ENTITY proposal, an attendance on a new event's EVENT proposal).
 * Pure: the same draft gives the same proposals, with the same ids.
 */
import { deriveClaimId } from '../curation/claimId.js';
import type { Draft, Evidence } from './draft.js';

export const PROPOSAL_KINDS = ['ENTITY', 'EVENT', 'QUOTE', 'ATTENDANCE', 'AFFILIATION', 'STANCE'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export type ProposalStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

/** Kinds of new entity that become nodes of the model; places only locate events. */
export const ENTITY_KINDS_PROPOSED = ['ACTOR', 'ORGANIZATION', 'ISSUE'] as const;

/** A proposal as drafted, before it is stored. */
export interface NewProposal {
  /** `<source id>/<kind>/<key>`: readable, and the same for the same draft. */
  id: string;
  kind: ProposalKind;
  /** What accepting it writes, as drafted: the node's id, the claim's id, the edge's `TYPE:from->to`; null for a quote. */
  target: string | null;
  /** The draft's item (DraftEntity, DraftEvent, DraftStance, ...), as the extractor made it. */
  payload: Record<string, unknown>;
  evidence: Evidence | null;
  confidence: number;
  /** Ids of the proposals whose acceptance this one needs. */
  dependsOn: string[];
}

/** The order acceptDraft accepts kinds in: what others depend on first. */
export const KIND_ORDER: Record<ProposalKind, number> = { ENTITY: 0, EVENT: 1, QUOTE: 2, AFFILIATION: 2, ATTENDANCE: 3, STANCE: 3 };

/** The fields of each kind's payload that name an entity or event by id. */
export const REF_FIELDS: Record<ProposalKind, readonly string[]> = {
  ENTITY: [],
  EVENT: [],
  QUOTE: ['speaker'],
  ATTENDANCE: ['holder', 'event'],
  AFFILIATION: ['actor', 'organization'],
  STANCE: ['holder', 'issue'],
};

const clamp = (c: unknown): number => (typeof c === 'number' && Number.isFinite(c) ? Math.min(1, Math.max(0, c)) : 0.5);

/** The proposals of a draft whose source is stored as `sourceId`. */
export function proposalsOf(draft: Draft, sourceId: string): NewProposal[] {
  const byId = new Map<string, NewProposal>();
  const add = (p: NewProposal) => {
    // The extractor may find one fact in two sentences: the surer finding stands.
    const seen = byId.get(p.id);
    if (!seen || p.confidence > seen.confidence) byId.set(p.id, p);
  };
  const idOf = (kind: ProposalKind, key: string) => `${sourceId}/${kind.toLowerCase()}/${key}`;

  // Which ids of the draft name something new, and the proposal that would make it.
  const proposedBy = new Map<string, string>();
  for (const e of draft.entities) {
    if (e.new && (ENTITY_KINDS_PROPOSED as readonly string[]).includes(e.kind)) proposedBy.set(e.id, idOf('ENTITY', e.id));
  }
  for (const e of draft.events) if (e.new) proposedBy.set(e.id, idOf('EVENT', e.id));
  const needs = (...ids: Array<string | null | undefined>) =>
    [...new Set(ids.flatMap((id) => (id && proposedBy.has(id) ? [proposedBy.get(id)!] : [])))];

  for (const e of draft.entities) {
    if (!proposedBy.has(e.id) || !e.new) continue;
    add({ id: idOf('ENTITY', e.id), kind: 'ENTITY', target: e.id, payload: { ...e }, evidence: e.evidence ?? null, confidence: clamp(e.evidence?.confidence), dependsOn: [] });
  }
  for (const e of draft.events) {
    if (!e.new) continue;
    add({ id: idOf('EVENT', e.id), kind: 'EVENT', target: e.id, payload: { ...e }, evidence: e.evidence, confidence: clamp(e.evidence?.confidence), dependsOn: [] });
  }
  for (const q of draft.quotes) {
    const evidence: Evidence = { sentence: q.text, start: q.start, end: q.end, rule: q.rule ?? 'quote', confidence: clamp(q.confidence) };
    add({ id: idOf('QUOTE', `${q.start}-${q.end}`), kind: 'QUOTE', target: null, payload: { ...q }, evidence, confidence: clamp(q.confidence), dependsOn: needs(q.speaker) });
  }
  for (const a of draft.attendances) {
    add({
      id: idOf('ATTENDANCE', `${a.holder}@${a.event}`),
      kind: 'ATTENDANCE',
      target: `ATTENDED:${a.holder}->${a.event}`,
      payload: { ...a },
      evidence: a.evidence,
      confidence: clamp(a.evidence?.confidence),
      dependsOn: needs(a.holder, a.event),
    });
  }
  for (const a of draft.affiliations) {
    add({
      id: idOf('AFFILIATION', `${a.actor}@${a.organization}`),
      kind: 'AFFILIATION',
      target: `AFFILIATED_WITH:${a.actor}->${a.organization}`,
      payload: { ...a },
      evidence: a.evidence,
      confidence: clamp(a.evidence?.confidence),
      dependsOn: needs(a.actor, a.organization),
    });
  }
  for (const s of draft.stances) {
    const claimId = deriveClaimId(s);
    add({ id: idOf('STANCE', claimId), kind: 'STANCE', target: claimId, payload: { ...s }, evidence: s.evidence, confidence: clamp(s.evidence?.confidence), dependsOn: needs(s.holder, s.issue) });
  }
  return [...byId.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id));
}
