package io.marketwatch.extract;

import java.util.List;

/**
 * A company an article is about or that acts in it.
 *
 * @param name     the fullest form the article uses
 * @param aliases  the other forms it uses
 * @param mentions how many times the article names it
 */
public record CompanyFact(String name, List<String> aliases, int mentions) {

    public CompanyFact {
        aliases = List.copyOf(aliases);
    }
}
