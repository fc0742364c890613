package org.civic.testsupport;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A fresh database like {@link PostgresDatabase}, reached through a {@link TcpProxy} that a test can cut and
 * restore ({@link #proxy()}): for the database-outage tests, run under {@link DatabaseOutageContractTest.Profile}.
 */
public class ProxiedPostgresDatabase extends PostgresDatabase {

    private static volatile TcpProxy proxy;

    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String url = config.get("quarkus.datasource.jdbc.url");
        URI target = URI.create(url.substring("jdbc:".length()));
        proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort()).start();
        config.put(
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getRawPath()
                        + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
        return config;
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.cut();
        }
        super.stop();
    }
}
