package dev.clipsift.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** A short stable digest of a stage's parameters: equal parameters, equal fingerprint, on any machine. */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(Map<String, Object> parameters) {
        try {
            String canonical = Json.mapper()
                    .writer()
                    .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(new TreeMap<>(parameters));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint " + parameters, e);
        }
    }

    /**
     * A model file as a stage parameter: its absolute path, size and modification time, so a replaced file
     * changes the stage's fingerprint (the path alone where the file cannot be read).
     */
    public static String ofFile(Path file) {
        try {
            return file.toAbsolutePath() + " " + Files.size(file) + " bytes " + Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return file.toAbsolutePath().toString();
        }
    }
}
