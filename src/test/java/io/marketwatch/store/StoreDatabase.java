package io.marketwatch.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh database with the application's migrations, for one test class: an in-memory H2
 * database, or a new schema on the PostgreSQL server named by MARKETWATCH_TEST_POSTGRES_URL,
 * dropped on close.
 */
final class StoreDatabase implements AutoCloseable {

    static final String POSTGRES_URL = "MARKETWATCH_TEST_POSTGRES_URL";

    private final String baseUrl;
    private final String schema;
    private final JdbcTemplate jdbc;

    private StoreDatabase(String baseUrl, String schema, String url, String vendor) {
        this.baseUrl = baseUrl;
        this.schema = schema;
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .schemas(schema == null ? new String[0] : new String[] {schema})
                .load().migrate();
        this.jdbc = new JdbcTemplate(dataSource);
    }

    static StoreDatabase h2() {
        return new StoreDatabase(null, null, "jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "h2");
    }

    static StoreDatabase postgres() {
        String base = System.getenv(POSTGRES_URL);
        String schema = "mw_store_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(base, "CREATE SCHEMA " + schema);
        return new StoreDatabase(base, schema, base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "postgresql");
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        if (schema != null) {
            execute(baseUrl, "DROP SCHEMA " + schema + " CASCADE");
        } else {
            jdbc.execute("SHUTDOWN");
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
