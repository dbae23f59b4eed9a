// The ingest's pure parts: the text checks, the language check, source ids, and how a draft
// becomes proposals. No database.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { looksEnglish } from '../../src/ingest/language.js';
import { proposalsOf } from '../../src/ingest/proposals.js';
import { sourceIdOf } from '../../src/ingest/sourceId.js';
import { checkArticleText, decodeArticleBytes } from '../../src/ingest/text.js';
import { ids, testArticle, testDraft } from '../helpers/drafts.js';

const ARTICLES = '/work/shared/articles';

/** News prose of our own in four languages, one paragraph each. */
const FOREIGN = {
  fr: "Le Premier ministre israélien doit rencontrer le président américain la semaine prochaine à Washington. Les deux dirigeants discuteront du cessez-le-feu à Gaza, du programme nucléaire iranien et de la normalisation avec l'Arabie saoudite, selon des responsables des deux pays.",
  de: 'Der israelische Ministerpräsident wird nächste Woche den amerikanischen Präsidenten in Washington treffen. Die beiden Politiker wollen über die Waffenruhe im Gazastreifen, das iranische Atomprogramm und eine Annäherung an Saudi-Arabien sprechen, hieß es aus Regierungskreisen.',
  es: 'El primer ministro israelí se reunirá la próxima semana con el presidente estadounidense en Washington. Ambos líderes hablarán del alto el fuego en Gaza, del programa nuclear iraní y de la normalización con Arabia Saudí, según funcionarios de los dos países.',
  it: "Il primo ministro israeliano incontrerà la prossima settimana il presidente americano a Washington. I due leader discuteranno del cessate il fuoco a Gaza, del programma nucleare iraniano e della normalizzazione con l'Arabia Saudita, secondo funzionari di entrambi i paesi.",
};

describe('the language check', () => {
  it('takes every corpus article for English', () => {
    for (const f of readdirSync(ARTICLES)) expect(looksEnglish(readFileSync(path.join(ARTICLES, f), 'utf8')), f).toBe(true);
  });
  it.each(Object.entries(FOREIGN))('refuses news prose in %s', (_, text) => {
    expect(looksEnglish(text)).toBe(false);
  });
  it('does not judge a text too short to tell', () => {
    expect(looksEnglish('Gaza: Waffenruhe hält.')).toBe(true);
  });
});

describe('the text checks', () => {
  it('normalises line endings, so a file saved on Windows hashes as the same text', () => {
    const unix = checkArticleText(testArticle('x'), 200_000, 'input.text');
    const windows = checkArticleText(testArticle('x').replace(/\n/g, '\r\n'), 200_000, 'input.text');
    expect(windows).toEqual(unix);
    expect(unix.bytes).toBe(Buffer.byteLength(testArticle('x')));
  });
  it('counts the size in UTF-8 bytes, not characters', () => {
    const text = `${testArticle('y')} ${'é'.repeat(600)}`;
    expect(() => checkArticleText(text, text.length + 100, 'input.text')).toThrow(/bytes, over the limit of/);
  });
  it('decodes UTF-8 and drops a byte-order mark; names the offset of the first bad byte', () => {
    expect(decodeArticleBytes(Buffer.from('\uFEFFIsrael and Iran', 'utf8'), 'a.txt')).toBe('Israel and Iran');
    expect(() => decodeArticleBytes(Buffer.from([0x41, 0x42, 0xc3, 0x28]), 'a.txt')).toThrow('a.txt: not UTF-8 text (an invalid byte 0xc3 at offset 2)');
  });
});

describe('source ids', () => {
  it('are a slug of the title, cut at a word, and the date', () => {
    expect(sourceIdOf('Ostrova’s Spring Visit with Marren Tests Quiet Differences on Trade, Ports and Border Policy', '2025-12-28')).toBe(
      'ostrova-s-spring-visit-with-marren-tests-quiet-differences-2025-12-28',
    );
    expect(sourceIdOf('Élections à Jérusalem', null)).toBe('elections-a-jerusalem');
    expect(sourceIdOf('«»', '2026-01-02')).toBe('article-2026-01-02');
  });
});

describe('proposals of a draft', () => {
  const text = testArticle('unit');
  const draft = testDraft({ text, source: { id: 's', title: 'Envoy Visit unit', publishedAt: '2026-02-09' } }, 'unit');
  const proposals = proposalsOf(draft, 's');
  const { envoy, meeting } = ids('unit');

  it('makes one proposal per fact, actors, organizations and issues (new, or known: their mention) among entities, not places, what others depend on first', () => {
    expect(proposals.map((p) => p.kind)).toEqual(['ENTITY', 'ENTITY', 'ENTITY', 'EVENT', 'AFFILIATION', 'QUOTE', 'QUOTE', 'ATTENDANCE', 'ATTENDANCE', 'STANCE', 'STANCE']);
    expect(proposals.filter((p) => p.kind === 'ENTITY').map((p) => p.target)).toEqual(['benjamin-netanyahu', envoy, 'united-states']);
    expect(proposals[1]).toMatchObject({ id: `s/entity/${envoy}`, target: envoy, confidence: 0.9, dependsOn: [], payload: { new: true } });
    // A known entity without evidence of the extractor's: its first mention is the evidence.
    const start = text.indexOf('Benjamin Netanyahu');
    expect(proposals[0]).toMatchObject({
      id: 's/entity/benjamin-netanyahu',
      payload: { new: false },
      evidence: { sentence: 'Benjamin Netanyahu', start, end: start + 'Benjamin Netanyahu'.length, rule: 'entity.mention', confidence: 0.9 },
      confidence: 0.9,
    });
  });
  it('proposes a known event too: its mention and the status the article reports', () => {
    const known = { ...draft.events[0]!, id: 'netanyahu-trump-white-house-meeting-2026-02-11', new: false };
    const events = proposalsOf({ ...draft, events: [known] }, 's').filter((p) => p.kind === 'EVENT');
    expect(events).toMatchObject([{ id: 's/event/netanyahu-trump-white-house-meeting-2026-02-11', target: known.id, payload: { new: false, status: 'HELD' } }]);
  });
  it('links a fact about something new to the proposal that makes it', () => {
    const byId = new Map(proposals.map((p) => [p.id, p]));
    expect(byId.get(`s/attendance/${envoy}@${meeting}`)!.dependsOn).toEqual([`s/entity/${envoy}`, `s/event/${meeting}`]);
    expect(byId.get(`s/attendance/benjamin-netanyahu@${meeting}`)!.dependsOn).toEqual([`s/event/${meeting}`]);
    expect(byId.get('s/stance/benjamin-netanyahu-supports-iran-talks-scope-2026-02-09')!.dependsOn).toEqual([]);
  });
  it('keeps the surer of two findings of one fact', () => {
    const twice = { ...draft, stances: [...draft.stances, { ...draft.stances[0]!, evidence: { ...draft.stances[0]!.evidence, confidence: 0.95, rule: 'stance.quote' } }] };
    const stances = proposalsOf(twice, 's').filter((p) => p.kind === 'STANCE');
    expect(stances).toHaveLength(2);
    expect(stances.find((p) => p.target === 'benjamin-netanyahu-supports-iran-talks-scope-2026-02-09')).toMatchObject({ confidence: 0.95, evidence: { rule: 'stance.quote' } });
  });
});

describe('STANCEGRAPH_INGEST_MAX_BYTES', () => {
  it('bounds the text, 200,000 bytes by default; a bad value stops start-up naming the variable', () => {
    expect(loadConfig({}).ingest.maxBytes).toBe(200_000);
    expect(loadConfig({ STANCEGRAPH_INGEST_MAX_BYTES: '5000' }).ingest.maxBytes).toBe(5_000);
    expect(() => loadConfig({ STANCEGRAPH_INGEST_MAX_BYTES: 'lots' })).toThrow(/STANCEGRAPH_INGEST_MAX_BYTES="lots"/);
    expect(() => loadConfig({ STANCEGRAPH_INGEST_MAX_BYTES: '10' })).toThrow(/STANCEGRAPH_INGEST_MAX_BYTES="10"/);
  });
});
