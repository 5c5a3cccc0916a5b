package dev.clipsift.engine;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the folders ClipSift ships in {@code assets/} ({@code models}, {@code samples}): under
 * {@code -Dclipsift.home} (the launchers set it), else in an {@code assets/<name>} folder above the working
 * directory or above the engine's jar: a source checkout, or an app image whose jars lie beside
 * {@code lib/app/assets}.
 */
public final class Assets {
    private Assets() {}

    /** The existing {@code assets/<name>} folders, most specific first. */
    public static Set<Path> folders(String name) {
        Set<Path> out = new LinkedHashSet<>();
        String home = System.getProperty("clipsift.home");
        if (home != null && !home.isBlank()) {
            Path p = Path.of(home, "assets", name);
            if (Files.isDirectory(p)) {
                out.add(p);
            }
        }
        above(Path.of("").toAbsolutePath(), name, out);
        CodeSource code = Assets.class.getProtectionDomain().getCodeSource();
        if (code != null && code.getLocation() != null) {
            try {
                above(Path.of(code.getLocation().toURI()), name, out);
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file location: the working directory is all there is to go on
            }
        }
        return out;
    }

    private static void above(Path start, String name, Set<Path> out) {
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("assets").resolve(name);
            if (Files.isDirectory(candidate)) {
                out.add(candidate);
            }
        }
    }
}
