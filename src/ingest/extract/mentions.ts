/**
 * Mentions of entities the graph already holds: by name and alias as the catalog gives them,
 * and by the forms articles use for them: an honorific and the surname ("Mr Reyes",
 * "Dr. Smith"), the surname alone when no other person in the catalog bears it, a possessive
 * ("Reyes's office" names Reyes). Titles ("the president") are in titles.ts.
 */
import type { Catalog, CatalogEntity } from '../catalog.js';
import { HONORIFICS } from './lexicon.js';

/** A stretch of text that names an entity (known or proposed). */
export interface EntitySpan {
  start: number;
  end: number;
  text: string;
  id: string;
  kind: 'ACTOR' | 'ORGANIZATION' | 'PLACE';
  rule: string;
  confidence: number;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as a pattern: either apostrophe, any run of spaces. */
const pattern = (form: string) => escapeRegExp(form).replace(/'/g, "['’]").replace(/\s+/g, '\\s+');

/** Forms that name an entity, with the rule that makes them and how sure a match is. */
interface Form {
  text: string;
  id: string;
  rule: string;
  confidence: number;
}

const isStakeholder = (e: CatalogEntity): e is CatalogEntity & { kind: 'ACTOR' | 'ORGANIZATION' } =>
  e.kind === 'ACTOR' || e.kind === 'ORGANIZATION';

function formsOf(catalog: Catalog): Form[] {
  const forms: Form[] = [];
  const actors = catalog.entities.filter((e) => e.kind === 'ACTOR');
  // A surname names one person only when no other catalog person shares it.
  const surnameCount = new Map<string, number>();
  for (const a of actors) {
    const last = a.name.split(/\s+/).pop()!;
    surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
  }
  for (const e of catalog.entities.filter(isStakeholder)) {
    for (const n of new Set([e.name, ...e.aliases])) if (n && n.trim().length > 1) forms.push({ text: n.trim(), id: e.id, rule: 'mention.name', confidence: 0.95 });
    if (e.kind !== 'ACTOR') continue;
    const words = e.name.split(/\s+/);
    const last = words[words.length - 1]!;
    if (words.length > 1 && surnameCount.get(last) === 1 && last.length > 2) {
      forms.push({ text: last, id: e.id, rule: 'mention.surname', confidence: 0.85 });
      for (const h of HONORIFICS) forms.push({ text: `${h} ${last}`, id: e.id, rule: 'mention.honorific', confidence: 0.95 });
    }
    for (const h of HONORIFICS) forms.push({ text: `${h} ${e.name}`, id: e.id, rule: 'mention.honorific', confidence: 0.95 });
  }
  // A form two entities share names neither for sure: the explicit name or alias wins over
  // a derived form; two explicit claims on one form leave it out.
  const byText = new Map<string, Form[]>();
  for (const f of forms) byText.set(f.text, [...(byText.get(f.text) ?? []), f]);
  const kept: Form[] = [];
  for (const [, fs] of byText) {
    const ids = new Set(fs.map((f) => f.id));
    if (ids.size === 1) kept.push(fs[0]!);
    else {
      const named = fs.filter((f) => f.rule === 'mention.name');
      if (new Set(named.map((f) => f.id)).size === 1) kept.push(named[0]!);
    }
  }
  return kept;
}

/** A matcher built once per catalog: one regular expression over every form, longest first. */
export class MentionMatcher {
  private readonly re: RegExp | undefined;
  private readonly byKey = new Map<string, Form>();
  private readonly kinds = new Map<string, 'ACTOR' | 'ORGANIZATION'>();

  constructor(catalog: Catalog) {
    const forms = formsOf(catalog).sort((a, b) => b.text.length - a.text.length);
    for (const e of catalog.entities) if (isStakeholder(e)) this.kinds.set(e.id, e.kind);
    for (const f of forms) this.byKey.set(key(f.text), f);
    if (!forms.length) return;
    // Names that start upper-case match as written (so the alias "US" never matches "us");
    // descriptive aliases ("the president") also at the start of a sentence.
    const alternatives = forms.map((f) => {
      const p = pattern(f.text);
      return /^[a-z]/.test(f.text) ? `[${f.text[0]!.toUpperCase()}${f.text[0]}]${p.slice(1)}` : p;
    });
    // Hyphens may join names ("US-Iran talks", "U.S.-brokered"): a name ends at one.
    this.re = new RegExp(`(?<![\\w.])(?:${alternatives.join('|')})(?!\\w|\\.\\w)`, 'g');
  }

  /** Every mention in `text`, in order, none overlapping. */
  find(text: string): EntitySpan[] {
    if (!this.re) return [];
    const spans: EntitySpan[] = [];
    for (const m of text.matchAll(this.re)) {
      const k = key(m[0]);
      const f = this.byKey.get(k) ?? this.byKey.get(k[0]!.toLowerCase() + k.slice(1));
      if (!f) continue;
      spans.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], id: f.id, kind: this.kinds.get(f.id)!, rule: f.rule, confidence: f.confidence });
    }
    return spans;
  }
}

/** How a matched form is looked up: apostrophes and spaces as in the catalog. */
const key = (s: string): string => s.replace(/’/g, "'").replace(/\s+/g, ' ');
