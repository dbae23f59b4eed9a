package org.stancegraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import sun.misc.Signal;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Runs Neo4j Community embedded, with a Bolt connector on loopback, for stancegraph.
 *
 * <p>Speaks to its parent in JSON lines on stdout: {@code {"event":"ready","bolt":...}} once
 * Bolt accepts connections, {@code {"event":"error",...}} when start-up fails (exit code 2),
 * {@code {"event":"stopped"}} after a clean shutdown. The ready line and listen.json also name
 * the change feed's address ({@code "feed":"127.0.0.1:port"}) when the feed plugin
 * (neo4j/plugin, stancegraph-feed-plugin.jar) is on the classpath: Neo4j loads it as a server
 * loads a jar of its plugins/ folder, through its ExtensionFactory; this class only tells it
 * where to listen ({@code server.stancegraph.feed.listen_address}) and reports where it did. It shuts
 * down on SIGTERM/SIGINT and when stdin reaches EOF, so a parent that dies without signalling leaves no JVM behind.
 *
 * <p>Auth is off: the connector binds to 127.0.0.1 only (unless --host says otherwise).
 */
public final class Launcher {
    /** Written next to the store while Bolt listens, so other tools can find a running database. */
    static final String LISTEN_FILE = "listen.json";

    public static void main(String[] args) {
        Map<String, String> opts = parseArgs(args);
        Path home = Path.of(opts.getOrDefault("home", ".data/neo4j")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        String pageCache = opts.getOrDefault("pagecache", "128m");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
            // Settings a server reads from neo4j.conf: the given file (--conf), or one written
            // here naming the feed's address, only when the plugin is there to declare it
            // (Neo4j refuses a setting nobody declares).
            Path conf = opts.containsKey("conf")
                    ? Path.of(opts.get("conf")).toAbsolutePath()
                    : pluginLoaded() ? writeConf(home, host, opts.getOrDefault("feed-port", "0")) : null;
            if (conf != null) builder.loadPropertiesFromFile(conf);
            dbms = builder
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Neo4j Browser (/browser) reads these through dbms.clientConfig(): no usage
                    // data sent to Neo4j's analytics, no guides or images fetched from the internet.
                    .setConfig(ServerSettings.allow_telemetry, false)
                    .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost")
                    // Keep transaction logs small: this store is a laptop's, not a backup source.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    // By default Bolt waits 5 s for connections and 5 s more for its thread pool at
                    // shutdown, though the database has checkpointed by then; a laptop's Ctrl-C should
                    // not take 10 s.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    .build();
        } catch (Throwable e) {
            out.println(json("event", "error", "reason", reason(e), "message", describe(e, host, port, home)));
            System.exit(2);
            return;
        }

        String bolt = "bolt://" + host + ":" + port;
        // The plugin failing to listen fails the database (so start-up fails above); a database
        // that started with the plugin has its feed.
        String feed = feedAddress(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (feed == null && pluginLoaded()) {
            dbms.shutdown();
            out.println(json("event", "error", "reason", "START_FAILED", "message",
                    "The change feed plugin did not start on " + host + " (server.stancegraph.feed.listen_address); see logs/debug.log"));
            System.exit(2);
            return;
        }
        if (feed == null) {
            out.println(json("event", "warning", "message", "no change feed: the stancegraph feed plugin is not on the classpath"));
        }
        Path listenFile = home.resolve(LISTEN_FILE);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(listenFile);
            } catch (IOException ignored) {
                // A stale file is harmless: readers check that the pid is alive and Bolt answers.
            }
            dbms.shutdown();
            out.println(json("event", "stopped"));
            stopped.countDown();
        }, "stancegraph-neo4j-shutdown"));

        long pid = ProcessHandle.current().pid();
        try {
            Files.writeString(listenFile, json("bolt", bolt, "feed", feed, "pid", Long.toString(pid)) + "\n");
        } catch (IOException e) {
            out.println(json("event", "warning", "message", "could not write " + listenFile + ": " + e.getMessage()));
        }
        out.println(json("event", "ready", "bolt", bolt, "feed", feed, "pid", Long.toString(pid), "home", home.toString()));

        // Without handlers the JVM reports death by signal (exit 143) even after a clean
        // shutdown; exiting normally lets the parent tell a clean stop from a crash.
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> System.exit(0));
        }
        watchParent();
        try {
            stopped.await();
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    private static final String PLUGIN = "org.stancegraph.feed.ChangeFeedExtensionFactory";

    /** Whether the feed plugin's jar is on the classpath (a plugins folder without it runs Neo4j alone). */
    private static boolean pluginLoaded() {
        try {
            Class.forName(PLUGIN, false, Launcher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Where the plugin's feed of {@code database} listens, asked of the plugin itself: the
     * launcher has no compile-time tie to the jar, which Neo4j loads as a server would.
     */
    private static String feedAddress(String database) {
        if (!pluginLoaded()) return null;
        try {
            return (String) Class.forName(PLUGIN).getMethod("address", String.class).invoke(null, database);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** The launcher's own neo4j.conf: only the feed's address, as an operator would write it. */
    private static Path writeConf(Path home, String host, String feedPort) throws IOException {
        Path conf = home.resolve("stancegraph-launcher.conf");
        Files.writeString(conf, "server.stancegraph.feed.listen_address=" + host + ":" + Integer.parseInt(feedPort) + "\n");
        return conf;
    }

    /** Exits (running the shutdown hook) when stdin closes: the parent went away or asked us to stop. */
    private static void watchParent() {
        Thread t = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            System.exit(0);
        }, "stancegraph-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    private static String reason(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof BindException) return "PORT_IN_USE";
            if (c instanceof FileLockException) return "STORE_LOCKED";
        }
        return "START_FAILED";
    }

    private static String describe(Throwable e, String host, int port, Path home) {
        switch (reason(e)) {
            case "PORT_IN_USE":
                return "Bolt port " + host + ":" + port + " is already in use; stop what listens there or choose another port";
            case "STORE_LOCKED":
                return "The store at " + home + " is locked by another Neo4j process; stop it or use another data directory";
            default:
                Throwable root = e;
                while (root.getCause() != null) root = root.getCause();
                return "Neo4j failed to start: " + e + (root != e ? " (cause: " + root + ")" : "");
        }
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("usage: Launcher [--home DIR] [--host 127.0.0.1] [--port 7687] [--pagecache 128m] [--feed-port 0] [--conf neo4j.conf]");
                System.exit(64);
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    /** A flat JSON object of string values; enough for the launcher's few messages. */
    private static String json(String... kv) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < kv.length; i += 2) {
            if (i > 0) sb.append(',');
            sb.append(quote(kv[i])).append(':').append(kv[i + 1] == null ? "null" : quote(kv[i + 1]));
        }
        return sb.append('}').toString();
    }

    // The plugin has the same quoting (org.stancegraph.feed.Json): the launcher keeps its own
    // because it must run without the plugin on its classpath (a plugins folder without the jar).
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
