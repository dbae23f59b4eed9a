/**
 * The light class: small lookups in several shapes, at 10 connections. Their
 * answers are a few kB at most, so Neo4j's share of a request is small and the API's fixed
 * cost per request (HTTP, parsing and validating, the context, executing, serialising)
 * decides the throughput. Each has the peer's document and a limit file, like the five.
 */
import { formatPartialDate } from '../src/graph/partialDate.js';
import type { QuestionIds } from './ids.js';
import { fromEdges, type Json } from './normalize.js';
import type { Question } from './questions.js';

type Obj = Record<string, Json>;

const partial = (date: Json | undefined, precision: Json | undefined): Json =>
  formatPartialDate(typeof date === 'string' ? date : null, typeof precision === 'string' ? precision : null);
const only = (list: Json | undefined): Obj | null => (Array.isArray(list) ? ((list[0] as Obj | undefined) ?? null) : null);
const idName = (n: Obj | null | undefined): Obj | null => (n ? { id: n.id ?? null, name: n.name ?? null } : null);
const list = (xs: Json | undefined): Obj[] => (Array.isArray(xs) ? (xs as Obj[]) : []);

export function lightQuestions(ids: QuestionIds): Question[] {
  return [
    {
      name: 'actorOverview',
      title: 'light: 1 actor, a dozen edges of 3 kinds',
      connections: 10,
      query: `query actorOverview($id: ID!) { actor(id: $id) { id name title
          affiliations { role organization { id name } } attended { role event { id name } } stances { id stance issue { id name } } } }`,
      variables: { id: ids.actor },
      peer: {
        query: `query actorOverview($id: ID!) { actors(where: { id: { eq: $id } }) { id name title
          affiliationsConnection { edges { properties { role } node { id name } } }
          attendedConnection { edges { properties { role } node { id name } } }
          stancesConnection { edges { properties { id stance } node { id name } } } } }`,
        variables: { id: ids.actor },
        toStancegraph: (data) => {
          const a = only(data.actors);
          return {
            actor: a && {
              id: a.id ?? null,
              name: a.name ?? null,
              title: a.title ?? null,
              affiliations: fromEdges(a.affiliationsConnection as never, (p, o) => ({ role: p.role ?? null, organization: idName(o) })),
              attended: fromEdges(a.attendedConnection as never, (p, e) => ({ role: p.role ?? null, event: idName(e) })),
              stances: fromEdges(a.stancesConnection as never, (p, i) => ({ id: p.id ?? null, stance: p.stance ?? null, issue: idName(i) })),
            },
          };
        },
      },
    },
    {
      name: 'actorsAttended',
      title: 'light: a page of 20 actors, one edge kind (attended)',
      connections: 10,
      query: `query actorsAttended { actors(first: 20) { edges { node { id name attended { role event { id name } } } } } }`,
      variables: {},
      peer: {
        query: `query actorsAttended { actors(limit: 20, sort: [{ id: ASC }]) { id name
          attendedConnection { edges { properties { role } node { id name } } } } }`,
        variables: {},
        toStancegraph: (data) => ({
          actors: {
            edges: list(data.actors).map((a) => ({
              node: { id: a.id ?? null, name: a.name ?? null, attended: fromEdges(a.attendedConnection as never, (p, e) => ({ role: p.role ?? null, event: idName(e) })) },
            })),
          },
        }),
      },
    },
    {
      name: 'eventOverview',
      title: 'light: 1 event, its handful of attendees and its issues',
      connections: 10,
      query: `query eventOverview($id: ID!) { event(id: $id) { id name kind date location
          attendees { role attendee { id name } } issues { id name } } }`,
      variables: { id: ids.event },
      peer: {
        query: `query eventOverview($id: ID!) { events(where: { id: { eq: $id } }) { id name kind date datePrecision location
          attendeesConnection { edges { properties { role } node { ... on Actor { id name } ... on Organization { id name } } } }
          issues { id name } } }`,
        variables: { id: ids.event },
        toStancegraph: (data) => {
          const e = only(data.events);
          return {
            event: e && {
              id: e.id ?? null,
              name: e.name ?? null,
              kind: e.kind ?? null,
              date: partial(e.date, e.datePrecision),
              location: e.location ?? null,
              attendees: fromEdges(e.attendeesConnection as never, (p, a) => ({ role: p.role ?? null, attendee: idName(a) })),
              issues: list(e.issues).map(idName),
            },
          };
        },
      },
    },
    {
      name: 'organizationMembers',
      title: 'light: 1 organization and its members',
      connections: 10,
      query: `query organizationMembers($id: ID!) { organization(id: $id) { id name kind country members { role actor { id name } } } }`,
      variables: { id: ids.organization },
      peer: {
        query: `query organizationMembers($id: ID!) { organizations(where: { id: { eq: $id } }) { id name kind country
          membersConnection { edges { properties { role } node { id name } } } } }`,
        variables: { id: ids.organization },
        toStancegraph: (data) => {
          const o = only(data.organizations);
          return {
            organization: o && {
              id: o.id ?? null,
              name: o.name ?? null,
              kind: o.kind ?? null,
              country: o.country ?? null,
              members: fromEdges(o.membersConnection as never, (p, a) => ({ role: p.role ?? null, actor: idName(a) })),
            },
          };
        },
      },
    },
    {
      name: 'issueFamily',
      title: 'light: 1 issue, its parent and sub-issues',
      connections: 10,
      query: `query issueFamily($id: ID!) { issue(id: $id) { id name parent { id name } subIssues { id name } } }`,
      variables: { id: ids.issueTree },
      peer: {
        query: `query issueFamily($id: ID!) { issues(where: { id: { eq: $id } }) { id name parent { id name } subIssues { id name } } }`,
        variables: { id: ids.issueTree },
        toStancegraph: (data) => {
          const i = only(data.issues);
          return { issue: i && { id: i.id ?? null, name: i.name ?? null, parent: idName(only(i.parent)), subIssues: list(i.subIssues).map(idName) } };
        },
      },
    },
    {
      name: 'sourceLookup',
      title: 'light: 1 source, no edges (the fixed cost alone)',
      connections: 10,
      query: `query sourceLookup($id: ID!) { source(id: $id) { id title publisher publishedAt } }`,
      variables: { id: ids.source },
      peer: {
        query: `query sourceLookup($id: ID!) { sources(where: { id: { eq: $id } }) { id title publisher publishedAt publishedAtPrecision } }`,
        variables: { id: ids.source },
        toStancegraph: (data) => {
          const s = only(data.sources);
          return { source: s && { id: s.id ?? null, title: s.title ?? null, publisher: s.publisher ?? null, publishedAt: partial(s.publishedAt, s.publishedAtPrecision) } };
        },
      },
    },
  ];
}
