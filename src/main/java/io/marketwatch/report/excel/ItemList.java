package io.marketwatch.report.excel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One list of the briefing that a template row repeats, once per item.
 *
 * @param name     the key prefix its placeholders use ("investment" in {@code ${investment.amount}})
 * @param streamed true for lists that can be long: they fill the last row of their sheet onwards,
 *                 written through the streaming workbook; short lists are expanded in place
 * @param items    the items, in the briefing's order
 * @param fields   what each field key (after the prefix) shows for an item
 */
record ItemList<T>(String name, boolean streamed, List<T> items, Map<String, Function<T, Object>> fields) {

    ItemList {
        items = List.copyOf(items);
        fields = Map.copyOf(fields);
    }

    Optional<Function<T, Object>> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }
}
