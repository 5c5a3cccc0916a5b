package dev.clipsift.store;

import dev.clipsift.io.AtomicFiles;
import dev.clipsift.source.S3Clients;
import dev.clipsift.source.S3Errors;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.SafePaths;
import dev.clipsift.source.SourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.transfer.s3.model.CompletedDirectoryUpload;
import software.amazon.awssdk.transfer.s3.model.FailedFileUpload;
import software.amazon.awssdk.transfer.s3.model.UploadDirectoryRequest;
import software.amazon.awssdk.transfer.s3.model.UploadFileRequest;

/**
 * An {@link OutputStore} on an S3 prefix, writing through the transfer manager (multipart above its part
 * size, with the clients' retry strategy). Keys are {@code prefix/} + the made-safe relative name.
 */
public final class S3OutputStore implements OutputStore {
    private final S3Clients clients;
    private final S3Location base;
    private final boolean ownsClients;

    /** A store on {@code base} using shared {@code clients}; {@code ownsClients} closes them with the store. */
    public S3OutputStore(S3Clients clients, S3Location base, boolean ownsClients) {
        this.clients = clients;
        String key = base.key();
        this.base = new S3Location(base.bucket(), key.isEmpty() || key.endsWith("/") ? key : key + "/");
        this.ownsClients = ownsClients;
    }

    @Override
    public String location() {
        return base.toString();
    }

    /** The key that {@code name} is written to. */
    String keyFor(String name) {
        return base.key() + SafePaths.relative(name);
    }

    @Override
    public String put(Path file, String name) {
        String key = keyFor(name);
        String shown = "s3://" + base.bucket() + "/" + key;
        try {
            clients.transfers()
                    .uploadFile(UploadFileRequest.builder()
                            .putObjectRequest(p -> p.bucket(base.bucket()).key(key))
                            .source(file)
                            .build())
                    .completionFuture()
                    .join();
            return shown;
        } catch (SdkException | CompletionException e) {
            throw new SourceException(
                    "cannot upload " + file + " to " + shown + ": " + S3Errors.describe(e, shown, clients.settings()),
                    e);
        }
    }

    @Override
    public PutReport putTree(Path dir, String prefix) {
        String keyPrefix = base.key() + (prefix.isEmpty() ? "" : SafePaths.relative(prefix) + "/");
        String shown = "s3://" + base.bucket() + "/" + keyPrefix;
        long[] total = totals(dir);
        CompletedDirectoryUpload done;
        try {
            done = clients.transfers()
                    .uploadDirectory(UploadDirectoryRequest.builder()
                            .source(dir)
                            .bucket(base.bucket())
                            .uploadFileRequestTransformer(r -> {
                                UploadFileRequest req = r.build();
                                String rel =
                                        dir.relativize(req.source()).toString().replace('\\', '/');
                                r.putObjectRequest(req.putObjectRequest().toBuilder()
                                        .key(keyPrefix + SafePaths.relative(rel))
                                        .build());
                            })
                            .build())
                    .completionFuture()
                    .join();
        } catch (SdkException | CompletionException e) {
            throw new SourceException(
                    "cannot upload " + dir + " to " + shown + ": " + S3Errors.describe(e, shown, clients.settings()),
                    e);
        }
        List<String> failures = new ArrayList<>();
        long failedBytes = 0;
        for (FailedFileUpload f : done.failedTransfers()) {
            Path src = f.request().source();
            failures.add(dir.relativize(src) + ": "
                    + S3Errors.describe(f.exception(), shown + dir.relativize(src), clients.settings()));
            try {
                failedBytes += Files.size(src);
            } catch (IOException ignored) {
                // the file may be what failed
            }
        }
        return new PutReport((int) total[0] - failures.size(), total[1] - failedBytes, failures);
    }

    private static long[] totals(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            long[] t = new long[2];
            walk.filter(Files::isRegularFile).forEach(f -> {
                t[0]++;
                try {
                    t[1] += Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return t;
        } catch (IOException | UncheckedIOException e) {
            throw new SourceException("cannot read folder " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> names(String folder) {
        String keyPrefix = keyFor(folder) + "/";
        try {
            return clients
                    .sync()
                    .listObjectsV2Paginator(
                            l -> l.bucket(base.bucket()).prefix(keyPrefix).delimiter("/"))
                    .contents()
                    .stream()
                    .map(o -> o.key().substring(base.key().length()))
                    .sorted()
                    .toList();
        } catch (SdkException e) {
            String shown = "s3://" + base.bucket() + "/" + keyPrefix;
            throw new SourceException(
                    "cannot list " + shown + ": " + S3Errors.describe(e, shown, clients.settings()), e);
        }
    }

    @Override
    public boolean get(String name, Path target) {
        String key = keyFor(name);
        String shown = "s3://" + base.bucket() + "/" + key;
        Path tmp = null;
        try {
            tmp = AtomicFiles.tempFor(target);
            Files.delete(tmp);
            clients.sync().getObject(g -> g.bucket(base.bucket()).key(key), ResponseTransformer.toFile(tmp));
            AtomicFiles.commit(tmp, target);
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (SdkException e) {
            throw new SourceException(
                    "cannot read " + shown + ": " + S3Errors.describe(e, shown, clients.settings()), e);
        } catch (IOException e) {
            throw new SourceException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // only a leftover temp file
                }
            }
        }
    }

    @Override
    public void delete(String name) {
        String key = keyFor(name);
        String shown = "s3://" + base.bucket() + "/" + key;
        try {
            clients.sync().deleteObject(d -> d.bucket(base.bucket()).key(key));
        } catch (SdkException e) {
            throw new SourceException(
                    "cannot delete " + shown + ": " + S3Errors.describe(e, shown, clients.settings()), e);
        }
    }

    /**
     * Takes the lease {@code name} (e.g. {@code locks/all.json}) for {@code part} of this output, held while the
     * returned lease is open and for {@code ttl} after its last renewal; {@link OutputInUse} when another live run
     * holds it.
     */
    public S3Lease lease(String name, String part, Duration ttl, Consumer<String> warnings) {
        return S3Lease.acquire(clients, base.bucket(), keyFor(name), ttl, location(), part, warnings);
    }

    /** The holders of the unexpired leases under {@code folder}, by file name without {@code .json}. */
    public Map<String, LockHolder> leases(String folder) {
        Map<String, LockHolder> live = new TreeMap<>();
        for (String name : names(folder)) {
            try {
                String body = clients.sync()
                        .getObjectAsBytes(g -> g.bucket(base.bucket()).key(base.key() + name))
                        .asUtf8String();
                LockHolder h = dev.clipsift.io.Json.read(body, LockHolder.class);
                if (h.expiresAtMs() > System.currentTimeMillis()) {
                    live.put(name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.json$", ""), h);
                }
            } catch (NoSuchKeyException e) {
                // released meanwhile
            }
        }
        return live;
    }

    @Override
    public void close() {
        if (ownsClients) {
            clients.close();
        }
    }
}
