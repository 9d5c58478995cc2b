package io.marketwatch.kb;

/** A row of the user's company files cannot be read; the message names the file, the line and the reason. */
public final class UserCompanyException extends RuntimeException {

    UserCompanyException(String message) {
        super(message);
    }

    UserCompanyException(String message, Throwable cause) {
        super(message, cause);
    }
}
