import type { IssueComparisonResolvers } from '../generated/resolvers-types.js';
import { loadRequired } from './shared.js';

export const IssueComparison: IssueComparisonResolvers = {
  issue: (row, _, ctx) => loadRequired(ctx, row.issueId, 'Issue'),
};
