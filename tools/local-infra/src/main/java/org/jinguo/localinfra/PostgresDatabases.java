package org.jinguo.localinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

/** Creates databases on a PostgreSQL server through its maintenance database. */
@RequiredArgsConstructor
public final class PostgresDatabases {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String maintenanceUrl;
    private final String user;
    private final String password;

    /** @return true when the database was created, false when it already existed */
    public boolean createIfMissing(String database) {
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password)) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " via " + maintenanceUrl, e);
        }
    }

    /** The JDBC URL of another database on the same server. */
    public String urlOf(String database) {
        int slash = maintenanceUrl.lastIndexOf('/');
        int query = maintenanceUrl.indexOf('?', slash);
        String suffix = query < 0 ? "" : maintenanceUrl.substring(query);
        return maintenanceUrl.substring(0, slash + 1) + database + suffix;
    }
}
