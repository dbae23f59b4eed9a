package org.stancegraph.feed;

import static org.neo4j.configuration.SettingValueParsers.SOCKET_ADDRESS;

import org.neo4j.annotations.service.ServiceProvider;
import org.neo4j.configuration.Description;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.SettingsDeclaration;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.config.Setting;

/**
 * The plugin's settings, declared so that Neo4j accepts them in neo4j.conf (a server refuses
 * settings nobody declares) and in the Docker image's environment form
 * ({@code NEO4J_server_stancegraph_feed_listen__address}).
 */
@ServiceProvider
public final class FeedSettings implements SettingsDeclaration {
    /**
     * Where the change feed listens. Loopback by default: the feed is unauthenticated, so on a
     * server it is opened to the API replicas' network on purpose, never by accident. Port 0
     * takes a free port (the embedded launcher does, and reports it).
     */
    @Description("Address (host:port) the stancegraph change feed listens on, for the stancegraph API replicas.")
    public static final Setting<SocketAddress> listen_address = SettingImpl.newBuilder(
                    "server.stancegraph.feed.listen_address", SOCKET_ADDRESS, new SocketAddress("127.0.0.1", 7688))
            .build();
}
