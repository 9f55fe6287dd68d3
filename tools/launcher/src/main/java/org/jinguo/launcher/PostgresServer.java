package org.jinguo.launcher;

import org.jinguo.localinfra.EmbeddedPostgresServer;
import org.jinguo.localinfra.PostgresDatabases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the services keep their databases on: the one {@code JINGUO_POSTGRES_URL}
 * names, else an embedded PostgreSQL 17 whose data stays in the platform's home folder.
 */
final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

    private final PostgresDatabases databases;
    private final String maintenanceUrl;
    private final String user;
    private final String password;
    private final EmbeddedPostgresServer embedded;

    private PostgresServer(String maintenanceUrl, String user, String password, EmbeddedPostgresServer embedded) {
        this.databases = new PostgresDatabases(maintenanceUrl, user, password);
        this.maintenanceUrl = maintenanceUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static PostgresServer startOrConnect(LaunchSettings settings) {
        String url = settings.externalPostgresUrl();
        if (url != null && !url.isBlank()) {
            log.info("Using the PostgreSQL server at {}", url);
            return new PostgresServer(url, settings.externalPostgresUser(), settings.externalPostgresPassword(), null);
        }
        log.info("Starting embedded PostgreSQL on port {}, data in {}", settings.embeddedPostgresPort(), settings.postgresData());
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings.postgresData(), settings.embeddedPostgresPort());
        return new PostgresServer(server.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "", server);
    }

    /** The server's maintenance database URL, to tell people where the data is. */
    String location() {
        return maintenanceUrl;
    }

    /** The database, created on first use. */
    Database database(String name) {
        if (databases.createIfMissing(name)) {
            log.info("Created database {}", name);
        }
        return new Database(databases.urlOf(name), user, password);
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
            log.info("Embedded PostgreSQL stopped");
        }
    }

    record Database(String jdbcUrl, String user, String password) {
    }
}
