/** The investor-briefing PDF: the {@link io.marketwatch.briefing.Briefing} through Thymeleaf templates to Flying Saucer, with charts and embedded fonts. */
package io.marketwatch.report.pdf;
