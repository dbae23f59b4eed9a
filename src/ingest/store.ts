/**
 * The ingest's write path: an article in, its Source, text and draft stored for review. The
 * text is checked before anything else (src/ingest/text.ts), the draft made offline by the
 * extractor (src/ingest/extract/) against the graph's catalog, and everything written in one
 * write transaction: the Source through the curation's own upsert (the validator, history and
 * an audit entry, as upsertSource), its SourceText, and one Proposal per fact. Ingesting the
 * same text again (by content hash) writes nothing and answers the draft stored the first time.
 */
import { type Curation } from '../curation/index.js';
import { readFacts } from '../curation/facts.js';
import type { Writer } from '../curation/writer.js';
import { badInput, ErrorCode, StancegraphError } from '../errors.js';
import { cypher } from '../graph/cypher.js';
import type { Db } from '../graph/db.js';
import { type Catalog, loadCatalog } from './catalog.js';
import type { Article, Draft } from './draft.js';
import { extractDraft } from './extract/index.js';
import { proposalsOf } from './proposals.js';
import { slugify, sourceIdOf } from './sourceId.js';
import { checkArticleText, type CheckedText } from './text.js';

const Q = {
  byHash: cypher<{ sourceId: string }>('ingest/text-by-hash'),
  writeText: cypher<{ written: number }>('ingest/write-text'),
  writeProposals: cypher<{ written: number }>('ingest/write-proposals'),
  eventStatuses: cypher<{ id: string; status: string }>('ingest/event-statuses'),
};

/** What an ingest is given: the article's text and what is known of it. */
export interface ArticleInput {
  text: string;
  title: string;
  /** YYYY-MM-DD; absent when the article gives none (relative dates then stay unresolved). */
  publishedAt?: string | null;
  publisher?: string | null;
  url?: string | null;
  /** The Source's id when the slug of title and date will not do. */
  id?: string | null;
}

/** Where each input field came from, for messages: the CLI's flags or the mutation's input paths. */
export interface InputNames {
  text: string;
  title: string;
  publishedAt: string;
  id: string;
}

export const GRAPHQL_NAMES: InputNames = { text: 'input.text', title: 'input.title', publishedAt: 'input.publishedAt', id: 'input.id' };

/** Warned in the draft when the article has no publication date. */
export const NO_DATE_WARNING =
  'no publication date: relative dates ("on Monday", "last June") stay unresolved, and proposals that need a date carry none';

/** An article whose input passed every check that needs no database. */
interface CheckedArticle {
  sourceId: string;
  checked: CheckedText;
  article: Article;
  url: string | null;
}

/** An article checked and drafted, ready to store. */
export interface PreparedArticle extends CheckedArticle {
  draft: Draft;
}

export interface IngestResult {
  sourceId: string;
  /** False when the same text was ingested before: nothing was written. */
  created: boolean;
  /** Proposals written (0 when not created). */
  proposals: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** How a draft is made: the extractor, or in tests a hand-made draft of every kind of proposal. */
export type Extractor = (article: Article, catalog: Catalog) => Draft;

export class Ingest {
  constructor(
    private readonly db: Db,
    private readonly curation: Curation,
    readonly maxBytes: number,
    private readonly extract: Extractor = extractDraft,
  ) {}

  /**
   * Checks the input and drafts it, writing nothing: what `--dry-run` prints, and the first
   * half of an ingest. Every check that needs no database runs before the catalog is read.
   */
  async prepare(input: ArticleInput, names: InputNames = GRAPHQL_NAMES): Promise<PreparedArticle> {
    return this.draft(this.check(input, names));
  }

  /** The input checked, with no database: the text, the title, the date, the source id. */
  private check(input: ArticleInput, names: InputNames): CheckedArticle {
    const checked = checkArticleText(input.text, this.maxBytes, names.text);
    const title = input.title.trim();
    if (!title) throw badInput(`${names.title}: empty title; nothing was written`, { field: names.title });
    const publishedAt = input.publishedAt?.trim() || null;
    if (publishedAt && (!DAY.test(publishedAt) || Number.isNaN(Date.parse(`${publishedAt}T00:00:00Z`)) || new Date(`${publishedAt}T00:00:00Z`).toISOString().slice(0, 10) !== publishedAt)) {
      throw badInput(`${names.publishedAt} = ${JSON.stringify(publishedAt)}: not a date: expected YYYY-MM-DD, a real calendar day; nothing was written`, {
        field: names.publishedAt,
        value: publishedAt,
      });
    }
    const sourceId = input.id?.trim() || sourceIdOf(title, publishedAt);
    if (sourceId !== slugify(sourceId)) {
      throw badInput(`${names.id} = ${JSON.stringify(sourceId)}: not a slug: lowercase letters and digits joined by single hyphens; nothing was written`, {
        field: names.id,
        value: sourceId,
      });
    }
    const source = { id: sourceId, title, publishedAt, publisher: input.publisher?.trim() || null, url: input.url?.trim() || null };
    return { sourceId, checked, article: { text: checked.text, source }, url: source.url };
  }

  /** Drafts a checked article against the graph's catalog. */
  private async draft(checked: CheckedArticle): Promise<PreparedArticle> {
    const draft = this.extract(checked.article, await loadCatalog(this.db));
    // The extractor may say so itself, with how many dates it left: then its words stand.
    if (!checked.article.source.publishedAt && !(draft.warnings ?? []).some((w) => /no publication date/i.test(w))) {
      draft.warnings = [...(draft.warnings ?? []), NO_DATE_WARNING];
    }
    return { ...checked, draft };
  }

  /** The source an identical text was ingested as, if any. */
  async findByText(hash: string): Promise<string | null> {
    const [row] = await this.db.read(Q.byHash, { hash });
    return row?.sourceId ?? null;
  }

  /** Checks, drafts and stores an article: the Source, its text and its proposals, in one transaction. */
  async ingest(input: ArticleInput, writer: Writer, names: InputNames = GRAPHQL_NAMES): Promise<IngestResult> {
    const checked = this.check(input, names);
    // A text seen before is answered before any drafting: its draft is the one stored then.
    const seen = await this.findByText(checked.checked.hash);
    if (seen) return { sourceId: seen, created: false, proposals: 0 };
    const prepared = await this.draft(checked);
    try {
      return await this.store(prepared, writer, names);
    } catch (e) {
      // Two ingests of one text at once: the text's unique hash lets one commit; the other
      // answers what that one stored, as a later ingest would.
      if (e instanceof StancegraphError && e.code === ErrorCode.CONSTRAINT_VIOLATION) {
        const winner = await this.findByText(prepared.checked.hash);
        if (winner) return { sourceId: winner, created: false, proposals: 0 };
      }
      throw e;
    }
  }

  private store({ sourceId, checked, draft, url }: PreparedArticle, writer: Writer, names: InputNames): Promise<IngestResult> {
    return this.curation.transaction('ingest/ingestArticle', async (tx, run) => {
      const [again] = await run(Q.byHash, { hash: checked.hash });
      if (again) return { sourceId: again.sourceId, created: false, proposals: 0 };
      const facts = await readFacts(run, [sourceId]);
      if (facts.kinds.has(sourceId)) {
        throw badInput(
          `${names.id} = ${JSON.stringify(sourceId)}: a node of the graph (${facts.kinds.get(sourceId)}) already has this id, with another text or none: give the article another id (${names.id}); nothing was written`,
          { field: names.id, value: sourceId },
        );
      }
      const { source } = draft;
      await tx.upsertNode(
        'sources',
        'ingestArticle',
        { id: sourceId, title: source.title, publisher: source.publisher ?? undefined, publishedAt: source.publishedAt ?? undefined },
        writer,
      );
      const at = new Date().toISOString();
      await run(Q.writeText, {
        sourceId,
        text: {
          hash: checked.hash,
          text: checked.text,
          bytes: checked.bytes,
          url,
          draft: JSON.stringify(draft),
          warnings: draft.warnings ?? [],
          ingestedAt: at,
          ingestedBy: writer.name,
        },
      });
      const drafted = proposalsOf(draft, sourceId);
      // An event the graph holds: its status now, beside the one the article reports, so the
      // curator sees the change and accepting can tell when someone changed it meanwhile.
      const known = drafted.filter((p) => p.kind === 'EVENT' && p.payload.new === false).map((p) => String(p.payload.id));
      const statuses = new Map(known.length ? (await run(Q.eventStatuses, { ids: known })).map((r) => [r.id, r.status]) : []);
      for (const p of drafted) if (p.kind === 'EVENT' && p.payload.new === false) p.payload.currentStatus = statuses.get(String(p.payload.id)) ?? null;
      const proposals = drafted.map((p) => ({
        ...p,
        payload: JSON.stringify(p.payload),
        evidence: p.evidence ? JSON.stringify(p.evidence) : null,
      }));
      const [written] = await run(Q.writeProposals, { sourceId, proposals, at, by: writer.name });
      return { sourceId, created: true, proposals: written?.written ?? 0 };
    });
  }
}
