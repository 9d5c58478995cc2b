package io.marketwatch.cli;

import picocli.CommandLine;

/** The version from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = MarketWatchCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Market Watch " + (version == null ? "(development build)" : version)};
    }
}
