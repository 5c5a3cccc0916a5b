package dev.clipsift.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.engine.Models;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Provenance;
import dev.clipsift.model.Scores;
import dev.clipsift.model.SourceRef;
import dev.clipsift.model.Span;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code text} section read strictly, the filter's rule, what the stage fingerprints, and bad model files. */
class TextConfigTest {
    private static final ObjectReader STRICT =
            Json.mapper().readerFor(TextConfig.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @TempDir
    Path tmp;

    @Test
    void theSectionReadsSnakeCaseKeysFillsDefaultsAndRejectsBadValues() throws Exception {
        TextConfig c = STRICT.readValue("{\"filter\": \"enable\", \"max_area\": 0.2, \"stability_iou\": 0.8}");
        assertThat(c.filter()).isEqualTo(FilterMode.ENABLE);
        assertThat(c.maxArea()).isEqualTo(0.2);
        assertThat(c.stabilityIou()).isEqualTo(0.8);
        assertThat(c.fps()).isEqualTo(2.0);
        assertThat(c.maxSide()).isEqualTo(640);
        assertThat(c.maxFrames()).isEqualTo(6);
        assertThat(c.minFrames()).isEqualTo(3);
        assertThat(c.cornerMargin()).isEqualTo(0.1);
        assertThat(c.modelDir()).isNull();
        assertThat(TextConfig.defaults().filter()).isEqualTo(FilterMode.SCORE_ONLY);

        assertThatThrownBy(() -> STRICT.readValue("{\"stabilty_iou\": 0.8}")).hasMessageContaining("stabilty_iou");
        assertThatThrownBy(() -> STRICT.readValue("{\"min_frames\": 1}")).hasMessageContaining("text.min_frames");
        assertThatThrownBy(() -> STRICT.readValue("{\"max_area\": 0}")).hasMessageContaining("text.max_area");
        assertThatThrownBy(() -> STRICT.readValue("{\"filter\": \"on\"}")).hasMessageContaining("score-only");
    }

    @Test
    void disableRunsNothingAndTheFingerprintHoldsNoFilterSetting() {
        TextFamily family = new TextFamily();
        TextConfig off = new TextConfig(FilterMode.DISABLE, null, null, null, null, null, null, null, null);
        assertThat(family.stages(off)).isEmpty();
        assertThat(family.filters(off)).isEmpty();
        assertThat(family.filters(TextConfig.defaults())).singleElement().satisfies(f -> assertThat(f.mode())
                .isEqualTo(FilterMode.SCORE_ONLY));

        String base = family.stages(TextConfig.defaults()).get(0).fingerprint();
        TextConfig strict = new TextConfig(FilterMode.ENABLE, null, null, null, null, null, null, 0.1, null);
        TextConfig sparser = new TextConfig(null, 1.0, null, null, null, null, null, null, null);
        TextConfig looser = new TextConfig(null, null, null, null, null, 0.7, null, null, null);
        assertThat(family.stages(strict).get(0).fingerprint()).isEqualTo(base);
        assertThat(family.stages(sparser).get(0).fingerprint()).isNotEqualTo(base);
        assertThat(family.stages(looser).get(0).fingerprint()).isNotEqualTo(base);
    }

    @Test
    void theRuleRejectsOverlaysAndTooMuchTextAndSkipsUnscoredClips() {
        ClipRecord clip = ClipRecord.of(
                "c", new SourceRef("v.mp4", "v", 640, 360, 25.0), new Span(0.0, 2.0, 0, 50), (Provenance) null);
        assertThat(TextFamily.reasons(clip, 1.0)).isNull();

        ClipRecord overlay = clip.withScores(new Scores(Map.of("text_overlay", 1.0, "text_area_fraction", 0.3)));
        assertThat(TextFamily.reasons(overlay, 1.0)).containsExactly("text_overlay 1: persistent on-screen text");
        assertThat(TextFamily.reasons(overlay, 0.2))
                .hasSize(2)
                .last()
                .asString()
                .startsWith("text_area_fraction 0.3 > 0.2");
        ClipRecord clean = clip.withScores(new Scores(Map.of("text_overlay", 0.0, "text_area_fraction", 0.01)));
        assertThat(TextFamily.reasons(clean, 0.2)).isEmpty();
    }

    @Test
    void missingOrWrongModelFilesFailValidationBeforeTheRunStarts() throws Exception {
        TextConfig elsewhere = new TextConfig(null, null, null, null, null, null, null, null, tmp.toString());
        assertThatThrownBy(() -> new TextStage(elsewhere).validate())
                .isInstanceOf(FileNotFoundException.class)
                .hasMessageContaining(tmp.resolve(OcrModelFiles.DETECTOR).toString());
        new TextStage(TextConfig.defaults()).validate();

        Path rec = Models.shipped("ppocr/" + OcrModelFiles.RECOGNIZER);
        Path keys = Models.shipped("ppocr/" + OcrModelFiles.KEYS);
        Path swapped = Files.createDirectories(tmp.resolve("swapped"));
        Files.copy(rec, swapped.resolve(OcrModelFiles.DETECTOR));
        Files.copy(rec, swapped.resolve(OcrModelFiles.RECOGNIZER));
        Files.copy(keys, swapped.resolve(OcrModelFiles.KEYS));
        TextConfig wrong = new TextConfig(null, null, null, null, null, null, null, null, swapped.toString());
        assertThatThrownBy(() -> new TextStage(wrong).validate())
                .isInstanceOf(IOException.class)
                .hasMessageContaining(OcrModelFiles.DETECTOR)
                .hasMessageContaining("not a PP-OCRv4 model");

        Path fewKeys = Files.createDirectories(tmp.resolve("keys"));
        Files.copy(Models.shipped("ppocr/" + OcrModelFiles.DETECTOR), fewKeys.resolve(OcrModelFiles.DETECTOR));
        Files.copy(rec, fewKeys.resolve(OcrModelFiles.RECOGNIZER));
        Files.writeString(fewKeys.resolve(OcrModelFiles.KEYS), "a\nb\nc\n");
        assertThatThrownBy(() -> PaddleOcr.open(OcrModelFiles.in(fewKeys.toString()), 1))
                .hasMessageContaining("expected [N,T,5]");

        Files.writeString(fewKeys.resolve(OcrModelFiles.DETECTOR), "not a model");
        assertThatThrownBy(() -> PaddleOcr.open(OcrModelFiles.in(fewKeys.toString()), 1))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot load OCR model");
    }
}
