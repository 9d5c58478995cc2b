package io.marketwatch.system;

import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Takes H2's own JVM shutdown hook away once the database is open. H2 closes every database in
 * that hook, at once, which on SIGTERM would cut a stopping run off before it could record that it
 * stopped (and H2's {@code DB_CLOSE_ON_EXIT=FALSE}, which would avoid it, cannot be combined with
 * the {@code AUTO_SERVER=TRUE} that lets {@code marketwatch status} read a database in use). The
 * commands close the database themselves after the run stopped, holding the JVM until then.
 *
 * <p>The hook is an H2 internal: should a later H2 rename it, this logs a warning and a run stopped
 * by SIGTERM on H2 is left marked running, which the next run recovers from like from a kill.
 */
@Component
class H2ExitHook implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(H2ExitHook.class);
    private static final String CLOSER = "org.h2.engine.OnExitDatabaseCloser";

    @Override
    public void afterSingletonsInstantiated() {
        try {
            Field instance = Class.forName(CLOSER).getDeclaredField("INSTANCE");
            instance.setAccessible(true);
            Runtime.getRuntime().removeShutdownHook((Thread) instance.get(null));
        } catch (ClassNotFoundException noH2) {
            // another database: nothing to do
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Could not take H2's shutdown hook away ({}): a run stopped by SIGTERM will look interrupted", e.toString());
        }
    }
}
