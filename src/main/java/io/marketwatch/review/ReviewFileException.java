package io.marketwatch.review;

import java.util.List;

/** A review file that cannot be applied: every problem, each naming its row. Nothing was applied. */
public class ReviewFileException extends RuntimeException {

    private final List<String> problems;

    ReviewFileException(String file, List<String> problems) {
        super(file + ": nothing applied, " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
