package io.marketwatch;

import io.marketwatch.cli.MarketWatchCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Market Watch: nightly investor briefings from business news. The command line decides what
 * runs; each command starts the Spring context it needs.
 */
@SpringBootApplication
public class MarketWatchApplication {

    public static void main(String[] args) {
        System.exit(MarketWatchCommand.execute(args));
    }
}
