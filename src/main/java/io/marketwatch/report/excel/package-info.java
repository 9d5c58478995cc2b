/** The Excel briefing workbook: a template filled from the {@link io.marketwatch.briefing.Briefing}, streamed so large nights fit in flat memory. */
package io.marketwatch.report.excel;
