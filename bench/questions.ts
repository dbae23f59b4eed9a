/**
 * What the bench asks. Each question is one GraphQL document for stancegraph (its operation
 * name also names the limit's Cypher file, bench/limit/<kebab-name>.cypher) and, where
 * @neo4j/graphql can express it, the peer's natural document for the same data with the
 * mapping of its answer to stancegraph's shape.
 *
 * The five throughput questions and the light class (lightQuestions.ts) run at 10
 * connections (throughput); the rest at one connection, where
 * the figure that matters is the latency of a single request.
 */
import { formatPartialDate } from '../src/graph/partialDate.js';
import type { QuestionIds } from './ids.js';
import { lightQuestions } from './lightQuestions.js';
import { fromEdges, type Json } from './normalize.js';

type Obj = Record<string, Json>;

export interface Question {
  /** The operation name: camelCase, unique; `--only` matches it and the title. */
  name: string;
  title: string;
  connections: number;
  query: string;
  variables: Record<string, unknown>;
  /** The peer's document, and how its `data` maps onto stancegraph's. */
  peer?: { query: string; variables: Record<string, unknown>; toStancegraph(data: Obj): Json };
}

/** A stored date written to its precision, as stancegraph returns dates ("2026-02", "2025"). */
const partial = (date: Json | undefined, precision: Json | undefined): Json =>
  formatPartialDate(typeof date === 'string' ? date : null, typeof precision === 'string' ? precision : null);

/** A holder as both answer it: id and name (the peer's union members share the fields). */
const holder = (n: Obj): Obj => ({ id: n.id ?? null, name: n.name ?? null });

const affiliationsOf = (n: Obj): Json =>
  fromEdges(n.affiliationsConnection as never, (p, o) => ({ role: p.role ?? null, organization: { id: o.id ?? null, name: o.name ?? null } }));

const only = (list: Json | undefined): Obj | null => (Array.isArray(list) ? ((list[0] as Obj | undefined) ?? null) : null);

const STANCE_PAGE_FIELDS = 'totalCount edges { node { id stance attribution asOf holder { id name } issue { id name } } }';

/** The root stances list with one filter: same document shape, one limit query per filter. */
function stancesPage(name: string, title: string, filter: Record<string, unknown> | null, fields = STANCE_PAGE_FIELDS): Question {
  return {
    name,
    title,
    connections: 1,
    query: `query ${name}($filter: StanceFilter) { stances(first: 20, filter: $filter) { ${fields} } }`,
    variables: { filter },
  };
}

export function questions(ids: QuestionIds): Question[] {
  return [
    {
      name: 'actorStances',
      title: '1 actor, its stances and their issues',
      connections: 10,
      query: `query actorStances($id: ID!) { actor(id: $id) { id name stances { id stance position attribution asOf issue { id name } } } }`,
      variables: { id: ids.actor },
      peer: {
        query: `query actorStances($id: ID!) { actors(where: { id: { eq: $id } }) { id name
          stancesConnection { edges { properties { id stance position attribution asOf asOfPrecision } node { id name } } } } }`,
        variables: { id: ids.actor },
        toStancegraph: (data) => {
          const a = only(data.actors);
          return {
            actor: a && {
              id: a.id ?? null,
              name: a.name ?? null,
              stances: fromEdges(a.stancesConnection as never, (p, i) => ({
                id: p.id ?? null,
                stance: p.stance ?? null,
                position: p.position ?? null,
                attribution: p.attribution ?? null,
                asOf: partial(p.asOf, p.asOfPrecision),
                issue: { id: i.id ?? null, name: i.name ?? null },
              })),
            },
          };
        },
      },
    },
    {
      name: 'issueHolders',
      title: '1 issue, every claim and holder',
      connections: 10,
      query: `query issueHolders($id: ID!) { issue(id: $id) { id name stances { id stance holder { id name } } } }`,
      variables: { id: ids.issue },
      peer: {
        query: `query issueHolders($id: ID!) { issues(where: { id: { eq: $id } }) { id name
          holdersConnection { edges { properties { id stance } node { ... on Actor { id name } ... on Organization { id name } } } } } }`,
        variables: { id: ids.issue },
        toStancegraph: (data) => {
          const i = only(data.issues);
          return {
            issue: i && {
              id: i.id ?? null,
              name: i.name ?? null,
              stances: fromEdges(i.holdersConnection as never, (p, h) => ({ id: p.id ?? null, stance: p.stance ?? null, holder: holder(h) })),
            },
          };
        },
      },
    },
    {
      name: 'actorsAffiliations',
      title: '20 actors, their affiliations and organizations',
      connections: 10,
      query: `query actorsAffiliations { actors(first: 20) { edges { node { id name affiliations { role organization { id name } } } } } }`,
      variables: {},
      peer: {
        query: `query actorsAffiliations { actors(limit: 20, sort: [{ id: ASC }]) { id name
          affiliationsConnection { edges { properties { role } node { id name } } } } }`,
        variables: {},
        toStancegraph: (data) => ({
          actors: {
            edges: ((data.actors as Obj[] | undefined) ?? []).map((a) => ({ node: { id: a.id ?? null, name: a.name ?? null, affiliations: affiliationsOf(a) } })),
          },
        }),
      },
    },
    {
      name: 'eventAttendees',
      title: '1 event and its attendees',
      connections: 10,
      query: `query eventAttendees($id: ID!) { event(id: $id) { id name date attendees { role attendee { id name } } } }`,
      variables: { id: ids.event },
      peer: {
        query: `query eventAttendees($id: ID!) { events(where: { id: { eq: $id } }) { id name date datePrecision
          attendeesConnection { edges { properties { role } node { ... on Actor { id name } ... on Organization { id name } } } } } }`,
        variables: { id: ids.event },
        toStancegraph: (data) => {
          const e = only(data.events);
          return {
            event: e && {
              id: e.id ?? null,
              name: e.name ?? null,
              date: partial(e.date, e.datePrecision),
              attendees: fromEdges(e.attendeesConnection as never, (p, a) => ({ role: p.role ?? null, attendee: holder(a) })),
            },
          };
        },
      },
    },
    {
      name: 'issuesDeep',
      title: '10 issues > claims > holder > affiliations > org',
      connections: 10,
      query: `query issuesDeep { issues(first: 10) { edges { node { id name stances { id stance
          holder { id name ... on Actor { affiliations { role organization { id name } } } } } } } } }`,
      variables: {},
      peer: {
        query: `query issuesDeep { issues(limit: 10, sort: [{ id: ASC }]) { id name
          holdersConnection { edges { properties { id stance } node {
            ... on Actor { id name affiliationsConnection { edges { properties { role } node { id name } } } }
            ... on Organization { id name } } } } } }`,
        variables: {},
        toStancegraph: (data) => ({
          issues: {
            edges: ((data.issues as Obj[] | undefined) ?? []).map((i) => ({
              node: {
                id: i.id ?? null,
                name: i.name ?? null,
                stances: fromEdges(i.holdersConnection as never, (p, h) => ({
                  id: p.id ?? null,
                  stance: p.stance ?? null,
                  // Only actors have affiliations; stancegraph's `... on Actor` leaves organizations without the key.
                  holder: h.affiliationsConnection ? { ...holder(h), affiliations: affiliationsOf(h) } : holder(h),
                })),
              },
            })),
          },
        }),
      },
    },
    ...lightQuestions(ids),
    stancesPage('stancesAll', 'stances(first: 20), no filter', null),
    stancesPage('stancesByHolder', 'stances, filter holder', { holder: ids.actor }),
    stancesPage('stancesByIssue', 'stances, filter issue', { issue: ids.issue }),
    stancesPage('stancesByIssueTree', 'stances, issue + includeSubIssues', { issue: ids.issueTree, includeSubIssues: true }),
    stancesPage('stancesByStance', 'stances, filter stance', { stance: 'CONDITIONAL' }),
    stancesPage('stancesByAttribution', 'stances, filter attribution', { attribution: 'ASSESSED' }),
    stancesPage('stancesBySource', 'stances, filter source', { source: ids.source }),
    stancesPage('stancesByAsOfRange', 'stances, asOfFrom/asOfTo range', { asOfFrom: ids.asOfFrom, asOfTo: ids.asOfTo }),
    // The same page without totalCount: the API then counts nothing, and the page's cost no
    // longer follows the size of the range (docs/benchmarks-scale.md).
    stancesPage('stancesByAsOfRangePage', 'stances, asOfFrom/asOfTo range, no totalCount', { asOfFrom: ids.asOfFrom, asOfTo: ids.asOfTo },
      STANCE_PAGE_FIELDS.replace('totalCount ', '')),
    {
      name: 'compareActors',
      title: 'compare(a, b)',
      connections: 1,
      query: `query compareActors($a: ID!, $b: ID!) { compare(a: $a, b: $b) {
          agreements { issue { id name } a { id } b { id } latestA { id stance } latestB { id stance } }
          divergences { issue { id name } a { id } b { id } latestA { id stance } latestB { id stance } } } }`,
      variables: { a: ids.actor, b: ids.partner },
    },
    {
      name: 'searchText',
      title: 'search(text), first 10',
      connections: 1,
      query: `query searchText($text: NonEmptyString!) { search(text: $text, first: 10) { score node { id } } }`,
      variables: { text: ids.searchText },
    },
    {
      name: 'graphHub',
      title: 'graph(hub, depth: 2)',
      connections: 1,
      query: `query graphHub($ids: [ID!]!, $limit: Int) { graph(ids: $ids, depth: 2, limit: $limit) { truncated nodes { id kind label } edges { id type source target label } } }`,
      variables: { ids: [ids.hub], limit: 200 },
    },
  ];
}

/** The limit's Cypher file for a question: bench/limit/<kebab-case name>.cypher. */
export const limitFileOf = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
