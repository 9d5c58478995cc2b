package io.marketwatch.extract.launch;

/**
 * A product a launch is about.
 *
 * @param name    as written ("Qwen 3"), or a short description when unnamed ("next-generation model")
 * @param company canonical name of its maker, or null when the sentence does not tell
 * @param unnamed whether {@code name} is a description
 */
record Product(String name, String company, boolean unnamed) {
}
