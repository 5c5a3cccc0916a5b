package dev.clipsift.engine;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the models shipped with ClipSift ({@code assets/models/<relative>}): in the folder named by
 * {@code -Dclipsift.models} or {@code $CLIPSIFT_MODELS} when set, else in the {@code assets/models} folders
 * {@link Assets} finds (under {@code -Dclipsift.home}, a source checkout, an app image). A model the user names by path is used as given; this is only the default.
 */
public final class Models {
    private Models() {}

    /** The shipped model file {@code relative} ({@code "ppocr/ch_PP-OCRv4_det_infer.onnx"}). */
    public static Path shipped(String relative) throws FileNotFoundException {
        List<Path> tried = new ArrayList<>();
        for (Path folder : folders()) {
            Path p = folder.resolve(relative);
            if (Files.isRegularFile(p)) {
                return p;
            }
            tried.add(p);
        }
        throw new FileNotFoundException("shipped model " + relative + " not found (looked at " + tried
                + "); set CLIPSIFT_MODELS to the folder that holds ClipSift's assets/models");
    }

    private static Set<Path> folders() {
        String explicit = System.getProperty("clipsift.models", System.getenv("CLIPSIFT_MODELS"));
        if (explicit != null && !explicit.isBlank()) {
            return Set.of(Path.of(explicit));
        }
        return Assets.folders("models");
    }
}
