// schema.graphql is the API's documentation and its contract: every element is described,
// and the contract's names and shapes are there as the design fixes them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import {
  buildSchema,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../../codegen.js';
import { loadTypeDefs } from '../../src/api/server/typeDefs.js';
import { ROOT } from '../../src/config.js';

const schema = buildSchema(loadTypeDefs());
const ownTypes = Object.values(schema.getTypeMap()).filter(
  (t) => !t.name.startsWith('__') && !(isScalarType(t) && isSpecifiedScalarType(t)),
);

describe('schema.graphql', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!description?.trim()) missing.push(where);
    };
    for (const type of ownTypes as GraphQLNamedType[]) {
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      }
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the contract of the design', () => {
    // The fixed part of each type, printed without descriptions, must be in the schema as is.
    const fields = (name: string) => {
      const type = schema.getType(name);
      return isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
        ? Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, String(f.type)]))
        : {};
    };
    expect(fields('Node')).toEqual({ id: 'ID!' });
    expect(fields('Stakeholder')).toMatchObject({ id: 'ID!', name: 'String!', aliases: '[String!]!', stances: '[Stance!]!', attended: '[Attendance!]!' });
    expect(fields('Actor')).toMatchObject({ affiliations: '[Affiliation!]!' });
    expect(fields('Organization')).toMatchObject({ kind: 'String', members: '[Affiliation!]!' });
    expect(fields('Issue')).toMatchObject({ id: 'ID!', name: 'String!', parent: 'Issue', subIssues: '[Issue!]!', stances: '[Stance!]!' });
    expect(fields('Event')).toMatchObject({
      id: 'ID!', name: 'String!', kind: 'String', date: 'String', datePrecision: 'DatePrecision',
      attendees: '[Attendance!]!', issues: '[Issue!]!', sources: '[Source!]!',
    });
    expect(fields('Source')).toMatchObject({ id: 'ID!', title: 'String!', publisher: 'String', publishedAt: 'String' });
    expect(fields('Stance')).toMatchObject({
      id: 'ID!', holder: 'Stakeholder!', issue: 'Issue!', stance: 'StanceKind!', position: 'String!',
      attribution: 'Attribution!', asOf: 'String', quote: 'String', sources: '[Source!]!',
    });
    expect(fields('Attendance')).toMatchObject({ attendee: 'Stakeholder!', event: 'Event!', role: 'String', sources: '[Source!]!' });
    expect(fields('Affiliation')).toMatchObject({ actor: 'Actor!', organization: 'Organization!', role: 'String', sources: '[Source!]!' });
    expect(fields('SearchResult')).toMatchObject({ score: 'Float!', node: 'Node!' });
    expect(fields('Comparison')).toMatchObject({ agreements: '[IssueComparison!]!', divergences: '[IssueComparison!]!' });
    expect(fields('IssueComparison')).toMatchObject({ issue: 'Issue!', a: '[Stance!]!', b: '[Stance!]!' });
    expect(fields('GraphNode')).toMatchObject({ id: 'ID!', label: 'String!' });
    expect(fields('GraphEdge')).toMatchObject({ id: 'ID!', source: 'ID!', target: 'ID!' });
    expect(fields('Query')).toMatchObject({
      node: 'Node', actor: 'Actor', organization: 'Organization', issue: 'Issue', event: 'Event', source: 'Source',
      actors: 'ActorConnection!', organizations: 'OrganizationConnection!', issues: 'IssueConnection!',
      sources: 'SourceConnection!', events: 'EventConnection!', stances: 'StanceConnection!',
      search: '[SearchResult!]!', compare: 'Comparison!', graph: 'Subgraph!',
    });
    const enumValues = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    };
    expect(enumValues('StanceKind')).toEqual(['SUPPORTS', 'OPPOSES', 'CONDITIONAL', 'MIXED']);
    expect(enumValues('Attribution')).toEqual(['STATED', 'REPORTED', 'ASSESSED']);
    expect(enumValues('DatePrecision')).toEqual(['DAY', 'MONTH', 'YEAR']);
    const graph = schema.getQueryType()!.getFields().graph!;
    expect(graph.args.find((a) => a.name === 'depth')?.defaultValue).toBe(1);
    const args = (type: string, field: string) => {
      const t = schema.getType(type);
      return isObjectType(t) || isInterfaceType(t) ? Object.fromEntries(t.getFields()[field]!.args.map((a) => [a.name, String(a.type)])) : {};
    };
    expect(args('Stakeholder', 'stances')).toEqual({ issue: 'ID', stance: 'StanceKind', includeRetracted: 'Boolean' });
    expect(args('Issue', 'stances')).toEqual({ stance: 'StanceKind', includeSubIssues: 'Boolean', includeRetracted: 'Boolean' });
    expect(args('Query', 'events')).toMatchObject({ first: 'Int', after: 'String' });
    expect(args('Query', 'stances')).toEqual({ first: 'Int', after: 'String', filter: 'StanceFilter' });
    expect(args('Query', 'compare')).toEqual({ a: 'ID!', b: 'ID!', includeRetracted: 'Boolean' });
    expect(args('Query', 'graph')).toMatchObject({ ids: '[ID!]!', depth: 'Int', limit: 'Int' });
  });
});

describe('generated resolver types', () => {
  it('are what codegen makes of schema.graphql today (run `npm run codegen` when this fails)', async () => {
    const outputs = await generate({ ...codegenConfig, cwd: ROOT, silent: true }, false);
    expect(outputs).toHaveLength(1);
    const [output] = outputs;
    const committed = await readFile(path.join(ROOT, output!.filename), 'utf8');
    expect(committed === output!.content, `${output!.filename} is stale: run npm run codegen`).toBe(true);
  }, 60_000);
});
