package io.marketwatch.digest;

import java.nio.file.Path;
import java.util.List;

/**
 * What a digest run did, recipient by recipient.
 *
 * @param week        the week sent
 * @param folder      OUTPUT/digest/WEEK: the attachments and, on a dry run, the .eml files
 * @param articles    how many articles the week brought
 * @param subscribers where the recipients came from
 * @param sent        recipients the SMTP server accepted the digest for in this run
 * @param resent      those of {@code sent} whose earlier send was interrupted; it went again with the same Message-ID
 * @param alreadySent recipients an earlier run sent it to: skipped
 * @param failed      recipients every attempt failed for in this run; the next run tries again
 * @param pending     recipients not tried in this run who are still owed the digest
 * @param problems    subscriber entries left out
 * @param attachments the files attached to every mail
 * @param drafts      on a dry run, the .eml file of each recipient
 */
public record DigestResult(IsoWeek week, Path folder, int articles, String subscribers, List<String> sent,
                           List<String> resent, List<String> alreadySent, List<Unsent> failed, List<Unsent> pending,
                           List<SubscriberProblem> problems, List<Path> attachments, List<Path> drafts) {

    public DigestResult {
        sent = List.copyOf(sent);
        resent = List.copyOf(resent);
        alreadySent = List.copyOf(alreadySent);
        failed = List.copyOf(failed);
        pending = List.copyOf(pending);
        problems = List.copyOf(problems);
        attachments = List.copyOf(attachments);
        drafts = List.copyOf(drafts);
    }

    /** Whether every valid subscriber has the digest now. */
    public boolean complete() {
        return failed.isEmpty() && pending.isEmpty();
    }

    /** A recipient still owed the digest, and why. */
    public record Unsent(String recipient, String reason) {
    }
}
