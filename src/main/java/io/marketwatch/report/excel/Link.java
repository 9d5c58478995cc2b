package io.marketwatch.report.excel;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Text shown in a cell that links to a web page.
 *
 * @param text the cell's text
 * @param url  the page, or null when there is none
 */
record Link(String text, String url) {

    /** Excel's limit on the length of a hyperlink's address. */
    static final int MAX_ADDRESS_CHARS = 2_079;

    /** The address as a workbook may store it: an absolute http(s) URI in ASCII, or empty when it is not one. */
    Optional<String> address() {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = withAsciiHost(new URI(url.strip()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String ascii = uri.toASCIIString();
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web && ascii.length() <= MAX_ADDRESS_CHARS ? Optional.of(ascii) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A host in another script (例え.jp) in its ASCII form (xn--r8jz45g.jp), as a URI needs it. */
    private static URI withAsciiHost(URI uri) throws URISyntaxException {
        if (uri.getHost() != null || uri.getRawAuthority() == null) {
            return uri;
        }
        return new URI(uri.getScheme() + "://" + IDN.toASCII(uri.getRawAuthority())
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    }
}
