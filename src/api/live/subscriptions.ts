/**
 * The Subscription type's resolvers. Each subscription checks its arguments when it starts
 * (a bad one fails the subscribe, it never becomes a silent stream), then opens a stream on
 * the live graph's hub that keeps the events it follows and shapes them for the client.
 */
import { cypher } from '../../graph/cypher.js';
import type { Change, FeedTx } from '../../feed/messages.js';
import { logger } from '../../logger.js';
import { badInput, ErrorCode, notFound, StancegraphError } from '../../errors.js';
import { stillValid } from '../http/auth.js';
import { createContext, type Context } from '../request/context.js';
import type { EdgeType, EntityChange, GraphChange, NodeKind, SubscriptionResolvers } from '../generated/resolvers-types.js';
import { loadAllOrFail } from '../loaders/batch.js';
import { EDGE_TYPES, edgeId, isStakeholder, NODE_KIND } from '../resolvers/mapping.js';
import type { Label, StanceRow } from '../../graph/rows.js';
import { claimRow, type ClaimTuple } from '../../graph/tuples.js';
import type { LiveGraph } from './liveGraph.js';
import type { LiveEvent } from './stream.js';

const Q = {
  stancesById: cypher<{ stance: ClaimTuple }>('api/stances-by-id'),
  issueSubtree: cypher<{ ids: string[] }>('api/issue-subtree'),
};

/** How many ids graphChanged may follow: as many as `graph` starts from, twice over. */
const MAX_IDS = 100;

const OP = { created: 'CREATED', updated: 'UPDATED', deleted: 'DELETED' } as const;
const EDGE_TYPE_SET = new Set<string>(EDGE_TYPES);

const kindOf = (labels: readonly string[]): NodeKind | undefined =>
  labels.map((l) => NODE_KIND[l as Label]).find((k) => k !== undefined);

/** A feed change as the API shows it; undefined for what the API does not model (a node without id, an unknown label or type). */
export function entityChange(change: Change): (EntityChange & { ends: readonly (NodeKind | undefined)[] }) | undefined {
  if (change.entity === 'node') {
    const kind = kindOf(change.labels);
    if (change.id === null || !kind) return undefined;
    return { op: OP[change.op], id: change.id, kind, type: null, source: null, target: null, fields: change.keys, ends: [kind] };
  }
  if (!EDGE_TYPE_SET.has(change.type) || change.start === null || change.end === null) return undefined;
  const type = change.type as EdgeType;
  return {
    op: OP[change.op],
    id: edgeId(type, change.start, change.end, change.id),
    kind: null,
    type,
    source: change.start,
    target: change.end,
    fields: change.keys,
    ends: [kindOf(change.startLabels), kindOf(change.endLabels)],
  };
}

function live(ctx: Context): LiveGraph {
  if (!ctx.live) throw new StancegraphError(ErrorCode.BAD_REQUEST, 'Subscriptions are served over WebSocket (graphql-ws) on /graphql');
  return ctx.live;
}

const resyncChange = (reason: string): GraphChange => ({ txId: null, at: null, resync: true, reason, changes: [] });

type StancePayload = StanceRow | { resync: string } | Revoked;

/** The last value of a subscription whose API key was revoked while it ran. */
interface Revoked {
  revoked: string;
}

/**
 * Ends a subscription whose credential was revoked (an API key kept in the graph, deleted
 * with `npm run key -- revoke`): checked before each event, so the subscriber learns of it
 * with the change that revoked it (the feed tells of the key's deletion) as UNAUTHENTICATED,
 * and hears nothing more. Neo4j away: the key is not taken for revoked.
 */
function revocationGuard<T>(ctx: Context, graph: LiveGraph, value: (r: Revoked) => T): (() => Promise<T | undefined>) | undefined {
  const credential = ctx.credential;
  if (credential.kind !== 'valid' || credential.graphKey === undefined) return undefined;
  return async () => {
    const valid = await stillValid(credential, () => graph.keys.keys()).catch(() => true);
    return valid ? undefined : value({ revoked: credential.name });
  };
}

const revokedError = (r: Revoked) =>
  new StancegraphError(ErrorCode.UNAUTHENTICATED, `The API key ${r.revoked} was revoked; the subscription ends. Subscribe again with a valid credential.`);

/**
 * The claims a transaction wrote, as they are now, read once for every stancesChanged
 * subscriber (each gets the same event object): a thousand subscribers cost one read per
 * commit, not a thousand. A claim deleted for good has no row.
 */
const claimReads = new WeakMap<FeedTx, Promise<StanceRow[]>>();
function claimsOf(graph: LiveGraph, tx: FeedTx): Promise<StanceRow[]> {
  let read = claimReads.get(tx);
  if (!read) {
    const ids = [...new Set(tx.changes.flatMap((c) => (c.entity === 'relationship' && c.type === 'HOLDS_STANCE' && c.id !== null ? [c.id] : [])))];
    read = graph.db.readPlain(Q.stancesById, { ids }).then((rows) => rows.map((r) => claimRow(r.stance)));
    // Logged once here, not once per subscriber.
    read.catch((e: unknown) => logger.warn({ err: e instanceof Error ? e.message : String(e), txId: tx.txId }, 'stancesChanged could not read the claims of a commit; its subscribers get a resync'));
    claimReads.set(tx, read);
  }
  return read;
}

export const Subscription: SubscriptionResolvers = {
  graphChanged: {
    async subscribe(_root, { ids, kinds }, ctx) {
      const hub = live(ctx).hub;
      if (ids && (ids.length === 0 || ids.length > MAX_IDS)) throw badInput(`graphChanged: ids must hold 1 to ${MAX_IDS} ids (got ${ids.length})`);
      if (kinds && kinds.length === 0) throw badInput('graphChanged: kinds must name at least one kind when given');
      if (ids) {
        const rows = await loadAllOrFail(ctx.loaders.entity, ids);
        const unknown = ids.filter((_, i) => !rows[i]);
        if (unknown.length) throw notFound(`graphChanged: no node has the id ${unknown.map((id) => JSON.stringify(id)).join(', ')}`, { ids: unknown });
      }
      const following = ids && new Set(ids);
      const ofKinds = kinds && new Set(kinds);
      const follows = (c: NonNullable<ReturnType<typeof entityChange>>) =>
        (!following || [c.id, c.source, c.target].some((id) => id != null && following.has(id))) &&
        (!ofKinds || c.ends.some((k) => k !== undefined && ofKinds.has(k)));
      return hub.open<{ graphChanged: GraphChange | Revoked }>((event: LiveEvent) => {
        if (event.kind === 'resync') return [{ graphChanged: resyncChange(event.reason) }];
        const changes = event.tx.changes.flatMap((change) => {
          const c = entityChange(change);
          if (!c || !follows(c)) return [];
          const { ends: _ends, ...shown } = c;
          return [shown];
        });
        if (changes.length === 0) return [];
        const at = new Date(event.tx.commitTime).toISOString();
        return [{ graphChanged: { txId: String(event.tx.txId), at, resync: false, reason: null, changes } }];
      }, revocationGuard(ctx, live(ctx), (r) => ({ graphChanged: r })));
    },
    resolve(payload: { graphChanged: GraphChange | Revoked }) {
      const value = payload.graphChanged;
      if ('revoked' in value) throw revokedError(value);
      return value;
    },
  },

  stancesChanged: {
    async subscribe(_root, { issue, holder, includeSubIssues }, ctx) {
      const graph = live(ctx);
      if (includeSubIssues && !issue) throw badInput('stancesChanged: includeSubIssues needs an issue');
      const [issueRow, holderRow] = await loadAllOrFail(ctx.loaders.entity, [issue ?? '', holder ?? '']);
      if (issue && issueRow?.label !== 'Issue') throw notFound(`stancesChanged: no issue has the id ${JSON.stringify(issue)}`, { issue });
      if (holder && !isStakeholder(holderRow)) throw notFound(`stancesChanged: no actor or organization has the id ${JSON.stringify(holder)}`, { holder });

      const subtree = async () => (includeSubIssues && issue ? new Set((await graph.db.readPlain(Q.issueSubtree, { issue }))[0]?.ids ?? [issue]) : new Set(issue ? [issue] : []));
      let issues = await subtree();
      const events = async (event: LiveEvent): Promise<{ stancesChanged: StancePayload }[]> => {
        if (event.kind === 'resync') {
          // Neo4j may be away (a resync for a lost feed): the tree read before stands until the next event.
          if (includeSubIssues) issues = await subtree().catch(() => issues);
          return [{ stancesChanged: { resync: event.reason } }];
        }
        const changes = event.tx.changes;
        if (includeSubIssues && changes.some((c) => c.entity === 'relationship' && c.type === 'PART_OF')) issues = await subtree();
        // A deleted edge counts too: a claim recorded again with another holder or issue is
        // deleted and made anew under its id, and the followers of its old ends learn from the
        // claim as it is now that it left them. A claim deleted for good reads as no row.
        const claimIds = changes.flatMap((c) =>
          c.entity === 'relationship' && c.type === 'HOLDS_STANCE' && c.id !== null &&
          (!holder || c.start === holder) && (!issue || (c.end !== null && issues.has(c.end)))
            ? [c.id]
            : [],
        );
        if (claimIds.length === 0) return [];
        const wanted = new Set(claimIds);
        const rows = (await claimsOf(graph, event.tx)).filter((row) => wanted.has(row.id));
        // A long-lived subscription must not answer from the loaders of its first event.
        Object.assign(ctx, createContext({ db: graph.db, config: ctx.config, live: graph }));
        return rows.map((row) => ({ stancesChanged: row }));
      };
      // A read that fails (Neo4j away or overloaded) must not end the subscription: the claims
      // it could not read may have changed, which is what a resync says.
      return graph.hub.open<{ stancesChanged: StancePayload }>(
        (event) =>
          events(event).catch((e: unknown) => {
            logger.debug({ err: e instanceof Error ? e.message : String(e) }, 'stancesChanged could not read a change; the subscriber gets a resync');
            return [{ stancesChanged: { resync: 'read failed' } }];
          }),
        revocationGuard(ctx, graph, (r) => ({ stancesChanged: r })),
      );
    },
    resolve(payload: { stancesChanged: StancePayload }) {
      const value = payload.stancesChanged;
      if ('revoked' in value) throw revokedError(value);
      if ('resync' in value) {
        throw new StancegraphError(ErrorCode.RESYNC, `Changes may have been missed (${value.resync}); read again what you show. The subscription goes on.`, {
          extensions: { reason: value.resync },
        });
      }
      return value;
    },
  },
};
