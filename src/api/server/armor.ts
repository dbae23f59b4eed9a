/**
 * Bounds on what one GraphQL document may ask, checked before anything runs (graphql-armor).
 * Each number is set from the schema's real use: the playground examples and the deepest
 * query the tests run must pass with room to spare; anything far beyond is refused with
 * QUERY_TOO_COMPLEX rather than allowed to fan out into thousands of Cypher rows.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Config } from '../../config.js';
import { ErrorCode, StancegraphError } from '../../errors.js';

export const ARMOR_LIMITS = {
  /**
   * The deepest useful path is issues > edges > node > stances > holder > affiliations >
   * organization > members > actor > name (10 levels); an inline fragment (`... on Actor`)
   * is one more. Beyond 12, a query is walking the graph in circles; `graph` exists for that.
   */
  maxDepth: 12,
  /**
   * graphql-armor's cost: 1 a scalar, 2 an object, 1.5x per level of nesting, the whole
   * subtree times `first` when that is a literal (a variable counts as 1). The most we mean
   * to serve is the deep query of tests/api/batching.test.ts written with a literal
   * first: 100 (issues > stances > holder > affiliations > organization > members > actor,
   * ids and names at each level): about 48,000. The playground examples cost under 4,000.
   * 60,000 leaves that query a quarter of headroom and refuses it twice in one document, or
   * 100 stances walked three lists deeper.
   */
  maxCost: 60_000,
  /** Aliases let one document repeat an expensive field; the examples use 2 (trump:, netanyahu:). */
  maxAliases: 15,
  /** The schema defines no directives of its own; @include/@skip a handful of times is plenty. */
  maxDirectives: 20,
  /**
   * Lexer tokens in the document, checked while parsing, so a huge document is refused
   * before it is built. The largest example is about 150 tokens.
   */
  maxTokens: 2_000,
  /**
   * Root fields of one mutation document (mutationBatch.ts). Each is a transaction of its own,
   * run one after another; a curator's script sends a handful at most, and more belong in a
   * seed file.
   */
  maxMutationFields: 10,
} as const;

/** Reports an armor rejection as one of our errors, so it reaches the client as QUERY_TOO_COMPLEX. */
const reject = (ctx: ValidationContext | null, error: GraphQLError) =>
  ctx?.reportError(new StancegraphError(ErrorCode.QUERY_TOO_COMPLEX, error.message.replace(/^Syntax Error: /, '')));

export function armor(config: Config) {
  const onRejection = { onReject: [reject], propagateOnRejection: false };
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ...onRejection },
    costLimit: { maxCost: ARMOR_LIMITS.maxCost, ...onRejection },
    maxAliases: { n: ARMOR_LIMITS.maxAliases, ...onRejection },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives, ...onRejection },
    // armor's token limit for Apollo throws from a plugin hook, outside Apollo's parse
    // error handling, so the client would get an HTTP 500 (checked with Apollo 5.5); graphql-js' own parse option does the
    // same count inside parse() and fails as a parse error (mapped to QUERY_TOO_COMPLEX).
    maxTokens: { enabled: false },
    // Field suggestions ("Did you mean ...?") map the schema for an attacker; in
    // development they help, and the schema is public there anyway.
    blockFieldSuggestion: { enabled: config.env === 'production' },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: ARMOR_LIMITS.maxTokens } };
}
