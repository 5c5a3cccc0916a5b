package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalListerTest {

    private static Path touch(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    private static List<String> names(Path root, List<Path> files) {
        return files.stream().map(p -> root.relativize(p).toString()).toList();
    }

    @Test
    void listsVideosRecursivelyInSortedOrderByExtensionCaseInsensitive(@TempDir Path root) throws IOException {
        touch(root.resolve("b/clip2.MKV"));
        touch(root.resolve("a.mp4"));
        touch(root.resolve("b/clip1.WebM"));
        touch(root.resolve("b/readme.txt"));
        touch(root.resolve("c/deep/x.m2ts"));
        touch(root.resolve("Z.Mov"));
        touch(root.resolve("noext"));
        touch(root.resolve("mp4"));
        List<Path> files = new LocalLister().list(root).toList();
        assertThat(names(root, files))
                .containsExactly("Z.Mov", "a.mp4", "b/clip1.WebM", "b/clip2.MKV", "c/deep/x.m2ts");
    }

    @Test
    void everyAdvertisedExtensionIsRecognised() {
        for (String ext :
                List.of("mp4", "m4v", "mov", "mkv", "webm", "avi", "mpg", "mpeg", "ts", "m2ts", "wmv", "flv")) {
            assertThat(VideoFiles.isVideoName("x." + ext.toUpperCase())).as(ext).isTrue();
        }
        assertThat(VideoFiles.isVideoName("x.mp3")).isFalse();
        assertThat(VideoFiles.isVideoName(".mp4")).isFalse();
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped(@TempDir Path root) throws IOException {
        touch(root.resolve(".hidden.mp4"));
        touch(root.resolve(".cache/in-hidden.mp4"));
        touch(root.resolve("shown.mp4"));
        assertThat(names(root, new LocalLister().list(root).toList())).containsExactly("shown.mp4");
    }

    @Test
    void spacesAndNonAsciiNamesAreListed(@TempDir Path root) throws IOException {
        touch(root.resolve("été 2024/plage à Nice.mp4"));
        touch(root.resolve("日本/東京 夜.mkv"));
        assertThat(names(root, new LocalLister().list(root).toList()))
                .containsExactly("été 2024/plage à Nice.mp4", "日本/東京 夜.mkv");
    }

    @Test
    void symbolicLinkLoopsCannotHangTheListing(@TempDir Path root) throws IOException {
        touch(root.resolve("a/v.mp4"));
        Files.createSymbolicLink(root.resolve("a/loop"), root);
        Files.createSymbolicLink(root.resolve("a/self"), root.resolve("a"));
        List<String> warnings = new ArrayList<>();
        List<Path> files = new LocalLister(warnings::add).list(root).toList();
        assertThat(names(root, files)).containsExactly("a/v.mp4");
        assertThat(warnings).isNotEmpty().allMatch(w -> w.contains("already listed"));
    }

    @Test
    void listingIsLazy(@TempDir Path root) throws IOException {
        for (int d = 0; d < 50; d++) {
            touch(root.resolve("d" + d + "/v.mp4"));
        }
        // taking the first file must not need the whole tree: delete the rest after the first is out
        var it = new LocalLister().list(root).iterator();
        assertThat(root.relativize(it.next()).toString()).isEqualTo("d0/v.mp4");
        Files.delete(root.resolve("d9/v.mp4"));
        List<String> rest = new ArrayList<>();
        it.forEachRemaining(p -> rest.add(root.relativize(p).toString()));
        assertThat(rest).hasSize(48).doesNotContain("d9/v.mp4");
    }

    @Test
    void aSingleFileListsItself(@TempDir Path root) throws IOException {
        Path f = touch(root.resolve("one.mp4"));
        assertThat(new LocalLister().list(f).toList()).containsExactly(f);
    }
}
