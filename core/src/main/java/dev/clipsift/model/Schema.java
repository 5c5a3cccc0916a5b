package dev.clipsift.model;

/** The version of the record files' layout, written into every JSON file of a run as {@code schema_version}. */
public final class Schema {
    /** 2: grouped clip and video records, manifest {@code config.json}, per-stage completion marks. */
    public static final int VERSION = 2;

    private Schema() {}
}
