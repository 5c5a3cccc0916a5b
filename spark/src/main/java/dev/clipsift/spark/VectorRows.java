package dev.clipsift.spark;

import dev.clipsift.dedup.SemanticPairs;
import dev.clipsift.embed.Float16;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * On an executor: the unit vectors of a partition of embedding refs ({@code id, file, row, pending}), each read
 * with one positional read of its row from its part file ({@link PartFiles}), or decoded from the ref when not
 * packed yet; out come rows {@code id, features}.
 */
final class VectorRows implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;

    private final PartFiles files;
    private final int dim;

    VectorRows(PartFiles files, int dim) {
        this.files = files;
        this.dim = dim;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> refs) throws IOException {
        Map<String, FileChannel> open = new HashMap<>();
        List<Row> out = new ArrayList<>();
        byte[] bytes = new byte[dim * 2];
        float[] v = new float[dim];
        try {
            while (refs.hasNext()) {
                Row r = refs.next();
                if (!r.isNullAt(3)) {
                    Float16.unpack(Base64.getDecoder().decode(r.getString(3)), 0, dim, v, 0);
                } else {
                    read(open, r.getString(1), r.getLong(2), bytes);
                    Float16.unpack(bytes, 0, dim, v, 0);
                }
                SemanticPairs.normalise(v, dim);
                double[] features = new double[dim];
                for (int t = 0; t < dim; t++) {
                    features[t] = v[t];
                }
                out.add(RowFactory.create(r.getInt(0), Vectors.dense(features)));
            }
        } finally {
            for (FileChannel c : open.values()) {
                c.close();
            }
        }
        return out.iterator();
    }

    private void read(Map<String, FileChannel> open, String file, long row, byte[] into) throws IOException {
        FileChannel c = open.get(file);
        if (c == null) {
            c = FileChannel.open(files.local(file), StandardOpenOption.READ);
            open.put(file, c);
        }
        ByteBuffer b = ByteBuffer.wrap(into);
        long at = row * into.length;
        while (b.hasRemaining()) {
            if (c.read(b, at + b.position()) < 0) {
                throw new IOException(file + " has no row " + row + " of " + dim + " values");
            }
        }
    }
}
