// The batching rule users rely on: a request costs at most one Cypher round trip per level
// of nesting in its document, however many parents each level has and whatever the
// arguments (graph depth included). Each question below is run on the seeded graph and its
// round trips (extensions.stancegraph.roundTrips) are held to its nesting levels.
import { buildSchema, getNamedType, isCompositeType, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, EXAMPLES_DOCUMENT, EXAMPLES_VARIABLES } from '../../src/api/surfaces/examples.js';
import { loadTypeDefs } from '../../src/api/server/typeDefs.js';
import { inProcessApi, ok } from '../helpers/api.js';

const api = await inProcessApi();
const schema = buildSchema(loadTypeDefs());

/** How deeply the operation nests fields that return objects: the levels a resolver may have to load. */
function nestingLevels(document: string, operationName?: string): number {
  const typeInfo = new TypeInfo(schema);
  let depth = 0;
  let max = 0;
  let inOperation = false;
  const returnsObjects = () => {
    const type = typeInfo.getType();
    return !!type && isCompositeType(getNamedType(type));
  };
  visit(
    parse(document),
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: {
        enter: (node) => void (inOperation = !operationName || node.name?.value === operationName),
        leave: () => void (inOperation = false),
      },
      Field: {
        enter: () => {
          if (!returnsObjects()) return;
          depth += 1;
          if (inOperation) max = Math.max(max, depth);
        },
        leave: () => void (returnsObjects() && (depth -= 1)),
      },
    }),
  );
  return max;
}

const QUESTIONS: Record<string, string> = {
  'an actor, its stances and their issues': `{ actor(id: "benjamin-netanyahu") { name stances { stance position issue { name } } } }`,
  'an issue with every holder': `{ issue(id: "iran-policy") { name stances(includeSubIssues: true) { stance holder { id name } } } }`,
  'actors with their affiliations': `{ actors(first: 20) { edges { node { name affiliations { role organization { name } } } } } }`,
  'an event with its attendees': `{ event(id: "netanyahu-trump-white-house-meeting-2026-02-11") { name attendees { role attendee { name } } } }`,
  'issues > stances > holder > affiliations > organization': `{ issues(first: 10) { edges { node { name stances { stance holder { name ... on Actor { affiliations { organization { name } } } } } } } } }`,
  'the stances page with holders, issues and sources': `{ stances(first: 50) { totalCount edges { node { id holder { name } issue { name } sources { title } } } } }`,
  'compare': `{ compare(a: "donald-trump", b: "benjamin-netanyahu") { divergences { issue { name } a { stance } b { stance } } agreements { issue { name } } } }`,
  'search': `{ search(text: "Iran", first: 10) { score node { id ... on Stakeholder { name } } } }`,
  'graph depth 2': `{ graph(ids: ["benjamin-netanyahu"], depth: 2, limit: 300) { truncated nodes { id kind label } edges { id type source target } } }`,
  'graph depth 3': `{ graph(ids: ["benjamin-netanyahu", "donald-trump"], depth: 3, limit: 500) { truncated nodes { id } edges { id } } }`,
  'issue counts and claims together': `{ issues(first: 100) { edges { node { stanceCounts { total } stances { id } subIssues { stanceCounts(includeSubIssues: true) { total } } } } } }`,
};

describe('round trips never exceed nesting levels', () => {
  it('measures nesting as a client reads it', () => {
    expect(nestingLevels(`{ actor(id: "x") { name stances { issue { name } } } }`)).toBe(3);
    expect(nestingLevels(`{ graph(ids: ["x"]) { nodes { id } } }`)).toBe(2);
  });

  it.each(Object.entries(QUESTIONS))('%s', async (_, query) => {
    const result = await api.run(query);
    ok(result);
    expect(result.roundTrips).toBeGreaterThan(0);
    expect(result.roundTrips).toBeLessThanOrEqual(nestingLevels(query));
    // Batching, not one query per parent: no more queries than levels times the loaders a level can use.
    expect(result.queries).toBeLessThanOrEqual(3 * nestingLevels(query));
  });

  it.each(EXAMPLES.map((e) => [e.name] as const))('playground example %s', async (name) => {
    const result = await api.run(EXAMPLES_DOCUMENT, EXAMPLES_VARIABLES, name);
    ok(result);
    expect(result.roundTrips).toBeLessThanOrEqual(nestingLevels(EXAMPLES_DOCUMENT, name));
  });
});
