package io.marketwatch.cli;

import picocli.CommandLine;

/** Turns an unexpected error into one line on stderr and exit code 1 (the stack trace goes to the log). */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        commandLine.getErr().println("marketwatch " + commandLine.getCommandName() + ": " + message.lines().findFirst().orElse(""));
        org.slf4j.LoggerFactory.getLogger(OneLineErrors.class).debug("command failed", e);
        return ExitCodes.FAILURE;
    }
}
