package io.marketwatch.digest;

/** One recipient's digest of a week, rendered: the subject line and the two bodies. */
record DigestMail(IsoWeek week, String subject, String text, String html) {
}
