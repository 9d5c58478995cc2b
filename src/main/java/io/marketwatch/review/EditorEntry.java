package io.marketwatch.review;

/**
 * A name an editor says is not a company, for the user's knowledge-base file.
 *
 * @param name   the name as the briefing shows it
 * @param kind   person, product or other (not a company)
 * @param parent the company a person or product belongs to, or empty
 */
record EditorEntry(String name, String kind, String parent) {
}
