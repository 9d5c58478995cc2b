package io.marketwatch.digest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh, migrated database for one test class: an in-memory H2 database, or a new schema on the
 * PostgreSQL server named by MARKETWATCH_TEST_POSTGRES_URL (dropped on close).
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_URL = "MARKETWATCH_TEST_POSTGRES_URL";

    private final String baseUrl;
    private final String schema;
    private final DataSource dataSource;

    private TestDatabase(String baseUrl, String schema, String url, String vendor) {
        this.baseUrl = baseUrl;
        this.schema = schema;
        this.dataSource = new DriverManagerDataSource(url);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .schemas(schema == null ? new String[0] : new String[] {schema})
                .load().migrate();
    }

    public static TestDatabase h2() {
        return new TestDatabase(null, null, "jdbc:h2:mem:digest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "h2");
    }

    public static TestDatabase postgres() {
        String base = System.getenv(POSTGRES_URL);
        String schema = "mw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(base, "CREATE SCHEMA " + schema);
        return new TestDatabase(base, schema, base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "postgresql");
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    @Override
    public void close() {
        if (schema != null) {
            execute(baseUrl, "DROP SCHEMA " + schema + " CASCADE");
        } else {
            jdbc().execute("SHUTDOWN");
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url, e);
        }
    }
}
