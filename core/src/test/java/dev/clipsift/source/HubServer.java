package dev.clipsift.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A loopback stand-in for the Hugging Face Hub serving one dataset, {@code clipsift/clips}, at revisions
 * {@code main} and {@code v1.0}. It speaks the parts of the Hub's API that ClipSift uses: the tree listing
 * ({@code /api/datasets/OWNER/NAME/tree/REV[/PATH]}, recursive or not, {@code pageSize} entries a page, the next page
 * named by a {@code Link: <...>; rel="next"} header) and resolve URLs
 * ({@code /datasets/OWNER/NAME/resolve/REV/FILE}), which redirect to a signed URL on a separate CDN (a
 * {@link ClipServer}, which refuses requests carrying a token). With a token set, requests without
 * {@code Authorization: Bearer TOKEN} get 401 as for a private dataset; {@link #gated} answers 403 even then.
 * Errors carry the Hub's {@code X-Error-Code} header.
 */
public final class HubServer implements AutoCloseable {
    public static final String OWNER = "clipsift";
    public static final String NAME = "clips";
    private static final Set<String> REVISIONS = Set.of("main", "v1.0");

    /** One request the Hub side received. */
    public record Request(String method, String rawPath, String query, String authorization) {}

    private final HttpServer server;
    private final ClipServer cdn;
    private final TreeMap<String, Path> files;
    private final String token;
    private final int pageSize;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile boolean gated;

    /** Serves {@code files} (repository path to local file); {@code token} null makes the dataset public. */
    public HubServer(Map<String, Path> files, Path cdnRoot, String token, int pageSize) throws IOException {
        this.files = new TreeMap<>(files);
        this.token = token;
        this.pageSize = pageSize;
        this.cdn = new ClipServer(cdnRoot);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "hub-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public ClipServer cdn() {
        return cdn;
    }

    public List<Request> requests() {
        return requests;
    }

    /** Whether the dataset's terms are unaccepted for this token: 403 even with it. */
    public void gated(boolean on) {
        gated = on;
    }

    private void handle(HttpExchange ex) throws IOException {
        String raw = ex.getRequestURI().getRawPath();
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        requests.add(new Request(ex.getRequestMethod(), raw, ex.getRequestURI().getRawQuery(), auth));
        ex.getResponseHeaders().set("Connection", "close");
        boolean tree = raw.startsWith("/api/datasets/");
        boolean resolve = raw.startsWith("/datasets/");
        if (!tree && !resolve) {
            refuse(ex, 404, null);
            return;
        }
        List<String> parts = segments(raw.substring(tree ? "/api/datasets/".length() : "/datasets/".length()));
        String verb = tree ? "tree" : "resolve";
        if (parts.size() < 4 || !parts.get(2).equals(verb)) {
            refuse(ex, 404, null);
            return;
        }
        if (token != null && !("Bearer " + token).equals(auth)) {
            refuse(ex, 401, auth == null ? "RepoNotFound" : null);
            return;
        }
        if (!parts.get(0).equals(OWNER) || !parts.get(1).equals(NAME)) {
            refuse(ex, auth == null ? 401 : 404, "RepoNotFound");
            return;
        }
        if (gated) {
            refuse(ex, 403, "GatedRepo");
            return;
        }
        if (!REVISIONS.contains(parts.get(3))) {
            refuse(ex, 404, "RevisionNotFound");
            return;
        }
        String path = String.join("/", parts.subList(4, parts.size()));
        if (tree) {
            listTree(ex, path, ex.getRequestURI().getRawQuery());
        } else {
            redirectToCdn(ex, path);
        }
    }

    /** Path segments, each percent-decoded on its own (so an encoded '/' in a revision stays inside it). */
    private static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private void listTree(HttpExchange ex, String dir, String query) throws IOException {
        String q = query == null ? "" : query;
        boolean recursive = q.contains("recursive=true");
        int cursor = q.matches(".*\\bcursor=\\d+.*") ? Integer.parseInt(q.replaceAll(".*\\bcursor=(\\d+).*", "$1")) : 0;
        TreeSet<String> dirs = new TreeSet<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        String prefix = dir.isEmpty() ? "" : dir + "/";
        if (!dir.isEmpty() && files.keySet().stream().noneMatch(p -> p.startsWith(prefix))) {
            refuse(ex, 404, "EntryNotFound");
            return;
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            if (!f.getKey().startsWith(prefix)) {
                continue;
            }
            String rel = f.getKey().substring(prefix.length());
            String[] segs = rel.split("/");
            for (int i = 1; i < segs.length && (recursive || i == 1); i++) {
                dirs.add(prefix + String.join("/", java.util.Arrays.copyOf(segs, i)));
            }
            if (recursive || segs.length == 1) {
                entries.add(fileEntry(f.getKey(), Files.size(f.getValue())));
            }
        }
        for (String d : dirs) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", "directory");
            e.put("oid", Integer.toHexString(d.hashCode()));
            e.put("size", 0);
            e.put("path", d);
            entries.add(e);
        }
        entries.sort(java.util.Comparator.comparing(e -> (String) e.get("path")));
        int to = Math.min(entries.size(), cursor + pageSize);
        if (to < entries.size()) {
            ex.getResponseHeaders()
                    .set(
                            "Link",
                            "<" + endpoint() + ex.getRequestURI().getRawPath() + "?recursive=" + recursive + "&cursor="
                                    + to + ">; rel=\"next\"");
        }
        byte[] body = Json.writeLine(entries.subList(Math.min(cursor, to), to)).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, Object> fileEntry(String path, long size) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "file");
        e.put("oid", Integer.toHexString(path.hashCode()));
        e.put("size", size);
        e.put("lfs", Map.of("oid", Long.toHexString(size), "size", size, "pointerSize", 132));
        e.put("path", path);
        return e;
    }

    private void redirectToCdn(HttpExchange ex, String path) throws IOException {
        Path file = files.get(path);
        if (file == null) {
            refuse(ex, 404, "EntryNotFound");
            return;
        }
        ex.getResponseHeaders()
                .set("Location", cdn.url(file.getFileName().toString()) + "?X-Amz-Signature=cdnsig&Expires=4102444800");
        ex.getResponseHeaders().set("X-Linked-Size", Long.toString(Files.size(file)));
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void refuse(HttpExchange ex, int status, String errorCode) throws IOException {
        if (errorCode != null) {
            ex.getResponseHeaders().set("X-Error-Code", errorCode);
        }
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        cdn.close();
    }
}
