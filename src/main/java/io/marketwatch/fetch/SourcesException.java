package io.marketwatch.fetch;

/** sources.yml cannot be used: the message names the file, the entry and the reason. */
public final class SourcesException extends RuntimeException {

    public SourcesException(String message) {
        super(message);
    }
}
