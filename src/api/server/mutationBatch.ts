import { Kind, type SelectionNode, type ValidationRule } from 'graphql';
import { ErrorCode, StancegraphError } from '../../errors.js';
import { ARMOR_LIMITS } from './armor.js';

/**
 * Bounds how many mutations one document may run. Aliases let a document repeat a mutation,
 * and armor's alias bound counts every alias of the document alike; this rule counts the
 * root fields of each mutation operation (fragments spread at the root included) and refuses
 * the document with QUERY_TOO_COMPLEX before any of them runs.
 */
export const MutationBatchRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'mutation') return;
    let fields = 0;
    const seen = new Set<string>();
    const count = (selections: readonly SelectionNode[]) => {
      for (const s of selections) {
        if (s.kind === Kind.FIELD) fields += 1;
        else if (s.kind === Kind.INLINE_FRAGMENT) count(s.selectionSet.selections);
        else if (!seen.has(s.name.value)) {
          seen.add(s.name.value);
          const fragment = context.getFragment(s.name.value);
          if (fragment) count(fragment.selectionSet.selections);
        }
      }
    };
    count(node.selectionSet.selections);
    if (fields > ARMOR_LIMITS.maxMutationFields) {
      const message = `A document may run at most ${ARMOR_LIMITS.maxMutationFields} mutations; this one has ${fields}`;
      context.reportError(new StancegraphError(ErrorCode.QUERY_TOO_COMPLEX, message, { nodes: node }));
    }
  },
});
