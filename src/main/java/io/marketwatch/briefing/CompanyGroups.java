package io.marketwatch.briefing;

import io.marketwatch.extract.CompanyFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Companies across articles: two names belong to one company when any article uses both for it
 * (a name and its alias), or when they normalize to the same key ({@link CompanyNames#key}).
 * A union-find over name keys.
 */
final class CompanyGroups {

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Map<String, Integer>> canonicalVotes = new HashMap<>();
    private final Map<String, Set<String>> spellings = new HashMap<>();
    /** Name keys by name: the same few thousand names come back in every article of a night. */
    private final Map<String, String> keys = new HashMap<>();
    private Map<String, List<String>> membersCache;

    void add(CompanyFact company) {
        membersCache = null;
        String nameKey = keyOf(company.name());
        if (nameKey.isEmpty()) {
            return;
        }
        find(nameKey);
        canonicalVotes.computeIfAbsent(nameKey, k -> new HashMap<>()).merge(company.name(), 1, Integer::sum);
        spellings.computeIfAbsent(nameKey, k -> new LinkedHashSet<>()).add(company.name());
        for (String alias : company.aliases()) {
            String aliasKey = keyOf(alias);
            if (!aliasKey.isEmpty()) {
                spellings.computeIfAbsent(aliasKey, k -> new LinkedHashSet<>()).add(alias);
                union(nameKey, aliasKey);
            }
        }
    }

    /** The group key of a name, or the name's own key when no article named it as a company. */
    String groupOf(String name) {
        String key = keyOf(name);
        return parent.containsKey(key) ? find(key) : key;
    }

    /** Whether some article named this as a company (or as an alias of one). */
    boolean isNamed(String name) {
        return parent.containsKey(keyOf(name));
    }

    private String keyOf(String name) {
        return keys.computeIfAbsent(name, CompanyNames::key);
    }

    /** The name the briefing uses for a group: the one articles most often give as the full name, then the longest. */
    String canonicalName(String group) {
        String best = null;
        int bestVotes = -1;
        for (var entry : members().getOrDefault(group, List.of())) {
            for (var vote : canonicalVotes.getOrDefault(entry, Map.of()).entrySet()) {
                int votes = vote.getValue();
                String name = vote.getKey();
                if (votes > bestVotes || votes == bestVotes && name.length() > best.length()
                        || votes == bestVotes && name.length() == best.length() && name.compareTo(best) < 0) {
                    best = name;
                    bestVotes = votes;
                }
            }
        }
        return best;
    }

    /** Every spelling used for the group's names, in first-seen order. */
    List<String> spellings(String group) {
        Set<String> all = new LinkedHashSet<>();
        for (String key : members().getOrDefault(group, List.of())) {
            all.addAll(spellings.getOrDefault(key, Set.of()));
        }
        return new ArrayList<>(all);
    }

    private Map<String, List<String>> members() {
        if (membersCache == null) {
            membersCache = new HashMap<>();
            for (String key : parent.keySet()) {
                membersCache.computeIfAbsent(find(key), k -> new ArrayList<>()).add(key);
            }
            membersCache.values().forEach(list -> list.sort(null));
        }
        return membersCache;
    }

    private String find(String key) {
        String root = parent.computeIfAbsent(key, k -> k);
        if (root.equals(key)) {
            return key;
        }
        String top = find(root);
        parent.put(key, top);
        return top;
    }

    private void union(String a, String b) {
        membersCache = null;
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            // the smaller key becomes the root, so the result does not depend on input order
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
