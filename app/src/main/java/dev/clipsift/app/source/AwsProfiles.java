package dev.clipsift.app.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The profile names in the user's AWS config files, for the S3 options' profile choice: {@code [profile x]}
 * (and {@code [default]}) in {@code ~/.aws/config}, {@code [x]} in {@code ~/.aws/credentials}, or the files
 * {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE} name. Only section names are read; keys and
 * secrets are never looked at.
 */
public final class AwsProfiles {
    private AwsProfiles() {}

    /** The profiles of the files the environment {@code env} and home folder {@code home} point at, sorted, "default" first. */
    public static List<String> find(Map<String, String> env, Path home) {
        Path config = file(env.get("AWS_CONFIG_FILE"), home.resolve(".aws").resolve("config"));
        Path credentials = file(
                env.get("AWS_SHARED_CREDENTIALS_FILE"), home.resolve(".aws").resolve("credentials"));
        TreeSet<String> names = new TreeSet<>();
        names.addAll(sections(config, true));
        names.addAll(sections(credentials, false));
        List<String> sorted = new ArrayList<>();
        if (names.remove("default")) {
            sorted.add("default");
        }
        sorted.addAll(names);
        return sorted;
    }

    /** The profiles of this user's files. */
    public static List<String> ofUser() {
        return find(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    private static Path file(String fromEnv, Path fallback) {
        return fromEnv == null || fromEnv.isBlank() ? fallback : Path.of(fromEnv);
    }

    /** Section names of one file; in the config file only {@code [default]} and {@code [profile x]} are profiles. */
    static List<String> sections(Path file, boolean configFile) {
        List<String> names = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return names;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return names;
        }
        for (String line : lines) {
            String t = line.strip();
            if (!t.startsWith("[") || !t.endsWith("]")) {
                continue;
            }
            String name = t.substring(1, t.length() - 1).strip();
            if (configFile && name.startsWith("profile ")) {
                names.add(name.substring("profile ".length()).strip());
            } else if (!configFile || name.equals("default")) {
                names.add(name);
            }
        }
        return names;
    }
}
