package org.jinguo.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void runsPostgres17AndKeepsDatabasesInItsDataFolder() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0)) {
            PostgresDatabases databases = new PostgresDatabases(server.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "");
            assertThat(databases.createIfMissing("kept_db")).isTrue();
            assertThat(serverVersion(server)).startsWith("17.");
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir, 0)) {
            PostgresDatabases databases = new PostgresDatabases(again.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "");
            assertThat(databases.createIfMissing("kept_db")).isFalse();
        }
    }

    private static String serverVersion(EmbeddedPostgresServer server) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "");
             ResultSet rs = c.createStatement().executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
