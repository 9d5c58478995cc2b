/** Editors review the night's facts: the review file, corrections that stick, and approval of the digest. */
package io.marketwatch.review;
