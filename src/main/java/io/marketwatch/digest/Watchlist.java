package io.marketwatch.digest;

import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.CompanyNames;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The companies a subscriber follows. A company matches when its name or one of its aliases
 * equals a watched name, ignoring case, punctuation and legal suffixes ("alibaba" matches
 * "Alibaba Group"), or when a watched name is its ticker ("NVDA", "8002.T" or "8002"). An empty
 * watchlist matches every company.
 */
final class Watchlist {

    private final Set<String> keys;
    private final CompanyIndex companies;

    /** @param companies the known companies, to recognise a fact's company by an alias */
    Watchlist(List<String> names, CompanyIndex companies) {
        this.keys = names.stream().map(CompanyNames::key).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
        this.companies = companies;
    }

    boolean isEverything() {
        return keys.isEmpty();
    }

    boolean matches(BriefingCompany company) {
        return isEverything() || Stream.concat(Stream.of(company.name()), company.aliases().stream())
                .anyMatch(name -> keys.contains(CompanyNames.key(name))) || tickerWatched(company);
    }

    private boolean tickerWatched(BriefingCompany company) {
        String ticker = company.entity() == null ? null : company.entity().ticker();
        if (ticker == null) {
            return false;
        }
        int suffix = ticker.lastIndexOf('.');
        return keys.contains(CompanyNames.key(ticker))
                || suffix > 0 && keys.contains(CompanyNames.key(ticker.substring(0, suffix)));
    }

    /** Whether a name used in a fact (investor, recipient, launch company) is a watched company's. */
    boolean matches(String name) {
        if (isEverything()) {
            return true;
        }
        if (name == null) {
            return false;
        }
        BriefingCompany company = companies.find(name);
        return keys.contains(CompanyNames.key(name)) || company != null && matches(company);
    }
}
