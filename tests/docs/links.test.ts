// Every relative link of README.md and docs/*.md resolves: a moved or renamed page, file or
// heading shows here, with the page and line of each link it broke.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenReason, headingAnchors, projectPages, relativeLinks } from '../helpers/markdownLinks.js';

const root = join(import.meta.dirname, '..', '..');
const pages = projectPages(root, readdirSync(join(root, 'docs')));

describe('links of README.md and docs/', () => {
  it.each(pages.map((page) => [relative(root, page), page]))('%s: every relative link resolves', (_name, page) => {
    const broken = relativeLinks(page)
      .map((link) => ({ link, reason: brokenReason(link) }))
      .filter(({ reason }) => reason !== null)
      .map(({ link, reason }) => `line ${link.line}: (${link.target}) ${reason}`);
    expect(broken).toEqual([]);
  });

  it('README.md links to every page of docs/', () => {
    const linked = new Set(
      relativeLinks(join(root, 'README.md')).map((link) => link.target.split('#')[0]!.replace(/^\.\//, '')),
    );
    const unlinked = pages.slice(1).map((page) => relative(root, page)).filter((page) => !linked.has(page));
    expect(unlinked).toEqual([]);
  });
});

describe('the link checker', () => {
  const fixture = join(root, 'tests', 'fixtures', 'links.md');

  it('finds links outside code only, and not URLs', () => {
    expect(relativeLinks(fixture).map((link) => link.target)).toEqual([
      '#a-heading-with-code',
      'links.md#second',
      'missing.md',
      '#nowhere',
      '../../README.md',
    ]);
  });

  it('anchors headings as GitHub does: code and links reduced to text, duplicates numbered', () => {
    expect([...headingAnchors(fixture)]).toEqual(['a-heading-with-code', 'second', 'second-1', 'event-a-meeting-talks-']);
  });

  it('tells a missing file and a missing heading from a link that resolves', () => {
    const reasons = relativeLinks(fixture).map((link) => brokenReason(link));
    expect(reasons[0]).toBeNull();
    expect(reasons[1]).toBeNull();
    expect(reasons[2]).toMatch(/^no file .*missing\.md$/);
    expect(reasons[3]).toMatch(/^no heading #nowhere in /);
    expect(reasons[4]).toBeNull();
  });
});
