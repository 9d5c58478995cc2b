package io.marketwatch.extract.company;

import io.marketwatch.extract.CompanyFact;
import io.marketwatch.extract.phrase.Chunk;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import io.marketwatch.kb.KnownEntity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The companies of one article, where each sentence names them, and the sources it cites. */
public final class Companies {

    private final List<CompanyFact> facts;
    private final List<String> sources;
    private final Map<String, String> canonicalByKey;
    private final Map<String, NameKind> kindByKey;
    private final List<List<CompanyMention>> mentions;
    private final KnownNames known;

    Companies(List<CompanyFact> facts, List<String> sources, Map<String, String> canonicalByKey,
              Map<String, NameKind> kindByKey, List<List<CompanyMention>> mentions, KnownNames known) {
        this.facts = List.copyOf(facts);
        this.sources = List.copyOf(sources);
        this.canonicalByKey = Map.copyOf(canonicalByKey);
        this.kindByKey = Map.copyOf(kindByKey);
        this.mentions = mentions.stream().map(List::copyOf).toList();
        this.known = known;
    }

    /** The companies in order of first mention. */
    public List<CompanyFact> facts() {
        return facts;
    }

    /** Outlets and research firms the article cites. */
    public List<String> sources() {
        return sources;
    }

    /** Where sentence {@code index} names a company, in order. */
    public List<CompanyMention> mentionsIn(int index) {
        return index >= 0 && index < mentions.size() ? mentions.get(index) : List.of();
    }

    /** The mention that starts at token {@code token} of sentence {@code index}, or null. */
    public CompanyMention mentionAt(int index, int token) {
        for (CompanyMention m : mentionsIn(index)) {
            if (m.fromToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** The mention that ends right before token {@code token} of sentence {@code index}, or null. */
    public CompanyMention mentionEndingAt(int index, int token) {
        for (CompanyMention m : mentionsIn(index)) {
            if (m.toToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** The canonical name of a company written as {@code name}, if it is one. */
    public Optional<String> canonical(String name) {
        return Optional.ofNullable(canonicalByKey.get(key(name)));
    }

    /** What a capitalised phrase names, or null when the cues say nothing. */
    public NameKind kindOf(Chunk chunk) {
        return kindByKey.get(chunk.key());
    }

    /** The most-mentioned company (the first named on a tie), or null when there is none. */
    public String lead() {
        CompanyFact best = null;
        for (CompanyFact f : facts) {
            if (best == null || f.mentions() > best.mentions()) {
                best = f;
            }
        }
        return best == null ? null : best.name();
    }

    /**
     * The company a back-reference in sentence {@code index} ("the company", "it", "the Chinese
     * internet group") most likely means: the first company acting in the closest sentence before
     * it where one acts (not one only compared or cited: "competes with OpenAI's ChatGPT"), else
     * the lead company; null when the article names none.
     */
    public String focus(int index) {
        for (int i = Math.min(index, mentions.size()) - 1; i >= 0; i--) {
            for (CompanyMention m : mentions.get(i)) {
                if (m.subject()) {
                    return m.company();
                }
            }
        }
        return lead();
    }

    /**
     * The company whose name opens the tokens {@code from..to} ("Xiaomi" in "Xiaomi Pad 7 Ultra"),
     * or null.
     */
    public String owner(ParsedSentence s, int from, int to) {
        StringBuilder key = new StringBuilder();
        String found = null;
        for (int k = from; k < to; k++) {
            Token t = s.tokens().get(k);
            if (k > from) {
                key.append(t.start() == s.tokens().get(k - 1).end() ? "" : " ");
            }
            key.append(t.lower());
            String company = canonicalByKey.get(key.toString());
            if (company != null) {
                found = company;
            }
        }
        return found;
    }

    /**
     * The company of this article whose name opens the product's ("Disney+", "Apple Pencil Pro"),
     * the longest such name; empty when none does.
     */
    public Optional<String> namedInProduct(String product) {
        String found = null;
        int longest = 0;
        for (CompanyFact f : facts) {
            for (String name : f.names()) {
                if (name.length() > longest && product.length() > name.length() && product.startsWith(name)
                        && (product.charAt(name.length()) == ' ' || product.charAt(name.length()) == '+')) {
                    found = f.name();
                    longest = name.length();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The company of this article that the knowledge base says makes {@code product} ("iPhone 11
     * Pro": Apple), or empty when the base does not know the product's maker or the article does
     * not name it.
     */
    public Optional<String> knownMaker(String product) {
        return knownMaker(product, false);
    }

    /** As {@link #knownMaker(String)}, from the product's whole name only ("ChatGPT", not "ChatGPT app"). */
    public Optional<String> knownMakerOfWholeName(String product) {
        return knownMaker(product, true);
    }

    /**
     * As {@link #knownMaker(String)}, from the product's whole name or its name with only a model's
     * variant after the known part ("A350-1000": Airbus; "iPhone app": none).
     */
    public Optional<String> knownMakerOfModel(String product) {
        return inArticle(known.makerOfModel(product));
    }

    private Optional<String> knownMaker(String product, boolean wholeName) {
        return inArticle(known.makerOf(product, wholeName));
    }

    /** The company of this article that is {@code owner}. */
    private Optional<String> inArticle(Optional<KnownEntity> owner) {
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        for (CompanyFact f : facts) {
            if (f.entity() != null && f.entity().kbId().equals(owner.get().kbId())) {
                return Optional.of(f.name());
            }
        }
        return Optional.empty();
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
