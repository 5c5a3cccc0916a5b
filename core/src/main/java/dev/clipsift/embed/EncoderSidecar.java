package dev.clipsift.embed;

import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The small JSON file beside a user's ONNX image encoder ({@code clip.onnx} -> {@code clip.json}) that says what
 * the model is and how its images are prepared: {@code name} (the model name stored with the embeddings,
 * {@code [a-z0-9._-]}), {@code size} (the square input side, default 224), {@code mean} and {@code std} per RGB
 * channel of 0..1 values (default CLIP's). The resize is always CLIP's ({@link ImagePreprocessing}).
 */
public record EncoderSidecar(String name, Integer size, List<Float> mean, List<Float> std) {
    public EncoderSidecar {
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException(
                    "the encoder's name must be lower-case letters, digits, '.', '_' or" + " '-', got " + name);
        }
        ImagePreprocessing clip = ImagePreprocessing.CLIP;
        size = size == null ? clip.size() : size;
        mean = mean == null ? floats(clip.mean()) : List.copyOf(mean);
        std = std == null ? floats(clip.std()) : List.copyOf(std);
        preprocessing(size, mean, std); // validates
    }

    /** The sidecar of {@code model}: the same name with {@code .json} for {@code .onnx}. */
    public static Path of(Path model) {
        String n = model.getFileName().toString();
        String stem = n.endsWith(".onnx") ? n.substring(0, n.length() - ".onnx".length()) : n;
        return model.resolveSibling(stem + ".json");
    }

    /** Reads {@code model}'s sidecar strictly; a clear error names the file when it is missing or wrong. */
    public static EncoderSidecar read(Path model) {
        Path file = of(model);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the image encoder " + model + " needs its sidecar " + file
                    + " ({\"name\": ..., \"size\": 224, \"mean\": [r, g, b], \"std\": [r, g, b]})");
        }
        try {
            return Json.read(file, EncoderSidecar.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the encoder sidecar " + file + " is not valid: " + e.getMessage(), e);
        }
    }

    public ImagePreprocessing preprocessing() {
        return preprocessing(size, mean, std);
    }

    private static ImagePreprocessing preprocessing(int size, List<Float> mean, List<Float> std) {
        return new ImagePreprocessing(size, array(mean), array(std));
    }

    private static float[] array(List<Float> v) {
        float[] out = new float[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }

    private static List<Float> floats(float[] v) {
        Float[] out = new Float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return List.of(out);
    }
}
