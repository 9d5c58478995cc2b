package io.marketwatch.cli;

import java.sql.SQLException;

/** Says in one line why a process could not start: the database or the broker it cannot reach, with the cause. */
final class Causes {

    private Causes() {
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        boolean database = false;
        while (root.getCause() != null && root.getCause() != root) {
            database |= root instanceof SQLException;
            root = root.getCause();
        }
        database |= root instanceof SQLException;
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String first = message.lines().findFirst().orElse("");
        return database ? "cannot reach the database (spring.datasource.url): " + first : first;
    }
}
