package io.marketwatch.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the team knows of companies, people, products and names that are not companies: the
 * shipped base, with the user's own rows on top (a user's row wins over a shipped one of the same
 * name). Immutable once built, so thread-safe.
 */
public final class KnowledgeBase {

    private static final String SHIPPED = "/kb/entities.tsv.gz";

    private final Map<String, KnownEntity> byId;
    private final TokenTrie names;

    private KnowledgeBase(Map<String, KnownEntity> byId, TokenTrie names) {
        this.byId = byId;
        this.names = names;
    }

    /** The base shipped in the jar, read once per process. */
    public static KnowledgeBase shipped() {
        return Shipped.BASE;
    }

    /** The shipped base with every {@code *.csv} of {@code userDir} on top; a missing folder adds nothing. */
    public static KnowledgeBase withUserCompanies(Path userDir) {
        List<KnownEntity> shipped = Shipped.ENTITIES;
        List<KnownEntity> user = UserCompanies.read(userDir, Shipped.BASE);
        return of(shipped, user);
    }

    static KnowledgeBase of(List<KnownEntity> shipped, List<KnownEntity> user) {
        Map<String, KnownEntity> byId = new HashMap<>();
        TokenTrie names = new TokenTrie();
        for (KnownEntity e : shipped) {
            add(e, byId, names, other -> false);
        }
        Set<KnownEntity> users = Set.copyOf(user);
        for (KnownEntity e : user) {
            // a user's row wins over the shipped rows of the same name, not over another user row
            add(e, byId, names, other -> !users.contains(other));
        }
        return new KnowledgeBase(Map.copyOf(byId), names);
    }

    private static void add(KnownEntity e, Map<String, KnownEntity> byId, TokenTrie names,
                            Predicate<KnownEntity> replaces) {
        byId.put(e.kbId(), e);
        putWithAnd(e.name(), e, names, replaces);
        for (String alias : e.aliases()) {
            putWithAnd(alias, e, names, replaces);
        }
    }

    /** A name, and the way wires spell out its ampersand ("Johnson and Johnson" for "Johnson &amp; Johnson"). */
    private static void putWithAnd(String name, KnownEntity e, TokenTrie names, Predicate<KnownEntity> replaces) {
        names.put(NameWords.of(name), e, replaces);
        if (name.contains(" & ")) {
            names.put(NameWords.of(name.replace(" & ", " and ")), e, replaces);
        }
    }

    /** What a name written in an article is known as. */
    public Known lookup(String name) {
        return lookup(NameWords.of(name));
    }

    /**
     * What the lower-case words of a name are known as: the entries named exactly so, else those
     * named so without the legal suffix ("Marubeni Corp" is Marubeni).
     */
    public Known lookup(List<String> words) {
        List<KnownEntity> found = names.get(words);
        if (found.isEmpty()) {
            List<String> core = NameWords.withoutLegalSuffix(words);
            if (core.size() < words.size()) {
                found = names.get(core).stream().filter(e -> e.kind() == EntityKind.COMPANY).toList();
            }
        }
        return new Known(found, this);
    }

    /** Every known name in a run of lower-case words, leftmost and longest first, in one pass. */
    public List<Mention> find(List<String> words) {
        List<Mention> out = new ArrayList<>();
        for (TokenTrie.Span s : names.scan(words)) {
            out.add(new Mention(s.from(), s.to(), new Known(s.entities(), this)));
        }
        return out;
    }

    public Optional<KnownEntity> entity(String kbId) {
        return Optional.ofNullable(kbId == null ? null : byId.get(kbId));
    }

    public int size() {
        return byId.size();
    }

    /** Words {@code from..to} of a text are a known name. */
    public record Mention(int from, int to, Known known) {
    }

    /** The shipped resource, loaded on first use. */
    private static final class Shipped {
        static final List<KnownEntity> ENTITIES = load();
        static final KnowledgeBase BASE = of(ENTITIES, List.of());

        private static List<KnownEntity> load() {
            try {
                return ShippedEntities.read(KnowledgeBase.class.getResourceAsStream(SHIPPED));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the knowledge base " + SHIPPED, e);
            }
        }
    }
}
