package dev.clipsift.source;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an HTTP answer's status and headers say: redirects and where they lead, origins, Link pagination, Content-Range. */
final class HttpHeaders {
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;[^,]*\\brel=\"?next\"?");

    private HttpHeaders() {}

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The absolute http(s) URL a Location header names, or null when it names none. */
    static URI redirectTarget(URI from, String location) {
        try {
            URI next = from.resolve(location.strip());
            boolean http = "http".equalsIgnoreCase(next.getScheme()) || "https".equalsIgnoreCase(next.getScheme());
            return http && next.getHost() != null ? next : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** The {@code rel="next"} target of a Link header, resolved against the page's URL; null when there is none. */
    static URI nextLink(URI page, String header) {
        if (header == null) {
            return null;
        }
        Matcher m = NEXT_LINK.matcher(header);
        return m.find() ? page.resolve(m.group(1).strip()) : null;
    }

    static Long totalFromContentRange(String header) {
        if (header == null) {
            return null;
        }
        String total = header.substring(header.lastIndexOf('/') + 1).trim();
        return total.equals("*") ? null : Long.parseLong(total);
    }

    static long startOfContentRange(String header) {
        if (header == null) {
            return -1;
        }
        String h = header.replaceFirst("^bytes\\s+", "");
        return Long.parseLong(h.substring(0, h.indexOf('-')).trim());
    }
}
