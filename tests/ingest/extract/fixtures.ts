import type { Catalog, CatalogEntity } from '../../../src/ingest/catalog.js';
import type { Article } from '../../../src/ingest/draft.js';
import { extractDraft } from '../../../src/ingest/extract/index.js';

/**
 * A hand-built catalog of invented people, states and issues, so the rule tests need no
 * Neo4j and depend on no article: two presidents of two countries, a prime minister, a
 * spokeswoman, a meeting already in the graph, and a few issues.
 */
const entities: CatalogEntity[] = [
  { id: 'karl-brandt', kind: 'ACTOR', name: 'Karl Brandt', aliases: [], title: 'President of Ruritania', affiliations: [{ organization: 'ruritania', role: 'President' }] },
  { id: 'olga-petrova', kind: 'ACTOR', name: 'Olga Petrova', aliases: [], title: 'Prime Minister of Borduria', affiliations: [{ organization: 'bordurian-government', role: 'Prime Minister' }] },
  { id: 'ivan-horvat', kind: 'ACTOR', name: 'Ivan Horvat', aliases: [], title: 'Former President of Syldavia', affiliations: [{ organization: 'syldavia', role: 'former president' }] },
  { id: 'mia-lund', kind: 'ACTOR', name: 'Mia Lund', aliases: [], title: 'Spokeswoman of the Bordurian government', affiliations: [{ organization: 'bordurian-government', role: 'spokeswoman' }] },
  { id: 'ruritania', kind: 'ORGANIZATION', name: 'Ruritania', aliases: ['the Ruritanian state'], orgKind: 'state' },
  { id: 'borduria', kind: 'ORGANIZATION', name: 'Borduria', aliases: [], orgKind: 'state' },
  { id: 'syldavia', kind: 'ORGANIZATION', name: 'Syldavia', aliases: [], orgKind: 'state' },
  { id: 'bordurian-government', kind: 'ORGANIZATION', name: 'Bordurian government', aliases: [], orgKind: 'government', country: 'Borduria', parent: 'borduria' },
  { id: 'daily-courier', kind: 'ORGANIZATION', name: 'Daily Courier', aliases: [], orgKind: 'outlet' },
  { id: 'us', kind: 'ORGANIZATION', name: 'United States', aliases: ['US', 'U.S.'], orgKind: 'state' },
  { id: 'river-dam-project', kind: 'ISSUE', name: 'River dam project', aliases: [], description: 'Whether the joint dam on the border river should be built.' },
  { id: 'fishing-rights', kind: 'ISSUE', name: 'Fishing rights in the lake', aliases: [], description: 'Who may fish in the shared lake and how much.' },
  { id: 'ruritania-borduria-alliance', kind: 'ISSUE', name: 'Bordurian alliance', aliases: [], description: 'Ruritania’s military and political ties with Borduria.' },
  { id: 'border-tariffs', kind: 'ISSUE', name: 'Border tariffs', aliases: [], description: 'Duties on goods crossing the border.' },
  {
    id: 'brandt-petrova-summit-2031-05-04',
    kind: 'EVENT',
    name: 'Brandt-Petrova summit',
    aliases: [],
    eventKind: 'meeting',
    date: '2031-05-04',
    datePrecision: 'DAY',
    status: 'PLANNED',
    attendees: ['karl-brandt', 'olga-petrova'],
  },
  // Two known encounters of the same pair, told apart only by where they were.
  { id: 'brandt-petrova-lakeside-meeting-2030', kind: 'EVENT', name: 'Brandt-Petrova meeting at Lakeside Palace', aliases: [], eventKind: 'meeting', date: '2030', datePrecision: 'YEAR', status: 'HELD', location: 'Lakeside Palace', attendees: ['karl-brandt', 'olga-petrova'] },
  { id: 'brandt-petrova-klow-visit-2029', kind: 'EVENT', name: 'Brandt-Petrova visit to Klow', aliases: [], eventKind: 'visit', date: '2029', datePrecision: 'YEAR', status: 'HELD', location: 'Klow', attendees: ['karl-brandt', 'olga-petrova'] },
  { id: 'brandt-return-2030-01', kind: 'EVENT', name: 'Brandt’s return to office', aliases: [], eventKind: 'other', date: '2030-01', datePrecision: 'MONTH', status: 'HELD', attendees: ['karl-brandt'] },
];

export const catalog: Catalog = { entities };

/** A draft of `text` against the fixture catalog, published on `publishedAt`. */
export function draftOf(text: string, publishedAt: string | null = '2031-05-01'): ReturnType<typeof extractDraft> {
  const article: Article = { text, source: { id: 'test-article', title: 'A test article', publishedAt } };
  return extractDraft(article, catalog);
}
