package io.marketwatch.fetch;

import java.util.Locale;

/** What a source serves: a feed of items, a news API's JSON, or one page. */
public enum SourceType {
    RSS, ATOM, NEWSAPI, PAGE;

    static SourceType parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    boolean isFeed() {
        return this == RSS || this == ATOM;
    }
}
