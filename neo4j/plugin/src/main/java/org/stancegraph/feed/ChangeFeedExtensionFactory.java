package org.stancegraph.feed;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.annotations.service.ServiceProvider;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.ExtensionType;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.kernel.lifecycle.LifecycleAdapter;
import org.neo4j.logging.InternalLog;
import org.neo4j.logging.internal.LogService;

/**
 * Loads the change feed into Neo4j: a server finds this class through
 * META-INF/services/org.neo4j.kernel.extension.ExtensionFactory in a jar of its plugins/
 * folder, the embedded launcher through the same file on its classpath. A database-scoped
 * extension gets an instance per database; only the configured default database gets a feed
 * (never {@code system}, whose commits are users and roles, nothing stancegraph shows).
 */
@ServiceProvider
public final class ChangeFeedExtensionFactory extends ExtensionFactory<ChangeFeedExtensionFactory.Dependencies> {
    /** What Neo4j hands the extension, resolved by the method's return type. */
    public interface Dependencies {
        GraphDatabaseAPI database();

        DatabaseManagementService databaseManagementService();

        Config config();

        LogService logService();
    }

    /** host:port of each database's feed while it listens, for the embedded launcher to report. */
    private static final Map<String, String> ADDRESSES = new ConcurrentHashMap<>();

    public ChangeFeedExtensionFactory() {
        super(ExtensionType.DATABASE, "stancegraph-change-feed");
    }

    /**
     * Where the feed of {@code database} listens now, or null when it has none. Read by the
     * embedded launcher (through reflection, so the launcher runs without the plugin too).
     */
    public static String address(String database) {
        return ADDRESSES.get(database);
    }

    @Override
    public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
        String database = dependencies.database().databaseName();
        Config config = dependencies.config();
        if (!database.equals(config.get(GraphDatabaseSettings.initial_default_database))) return new LifecycleAdapter();
        return new Feed(database, config.get(FeedSettings.listen_address), dependencies.databaseManagementService(),
                dependencies.logService().getUserLog(ChangeFeedExtensionFactory.class));
    }

    /** The feed's life follows its database's: it listens while the database runs. */
    private static final class Feed extends LifecycleAdapter {
        private final String database;
        private final SocketAddress listen;
        private final DatabaseManagementService dbms;
        private final InternalLog log;
        private ChangeFeed feed;

        Feed(String database, SocketAddress listen, DatabaseManagementService dbms, InternalLog log) {
            this.database = database;
            this.listen = listen;
            this.dbms = dbms;
            this.log = log;
        }

        @Override
        public void start() throws Exception {
            try {
                feed = new ChangeFeed(listen.getHostname(), listen.getPort(), database);
            } catch (Exception e) {
                // Failing the database is louder than a database whose replicas silently go stale.
                throw new IllegalStateException("stancegraph change feed: cannot listen on " + listen + " (server.stancegraph.feed.listen_address): " + e.getMessage(), e);
            }
            dbms.registerTransactionEventListener(database, feed);
            ADDRESSES.put(database, feed.address());
            log.info("stancegraph change feed of database '%s' listening on %s", database, feed.address());
        }

        @Override
        public void stop() {
            if (feed == null) return;
            ADDRESSES.remove(database, feed.address());
            try {
                dbms.unregisterTransactionEventListener(database, feed);
            } catch (RuntimeException e) {
                // The DBMS is shutting down: the listener goes with it.
            }
            feed.close();
            feed = null;
        }
    }
}
