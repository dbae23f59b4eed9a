/**
 * The extractor: an article and the catalog in, a draft out. Offline and deterministic:
 * the same text and catalog give the same draft.
 *
 * This first version only finds mentions of known entities by exact name or alias; the
 * rules for new entities, dates, quotes, events, attendances, affiliations and stances
 * live beside it in this folder.
 */
import type { Catalog } from '../catalog.js';
import type { Article, Draft, DraftEntity } from '../draft.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function extractDraft(article: Article, catalog: Catalog): Draft {
  const entities: DraftEntity[] = [];
  for (const e of catalog.entities) {
    if (e.kind === 'SOURCE') continue;
    const names = [e.name, ...e.aliases].filter((n) => n && n.length > 2);
    if (!names.length) continue;
    const re = new RegExp(`\\b(?:${names.map(escape).join('|')})\\b`, 'g');
    const mentions = [...article.text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
    if (mentions.length) entities.push({ id: e.id, kind: e.kind, name: e.name, new: false, mentions });
  }
  return { source: article.source, entities, quotes: [], events: [], attendances: [], affiliations: [], stances: [] };
}
