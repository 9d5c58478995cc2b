package io.marketwatch.extract.launch;

/**
 * A product a launch is about.
 *
 * @param name    as written ("Qwen 3"), or a short description when unnamed ("next-generation model")
 * @param company canonical name of its maker, or null when the sentence does not tell
 * @param unnamed whether {@code name} is a description
 * @param end     the token just after it in the sentence of the launch, or -1 when it is named in
 *                another sentence (a back-reference) or is one of a subject list sharing the
 *                predicate's time phrase
 */
record Product(String name, String company, boolean unnamed, int end) {

    /** Whether it may have a time phrase of its own after it in the sentence of the launch. */
    boolean written() {
        return end >= 0;
    }
}
