/**
 * Which of a claim's longer properties a document reads, so the stance queries leave the rest
 * in Neo4j: a list of 100 claims drawn as edges needs no position text or sources, and reading,
 * sending and decoding them was most of such a request's cost. A claim's id, kind, date and
 * the ids of its ends are always read (ordering, cursors and the holder/issue fields need them).
 *
 * The ends themselves (`holder`, `issue`) are details too: when the document selects one, the
 * stance query returns that node whole beside the claim and the loaders prime the entity
 * loader with it, so the next level costs no query of its own.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { derivedOf, resolveTreeOf } from './resolveTree.js';

/** A claim property read only when asked for. */
export type ClaimDetail = 'position' | 'attribution' | 'quote' | 'sources' | 'asOfPrecision' | 'history' | 'holder' | 'issue';

/**
 * Every property, history and the issue: for reads whose result feeds more than one selection
 * (compare, whose holders are its own arguments, already loaded).
 */
export const ALL_CLAIM_DETAILS: readonly ClaimDetail[] = ['asOfPrecision', 'attribution', 'history', 'issue', 'position', 'quote', 'sources'];

/** The Stance fields that need each detail. */
const NEEDS: Record<string, ClaimDetail> = {
  position: 'position',
  attribution: 'attribution',
  quote: 'quote',
  sources: 'sources',
  asOf: 'asOfPrecision',
  asOfPrecision: 'asOfPrecision',
  retractedAt: 'history',
  retractedBy: 'history',
  retractionReason: 'history',
  createdAt: 'history',
  createdBy: 'history',
  updatedAt: 'history',
  updatedBy: 'history',
  holder: 'holder',
  issue: 'issue',
};

function fieldsOn(tree: ResolveTree | undefined, typeName: string): ResolveTree[] {
  return Object.values(tree?.fieldsByTypeName[typeName] ?? {});
}

/** The details a selection of Stance fields reads, sorted, so equal selections make equal loader keys. */
function detailsOf(stanceFields: ResolveTree[]): ClaimDetail[] {
  return [...new Set(stanceFields.flatMap((f) => NEEDS[f.name] ?? []))].sort();
}

type StanceSelection = { fields: ResolveTree[]; details: ClaimDetail[] };
const LIST_SELECTIONS = new WeakMap<ResolveTree, StanceSelection>();
const CONNECTION_DETAILS = new WeakMap<ResolveTree, ClaimDetail[]>();

/**
 * The Stance fields a field returning [Stance!]! (Issue.stances, Stakeholder.stances) selects,
 * and the details they read; worked out once per document (resolveTree.ts), read-only.
 */
export function stanceSelectionOfList(info: GraphQLResolveInfo): StanceSelection {
  return derivedOf(LIST_SELECTIONS, resolveTreeOf(info), (tree) => {
    const fields = fieldsOn(tree, 'Stance');
    return { fields, details: detailsOf(fields) };
  });
}

/** The details alone, for a list whose holders need nothing loaded ahead. */
export const claimDetailsOfList = (info: GraphQLResolveInfo): ClaimDetail[] => stanceSelectionOfList(info).details;

/** The same, from the field's parsed selection (a root field looking ahead, rootPrefetch.ts). */
export function claimDetailsOfTree(field: ResolveTree): ClaimDetail[] {
  return derivedOf(TREE_DETAILS, field, (tree) => detailsOf(fieldsOn(tree, 'Stance')));
}
const TREE_DETAILS = new WeakMap<ResolveTree, ClaimDetail[]>();

/** For a field returning a StanceConnection (the root stances list): the fields under edges.node. */
export function claimDetailsOfConnection(info: GraphQLResolveInfo): ClaimDetail[] {
  return derivedOf(CONNECTION_DETAILS, resolveTreeOf(info), (connection) => {
    const nodes = fieldsOn(connection, 'StanceConnection')
      .filter((f) => f.name === 'edges')
      .flatMap((edges) => fieldsOn(edges, 'StanceEdge'))
      .filter((f) => f.name === 'node');
    return detailsOf(nodes.flatMap((node) => fieldsOn(node, 'Stance')));
  });
}
