package io.marketwatch.ingest;

/** An input file that cannot be turned into articles; the message is the one-line reason users see. */
public class UnreadableInputException extends Exception {

    public UnreadableInputException(String reason) {
        super(reason);
    }

    public UnreadableInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
