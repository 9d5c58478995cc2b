/** briefing.json, the machine-readable twin of the PDF and the workbook. */
package io.marketwatch.report.json;
