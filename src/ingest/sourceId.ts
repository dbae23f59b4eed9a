/**
 * The id an ingested article's Source gets: a readable slug of its title and publication
 * date (`netanyahu-s-upcoming-visit-with-trump-highlights-2026-02-07`), the same every time
 * the same title and date are ingested. A curator can give another id (`--id`, `input.id`).
 */

/** Slugs stay short enough to read; the validator allows 200 characters. */
const MAX_TITLE_PART = 60;

/** Lowercase ASCII letters and digits joined by single hyphens; accents dropped (é becomes e). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The source id of an article: its title's slug, cut at a word, then its date when known. */
export function sourceIdOf(title: string, publishedAt: string | null | undefined): string {
  let part = slugify(title);
  if (part.length > MAX_TITLE_PART) {
    const cut = part.slice(0, MAX_TITLE_PART + 1);
    part = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, MAX_TITLE_PART);
  }
  return [part || 'article', ...(publishedAt ? [slugify(publishedAt)] : [])].join('-');
}
