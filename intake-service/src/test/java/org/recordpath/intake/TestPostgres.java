package org.recordpath.intake;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL for integration tests, chosen in this order: {@code TEST_DATABASE_URL} (with
 * {@code TEST_DATABASE_USER}/{@code TEST_DATABASE_PASSWORD}, or a {@code postgresql://user:pass@host/db} URL), a
 * Testcontainers PostgreSQL when a Docker engine answers, the server on 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}). When none answers the tests fail and say why; they never skip. Each test class gets a fresh
 * schema, and schemas older than six hours from earlier runs are dropped.
 */
public final class TestPostgres {
    static final String SCHEMA_PREFIX = "recordpath_it_";
    private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static Server server;

    private TestPostgres() {}

    /** Where the database is and how it was found. */
    public record Server(String url, String user, String password, String source) {
        /** The URL with a {@code currentSchema} so that JPA and native SQL use the given schema. */
        public String url(String schema) {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
    }

    public static synchronized Server server() {
        if (server == null) {
            server = find();
            dropStaleSchemas(server);
        }
        return server;
    }

    /** A new schema name; Flyway creates it ({@code spring.flyway.schemas}). */
    /** Points the application at a fresh schema of the test server, with its own data directory. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        Server server = server();
        String schema = freshSchema();
        registry.add("spring.datasource.url", () -> server.url(schema));
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("recordpath.data-dir", () -> "target/it-data/" + schema);
    }

    public static String freshSchema() {
        return SCHEMA_PREFIX + System.currentTimeMillis() + "_"
                + UUID.randomUUID().toString().substring(0, 6);
    }

    private static Server find() {
        List<String> tried = new ArrayList<>();
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return fromUrl(
                    url.strip(),
                    System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"),
                    System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
        }
        tried.add("TEST_DATABASE_URL is not set");
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new Server(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
        }
        tried.add("no Docker engine answered, so Testcontainers cannot start PostgreSQL");
        try (Connection ignored = connect(LOCAL, "postgres", "")) {
            return new Server(LOCAL, "postgres", "", "local 127.0.0.1:5432");
        } catch (SQLException e) {
            tried.add("127.0.0.1:5432 database test as postgres: " + e.getMessage());
        }
        throw new IllegalStateException("No PostgreSQL for the integration tests. Tried: " + String.join("; ", tried)
                + ". Start PostgreSQL (bin/test starts the local one) or set TEST_DATABASE_URL.");
    }

    /** A JDBC URL as given, or a {@code postgres(ql)://user:password@host:port/db} URL turned into one. */
    static Server fromUrl(String url, String user, String password) {
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            URI uri = URI.create(url);
            if (uri.getUserInfo() != null) {
                String[] parts = uri.getUserInfo().split(":", 2);
                user = parts[0];
                password = parts.length > 1 ? parts[1] : "";
            }
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            url = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath()
                    + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
        }
        return new Server(url, user, password, "TEST_DATABASE_URL");
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(url, user, password);
    }

    private static void dropStaleSchemas(Server server) {
        long cutoff = System.currentTimeMillis() - Duration.ofHours(6).toMillis();
        try (Connection c = connect(server.url(), server.user(), server.password());
                Statement st = c.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet rs =
                    st.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + SCHEMA_PREFIX + "%'")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String[] parts = name.substring(SCHEMA_PREFIX.length()).split("_");
                    if (parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                        stale.add(name);
                    }
                }
            }
            for (String name : stale) {
                st.execute("DROP SCHEMA \"" + name + "\" CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL (" + server.source() + ") answered but cannot be used", e);
        }
    }
}
