package dev.clipsift.shard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays samples out in tars: by bin (folders in name order), each bin's samples in the order given, a new tar
 * whenever the next sample would take the tar over the target size (a sample bigger than the target gets a tar
 * of its own), tars numbered from 0 in each bin and grouped {@code tarsPerPart} to a part folder:
 * {@code <bin>/part_000000/000000.tar}.
 */
final class ShardLayout {
    private ShardLayout() {}

    static List<PlannedShard> plan(List<Sample> samples, long targetBytes, int tarsPerPart) {
        Map<String, List<Sample>> byBin = new TreeMap<>();
        for (Sample s : samples) {
            byBin.computeIfAbsent(s.bin(), b -> new ArrayList<>()).add(s);
        }
        List<PlannedShard> out = new ArrayList<>();
        for (Map.Entry<String, List<Sample>> bin : byBin.entrySet()) {
            List<List<Sample>> tars = new ArrayList<>();
            List<Sample> current = new ArrayList<>();
            long bytes = UstarWriter.endBytes();
            for (Sample s : bin.getValue()) {
                if (!current.isEmpty() && bytes + s.tarBytes() > targetBytes) {
                    tars.add(current);
                    current = new ArrayList<>();
                    bytes = UstarWriter.endBytes();
                }
                current.add(s);
                bytes += s.tarBytes();
            }
            tars.add(current);
            for (int n = 0; n < tars.size(); n++) {
                out.add(new PlannedShard(name(bin.getKey(), n, tarsPerPart), tars.get(n)));
            }
        }
        return out;
    }

    static String name(String bin, int tar, int tarsPerPart) {
        return String.format("%s/part_%06d/%06d.tar", bin, tar / tarsPerPart, tar);
    }
}
