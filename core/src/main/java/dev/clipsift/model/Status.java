package dev.clipsift.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What became of a clip: {@code ok}; {@code filtered} by a filter policy, with its reasons; a {@code duplicate}
 * of another clip; or {@code failed}, with the keys of its errors. Filtering and dedup mark clips, they never
 * drop them, so a review can overturn a decision.
 */
public record Status(State state, List<String> reasons) {
    public enum State {
        OK,
        FILTERED,
        DUPLICATE,
        FAILED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Status OK = new Status(State.OK, List.of());

    public Status {
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
    }

    public static Status filtered(List<String> reasons) {
        return new Status(State.FILTERED, reasons);
    }

    public static Status duplicate(String of) {
        return new Status(State.DUPLICATE, List.of("duplicate of " + of));
    }
}
