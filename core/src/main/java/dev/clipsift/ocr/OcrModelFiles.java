package dev.clipsift.ocr;

import dev.clipsift.engine.Models;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The three files of PP-OCRv4: detector, recogniser and the recogniser's key file (its alphabet, one entry a
 * line), from the folder the user names or ClipSift's shipped {@code assets/models/ppocr}.
 */
record OcrModelFiles(Path detector, Path recognizer, Path keys) {
    static final String DETECTOR = "ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNIZER = "ch_PP-OCRv4_rec_infer.onnx";
    static final String KEYS = "ppocr_keys_v1.txt";

    /** The files in {@code folder}, or the shipped ones when it is null. */
    static OcrModelFiles in(@Nullable String folder) throws FileNotFoundException {
        if (folder != null) {
            Path dir = Path.of(folder);
            return new OcrModelFiles(dir.resolve(DETECTOR), dir.resolve(RECOGNIZER), dir.resolve(KEYS));
        }
        return new OcrModelFiles(
                Models.shipped("ppocr/" + DETECTOR),
                Models.shipped("ppocr/" + RECOGNIZER),
                Models.shipped("ppocr/" + KEYS));
    }

    /** Checks that each file is there and readable, without loading a model. */
    void check() throws IOException {
        for (Path p : List.of(detector, recognizer, keys)) {
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw new FileNotFoundException("OCR model file " + p + " is missing or unreadable");
            }
        }
        if (readKeys().isEmpty()) {
            throw new IOException("OCR key file " + keys + " is empty");
        }
    }

    /** The recogniser's alphabet: each line of the key file is one class, in order. */
    List<String> readKeys() throws IOException {
        return Files.readAllLines(keys, StandardCharsets.UTF_8);
    }
}
