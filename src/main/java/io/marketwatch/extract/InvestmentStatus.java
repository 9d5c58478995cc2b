package io.marketwatch.extract;

/** How far along an investment is (FACTS.md). */
public enum InvestmentStatus {
    planned, announced, completed, rumored
}
