package io.marketwatch.extract;

import io.marketwatch.kb.KnownEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * A company an article is about or that acts in it.
 *
 * @param name     the fullest form the article uses
 * @param aliases  the other forms it uses
 * @param mentions how many times the article names it
 * @param entity   the company of the knowledge base it is, or null when the base does not know it
 *                 or cannot tell which one it is
 */
public record CompanyFact(String name, List<String> aliases, int mentions, KnownEntity entity) {

    public CompanyFact {
        aliases = List.copyOf(aliases);
    }

    public CompanyFact(String name, List<String> aliases, int mentions) {
        this(name, aliases, mentions, null);
    }

    /** Its name, then its aliases. */
    public List<String> names() {
        List<String> out = new ArrayList<>(aliases.size() + 1);
        out.add(name);
        out.addAll(aliases);
        return out;
    }
}
