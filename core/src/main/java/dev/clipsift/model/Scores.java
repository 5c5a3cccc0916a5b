package dev.clipsift.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A clip's scores by name ({@code "motion_global_mean": 0.0031, "aesthetic": 5.2}), as one JSON object. Scoring
 * stages add scores; filtering is a policy applied to them afterwards, so a reviewer's slider re-filters without
 * a re-run.
 */
public record Scores(Map<String, Double> values) {
    public static final Scores NONE = new Scores(Map.of());

    @JsonCreator
    public Scores {
        values = Collections.unmodifiableMap(new TreeMap<>(values == null ? Map.of() : values));
    }

    @JsonValue
    public Map<String, Double> values() {
        return values;
    }

    public Double get(String name) {
        return values.get(name);
    }

    public Scores with(String name, double value) {
        Map<String, Double> m = new TreeMap<>(values);
        m.put(name, value);
        return new Scores(m);
    }
}
