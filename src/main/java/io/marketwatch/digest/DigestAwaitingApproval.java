package io.marketwatch.digest;

/** The week's digest waits for an editor's approval ({@code marketwatch.digest.require-approval}); nothing was sent. */
public class DigestAwaitingApproval extends DigestException {

    public DigestAwaitingApproval(IsoWeek week) {
        super("the digest of " + week + " waits for review: approve it with `marketwatch review --approve " + week
                + "` (nothing was sent)");
    }
}
