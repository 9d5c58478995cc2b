package io.marketwatch.digest;

import io.marketwatch.report.ReportTemplates;
import java.util.List;
import java.util.Locale;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Renders a recipient's digest with the Thymeleaf templates {@code mail/digest.html} and
 * {@code mail/digest.txt} (a user's template folder first, then the bundled ones).
 */
final class DigestMailRenderer {

    static final String HTML = "mail/digest.html";
    static final String TEXT = "mail/digest.txt";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MailText fmt = new MailText();

    DigestMailRenderer(ReportTemplates templates) {
        engine.setTemplateResolver(new MailTemplateResolver(templates));
    }

    /** "Market Watch weekly digest, 2025-W14 (31 Mar – 6 Apr 2025)" */
    static String subject(IsoWeek week) {
        return "Market Watch weekly digest, " + week + " (" + week.dates() + ")";
    }

    /**
     * @param digest      the digest as this recipient sees it (already limited to their watchlist)
     * @param unsubscribe the recipient's unsubscribe link
     * @param attachments the names of the attached files
     */
    DigestMail render(WeeklyDigest digest, Subscriber subscriber, String unsubscribe, List<String> attachments) {
        Context context = new Context(Locale.ENGLISH);
        String subject = subject(digest.week());
        context.setVariable("subject", subject);
        context.setVariable("digest", digest);
        context.setVariable("subscriber", subscriber);
        context.setVariable("unsubscribe", unsubscribe);
        context.setVariable("attachments", attachments);
        context.setVariable("fmt", fmt);
        return new DigestMail(digest.week(), subject, engine.process(TEXT, context), engine.process(HTML, context));
    }
}
