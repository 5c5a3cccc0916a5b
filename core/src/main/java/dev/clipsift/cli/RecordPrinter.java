package dev.clipsift.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import dev.clipsift.io.Json;
import dev.clipsift.probe.VideoRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Prints probe records as they arrive (a JSON array or a table), so a huge listing streams. */
interface RecordPrinter extends AutoCloseable {
    void print(VideoRecord r);

    @Override
    void close();

    static RecordPrinter json(PrintWriter out) {
        try {
            SequenceWriter seq = Json.mapper().writer().writeValuesAsArray(new NonClosingWriter(out));
            return new RecordPrinter() {
                @Override
                public void print(VideoRecord r) {
                    try {
                        seq.write(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        seq.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    out.println();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordPrinter table(PrintWriter out) {
        out.print(ProbeTable.header());
        return new RecordPrinter() {
            @Override
            public void print(VideoRecord r) {
                out.print(ProbeTable.row(r));
            }

            @Override
            public void close() {
                out.flush();
            }
        };
    }

    /** Lets Jackson close its generator without closing the command's stdout. */
    final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(java.io.Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
