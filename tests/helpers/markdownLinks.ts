/**
 * The relative links of the project's Markdown pages, and whether each one resolves: to a
 * file or folder of the repository and, with a `#fragment`, to a heading of that page as
 * GitHub anchors it (github-slugger, the slugger GitHub's own renderer follows).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';

/** One link of a page: where it is and what it points at. */
export interface MarkdownLink {
  file: string;
  line: number;
  target: string;
}

/** Fenced code blocks are blanked (line count kept): a link-shaped text in code is no link. */
function withoutCode(text: string): string {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    })
    .join('\n');
}

/** Every link and image of a page whose target is not a URL with a scheme or an e-mail. */
export function relativeLinks(file: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  withoutCode(readFileSync(file, 'utf8'))
    .split('\n')
    .forEach((text, index) => {
      // [text](target) and ![alt](target), a target without spaces, optionally "title"d.
      for (const match of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
        const target = match[1]!;
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        links.push({ file, line: index + 1, target });
      }
    });
  return links;
}

/** The text a heading shows, from its Markdown: code, links and emphasis reduced to their words. */
function headingText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/<[^>]+>/g, '')
    .trim();
}

/** The anchors GitHub gives a page's headings, duplicates numbered as GitHub numbers them. */
export function headingAnchors(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) anchors.add(slugger.slug(headingText(heading[1]!)));
  }
  return anchors;
}

/** What is wrong with a link, or `null` when it resolves. */
export function brokenReason(link: MarkdownLink): string | null {
  const [pathPart, fragment] = link.target.split('#', 2) as [string, string | undefined];
  const path = pathPart === '' ? link.file : resolve(dirname(link.file), decodeURIComponent(pathPart));
  if (!existsSync(path)) return `no file ${relative(process.cwd(), path)}`;
  if (fragment === undefined || fragment === '') return null;
  if (!statSync(path).isFile() || !/\.md$/i.test(path)) return `#${fragment} on ${pathPart}, which is no Markdown page`;
  return headingAnchors(path).has(decodeURIComponent(fragment).toLowerCase())
    ? null
    : `no heading #${fragment} in ${relative(process.cwd(), path)}`;
}

/** README.md and every page of docs/, as paths under `root`. */
export function projectPages(root: string, docs: string[]): string[] {
  return [join(root, 'README.md'), ...docs.filter((name) => name.endsWith('.md')).map((name) => join(root, 'docs', name))];
}
