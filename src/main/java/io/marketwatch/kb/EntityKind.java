package io.marketwatch.kb;

import java.util.Locale;

/** What an entry of the knowledge base is. */
public enum EntityKind {
    COMPANY, PERSON, PRODUCT,
    /** A name that is not a company: a government body, a regulator, a university, a word. */
    OTHER;

    /** The kind written in a file ("company", "person", "product", "other"). */
    static EntityKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
