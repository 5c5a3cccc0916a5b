package dev.clipsift.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Every caption version of a clip, oldest first; a new version is added, never written over an earlier one. */
public record Captions(List<Caption> versions) {
    @JsonCreator
    public Captions {
        versions = List.copyOf(versions == null ? List.of() : versions);
    }

    @JsonValue
    public List<Caption> versions() {
        return versions;
    }

    /** These captions plus {@code c}, replacing the version of the same name only while it is pending. */
    public Captions with(Caption c) {
        List<Caption> out = new ArrayList<>();
        for (Caption v : versions) {
            if (!v.version().equals(c.version())) {
                out.add(v);
            } else if (v.state() != Caption.State.PENDING) {
                throw new IllegalArgumentException("caption " + c.version() + " exists already: add a new version");
            }
        }
        out.add(c);
        return new Captions(out);
    }
}
