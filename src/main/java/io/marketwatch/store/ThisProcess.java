package io.marketwatch.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;

/** This process as a lease names it: machine, process id and start time. */
record ThisProcess(String host, long pid, Long start) {

    private static final ThisProcess CURRENT = find();

    static ThisProcess get() {
        return CURRENT;
    }

    private static ThisProcess find() {
        ProcessHandle self = ProcessHandle.current();
        return new ThisProcess(hostName(), self.pid(), self.info().startInstant().map(Instant::toEpochMilli).orElse(null));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }
}
