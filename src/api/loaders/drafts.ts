/**
 * The review queue's reads, per request: drafts' texts and proposals by source id, proposals
 * by id, each loader one query over all its keys. They bypass the cross-request cache on
 * purpose: the change feed leaves proposals out (they are no part of the model), so a cached
 * proposal could not be told when a curator decides it.
 */
import DataLoader from 'dataloader';
import { cypher } from '../../graph/cypher.js';
import type { ProposalRow } from '../../ingest/review.js';
import type { ProposalStatus } from '../../ingest/proposals.js';
import { pageOf } from '../request/paging.js';
import type { QueryRunner } from '../request/requestRunner.js';
import type { Page } from '../../graph/rows.js';

/** A draft as its resolvers get it: the source's id; the rest loads when asked for. */
export interface DraftRow {
  sourceId: string;
}

/** An ingested source's stored text and extraction (cypher/ingest/texts-of-sources). */
export interface TextRow {
  text: string;
  bytes: number;
  hash: string;
  url: string | null;
  /** The extractor's draft, JSON text. */
  draft: string;
  warnings: string[] | null;
  ingestedAt: string;
  ingestedBy: string;
}

const Q = {
  texts: cypher<{ sourceId: string; text: TextRow }>('ingest/texts-of-sources'),
  proposalsOfSources: cypher<{ sourceId: string; proposals: ProposalRow[] }>('ingest/proposals-of-sources'),
  proposalsById: cypher<{ proposal: ProposalRow }>('ingest/proposals-by-id'),
  draftsPage: cypher<{ items: DraftRow[]; total: number }>('ingest/drafts-page'),
};

export interface DraftLoaders {
  text: DataLoader<string, TextRow | null>;
  proposalsOf: DataLoader<string, ProposalRow[]>;
  proposal: DataLoader<string, ProposalRow | null>;
}

/** One set per request, made in the context. */
export function createDraftLoaders(runner: QueryRunner): DraftLoaders {
  return {
    text: new DataLoader(
      async (ids) => {
        const rows = new Map((await runner.read(Q.texts, { ids })).map((r) => [r.sourceId, r.text]));
        return ids.map((id) => rows.get(id) ?? null);
      },
      { name: 'draftText' },
    ),
    proposalsOf: new DataLoader(
      async (ids) => {
        const rows = new Map((await runner.read(Q.proposalsOfSources, { ids })).map((r) => [r.sourceId, r.proposals]));
        return ids.map((id) => rows.get(id) ?? []);
      },
      { name: 'draftProposals' },
    ),
    proposal: new DataLoader(
      async (ids) => {
        const rows = new Map((await runner.read(Q.proposalsById, { ids })).map((r) => [r.proposal.id, r.proposal]));
        return ids.map((id) => rows.get(id) ?? null);
      },
      { name: 'proposal' },
    ),
  };
}

/** A page of the review queue: sources with proposals in `status`, by id. */
export async function draftsPage(runner: QueryRunner, status: ProposalStatus, after: string | null, size: number): Promise<Page<DraftRow>> {
  const [row] = await runner.read(Q.draftsPage, { status, after, size });
  return pageOf(row?.items ?? [], size, row?.total ?? 0);
}
