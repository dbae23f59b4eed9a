package org.stancegraph.feed;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

/**
 * The change feed: after each commit, one JSON line describing what the transaction changed,
 * sent to every consumer connected over TCP (the address from {@link FeedSettings#listen_address}).
 *
 * <p>Lines: {@code {"type":"hello","lastTxId":n,"database":name}} on connect; {@code {"type":"tx","txId":n,
 * "commitTime":ms,"changes":[...]}} per committed transaction that changed data; and
 * {@code {"type":"resync","reason":...}} where the consumer missed transactions. A consumer may
 * send {@code {"buffer":chars}} to set its own buffer bound (tests use a small one).
 *
 * <p>A commit never waits for a consumer: each has a bounded queue and a writer thread of its
 * own. A consumer whose queue would overflow loses what it had queued and gets a resync marker
 * in its place, so a gap is always announced, never silent.
 */
final class ChangeFeed implements TransactionEventListener<ChangeFeed.Pending>, Closeable {
    /** Characters queued per consumer before it counts as fallen behind. */
    static final long DEFAULT_BUFFER_CHARS = 8L * 1024 * 1024;
    /** A transaction changing more than this is announced as a resync rather than listed. */
    static final int MAX_CHANGES = 10_000;

    /** What beforeCommit saw, for afterCommit to publish with the commit's id and time. */
    record Pending(List<String> changes, boolean tooLarge) {}

    private final ServerSocket server;
    private final List<Consumer> consumers = new CopyOnWriteArrayList<>();
    private final AtomicLong lastTxId = new AtomicLong(-1);
    private final String database;

    ChangeFeed(String host, int port, String database) throws IOException {
        this.database = database;
        server = new ServerSocket(port, 50, InetAddress.getByName(host));
        Thread accept = new Thread(this::acceptLoop, "stancegraph-feed-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /** host:port the feed listens on. */
    String address() {
        return server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Consumer c = new Consumer(socket);
                consumers.add(c);
                long last = lastTxId.get();
                c.offer("{\"type\":\"hello\",\"lastTxId\":" + (last < 0 ? "null" : Long.toString(last)) + ",\"database\":" + Json.quote(database) + "}");
                c.start();
            } catch (IOException e) {
                // Closed at shutdown, or one failed accept: the loop condition decides.
            }
        }
    }

    @Override
    public Pending beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService db) {
        // Nobody listens: the commit pays nothing beyond this check.
        if (consumers.isEmpty()) return null;
        return new Changes(data).collect();
    }

    @Override
    public void afterCommit(TransactionData data, Pending pending, GraphDatabaseService db) {
        long txId = data.getTransactionId();
        lastTxId.accumulateAndGet(txId, Math::max);
        if (pending == null) return;
        String line;
        if (pending.tooLarge()) {
            line = "{\"type\":\"resync\",\"reason\":\"large transaction\",\"txId\":" + txId + "}";
        } else if (pending.changes().isEmpty()) {
            return; // a schema or token change: nothing a consumer tracks
        } else {
            StringBuilder sb = new StringBuilder(64 + pending.changes().size() * 96);
            sb.append("{\"type\":\"tx\",\"txId\":").append(txId)
              .append(",\"commitTime\":").append(data.getCommitTime())
              .append(",\"changes\":[");
            for (int i = 0; i < pending.changes().size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(pending.changes().get(i));
            }
            line = sb.append("]}").toString();
        }
        for (Consumer c : consumers) c.offer(line);
    }

    @Override
    public void afterRollback(TransactionData data, Pending pending, GraphDatabaseService db) {
        // Nothing was committed: nothing to tell.
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Shutting down anyway.
        }
        for (Consumer c : consumers) c.close();
    }

    /**
     * The changes of one transaction, read in beforeCommit while every entity is still
     * readable. Deleted entities cannot be read any more, even there: their labels and
     * properties come from the removed-label and removed-property entries Neo4j records.
     */
    private static final class Changes {
        private final TransactionData data;
        private final Map<String, Map<String, Object>> removedNodeProps = new HashMap<>();
        private final Map<String, Map<String, Object>> removedRelProps = new HashMap<>();
        private final Map<String, List<String>> removedLabels = new HashMap<>();
        private final Set<String> deletedNodes = new java.util.HashSet<>();
        private int count;

        Changes(TransactionData data) {
            this.data = data;
        }

        Pending collect() {
            for (PropertyEntry<Node> e : data.removedNodeProperties()) {
                removedNodeProps.computeIfAbsent(e.entity().getElementId(), k -> new HashMap<>()).put(e.key(), e.previouslyCommittedValue());
            }
            for (PropertyEntry<Relationship> e : data.removedRelationshipProperties()) {
                removedRelProps.computeIfAbsent(e.entity().getElementId(), k -> new HashMap<>()).put(e.key(), e.previouslyCommittedValue());
            }
            for (LabelEntry e : data.removedLabels()) {
                removedLabels.computeIfAbsent(e.node().getElementId(), k -> new ArrayList<>()).add(e.label().name());
            }
            for (Node n : data.deletedNodes()) deletedNodes.add(n.getElementId());

            List<String> out = new ArrayList<>();
            // Nodes: created, then updated (properties or labels changed), then deleted.
            Map<String, Node> created = new LinkedHashMap<>();
            for (Node n : data.createdNodes()) created.put(n.getElementId(), n);
            Map<String, Node> touched = new LinkedHashMap<>();
            Map<String, Set<String>> keys = new HashMap<>();
            for (PropertyEntry<Node> e : data.assignedNodeProperties()) note(touched, keys, e.entity(), e.key());
            for (PropertyEntry<Node> e : data.removedNodeProperties()) note(touched, keys, e.entity(), e.key());
            for (LabelEntry e : data.assignedLabels()) note(touched, keys, e.node(), null);
            for (LabelEntry e : data.removedLabels()) note(touched, keys, e.node(), null);
            for (Node n : created.values()) {
                if (tooMany()) return new Pending(List.of(), true);
                out.add(node("created", n, keys.get(n.getElementId())));
            }
            for (Map.Entry<String, Node> t : touched.entrySet()) {
                if (created.containsKey(t.getKey()) || deletedNodes.contains(t.getKey())) continue;
                if (tooMany()) return new Pending(List.of(), true);
                out.add(node("updated", t.getValue(), keys.get(t.getKey())));
            }
            for (Node n : data.deletedNodes()) {
                if (tooMany()) return new Pending(List.of(), true);
                out.add(node("deleted", n, keys.get(n.getElementId())));
            }

            // Relationships, in the same order.
            Map<String, Relationship> createdRels = new LinkedHashMap<>();
            for (Relationship r : data.createdRelationships()) createdRels.put(r.getElementId(), r);
            Set<String> deletedRels = new java.util.HashSet<>();
            for (Relationship r : data.deletedRelationships()) deletedRels.add(r.getElementId());
            Map<String, Relationship> touchedRels = new LinkedHashMap<>();
            Map<String, Set<String>> relKeys = new HashMap<>();
            for (PropertyEntry<Relationship> e : data.assignedRelationshipProperties()) note(touchedRels, relKeys, e.entity(), e.key());
            for (PropertyEntry<Relationship> e : data.removedRelationshipProperties()) note(touchedRels, relKeys, e.entity(), e.key());
            for (Relationship r : createdRels.values()) {
                if (tooMany()) return new Pending(List.of(), true);
                out.add(relationship("created", r, relKeys.get(r.getElementId()), false));
            }
            for (Map.Entry<String, Relationship> t : touchedRels.entrySet()) {
                if (createdRels.containsKey(t.getKey()) || deletedRels.contains(t.getKey())) continue;
                if (tooMany()) return new Pending(List.of(), true);
                out.add(relationship("updated", t.getValue(), relKeys.get(t.getKey()), false));
            }
            for (Relationship r : data.deletedRelationships()) {
                if (tooMany()) return new Pending(List.of(), true);
                out.add(relationship("deleted", r, relKeys.get(r.getElementId()), true));
            }
            return new Pending(out, false);
        }

        private boolean tooMany() {
            return ++count > MAX_CHANGES;
        }

        private static <E extends Entity> void note(Map<String, E> touched, Map<String, Set<String>> keys, E entity, String key) {
            touched.putIfAbsent(entity.getElementId(), entity);
            Set<String> k = keys.computeIfAbsent(entity.getElementId(), x -> new TreeSet<>());
            if (key != null) k.add(key);
        }

        private String node(String op, Node n, Set<String> keys) {
            return "{\"op\":\"" + op + "\",\"entity\":\"node\",\"labels\":" + array(labelsOf(n))
                + ",\"id\":" + value(idOf(n)) + ",\"keys\":" + array(keys == null ? Set.of() : keys) + "}";
        }

        private String relationship(String op, Relationship r, Set<String> keys, boolean deleted) {
            Object claim = deleted
                ? removedRelProps.getOrDefault(r.getElementId(), Map.of()).get("id")
                : r.getProperty("id", null);
            Node start = r.getStartNode();
            Node end = r.getEndNode();
            return "{\"op\":\"" + op + "\",\"entity\":\"relationship\",\"type\":" + Json.quote(r.getType().name())
                + ",\"id\":" + value(claim)
                + ",\"start\":" + value(idOf(start)) + ",\"startLabels\":" + array(labelsOf(start))
                + ",\"end\":" + value(idOf(end)) + ",\"endLabels\":" + array(labelsOf(end))
                + ",\"keys\":" + array(keys == null ? Set.of() : keys) + "}";
        }

        private Object idOf(Node n) {
            String eid = n.getElementId();
            if (deletedNodes.contains(eid)) return removedNodeProps.getOrDefault(eid, Map.of()).get("id");
            return n.getProperty("id", null);
        }

        private Iterable<String> labelsOf(Node n) {
            String eid = n.getElementId();
            if (deletedNodes.contains(eid)) return new TreeSet<>(removedLabels.getOrDefault(eid, List.of()));
            Set<String> labels = new TreeSet<>();
            for (Label l : n.getLabels()) labels.add(l.name());
            return labels;
        }

        private static String value(Object v) {
            return v == null ? "null" : Json.quote(String.valueOf(v));
        }

        private static String array(Iterable<String> items) {
            StringBuilder sb = new StringBuilder("[");
            for (String s : items) {
                if (sb.length() > 1) sb.append(',');
                sb.append(Json.quote(s));
            }
            return sb.append(']').toString();
        }
    }

    /** One connected reader, with its own bounded queue and writer thread. */
    private final class Consumer {
        private static final Pattern BUFFER = Pattern.compile("\"buffer\"\\s*:\\s*(\\d+)");
        private final Socket socket;
        private final ArrayDeque<String> queue = new ArrayDeque<>();
        private long queuedChars;
        private long limit = DEFAULT_BUFFER_CHARS;
        private boolean closed;

        Consumer(Socket socket) {
            this.socket = socket;
        }

        void start() {
            Thread writer = new Thread(this::writeLoop, "stancegraph-feed-writer");
            writer.setDaemon(true);
            writer.start();
            Thread reader = new Thread(this::readLoop, "stancegraph-feed-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** Called on commit threads: never blocks on the socket. */
        synchronized void offer(String line) {
            if (closed) return;
            if (queuedChars + line.length() > limit) {
                queue.clear();
                queuedChars = 0;
                line = "{\"type\":\"resync\",\"reason\":\"behind\"}";
            }
            queue.add(line);
            queuedChars += line.length();
            notifyAll();
        }

        private synchronized String take() throws InterruptedException {
            while (queue.isEmpty() && !closed) wait();
            if (closed) return null;
            String line = queue.poll();
            queuedChars -= line.length();
            return line;
        }

        private synchronized boolean idle() {
            return queue.isEmpty();
        }

        private void writeLoop() {
            try (OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream(), 64 * 1024)) {
                for (String line; (line = take()) != null; ) {
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    if (idle()) out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // The consumer went away.
            } finally {
                close();
            }
        }

        /** Reads the consumer's settings; its end of input means it left. */
        private void readLoop() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = BUFFER.matcher(line);
                    if (m.find()) setLimit(Long.parseLong(m.group(1)));
                }
            } catch (IOException | NumberFormatException e) {
                // Treated as the consumer leaving.
            } finally {
                close();
            }
        }

        private void setLimit(long chars) throws IOException {
            synchronized (this) {
                limit = Math.max(1, chars);
            }
            // A small bound only shows when the socket cannot absorb much either.
            if (chars < 64 * 1024) socket.setSendBufferSize((int) Math.max(1024, chars));
        }

        void close() {
            synchronized (this) {
                if (closed) return;
                closed = true;
                queue.clear();
                notifyAll();
            }
            consumers.remove(this);
            try {
                socket.close();
            } catch (IOException ignored) {
                // Already gone.
            }
        }
    }
}
