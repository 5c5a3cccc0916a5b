package dev.clipsift.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Stages in order, typed so that each stage accepts what the previous one emits. Immutable. */
public final class Pipeline<I, O> {
    private final List<Stage<?, ?>> stages;

    private Pipeline(List<Stage<?, ?>> stages) {
        this.stages = List.copyOf(stages);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Stage<?, ?> s : stages) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException(
                        "two stages are named '" + s.name() + "': stage names must be unique");
            }
        }
    }

    public static <I, O> Pipeline<I, O> of(Stage<I, O> first) {
        return new Pipeline<>(List.of(first));
    }

    public <P> Pipeline<I, P> then(Stage<? super O, P> next) {
        List<Stage<?, ?>> all = new ArrayList<>(stages);
        all.add(next);
        return new Pipeline<>(all);
    }

    public List<Stage<?, ?>> stages() {
        return stages;
    }

    /** Runs every stage's cheap {@link Stage#validate}; the first problem is thrown. */
    public void validate() throws Exception {
        for (Stage<?, ?> s : stages) {
            s.validate();
        }
    }

    /** Every stage's name, resources and parameters, for the run manifest. */
    public List<Map<String, Object>> describe() {
        return stages.stream()
                .map(s -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", s.name());
                    m.put("resources", s.resources());
                    m.put("params", new TreeMap<>(s.describe()));
                    return m;
                })
                .toList();
    }
}
