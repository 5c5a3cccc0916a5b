package dev.clipsift.source;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns SDK and network exceptions into one line people understand. Never includes credentials. */
public final class S3Errors {
    private S3Errors() {}

    /** Why an S3 call about {@code what} (a bucket, a key) failed, in words. */
    public static String describe(Throwable error, String what, S3Settings settings) {
        Throwable t = unwrap(error);
        if (t instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() != null && s3.awsErrorDetails().errorCode() != null
                    ? s3.awsErrorDetails().errorCode()
                    : "";
            int status = s3.statusCode();
            switch (code) {
                case "NoSuchBucket":
                    return "no such bucket: "
                            + (S3Location.isS3(what) ? S3Location.parse(what).bucket() : what);
                case "NoSuchKey":
                    return "no such object: " + what;
                case "InvalidAccessKeyId":
                    return "the access key was rejected by " + settings.endpointShown() + " (unknown access key id)";
                case "SignatureDoesNotMatch":
                    return "the secret key was rejected by " + settings.endpointShown() + " (signature does not match)";
                case "ExpiredToken":
                case "TokenRefreshRequired":
                    return "the session credentials have expired: refresh them (e.g. aws sso login) and try again";
                case "SlowDown":
                    return "S3 kept answering 503 SlowDown (throttling) after retries: " + what;
                default:
                    break;
            }
            if (status == 403) {
                return "access denied: " + what
                        + " (the credentials lack permission, or the object is encrypted with a key you cannot use)";
            }
            if (status == 404) {
                return "not found: " + what;
            }
            if (status == 301 || status == 400 && code.contains("Region")) {
                return "the bucket lives in another region: pass --s3-region (" + what + ")";
            }
            if (status >= 500) {
                return "the S3 server failed after retries (HTTP " + status + (code.isEmpty() ? "" : " " + code) + "): "
                        + what;
            }
            return "S3 refused the request (HTTP " + status + (code.isEmpty() ? "" : " " + code) + "): " + what;
        }
        if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException) {
            return "S3 did not answer in time (" + settings.endpointShown() + "): " + what;
        }
        String msg = String.valueOf(t.getMessage());
        String lower = msg.toLowerCase(Locale.ROOT);
        if (t instanceof SdkClientException && lower.contains("unable to load credentials")) {
            return "no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile and pass --s3-profile";
        }
        if (t instanceof SdkClientException
                && lower.contains("profile")
                && (lower.contains("not") || lower.contains("no credentials"))) {
            return "the AWS profile " + (settings.profile() != null ? "'" + settings.profile() + "' " : "")
                    + "was not found in the AWS config files or holds no credentials";
        }
        Throwable root = rootCause(t);
        if (root instanceof UnknownHostException || root instanceof UnresolvedAddressException) {
            return "endpoint unreachable: cannot resolve the host of " + settings.endpointShown();
        }
        if (root instanceof ConnectException) {
            return "endpoint unreachable: nothing answers at " + settings.endpointShown();
        }
        if (root instanceof SocketTimeoutException || root instanceof HttpTimeoutException) {
            return "S3 did not answer in time (" + settings.endpointShown() + "): " + what;
        }
        if (lower.contains("connection reset")
                || lower.contains("connection closed")
                || lower.contains("broken pipe")) {
            return "the connection to " + settings.endpointShown() + " kept breaking after retries: " + what;
        }
        return "S3 request failed for " + what + ": " + firstLine(msg);
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
