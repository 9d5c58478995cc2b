package io.marketwatch.digest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Subscribers kept in the database ({@code mw_digest_subscriber}), for when there is no CSV file. */
@Repository
public class SubscriberTable {

    static final String SOURCE = "database table mw_digest_subscriber";

    private final JdbcTemplate jdbc;

    public SubscriberTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active subscribers by address; invalid rows are reported by address, not fatal. */
    public Subscribers read() {
        Subscribers.Builder subscribers = new Subscribers.Builder(SOURCE);
        jdbc.query("SELECT email, name, watchlist FROM mw_digest_subscriber WHERE active = TRUE ORDER BY email",
                rs -> {
                    subscribers.add(0, rs.getString(1), rs.getString(2), rs.getString(3));
                });
        return subscribers.build();
    }
}
