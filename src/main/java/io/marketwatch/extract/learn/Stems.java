package io.marketwatch.extract.learn;

/** Word features that generalize a little: the commonest English inflections cut off. */
public final class Stems {

    private Stems() {
    }

    /** "acquiring" → "acquir", "invested" → "invest", "shares" → "share"; short words as they are. */
    public static String of(String lower) {
        if (lower.length() > 5 && lower.endsWith("ing")) {
            return lower.substring(0, lower.length() - 3);
        }
        if (lower.length() > 4 && lower.endsWith("ed")) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }
}
