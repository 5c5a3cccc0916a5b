package dev.clipsift.source;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

/**
 * The SDK clients for one {@link S3Settings}: a synchronous client (listing, HEAD), an asynchronous
 * multipart client behind an {@link S3TransferManager} (whole-object downloads and uploads) and a presigner
 * (URLs FFmpeg reads with ranged GETs). Each is built on first use. Every client retries throttling
 * (503 SlowDown), 5xx answers, connection resets and timeouts with the explicit strategy below.
 */
public final class S3Clients implements AutoCloseable {
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(60);

    private final S3Settings settings;
    private final Backoff backoff;
    private final AwsCredentialsProvider credentials;
    private final Region region;
    private S3Client sync;
    private S3AsyncClient async;
    private S3TransferManager transfers;
    private S3Presigner presigner;

    public S3Clients(S3Settings settings, Backoff backoff) {
        this.settings = settings;
        this.backoff = backoff;
        this.credentials = settings.profile() != null
                ? ProfileCredentialsProvider.builder()
                        .profileName(settings.profile())
                        .build()
                : DefaultCredentialsProvider.builder().build();
        this.region = resolveRegion(settings);
    }

    public S3Clients(S3Settings settings) {
        this(settings, Backoff.standard());
    }

    public S3Settings settings() {
        return settings;
    }

    private static Region resolveRegion(S3Settings s) {
        if (s.region() != null) {
            return Region.of(s.region());
        }
        try {
            var chain = DefaultAwsRegionProviderChain.builder();
            if (s.profile() != null) {
                chain.profileName(s.profile());
            }
            return chain.build().getRegion();
        } catch (RuntimeException noRegionConfigured) {
            return Region.US_EAST_1;
        }
    }

    /** The retry strategy, spelled out: AWS's standard conditions (throttling, 5xx, I/O errors) with our backoff. */
    RetryStrategy retryStrategy() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(backoff.maxAttempts())
                .backoffStrategy(BackoffStrategy.exponentialDelayHalfJitter(backoff.base(), backoff.max()))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelayHalfJitter(
                        backoff.base().multipliedBy(2), backoff.max()))
                .circuitBreakerEnabled(false)
                .build();
    }

    private ClientOverrideConfiguration overrides(boolean attemptTimeout) {
        var b = ClientOverrideConfiguration.builder().retryStrategy(retryStrategy());
        if (attemptTimeout) {
            b.apiCallAttemptTimeout(ATTEMPT_TIMEOUT);
        }
        return b.build();
    }

    public synchronized S3Client sync() {
        if (sync == null) {
            var b = S3Client.builder()
                    .credentialsProvider(credentials)
                    .region(region)
                    .forcePathStyle(settings.pathStyle())
                    .crossRegionAccessEnabled(settings.endpoint() == null)
                    .overrideConfiguration(overrides(true));
            if (settings.endpoint() != null) {
                b.endpointOverride(settings.endpoint());
            }
            sync = b.build();
        }
        return sync;
    }

    public synchronized S3TransferManager transfers() {
        if (transfers == null) {
            var b = S3AsyncClient.builder()
                    .credentialsProvider(credentials)
                    .region(region)
                    .forcePathStyle(settings.pathStyle())
                    .crossRegionAccessEnabled(settings.endpoint() == null)
                    .multipartEnabled(true)
                    .overrideConfiguration(overrides(false));
            if (settings.endpoint() != null) {
                b.endpointOverride(settings.endpoint());
            }
            async = b.build();
            transfers = S3TransferManager.builder().s3Client(async).build();
        }
        return transfers;
    }

    public synchronized S3Presigner presigner() {
        if (presigner == null) {
            var b = S3Presigner.builder()
                    .credentialsProvider(credentials)
                    .region(region)
                    .serviceConfiguration(S3Configuration.builder()
                            .pathStyleAccessEnabled(settings.pathStyle())
                            .build());
            if (settings.endpoint() != null) {
                b.endpointOverride(settings.endpoint());
            }
            presigner = b.build();
        }
        return presigner;
    }

    @Override
    public synchronized void close() {
        if (transfers != null) {
            transfers.close();
        }
        if (async != null) {
            async.close();
        }
        if (sync != null) {
            sync.close();
        }
        if (presigner != null) {
            presigner.close();
        }
    }
}
