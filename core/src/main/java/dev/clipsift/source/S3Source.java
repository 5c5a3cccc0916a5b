package dev.clipsift.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.transfer.s3.model.DownloadFileRequest;

/**
 * The videos under an S3 prefix. Listing pages through ListObjectsV2 lazily (one page in memory at a time).
 * {@code s3://bucket} lists the bucket, {@code s3://bucket/dir/} and {@code s3://bucket/dir} list that folder,
 * {@code s3://bucket/dir/clip.mp4} names one object. Items are shown as {@code s3://bucket/key}.
 */
public final class S3Source implements Source {
    /** How long a presigned URL handed to FFmpeg stays valid. */
    static final Duration PRESIGN_FOR = Duration.ofHours(1);

    private final S3Clients clients;
    private final S3Location location;
    private final DownloadCache cache;
    private final int pageSize;

    public S3Source(S3Clients clients, S3Location location, DownloadCache cache, int pageSize) {
        this.clients = clients;
        this.location = location;
        this.cache = cache;
        this.pageSize = pageSize;
    }

    public S3Source(S3Clients clients, S3Location location, DownloadCache cache) {
        this(clients, location, cache, 1000);
    }

    @Override
    public String spec() {
        return location.toString();
    }

    private boolean singleObject() {
        return VideoFiles.isVideoName(location.key());
    }

    /** The key prefix listed: a folder prefix ends with '/', a single object is its own prefix. */
    String prefix() {
        String key = location.key();
        if (key.isEmpty() || key.endsWith("/") || singleObject()) {
            return key;
        }
        return key + "/";
    }

    @Override
    public Stream<SourceItem> list() {
        ListObjectsV2Request request = ListObjectsV2Request.builder()
                .bucket(location.bucket())
                .prefix(prefix())
                .maxKeys(pageSize)
                .build();
        Iterator<S3Object> guarded = new Iterator<>() {
            private Iterator<S3Object> pages;

            @Override
            public boolean hasNext() {
                try {
                    if (pages == null) {
                        pages = clients.sync()
                                .listObjectsV2Paginator(request)
                                .contents()
                                .iterator();
                    }
                    return pages.hasNext();
                } catch (SdkException e) {
                    throw new SourceException(
                            "cannot list " + spec() + ": "
                                    + S3Errors.describe(
                                            e, "s3://" + location.bucket() + "/" + prefix(), clients.settings()),
                            e);
                }
            }

            @Override
            public S3Object next() {
                hasNext();
                return pages.next();
            }
        };
        Stream<S3Object> objects = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(guarded, Spliterator.ORDERED | Spliterator.NONNULL), false);
        return objects.filter(this::wanted).map(this::item);
    }

    private boolean wanted(S3Object o) {
        String key = o.key();
        if (singleObject()) {
            return key.equals(location.key());
        }
        String name = key.substring(key.lastIndexOf('/') + 1);
        return VideoFiles.isVideoName(name) && !name.startsWith(".");
    }

    private SourceItem item(S3Object o) {
        Long mtime = o.lastModified() != null ? o.lastModified().toEpochMilli() : null;
        return new SourceItem("s3://" + location.bucket() + "/" + o.key(), o.size(), mtime, o.key());
    }

    @Override
    public String relativeName(SourceItem item) {
        String key = item.location();
        String base = singleObject() ? key.substring(0, key.lastIndexOf('/') + 1) : prefix();
        return key.startsWith(base) ? key.substring(base.length()) : key;
    }

    @Override
    public String readUrl(SourceItem item) {
        try {
            return clients.presigner()
                    .presignGetObject(p -> p.signatureDuration(PRESIGN_FOR)
                            .getObjectRequest(g -> g.bucket(location.bucket()).key(item.location())))
                    .url()
                    .toString();
        } catch (SdkException e) {
            throw new SourceException(S3Errors.describe(e, item.path(), clients.settings()), e);
        }
    }

    /** Downloads the whole object through the transfer manager (once; later calls reuse the fresh copy). */
    @Override
    public Path materialise(SourceItem item) {
        Path target = cache.target("s3/" + location.bucket(), item.location());
        if (cache.fresh(target, item.sizeBytes(), item.mtimeMs())) {
            return target;
        }
        Path tmp = null;
        try {
            tmp = cache.tempFor(target);
            Path dest = tmp;
            clients.transfers()
                    .downloadFile(DownloadFileRequest.builder()
                            .getObjectRequest(g -> g.bucket(location.bucket()).key(item.location()))
                            .destination(dest)
                            .build())
                    .completionFuture()
                    .join();
            if (item.sizeBytes() != null && java.nio.file.Files.size(tmp) != item.sizeBytes()) {
                throw new SourceException("download of " + item.path() + " was incomplete");
            }
            cache.commit(tmp, target, item.mtimeMs());
            return target;
        } catch (IOException e) {
            throw new SourceException("cannot write the download cache for " + item.path() + ": " + e.getMessage(), e);
        } catch (SdkException | java.util.concurrent.CompletionException e) {
            throw new SourceException(S3Errors.describe(e, item.path(), clients.settings()), e);
        } finally {
            if (tmp != null) {
                DownloadCache.discard(tmp);
            }
        }
    }
}
