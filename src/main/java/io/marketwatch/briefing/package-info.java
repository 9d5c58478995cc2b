/** Aggregation across articles: merged facts, corroboration, summaries, one {@link io.marketwatch.briefing.Briefing} model. */
package io.marketwatch.briefing;
