package dev.clipsift.source;

import dev.clipsift.TestData;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The dataset the test Hub serves: four of the shared clips in nested folders (one name with a space and an umlaut) and a README. */
public final class HubDataset {
    public static final String TOKEN = "hf_TestTokenThatMustNeverBeShown";

    private HubDataset() {}

    /** Repository path to local file, in the Hub's (sorted) order. */
    public static Map<String, Path> files() {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("README.md", TestData.video("LICENSES.md"));
        files.put("videos/bikes.mp4", TestData.video("bikes.mp4"));
        files.put("videos/street/carphone_pristine.mp4", TestData.video("carphone_pristine.mp4"));
        files.put("videos/street/fades.mp4", TestData.video("fades.mp4"));
        files.put("videos/with space \u00fc.mp4", TestData.video("testvideo.mp4"));
        return files;
    }

    /** A Hub over {@link #files()} with four entries a page (two pages for the whole tree), private when {@code token} is set. */
    public static HubServer start(String token) throws java.io.IOException {
        return new HubServer(files(), TestData.videos(), token, 4);
    }
}
