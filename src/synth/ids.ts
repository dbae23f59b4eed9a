/**
 * The synthetic graph's id scheme and shape, public: `npm run bench` addresses nodes and
 * claims by these ids, so they change only on purpose. Every id starts with `synth-`, which
 * is how a graph is known to hold synthetic data already.
 */

/** How many of each kind a synthetic graph holds. */
export interface SynthCounts {
  actors: number;
  organizations: number;
  issues: number;
  events: number;
  sources: number;
  claims: number;
}

/** The benchmarks' scale (docs/benchmarks.md): 100 claims per issue, about 9 per actor. */
export const DEFAULT_COUNTS: Readonly<SynthCounts> = Object.freeze({
  actors: 10_000,
  organizations: 500,
  issues: 1_000,
  events: 2_000,
  sources: 2_000,
  claims: 100_000,
});

export const DEFAULT_SEED = 1;

/**
 * The default counts scaled to `claims` claims (every kind in the same proportion as the
 * defaults, at least one of each), with `given` counts kept as they are: a graph ten times
 * larger keeps the same claims per issue and per actor, so a question's answer keeps its
 * size while the graph grows (what the bench's --claims measures).
 */
export function scaledCounts(claims: number, given: Partial<SynthCounts> = {}): SynthCounts {
  const factor = claims / DEFAULT_COUNTS.claims;
  const scale = (n: number) => Math.max(1, Math.round(n * factor));
  return {
    actors: given.actors ?? scale(DEFAULT_COUNTS.actors),
    organizations: given.organizations ?? scale(DEFAULT_COUNTS.organizations),
    issues: given.issues ?? scale(DEFAULT_COUNTS.issues),
    events: given.events ?? scale(DEFAULT_COUNTS.events),
    sources: given.sources ?? scale(DEFAULT_COUNTS.sources),
    claims,
  };
}

/** What every synthetic id starts with. */
export const SYNTH_PREFIX = 'synth-';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const actorId = (i: number) => `${SYNTH_PREFIX}actor-${pad(i, 5)}`;
export const organizationId = (i: number) => `${SYNTH_PREFIX}org-${pad(i, 5)}`;
export const issueId = (i: number) => `${SYNTH_PREFIX}issue-${pad(i, 5)}`;
export const eventId = (i: number) => `${SYNTH_PREFIX}event-${pad(i, 5)}`;
export const sourceId = (i: number) => `${SYNTH_PREFIX}source-${pad(i, 5)}`;
export const claimId = (k: number) => `${SYNTH_PREFIX}claim-${pad(k, 6)}`;

/** The hub actor holds this many claims on top of its random share (fewer if there are fewer claims). */
export const HUB_CLAIMS = 50;
/** The hub actor attends every HUB_EVERY-th event, starting with event 0. */
export const HUB_EVERY = 40;
/** The hub actor's affiliations (fewer if there are fewer organizations). */
export const HUB_AFFILIATIONS = 5;

/**
 * The shape of the issue trees: the first tenth of the issues are roots, the next three
 * tenths their children (round robin), the rest their grandchildren (round robin).
 */
export function issueLevels(issues: number): { roots: number; children: number } {
  const roots = Math.max(1, Math.ceil(issues / 10));
  const children = Math.min(issues - roots, Math.ceil((issues * 3) / 10));
  return { roots, children };
}

/** The parent of issue i, or undefined for a root. */
export function issueParent(i: number, issues: number): number | undefined {
  const { roots, children } = issueLevels(issues);
  if (i < roots) return undefined;
  if (i < roots + children || children === 0) return (i - roots) % roots;
  return roots + ((i - roots - children) % children);
}

/** Organizations form shallow trees too: every 5th one from 10 on is part of organization i/10. */
export function organizationParent(i: number): number | undefined {
  return i >= 10 && i % 5 === 0 ? Math.floor(i / 10) : undefined;
}

/** The issue claim k is on: claims spread evenly, so each issue holds claims/issues of them. */
export const claimIssue = (k: number, counts: Pick<SynthCounts, 'issues'>) => k % counts.issues;

/** Ids worth knowing in a synthetic graph of these counts, for benchmarks and tests. */
export interface WellKnownIds {
  /** An actor with more claims, attendances and affiliations than any other: the start of deep graph walks. */
  hubActor: string;
  /** An ordinary actor (no extra claims). */
  actor: string;
  /** An organization with sub-organizations when there are at least 16. */
  organization: string;
  /** A root issue with sub-issues (and sub-sub-issues at scale). */
  issueWithSubIssues: string;
  /** A sub-issue of issueWithSubIssues, when there is one. */
  subIssue: string | undefined;
  /** An event the hub attends. */
  event: string;
  source: string;
  /** One of the hub's claims. */
  claim: string;
  /** The first 20 actors (fewer if there are fewer). */
  actors: string[];
  /** The first 10 issues (fewer if there are fewer): roots at scale. */
  issues: string[];
}

export function wellKnownIds(counts: SynthCounts): WellKnownIds {
  const { roots } = issueLevels(counts.issues);
  const range = (n: number, id: (i: number) => string) => Array.from({ length: n }, (_, i) => id(i));
  return {
    hubActor: actorId(0),
    actor: actorId(Math.min(1, counts.actors - 1)),
    organization: organizationId(Math.min(1, counts.organizations - 1)),
    issueWithSubIssues: issueId(0),
    subIssue: counts.issues > roots ? issueId(roots) : undefined,
    event: eventId(0),
    source: sourceId(0),
    claim: claimId(0),
    actors: range(Math.min(20, counts.actors), actorId),
    issues: range(Math.min(10, counts.issues), issueId),
  };
}
