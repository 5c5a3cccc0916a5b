package dev.clipsift.engine;

import java.io.FileNotFoundException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the models shipped with ClipSift ({@code assets/models/<relative>}): in the folder named by
 * {@code -Dclipsift.models} or {@code $CLIPSIFT_MODELS} when set, else under {@code -Dclipsift.home} (the
 * launchers set it), else in an {@code assets/models} folder above the working directory or the engine's jar
 * (a source checkout). A model the user names by path is used as given; this is only the default.
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
        Set<Path> out = new LinkedHashSet<>();
        String explicit = System.getProperty("clipsift.models", System.getenv("CLIPSIFT_MODELS"));
        if (explicit != null && !explicit.isBlank()) {
            out.add(Path.of(explicit));
            return out;
        }
        String home = System.getProperty("clipsift.home");
        if (home != null && !home.isBlank()) {
            out.add(Path.of(home, "assets", "models"));
        }
        above(Path.of("").toAbsolutePath(), out);
        CodeSource code = Models.class.getProtectionDomain().getCodeSource();
        if (code != null && code.getLocation() != null) {
            try {
                above(Path.of(code.getLocation().toURI()), out);
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file location: the working directory is all there is to go on
            }
        }
        return out;
    }

    private static void above(Path start, Set<Path> out) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("assets/models"))) {
                out.add(p.resolve("assets/models"));
            }
        }
    }
}
