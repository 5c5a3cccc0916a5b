package dev.clipsift.model;

/** A clip's duplicate group, the clip it duplicates (null for the one kept) and the rule that chose the keeper. */
public record Dedup(String group, String duplicateOf, String rule) {}
