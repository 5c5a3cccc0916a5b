package dev.clipsift.app;

import java.nio.file.Path;
import java.util.List;

/**
 * The workbench's command line: {@code [--open DIR|SPEC] [--sample FILE] [--tab files|samples|overview]
 * [--review RUN]}; SPEC is any source the path field takes ({@code s3://…}, {@code hf://…}, {@code urls:FILE}, an
 * https URL); RUN a run folder whose review window opens.
 * Handy for scripting screenshots and demos.
 */
public record AppArguments(String open, Path sample, String tab, Path review) {
    public static final String USAGE =
            "usage: clipsift-app [--open DIR|SPEC] [--sample FILE] [--tab files|samples|overview] [--review RUN]";

    public AppArguments(String open, Path sample, String tab) {
        this(open, sample, tab, null);
    }

    public static AppArguments parse(List<String> args) {
        String open = null;
        Path sample = null;
        String tab = null;
        Path review = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()
                    || !List.of("--open", "--sample", "--tab", "--review").contains(a)) {
                throw new IllegalArgumentException("unexpected argument \"" + a + "\"\n" + USAGE);
            }
            String v = args.get(++i);
            switch (a) {
                case "--open" -> open = v;
                case "--sample" -> sample = Path.of(v);
                case "--review" -> review = Path.of(v);
                default -> {
                    if (!List.of("files", "samples", "overview").contains(v)) {
                        throw new IllegalArgumentException("--tab must be files, samples or overview\n" + USAGE);
                    }
                    tab = v;
                }
            }
        }
        return new AppArguments(open, sample, tab, review);
    }
}
