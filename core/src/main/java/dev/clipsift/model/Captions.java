package dev.clipsift.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** The version named {@code version}, if there is one. */
    public Optional<Caption> version(String version) {
        return versions.stream().filter(c -> c.version().equals(version)).findFirst();
    }

    /** The newest version whose state is {@code ok}: what a trainer reads unless told otherwise. */
    public Optional<Caption> latest() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).state() == Caption.State.OK) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    /** These captions plus {@code c}, replacing the version of the same name only while it is pending or failed. */
    public Captions with(Caption c) {
        List<Caption> out = new ArrayList<>();
        for (Caption v : versions) {
            if (!v.version().equals(c.version())) {
                out.add(v);
            } else if (v.state() == Caption.State.OK) {
                throw new IllegalArgumentException("caption " + c.version() + " exists already: add a new version");
            }
        }
        out.add(c);
        return new Captions(out);
    }

    /**
     * The version after the newest {@code vN} any of {@code clips} holds ({@code v0} when there is none); versions
     * named otherwise (an export's {@code review}) do not count.
     */
    public static String next(List<ClipRecord> clips) {
        int newest = -1;
        for (ClipRecord c : clips) {
            if (c.captions() != null) {
                for (Caption v : c.captions().versions()) {
                    if (v.version().matches("v\\d+")) {
                        newest = Math.max(newest, Integer.parseInt(v.version().substring(1)));
                    }
                }
            }
        }
        return "v" + (newest + 1);
    }
}
