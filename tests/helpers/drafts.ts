/**
 * Drafts made by hand, with a proposal of every kind, so the review's tests do not depend on
 * what the extractor finds. The article is written for the tests (a fictional envoy, in the
 * project's words); each call varies it by `tag`, so every test ingests a text of its own and
 * proposes new ids of its own.
 */
import { Curation } from '../../src/curation/index.js';
import type { Db } from '../../src/graph/db.js';
import type { Article, Draft, Evidence } from '../../src/ingest/draft.js';
import { Ingest } from '../../src/ingest/store.js';

/** An article of our own, about a fictional trade envoy meeting Benjamin Netanyahu. */
export function testArticle(tag: string): string {
  return [
    `Envoy Visit ${tag}`,
    `Jane Placeholder ${tag}, the trade envoy of the United States, met Benjamin Netanyahu in Jerusalem on Monday.`,
    'The two discussed the ceasefire in Gaza and the talks with Iran.',
    'After the meeting, Netanyahu said he backs the scope of the talks.',
    `Placeholder told reporters that the United States wants a deal that covers missiles as well as the nuclear programme.`,
    `This is the test article ${tag}, written for the ingest tests.`,
  ].join('\n');
}

const evidence = (text: string, needle: string, rule: string, confidence: number): Evidence => {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`test draft: ${JSON.stringify(needle)} is not in the article`);
  return { sentence: needle, start, end: start + needle.length, rule, confidence };
};

/** The ids a test draft proposes, by tag. */
export const ids = (tag: string) => ({
  envoy: `jane-placeholder-${tag}`,
  meeting: `placeholder-netanyahu-meeting-${tag}`,
});

/**
 * A draft of the test article with one proposal of each kind and dependencies between them:
 * a new actor (ENTITY) and a new event (EVENT); a quote by a known speaker and one by the
 * new actor; the new actor's and Netanyahu's attendance of the new event; the new actor's
 * affiliation with the United States; Netanyahu's stance (with a position) and the new
 * actor's (without one, so accepting it needs an edit).
 */
export function testDraft(article: Article, tag: string): Draft {
  const { text } = article;
  const { envoy, meeting } = ids(tag);
  const s1 = text.split('\n')[1]!;
  const s3 = text.split('\n')[3]!;
  const s4 = text.split('\n')[4]!;
  const mention = (needle: string) => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length, text: needle };
  };
  return {
    source: article.source,
    entities: [
      { id: 'benjamin-netanyahu', kind: 'ACTOR', name: 'Benjamin Netanyahu', new: false, mentions: [mention('Benjamin Netanyahu')] },
      { id: 'united-states', kind: 'ORGANIZATION', name: 'United States', new: false, mentions: [mention('United States')] },
      {
        id: envoy,
        kind: 'ACTOR',
        name: `Jane Placeholder ${tag}`,
        new: true,
        title: 'trade envoy',
        mentions: [mention(`Jane Placeholder ${tag}`)],
        evidence: evidence(text, s1, 'entity.apposition', 0.9),
      },
      { id: 'jerusalem', kind: 'PLACE', name: 'Jerusalem', new: true, mentions: [mention('Jerusalem')] },
    ],
    quotes: [
      { text: 'he backs the scope of the talks', ...span(text, 'he backs the scope of the talks'), speaker: 'benjamin-netanyahu', kind: 'REPORTED', rule: 'quote.said', confidence: 0.7 },
      { text: 'wants a deal that covers missiles', ...span(text, 'wants a deal that covers missiles'), speaker: envoy, kind: 'REPORTED', rule: 'quote.told-reporters', confidence: 0.6 },
    ],
    events: [
      {
        id: meeting,
        new: true,
        name: `Placeholder ${tag} meets Netanyahu in Jerusalem`,
        kind: 'MEETING',
        status: 'HELD',
        date: article.source.publishedAt,
        datePrecision: article.source.publishedAt ? 'DAY' : null,
        location: 'Jerusalem',
        participants: [envoy, 'benjamin-netanyahu'],
        evidence: evidence(text, s1, 'event.verb-tense', 0.85),
      },
    ],
    attendances: [
      { holder: 'benjamin-netanyahu', event: meeting, role: 'host', evidence: evidence(text, s1, 'attendance.participant', 0.8) },
      { holder: envoy, event: meeting, role: 'guest', evidence: evidence(text, s1, 'attendance.participant', 0.8) },
    ],
    affiliations: [{ actor: envoy, organization: 'united-states', role: 'trade envoy', evidence: evidence(text, s1, 'affiliation.apposition', 0.9) }],
    stances: [
      {
        holder: 'benjamin-netanyahu',
        issue: 'iran-talks-scope',
        stance: 'SUPPORTS',
        attribution: 'REPORTED',
        asOf: article.source.publishedAt,
        quote: null,
        position: `Backs the scope of the US talks with Iran (test ${tag}).`,
        evidence: evidence(text, s3, 'stance.cue', 0.75),
      },
      {
        holder: envoy,
        issue: 'iran-ballistic-missiles',
        stance: 'OPPOSES',
        attribution: 'REPORTED',
        asOf: article.source.publishedAt,
        quote: null,
        position: null,
        evidence: evidence(text, s4, 'stance.cue', 0.4),
      },
    ],
  };
}

function span(text: string, needle: string) {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
}

/**
 * Ingests the test article of `tag` with its hand-made draft, as the test curator, and
 * answers the source id. The extractor is the only part replaced.
 */
export async function ingestTestArticle(db: Db, tag: string, options: { publishedAt?: string | null; maxBytes?: number } = {}): Promise<string> {
  const ingest = new Ingest(db, new Curation(db), options.maxBytes ?? 200_000, (article) => testDraft(article, tag));
  const text = testArticle(tag);
  const result = await ingest.ingest(
    { text, title: `Envoy Visit ${tag}`, publishedAt: options.publishedAt === undefined ? '2026-02-09' : options.publishedAt },
    { name: 'test-curator', role: 'curator' },
  );
  return result.sourceId;
}
