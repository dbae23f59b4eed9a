/**
 * A draft as the review queue holds it: one proposal per fact a curator decides on, each
 * with its evidence, a confidence, and the proposals it depends on (a stance by a new actor
 * depends on that actor's ENTITY proposal, an attendance on a new event's EVENT proposal).
 * Pure: the same draft gives the same proposals, with the same ids.
 */
import { deriveClaimId } from '../curation/claimId.js';
import type { Draft, DraftEntity, Evidence } from './draft.js';

export const PROPOSAL_KINDS = ['ENTITY', 'EVENT', 'QUOTE', 'ATTENDANCE', 'AFFILIATION', 'STANCE'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export type ProposalStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

/** Kinds of entity proposed (new: the node; known: its mention); places only locate events. */
export const ENTITY_KINDS_PROPOSED = ['ACTOR', 'ORGANIZATION', 'ISSUE'] as const;

/** A proposal as drafted, before it is stored. */
export interface NewProposal {
  /** `<source id>/<kind>/<key>`: readable, and the same for the same draft. */
  id: string;
  kind: ProposalKind;
  /** What accepting it writes, as drafted: the node's id, the claim's id, the edge's `TYPE:from->to`; null for a quote. */
  target: string | null;
  /**
   * The draft's item (DraftEntity, DraftEvent, DraftStance, ...), as the extractor made it;
   * the store adds what the graph held when it was drafted (an existing event's `currentStatus`).
   */
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

/**
 * How sure a mention of a known entity is when the extractor gives no evidence of its own: it
 * matched the graph's name or alias, so it is surer than a guess, but a curator still sees it.
 */
const KNOWN_MENTION_CONFIDENCE = 0.9;

/** The first span naming an entity, as the evidence of a mention the extractor gave none for. */
function mentionEvidence(e: DraftEntity): Evidence | null {
  const first = e.mentions[0];
  return first ? { sentence: first.text, start: first.start, end: first.end, rule: 'entity.mention', confidence: KNOWN_MENTION_CONFIDENCE } : null;
}

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
    if (!(ENTITY_KINDS_PROPOSED as readonly string[]).includes(e.kind)) continue;
    // A known entity's proposal is its mention: accepting it links the source to it
    // (MENTIONED_IN), as the seeds link every source to what it names.
    const evidence = e.evidence ?? mentionEvidence(e);
    const confidence = e.evidence ? clamp(e.evidence.confidence) : e.new ? 0.5 : KNOWN_MENTION_CONFIDENCE;
    add({ id: idOf('ENTITY', e.id), kind: 'ENTITY', target: e.id, payload: { ...e }, evidence, confidence, dependsOn: [] });
  }
  for (const e of draft.events) {
    // An existing event's proposal is its mention, and its status as this article reports it.
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
