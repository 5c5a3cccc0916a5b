package dev.clipsift.source;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The shown form of a URL: user info removed, and the whole query removed when it carries anything that
 * looks like a credential (a presigned URL's signature and access key, tokens, SAS parameters).
 */
public final class UrlRedaction {
    private static final Set<String> SECRET_PARAMS = Set.of(
            "x-amz-credential",
            "x-amz-signature",
            "x-amz-security-token",
            "awsaccesskeyid",
            "signature",
            "x-goog-credential",
            "x-goog-signature",
            "googleaccessid",
            "sig",
            "se",
            "sv",
            "token",
            "access_token",
            "api_key",
            "apikey",
            "key",
            "auth",
            "password",
            "secret");

    private UrlRedaction() {}

    public static String shown(URI uri) {
        StringBuilder sb = new StringBuilder();
        sb.append(uri.getScheme()).append("://").append(uri.getHost());
        if (uri.getPort() > 0) {
            sb.append(':').append(uri.getPort());
        }
        sb.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty() && !hasSecret(query)) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    static boolean hasSecret(String rawQuery) {
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (SECRET_PARAMS.contains(name) || name.startsWith("x-amz-")) {
                return true;
            }
        }
        return false;
    }
}
