package dev.clipsift.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.cli.RunLaunch;
import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.engine.StageFamily;
import dev.clipsift.io.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The launcher's form, generated from {@code clipsift run}'s picocli model, and the command line it gives back. */
class RunFormTest {
    @TempDir
    Path dir;

    @Test
    void everyRegisteredFamilyHasASectionHoldingEachOfItsOptions() {
        RunForm form = RunForm.of("run");
        List<StageFamily<?>> families = FamilyRegistry.discover().families();
        assertThat(families).extracting(StageFamily::section).contains("brightness", "captioning", "dedup", "shard");
        for (StageFamily<?> f : families) {
            List<String> options = CommandSpec.forAnnotatedObject(f.options()).options().stream()
                    .map(OptionSpec::longestName)
                    .toList();
            RunForm.Section section = form.sections().stream()
                    .filter(s -> s.key().equals(f.section()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no section for family " + f.section()));
            assertThat(section.fields()).extracting(OptionField::name).containsExactlyElementsOf(options);
        }
    }

    @Test
    void theTestFamilysOptionsGetEditorsOfTheirKind() {
        RunForm form = RunForm.of("run");
        assertThat(form.field("--brightness").orElseThrow().kind()).isEqualTo(FieldKind.FLAG);
        assertThat(form.field("--brightness-fps").orElseThrow().kind()).isEqualTo(FieldKind.DECIMAL);
        assertThat(form.field("--brightness-fps").orElseThrow().label()).isEqualTo("Fps");
        assertThat(form.field("--motion-filter").orElseThrow().choices())
                .containsExactly("disable", "score-only", "enable");
        assertThat(form.field("--crop-black-bars").orElseThrow().kind()).isEqualTo(FieldKind.YES_NO);
        assertThat(form.field("--output").orElseThrow().kind()).isEqualTo(FieldKind.FOLDER);
        assertThat(form.field("--limit").orElseThrow().kind()).isEqualTo(FieldKind.WHOLE);
        assertThat(form.sections())
                .extracting(RunForm.Section::key)
                .startsWith("run", "s3")
                .endsWith("session");
        assertThat(form.field("--threads")).isPresent();
        assertThat(form.field("--quiet")).isEmpty();
        assertThat(form.field("--help")).isEmpty();
    }

    @Test
    void theFormsValuesResolveToTheSettingsTheCommandLineMakes() throws Exception {
        RunForm form = RunForm.of("run");
        form.field("--input").orElseThrow().valueProperty().set(dir.toString());
        form.field("--output")
                .orElseThrow()
                .valueProperty()
                .set(dir.resolve("out").toString());
        form.field("--splitting-algorithm").orElseThrow().valueProperty().set("fixed-stride");
        form.field("--motion-filter").orElseThrow().valueProperty().set("enable");
        form.field("--brightness").orElseThrow().valueProperty().set("true");
        form.field("--brightness-min").orElseThrow().valueProperty().set("12.5");
        form.field("--crop-black-bars").orElseThrow().valueProperty().set("no");
        form.field("--dedup-methods").orElseThrow().valueProperty().set("exact, perceptual");

        JsonNode fromForm = Json.mapper().valueToTree(RunLaunch.resolve(form.arguments()));
        JsonNode fromCli = Json.mapper()
                .valueToTree(RunLaunch.resolve(List.of(
                        "--input",
                        dir.toString(),
                        "--output",
                        dir.resolve("out").toString(),
                        "--splitting-algorithm",
                        "fixed-stride",
                        "--no-crop-black-bars",
                        "--motion-filter",
                        "enable",
                        "--brightness",
                        "--brightness-min",
                        "12.5",
                        "--dedup-methods",
                        "exact",
                        "--dedup-methods",
                        "perceptual")));

        assertThat(fromForm).isEqualTo(fromCli);
        assertThat(fromForm.at("/brightness/min").asDouble()).isEqualTo(12.5);
        assertThat(fromForm.at("/transcode/crop_black_bars").asBoolean()).isFalse();
        assertThat(fromForm.at("/splitting/algorithm").asText()).isEqualTo("fixed-stride");
    }

    @Test
    void aProblemIsPlacedOnTheFieldItNamesOrWhoseValueItQuotes() {
        RunForm form = RunForm.of("run");
        form.field("--aesthetic-model").orElseThrow().valueProperty().set("/models/missing.onnx");
        assertThat(form.fieldOf("Invalid value for option '--captioning-max-tokens': 'x' is not an int"))
                .map(OptionField::name)
                .hasValue("--captioning-max-tokens");
        assertThat(form.fieldOf("aesthetic: cannot read /models/missing.onnx"))
                .map(OptionField::name)
                .hasValue("--aesthetic-model");
        assertThat(form.fieldOf("something else entirely")).isEmpty();
    }

    @Test
    void theResumeFormHasTheRunFolderAndTheSessionOptions() {
        RunForm form = RunForm.of("resume");
        form.field("OUT").orElseThrow().valueProperty().set(dir.toString());
        form.field("--retry-failed").orElseThrow().valueProperty().set("true");
        assertThat(form.arguments()).containsExactly(dir.toString(), "--retry-failed");
        assertThat(form.field("--threads")).isPresent();
    }
}
