package io.marketwatch.extract;

/** What kind of money commitment an investment is (FACTS.md). */
public enum InvestmentKind {
    capex, funding, acquisition, stake, other
}
