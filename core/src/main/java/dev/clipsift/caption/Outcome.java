package dev.clipsift.caption;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/** What became of one request to a model server: the reply, or why there is none. */
record Outcome(ChatClient.@Nullable Reply reply, @Nullable Exception failure) {

    /** The outcome {@code f} holds once done; a task that threw counts as that failure. */
    static Outcome await(Future<Outcome> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return new Outcome(null, e.getCause() instanceof Exception x ? x : new RuntimeException(e.getCause()));
        }
    }
}
