package org.jinguo.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

import org.jinguo.localinfra.EmbeddedPostgresServer;
import org.jinguo.localinfra.PostgresDatabases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides where tests get PostgreSQL from, in this order:
 * <ol>
 *   <li>{@code JINGUO_TEST_POSTGRES_URL} (+ {@code _USER}, {@code _PASSWORD}): a server the caller runs;
 *       the URL names a maintenance database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres};</li>
 *   <li>a Testcontainers PostgreSQL 17 when a Docker engine answers;</li>
 *   <li>an embedded PostgreSQL 17.6 in this JVM.</li>
 * </ol>
 * The server is started once per JVM; every caller of {@link #newDatabase()} gets a database of its own.
 */
public final class TestPostgres {

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();
    private static volatile TestPostgres instance;

    private final PostgresDatabases databases;
    private final String user;
    private final String password;

    private TestPostgres(String maintenanceUrl, String user, String password) {
        this.databases = new PostgresDatabases(maintenanceUrl, user, password);
        this.user = user;
        this.password = password;
    }

    public static TestPostgres get() {
        if (instance == null) {
            synchronized (TestPostgres.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    /** A new, empty database on the shared server. */
    public Database newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASE_COUNTER.incrementAndGet();
        databases.createIfMissing(name);
        return new Database(databases.urlOf(name), user, password);
    }

    private static TestPostgres start() {
        String url = System.getenv("JINGUO_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            log.info("Tests use the PostgreSQL server named by JINGUO_TEST_POSTGRES_URL");
            return new TestPostgres(url, envOr("JINGUO_TEST_POSTGRES_USER", "postgres"), envOr("JINGUO_TEST_POSTGRES_PASSWORD", ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17.6");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            log.info("Tests use a Testcontainers PostgreSQL");
            return new TestPostgres(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        log.info("No Docker engine: tests use an embedded PostgreSQL on port {}", server.port());
        return new TestPostgres(server.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    public record Database(String jdbcUrl, String user, String password) {
    }
}
