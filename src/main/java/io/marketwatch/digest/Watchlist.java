package io.marketwatch.digest;

import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.CompanyNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The companies a subscriber follows, each with a weight. A company matches when its name or one of
 * its aliases equals a watched name, ignoring case, punctuation and legal suffixes ("alibaba" matches
 * "Alibaba Group"), or when a watched name is its ticker ("NVDA", "8002.T" or "8002"). An entry may
 * end in {@code =WEIGHT} ("Nintendo=3"): the digest ranks that company's news as if it mattered that
 * many times more (see {@link io.marketwatch.briefing.Importance}); an entry without one weighs 1. An
 * empty watchlist matches every company.
 */
final class Watchlist {

    private static final Pattern WEIGHTED = Pattern.compile("(.*?)\\s*=\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*");

    private final Map<String, Double> weights = new HashMap<>();
    private final List<String> names;
    private final CompanyIndex companies;

    /** @param companies the known companies, to recognise a fact's company by an alias */
    Watchlist(List<String> entries, CompanyIndex companies) {
        this.companies = companies;
        this.names = entries.stream().map(entry -> {
            Matcher weighted = WEIGHTED.matcher(entry);
            String name = weighted.matches() ? weighted.group(1) : entry.strip();
            double weight = weighted.matches() ? Math.max(0, Double.parseDouble(weighted.group(2))) : 1;
            String key = CompanyNames.key(name);
            if (!key.isEmpty()) {
                weights.merge(key, weight, Math::max);
            }
            return name;
        }).filter(name -> !CompanyNames.key(name).isEmpty()).toList();
    }

    /** The watched names as the subscriber wrote them, without their weights. */
    List<String> names() {
        return names;
    }

    boolean isEverything() {
        return weights.isEmpty();
    }

    boolean matches(BriefingCompany company) {
        return isEverything() || weightOf(company) != null;
    }

    /** The weight of a watched company, or null when it is not watched. */
    private Double weightOf(BriefingCompany company) {
        return Stream.concat(Stream.concat(Stream.of(company.name()), company.aliases().stream()), tickers(company))
                .map(name -> weights.get(CompanyNames.key(name))).filter(w -> w != null)
                .max(Double::compare).orElse(null);
    }

    private static Stream<String> tickers(BriefingCompany company) {
        String ticker = company.entity() == null ? null : company.entity().ticker();
        if (ticker == null) {
            return Stream.empty();
        }
        int suffix = ticker.lastIndexOf('.');
        return suffix > 0 ? Stream.of(ticker, ticker.substring(0, suffix)) : Stream.of(ticker);
    }

    /** Whether a name used in a fact (investor, recipient, launch company) is a watched company's. */
    boolean matches(String name) {
        return isEverything() || name != null && watched(name);
    }

    private boolean watched(String name) {
        BriefingCompany company = companies.find(name);
        return weights.containsKey(CompanyNames.key(name)) || company != null && weightOf(company) != null;
    }

    /** The weight of a name used in a fact: its company's weight when watched, else 1. */
    double weight(String name) {
        if (name == null) {
            return 1;
        }
        Double own = weights.get(CompanyNames.key(name));
        BriefingCompany company = companies.find(name);
        Double ofCompany = company == null ? null : weightOf(company);
        return own != null ? own : ofCompany != null ? ofCompany : 1;
    }
}
