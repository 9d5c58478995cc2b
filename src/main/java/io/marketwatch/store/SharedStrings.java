package io.marketwatch.store;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the short strings of stored articles (company names, outlets, languages, kinds, purposes,
 * product names) as one instance per distinct value. A night of 100,000 articles names the same
 * few thousand companies and outlets hundreds of thousands of times; decoded one by one, those
 * copies held about a third of the heap while the briefing was assembled.
 *
 * <p>One instance per reading of a night: the table goes when the reading ends, the shared
 * strings stay with the facts that hold them.
 */
final class SharedStrings extends ValueDeserializer<String> {

    /** Longer strings (titles, evidence, summaries) are almost always unique: kept as read. */
    static final int MAX_SHARED_LENGTH = 64;

    private final ConcurrentMap<String, String> seen = new ConcurrentHashMap<>();

    /** A mapper that reads with a fresh table of shared strings. */
    static JsonMapper mapper() {
        return JsonMapper.builder().addModule(new SimpleModule("shared-strings")
                .addDeserializer(String.class, new SharedStrings())).build();
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = parser.getValueAsString();
        if (value == null) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        return value.length() > MAX_SHARED_LENGTH ? value : seen.computeIfAbsent(value, v -> v);
    }
}
