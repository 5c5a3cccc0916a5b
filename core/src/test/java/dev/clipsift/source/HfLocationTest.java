package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HfLocationTest {
    private static final URI HUB = URI.create("https://hub.example/");

    @Test
    void aDatasetNameDefaultsToTheMainRevisionAndTheWholeTree() {
        HfLocation l = HfLocation.parse("hf://datasets/owner/name");
        assertThat(l).isEqualTo(new HfLocation("owner", "name", "main", ""));
        assertThat(l.treeUrl(HUB)).hasToString("https://hub.example/api/datasets/owner/name/tree/main?recursive=true");
        assertThat(l.toString()).isEqualTo("hf://datasets/owner/name");
    }

    @Test
    void aRevisionFollowsTheNameAndAnEncodedSlashStaysInsideIt() {
        HfLocation l = HfLocation.parse("hf://datasets/o/n@refs%2Fconvert%2Fparquet/data/train/");
        assertThat(l).isEqualTo(new HfLocation("o", "n", "refs/convert/parquet", "data/train"));
        assertThat(l.treeUrl(HUB))
                .hasToString(
                        "https://hub.example/api/datasets/o/n/tree/refs%2Fconvert%2Fparquet/data/train?recursive=true");
        assertThat(l.shown("data/train/a.mp4"))
                .isEqualTo("hf://datasets/o/n@refs%2Fconvert%2Fparquet/data/train/a.mp4");
        assertThat(HfLocation.parse(l.shown("data/train/a.mp4")).path()).isEqualTo("data/train/a.mp4");
    }

    @Test
    void resolveUrlsEncodeEachByteOutsideTheUnreservedSetButKeepSlashes() {
        HfLocation l = HfLocation.parse("hf://datasets/o/n@v1.0");
        assertThat(l.resolveUrl(HUB, "clips/a b\u00fc#1.mp4"))
                .hasToString("https://hub.example/datasets/o/n/resolve/v1.0/clips/a%20b%C3%BC%231.mp4");
        assertThat(l.cacheNamespace()).isEqualTo("hf/datasets/o/n/v1.0");
    }

    @Test
    void aPathEndingInAVideoNameIsOneFileAndAFolderIsNot() {
        assertThat(HfLocation.parse("hf://datasets/o/n/clips/a.MKV").namesAVideo())
                .isTrue();
        assertThat(HfLocation.parse("hf://datasets/o/n/clips").namesAVideo()).isFalse();
        assertThat(HfLocation.parse("hf://datasets/o/n").namesAVideo()).isFalse();
    }

    @Test
    void modelsSpacesAndIncompleteNamesAreRefusedInWords() {
        assertThatThrownBy(() -> HfLocation.parse("hf://openai/whisper"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("only Hugging Face datasets");
        assertThatThrownBy(() -> HfLocation.parse("hf://datasets/owner"))
                .hasMessageContaining("hf://datasets/OWNER/NAME");
        assertThatThrownBy(() -> HfLocation.parse("hf://datasets/owner/name@"))
                .hasMessageContaining("hf://datasets/OWNER/NAME");
    }
}
