package dev.clipsift.app.sample;

import java.util.LinkedHashMap;
import java.util.Map;

/** The most recently used decoded previews, by file path; the least recently used go first when full. */
public final class PreviewImages {
    private final Map<String, Preview> lru;

    public PreviewImages(int capacity) {
        this.lru = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Preview> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Preview get(String path) {
        return lru.get(path);
    }

    public synchronized void put(String path, Preview preview) {
        lru.put(path, preview);
    }

    public synchronized int size() {
        return lru.size();
    }
}
