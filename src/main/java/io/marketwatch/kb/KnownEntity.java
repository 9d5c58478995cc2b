package io.marketwatch.kb;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the knowledge base. Every field but the first four may be null.
 *
 * @param kbId       stable id ("nvidia", "p-sam-altman", "user-acme-robotics")
 * @param kind       company, person, product or other
 * @param name       the name it goes by (a company's legal or usual name)
 * @param aliases    other names the press uses for it
 * @param commonWord whether its short name is also an everyday word (Apple, Shell, Target)
 * @param parent     kbId of the parent company, the employer of a person, the owner of a product
 */
public record KnownEntity(String kbId, EntityKind kind, String name, List<String> aliases, boolean commonWord,
                          String ticker, String exchange, String mic, String isin, String figi, String cik,
                          String lei, String wikidata, String country, String sector, String industry,
                          String website, String parent) {

    public KnownEntity {
        Objects.requireNonNull(kbId, "kbId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
