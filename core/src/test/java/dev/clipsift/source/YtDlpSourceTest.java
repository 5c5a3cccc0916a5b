package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.model.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ytdlp:} sources through the real yt-dlp, against a page and an mp4 on loopback (its generic extractor). */
class YtDlpSourceTest {
    @TempDir
    Path tmp;

    private WebPlatform web;
    private DownloadCache cache;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        web = new WebPlatform(tmp.resolve("site"));
        cache = new DownloadCache(tmp.resolve("dl"));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private YtDlpSource source(String spec, ToolSettings tools) {
        return new YtDlpSource(spec, tools, cache, warnings::add);
    }

    private YtDlpSource source(String spec) {
        return source(spec, ToolSettings.from(n -> null));
    }

    private static List<SourceItem> list(Source s) {
        try (Stream<SourceItem> items = s.list()) {
            return items.toList();
        }
    }

    @Test
    void aPageIsDownloadedThroughTheGenericExtractorWithWhatThePageSaysAsProvenance() throws Exception {
        YtDlpSource s = source("ytdlp:" + web.page());
        List<SourceItem> items = list(s);

        assertThat(items).extracting(SourceItem::path).containsExactly("ytdlp:" + web.page());
        Path copy = s.materialise(items.get(0));
        assertThat(Files.mismatch(copy, web.servedClip())).isEqualTo(-1L);
        Provenance p = s.provenance(items.get(0));
        assertThat(p.title()).startsWith(WebPlatform.TITLE);
        assertThat(p.pageUrl()).isEqualTo(web.page());
        assertThat(p.license()).isNull();
        // the resolved info and the copy are reused: no second download
        assertThat(s.materialise(s.describe(items.get(0)))).isEqualTo(copy);
        try (Stream<Path> files = Files.walk(tmp.resolve("dl"))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(".")))
                    .as("no temp file is left")
                    .isEmpty();
        }
    }

    @Test
    void aListOfPagesAndInfoJsonsCarriesTheLicenceAndChoosesOneProgressiveStreamWithinTheHeight() throws Exception {
        Path info = web.infoJson(tmp.resolve("carphone.info.json"), "CC BY 4.0");
        Path list = Files.writeString(
                tmp.resolve("pages.txt"), "# pages\n" + web.page() + "\n\ncarphone.info.json\nnot a page\n");
        YtDlpSource s = source("ytdlp:" + list, ToolSettings.from(n -> null).withMaxHeight(720));

        List<SourceItem> items = list(s);

        assertThat(items).extracting(SourceItem::path).containsExactly("ytdlp:" + web.page(), "ytdlp:" + info);
        assertThat(warnings).singleElement().asString().contains("line 5");
        Provenance p = s.provenance(items.get(1));
        assertThat(p)
                .isEqualTo(new Provenance("CC BY 4.0", null, "Carphone, licensed", "Jane Doe", web.page(), "20240105"));
        // within 720 px and not the HLS stream: the 360-pixel H.264 one, the page's clip
        assertThat(Files.mismatch(s.materialise(items.get(1)), web.servedClip()))
                .isEqualTo(-1L);
    }

    @Test
    void aTallerLimitTakesTheTallStream() throws Exception {
        Path info = web.infoJson(tmp.resolve("carphone.info.json"), null);
        YtDlpSource s = source("ytdlp:" + info, ToolSettings.from(n -> null).withMaxHeight(2160));

        assertThat(Files.mismatch(s.materialise(list(s).get(0)), web.servedTall()))
                .isEqualTo(-1L);
    }

    @Test
    void aMissingPageFailsWithYtDlpsReason() {
        YtDlpSource s = source("ytdlp:" + web.missingPage());
        SourceItem item = list(s).get(0);

        assertThatThrownBy(() -> s.materialise(item))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("HTTP Error 404")
                .hasMessageNotContaining("please report");
    }

    @Test
    void aMissingYtDlpIsNamedWithHowToInstallIt() {
        YtDlpSource s = source(
                "ytdlp:" + web.page(),
                ToolSettings.from(n -> null).withYtDlp(tmp.resolve("no-yt-dlp").toString()));
        SourceItem item = list(s).get(0);

        assertThatThrownBy(() -> s.describe(item))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("yt-dlp is not installed")
                .hasMessageContaining("CLIPSIFT_YTDLP");
    }

    @Test
    void aMissingListFileIsAnErrorBeforeAnythingRuns() {
        assertThatThrownBy(() -> source("ytdlp:" + tmp.resolve("nothing.txt")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("no such page URL list");
    }
}
