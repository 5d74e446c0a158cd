package dev.masthead.content;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL database the packaged-jar tests' instances share (the pg
 * profile's MASTHEAD_TEST_PG_* settings), for tests that check its rows.
 */
public final class SharedDatabase {

    private SharedDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = System.getenv().getOrDefault("MASTHEAD_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/masthead_test");
        String user = System.getenv().getOrDefault("MASTHEAD_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("MASTHEAD_TEST_PG_PASSWORD", "");
        return DriverManager.getConnection(url, user, password);
    }
}
