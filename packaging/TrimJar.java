import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Deletes the entries of a jar whose path matches a regular expression, in place (package.sh drops other
 * platforms' natives, headers and unused libraries this way). The JDK's zip file system copies the kept
 * entries as they are, without recompressing them. Prints what it removed, and a warning when nothing matched.
 *
 * <p>Usage: {@code java TrimJar.java JAR REGEX}
 */
public final class TrimJar {
    private TrimJar() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java TrimJar.java JAR REGEX");
            System.exit(1);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Pattern drop = Pattern.compile(args[1]);
        long before = Files.size(jar);
        int removed;
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Path> doomed;
            try (Stream<Path> entries = Files.walk(zip.getPath("/"))) {
                doomed = entries.filter(Files::isRegularFile)
                        .filter(p -> drop.matcher(p.toString().substring(1)).find())
                        .toList();
            }
            for (Path entry : doomed) {
                Files.delete(entry);
            }
            removed = doomed.size();
        }
        if (removed == 0) {
            System.err.println("TrimJar: warning: nothing in " + jar.getFileName() + " matches " + drop + " (a stale rule?)");
        }
        System.out.printf(
                "trimmed %-48s %4d entries, %6.1f MB -> %6.1f MB%n",
                jar.getFileName(), removed, before / 1e6, Files.size(jar) / 1e6);
    }
}
