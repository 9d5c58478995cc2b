package io.marketwatch.digest;

import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.CompanyNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds a briefing's company by any of its names or aliases, compared as {@link CompanyNames#key} compares them. */
final class CompanyIndex {

    private final Map<String, BriefingCompany> byKey = new HashMap<>();

    CompanyIndex(List<BriefingCompany> companies) {
        for (BriefingCompany company : companies) {
            byKey.putIfAbsent(CompanyNames.key(company.name()), company);
        }
        for (BriefingCompany company : companies) {
            company.aliases().forEach(alias -> byKey.putIfAbsent(CompanyNames.key(alias), company));
        }
    }

    /** The company known by this name, or null. */
    BriefingCompany find(String name) {
        return name == null ? null : byKey.get(CompanyNames.key(name));
    }

    /** The briefing's name for the company, or the name itself when no company is known by it. */
    String canonical(String name) {
        BriefingCompany company = find(name);
        return company == null ? name : company.name();
    }
}
