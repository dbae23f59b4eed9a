/**
 * A field's parsed selection (graphql-parse-resolve-info's ResolveTree), worked out once per
 * document rather than once per field per request. Apollo's document store hands every
 * request of the same document the same parsed DocumentNode, so a FieldNode object stands
 * for one place in one document: its tree depends only on that node, the field's parent
 * and return types (a fragment may be spread under several), and the request's variables
 * (arguments, @skip and @include). Before this, a list of 100 holders parsed its `stances`
 * selection 100 times in every request.
 *
 * Callers must treat the tree as read-only: it is shared by every request of the document.
 */
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/** Trees per field node, per types and variables; bounded, as variables may differ forever. */
const TREES = new WeakMap<FieldNode, Map<string, ResolveTree>>();
const MAX_PER_NODE = 64;

/** The variables of a request as a key, made once per request (its variableValues object). */
const VARIABLE_KEYS = new WeakMap<object, string>();
function variablesKey(values: GraphQLResolveInfo['variableValues']): string {
  let key = VARIABLE_KEYS.get(values);
  if (key === undefined) {
    key = Object.keys(values).length === 0 ? '' : JSON.stringify(values);
    VARIABLE_KEYS.set(values, key);
  }
  return key;
}

/** parseResolveInfo(info), cached per document place, types and variables. */
export function resolveTreeOf(info: GraphQLResolveInfo): ResolveTree {
  const node = info.fieldNodes[0]!;
  const key = `${info.parentType.name}|${String(info.returnType)}|${info.fieldNodes.length}|${variablesKey(info.variableValues)}`;
  let byKey = TREES.get(node);
  if (!byKey) TREES.set(node, (byKey = new Map()));
  let tree = byKey.get(key);
  if (!tree) {
    tree = parseResolveInfo(info) as ResolveTree;
    if (byKey.size >= MAX_PER_NODE) byKey.clear();
    byKey.set(key, tree);
  }
  return tree;
}

/**
 * `derive(tree)`, computed once per tree: what a resolver works out from its selection (the
 * claim details it reads, the fields it goes on to) is as stable as the tree itself.
 */
export function derivedOf<T>(cache: WeakMap<ResolveTree, T>, tree: ResolveTree, derive: (tree: ResolveTree) => T): T {
  let value = cache.get(tree);
  if (value === undefined) {
    value = derive(tree);
    cache.set(tree, value);
  }
  return value;
}

const TOTALS = new WeakMap<ResolveTree, boolean>();

/**
 * Whether a connection field's selection reads `totalCount`: counting the matches of a filter
 * can cost far more than the page (an asOf range over a large graph), so the count is made
 * only for documents that ask for it.
 */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  return derivedOf(TOTALS, resolveTreeOf(info), (tree) =>
    Object.values(tree.fieldsByTypeName).some((fields) => Object.values(fields).some((f) => f.name === 'totalCount')),
  );
}
