import type { Resolvers } from '../generated/resolvers-types.js';
import { scalars } from '../server/scalars.js';
import { IssueComparison } from './comparison.js';
import { Affiliation, Attendance, Stance } from './edges.js';
import { Actor, Event, Issue, Node, Organization, Source, Stakeholder } from './nodes.js';
import { Draft, IngestMutation, IngestQuery, Proposal } from './ingest.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { Subscription } from '../live/subscriptions.js';

/** Every resolver, by type. Types without an entry (connections, GraphNode, ...) are returned in their GraphQL shape. */
export const resolvers: Resolvers = {
  ...scalars,
  Query: { ...Query, ...IngestQuery },
  Mutation: { ...Mutation, ...IngestMutation },
  Subscription,
  Node,
  Stakeholder,
  Actor,
  Organization,
  Issue,
  Event,
  Source,
  Stance,
  Attendance,
  Affiliation,
  IssueComparison,
  Draft,
  Proposal,
};
