package io.marketwatch.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The digest's recipients and the entries that were left out.
 *
 * @param source   where they come from: a file path or the database table
 * @param list     valid subscribers, each address once, in source order
 * @param problems entries left out, with their line numbers
 */
public record Subscribers(String source, List<Subscriber> list, List<SubscriberProblem> problems) {

    public Subscribers {
        list = List.copyOf(list);
        problems = List.copyOf(problems);
    }

    /** Collects subscribers in order, reporting invalid entries and repeated addresses. */
    static final class Builder {
        private final String source;
        private final List<Subscriber> list = new ArrayList<>();
        private final List<SubscriberProblem> problems = new ArrayList<>();
        private final Map<String, Integer> lineOf = new HashMap<>();

        Builder(String source) {
            this.source = source;
        }

        void add(int line, String email, String name, String watchlist) {
            Subscriber subscriber;
            try {
                subscriber = Subscriber.of(email, name, watchlist);
            } catch (IllegalArgumentException e) {
                problem(line, e.getMessage());
                return;
            }
            Integer first = lineOf.putIfAbsent(subscriber.key(), line);
            if (first != null) {
                problem(line, subscriber.email() + " is already listed" + (first > 0 ? " on line " + first : ""));
            } else {
                list.add(subscriber);
            }
        }

        void problem(int line, String message) {
            problems.add(new SubscriberProblem(line, message));
        }

        Subscribers build() {
            return new Subscribers(source, list, problems);
        }
    }
}
