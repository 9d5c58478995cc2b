/** Renderers of the {@link io.marketwatch.briefing.Briefing} model: JSON, PDF, workbook; and where their templates come from. */
package io.marketwatch.report;
