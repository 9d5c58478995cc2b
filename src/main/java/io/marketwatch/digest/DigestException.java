package io.marketwatch.digest;

/** The digest cannot be built or sent as asked; the message says what to do. */
public class DigestException extends RuntimeException {

    public DigestException(String message) {
        super(message);
    }

    public DigestException(String message, Throwable cause) {
        super(message, cause);
    }
}
