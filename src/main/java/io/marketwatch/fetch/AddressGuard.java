package io.marketwatch.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses URLs that are not http or https, and hosts that resolve to a loopback, private,
 * link-local, carrier-grade NAT or multicast address unless the user allows them: a sources file or
 * a redirect must not turn the fetcher against the machine's own network.
 */
final class AddressGuard {

    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused: only http and https can be fetched, not " + scheme + ":");
        }
        String host = uri.getHost();
        if (host == null) {
            throw new FetchException("refused: the URL names no host");
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new FetchException("refused: " + host + " resolves to the private address "
                        + address.getHostAddress() + " (set marketwatch.fetch.allow-private-addresses=true to allow)");
            }
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // carrier-grade NAT 100.64.0.0/10
    }
}
