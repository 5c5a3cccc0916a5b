package dev.clipsift.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A family's command-line options: an object whose fields carry picocli {@code @Option} annotations (the
 * {@code run} command adds it as a mixin), which lays the options the user gave over the family's config
 * section. Options left out must leave the section as it is, so a config file's values stand.
 */
public interface FamilyOptions {
    void applyTo(ObjectNode section);
}
