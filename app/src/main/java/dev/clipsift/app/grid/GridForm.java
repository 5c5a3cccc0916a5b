package dev.clipsift.app.grid;

import dev.clipsift.grid.GridOptions;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The grid video dialog's options as the user types them (the cookbook tool's defaults: 10x10 tiles, 5 s at
 * 30 fps), read into {@link GridOptions} and an output path, with a message fit for the status line when one is
 * wrong.
 */
final class GridForm {
    final IntegerProperty cols = new SimpleIntegerProperty(10);
    final IntegerProperty rows = new SimpleIntegerProperty(10);
    final StringProperty lengthText = new SimpleStringProperty("5");
    final StringProperty fpsText = new SimpleStringProperty("30");
    final StringProperty seedText = new SimpleStringProperty();
    final BooleanProperty labels = new SimpleBooleanProperty(false);
    final StringProperty outputText = new SimpleStringProperty();

    int tiles() {
        return Math.max(1, cols.get()) * Math.max(1, rows.get());
    }

    /** The video the options give, e.g. "1920×1080 pixels, 150 frames", or why there is none. */
    String shape() {
        try {
            GridOptions o = options();
            return String.format(
                    Locale.ROOT,
                    "The grid video: %d\u00d7%d pixels, %d frames, tiles of %d\u00d7%d.",
                    o.canvasWidth(),
                    o.canvasHeight(),
                    o.frames(),
                    o.tileWidth(),
                    o.tileHeight());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    GridOptions options() {
        double length = number(lengthText.get(), "video length");
        double fps = number(fpsText.get(), "frame rate");
        long seed;
        try {
            seed = Long.parseLong(seedText.get().trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The seed must be a whole number, not \"" + seedText.get() + "\".");
        }
        return GridOptions.defaults()
                .withGrid(cols.get(), rows.get())
                .withTiming(length, fps)
                .withSeed(seed)
                .withLabels(labels.get());
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The " + what + " must be a number, not \"" + text + "\".");
        }
    }

    Path output() {
        String text = outputText.get() == null ? "" : outputText.get().trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Choose where to write the grid video.");
        }
        try {
            Path p = Path.of(text).toAbsolutePath().normalize();
            if (p.getFileName() == null
                    || !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
                throw new IllegalArgumentException("The output must be an .mp4 file, not \"" + text + "\".");
            }
            return p;
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("Not a valid path: " + text);
        }
    }
}
