package io.marketwatch.fetch;

/** One request or source failed; the message is the one-line reason that reports show. */
final class FetchException extends Exception {

    FetchException(String message) {
        super(message);
    }
}
