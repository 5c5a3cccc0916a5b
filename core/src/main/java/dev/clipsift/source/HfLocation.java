package dev.clipsift.source;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A Hugging Face dataset, revision and path within it, as named by {@code hf://datasets/OWNER/NAME[@REVISION][/PATH]}
 * (the form {@code huggingface_hub}'s file system uses; a revision with a slash is written percent-encoded, e.g.
 * {@code @refs%2Fconvert%2Fparquet}). The revision defaults to {@code main}. Knows the shown form of each file and
 * the Hub's URLs for listing and reading.
 */
public record HfLocation(String owner, String name, String revision, String path) {
    public static final String PREFIX = "hf://";
    static final String DEFAULT_REVISION = "main";
    private static final String FORM = "hf://datasets/OWNER/NAME[@REVISION][/PATH]";

    public static boolean isHf(String spec) {
        return spec.toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    public static HfLocation parse(String spec) {
        String rest = spec.substring(PREFIX.length());
        if (!rest.startsWith("datasets/")) {
            throw new SourceException("only Hugging Face datasets can be read, named " + FORM + ": " + spec);
        }
        String[] parts = rest.substring("datasets/".length()).split("/", 3);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new SourceException("a Hugging Face dataset is named " + FORM + ": " + spec);
        }
        String name = parts[1];
        String revision = DEFAULT_REVISION;
        int at = name.indexOf('@');
        if (at >= 0) {
            revision = URLDecoder.decode(name.substring(at + 1), StandardCharsets.UTF_8);
            name = name.substring(0, at);
            if (revision.isEmpty() || name.isEmpty()) {
                throw new SourceException("a Hugging Face dataset is named " + FORM + ": " + spec);
            }
        }
        String path = parts.length == 3 ? parts[2].replaceAll("/+$", "") : "";
        return new HfLocation(parts[0], name, revision, path);
    }

    /** Whether the path names one video file rather than a folder. */
    public boolean namesAVideo() {
        return VideoFiles.isVideoName(path.substring(path.lastIndexOf('/') + 1));
    }

    /** How the dataset (or a file in it) is shown: {@code hf://datasets/OWNER/NAME[@REVISION]/PATH}. */
    public String shown(String repoPath) {
        String rev = revision.equals(DEFAULT_REVISION) ? "" : "@" + encode(revision, false);
        return PREFIX + "datasets/" + owner + "/" + name + rev + (repoPath.isEmpty() ? "" : "/" + repoPath);
    }

    @Override
    public String toString() {
        return shown(path);
    }

    /** The tree API listing everything under the path: {@code ENDPOINT/api/datasets/OWNER/NAME/tree/REV/PATH?recursive=true}. */
    public URI treeUrl(URI endpoint) {
        return URI.create(base(endpoint) + "/api/datasets/" + repo() + "/tree/" + encode(revision, false)
                + (path.isEmpty() ? "" : "/" + encode(path, true)) + "?recursive=true");
    }

    /** Where a file's bytes are read: {@code ENDPOINT/datasets/OWNER/NAME/resolve/REV/FILE} (redirects to a CDN, supports Range). */
    public URI resolveUrl(URI endpoint, String repoPath) {
        return URI.create(base(endpoint) + "/datasets/" + repo() + "/resolve/" + encode(revision, false) + "/"
                + encode(repoPath, true));
    }

    /** The folder within the download cache for this dataset and revision. */
    public String cacheNamespace() {
        return "hf/datasets/" + owner + "/" + name + "/" + encode(revision, false);
    }

    private String repo() {
        return encode(owner, false) + "/" + encode(name, false);
    }

    private static String base(URI endpoint) {
        return endpoint.toString().replaceAll("/+$", "");
    }

    /** Percent-encodes UTF-8 bytes outside the unreserved set (keeping '/' when {@code keepSlashes}). */
    static String encode(String s, boolean keepSlashes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || keepSlashes && c == '/';
            if (plain) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
