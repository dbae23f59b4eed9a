// The per-document cache of parsed selections (src/api/resolveTree.ts): one document, asked
// again, reuses its trees; what the variables change (arguments, @include) is never shared.
import { createRequire } from 'node:module';
import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { describe, expect, it } from 'vitest';
import { resolveTreeOf } from '../../src/api/loaders/resolveTree.js';

// graphql-parse-resolve-info requires graphql's CommonJS build; the schema and documents must
// come from that same module (graphql refuses types of "another realm").
const { buildSchema, execute, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const schema = buildSchema(`
  type Item { id: ID!  name: String  tags(first: Int): [String!]! }
  type Query { items: [Item!]! }
`);

/** Runs `document` and returns the tree the `items` resolver saw on each of its calls. */
function treesOf(document: ReturnType<typeof parse>, variableValues: Record<string, unknown> = {}): ResolveTree[] {
  const seen: ResolveTree[] = [];
  const result = execute({
    schema,
    document,
    variableValues,
    rootValue: {
      // A root value's function gets (args, context, info): graphql-js's default resolver.
      items: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        seen.push(resolveTreeOf(info));
        return [{ id: '1', name: 'one', tags: [] }];
      },
    },
  });
  if ('errors' in result && result.errors?.length) throw result.errors[0];
  return seen;
}

const fieldNames = (tree: ResolveTree) => Object.keys(tree.fieldsByTypeName.Item ?? {}).sort();

describe('resolveTreeOf', () => {
  it('gives every request of one parsed document the same tree, and another document its own', () => {
    const doc = parse('query Q($n: Int) { items { id tags(first: $n) } }');
    const [a] = treesOf(doc, { n: 2 });
    const [b] = treesOf(doc, { n: 2 });
    expect(b).toBe(a);
    expect(fieldNames(a!)).toEqual(['id', 'tags']);
    const [other] = treesOf(parse('query Q($n: Int) { items { id tags(first: $n) } }'), { n: 2 });
    expect(other).not.toBe(a);
    expect(other).toEqual(a);
  });

  it('keeps what the variables decide apart: arguments and @include', () => {
    const doc = parse('query Q($n: Int, $withName: Boolean!) { items { id name @include(if: $withName) tags(first: $n) } }');
    const [two] = treesOf(doc, { n: 2, withName: true });
    const [five] = treesOf(doc, { n: 5, withName: false });
    expect(two!.fieldsByTypeName.Item!.tags!.args).toEqual({ first: 2 });
    expect(five!.fieldsByTypeName.Item!.tags!.args).toEqual({ first: 5 });
    expect(fieldNames(two!)).toEqual(['id', 'name', 'tags']);
    expect(fieldNames(five!)).toEqual(['id', 'tags']);
    // And each combination, asked again, is found again.
    expect(treesOf(doc, { n: 2, withName: true })[0]).toBe(two);
  });
});
