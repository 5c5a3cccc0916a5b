package dev.clipsift.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The stage families a run can use, by config section; found on the class path through {@link ServiceLoader}. */
public final class FamilyRegistry {
    private final Map<String, StageFamily<?>> families;

    private FamilyRegistry(List<StageFamily<?>> list) {
        Map<String, StageFamily<?>> m = new LinkedHashMap<>();
        for (StageFamily<?> f : list) {
            if (!f.section().matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("family section '" + f.section() + "' is not snake_case");
            }
            if (m.put(f.section(), f) != null) {
                throw new IllegalArgumentException("two stage families use the section '" + f.section() + "'");
            }
        }
        this.families = m;
    }

    public static FamilyRegistry of(List<StageFamily<?>> families) {
        return new FamilyRegistry(families);
    }

    /** Every family on the class path, in {@link StageFamily#order} and then section order, so runs assemble the same way everywhere. */
    public static FamilyRegistry discover() {
        List<StageFamily<?>> found = new ArrayList<>();
        for (StageFamily<?> f : ServiceLoader.load(StageFamily.class)) {
            found.add(f);
        }
        found.sort(Comparator.comparingInt((StageFamily<?> f) -> f.order()).thenComparing(StageFamily::section));
        return new FamilyRegistry(found);
    }

    public List<StageFamily<?>> families() {
        return List.copyOf(families.values());
    }

    public Optional<StageFamily<?>> family(String section) {
        return Optional.ofNullable(families.get(section));
    }
}
