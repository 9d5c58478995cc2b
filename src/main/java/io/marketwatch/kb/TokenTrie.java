package io.marketwatch.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Names as paths of words: a lookup walks one word per step, so finding every known name in a
 * text costs at most (longest name) steps per word, whatever the number of names. Words are
 * compared without their accents ("Itaú" is "Itau", "Ørsted" is "Orsted").
 */
final class TokenTrie {

    private final Node root = new Node();
    private int longest;

    /** Adds {@code entity} under {@code words}, first dropping what the path holds that {@code replaces} accepts. */
    void put(List<String> words, KnownEntity entity, Predicate<KnownEntity> replaces) {
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (String w : words) {
            node = node.children.computeIfAbsent(Folding.fold(w), k -> new Node());
        }
        node.entities.removeIf(replaces);
        if (!node.entities.contains(entity)) {
            node.entities.add(entity);
        }
        longest = Math.max(longest, words.size());
    }

    /** The entities named exactly by {@code words}, empty when none. */
    List<KnownEntity> get(List<String> words) {
        Node node = root;
        for (String w : words) {
            node = node.children.get(Folding.fold(w));
            if (node == null) {
                return List.of();
            }
        }
        return node.entities;
    }

    /** Known names in {@code words}, leftmost first and longest at each place, not overlapping. */
    List<Span> scan(List<String> text) {
        List<String> words = text.stream().map(Folding::fold).toList();
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Node node = root;
            int end = -1;
            List<KnownEntity> found = null;
            for (int j = i; j < words.size() && j - i < longest; j++) {
                node = node.children.get(words.get(j));
                if (node == null) {
                    break;
                }
                if (!node.entities.isEmpty()) {
                    end = j + 1;
                    found = node.entities;
                }
            }
            if (found != null) {
                out.add(new Span(i, end, List.copyOf(found)));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Words {@code from..to} of a scanned text name {@code entities}. */
    record Span(int from, int to, List<KnownEntity> entities) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<KnownEntity> entities = new ArrayList<>(1);
    }
}
