package dev.clipsift.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal keeps every entry appended, and a kill mid-line costs only that line. */
class ReviewJournalTest {
    @TempDir
    Path run;

    private List<String> warnings = new ArrayList<>();

    private ReviewJournal open() throws Exception {
        return ReviewJournal.open(run, warnings::add);
    }

    @Test
    void entriesAreReplayedInOrderIntoTheState() throws Exception {
        try (ReviewJournal j = open()) {
            j.append(ReviewEntry.decision(ReviewEntry.Action.REJECT, "a", "ana", "black frames"));
            j.append(ReviewEntry.tag("a", "ana", "title-card", true));
            j.append(ReviewEntry.caption("b", "ben", 1, "a dog runs", "a cat runs"));
            j.append(ReviewEntry.decision(ReviewEntry.Action.KEEP, "a", "ben", null));
        }
        try (ReviewJournal j = open()) {
            ReviewState s = ReviewState.of(j.entries());
            assertThat(j.entries()).hasSize(4);
            assertThat(s.override("a")).isNotNull().satisfies(o -> {
                assertThat(o.keep()).isTrue();
                assertThat(o.author()).isEqualTo("ben");
            });
            assertThat(s.tags("a")).containsExactly("title-card");
            assertThat(s.edits("b")).singleElement().satisfies(e -> {
                assertThat(e.window()).isEqualTo(1);
                assertThat(e.text()).isEqualTo("a dog runs");
                assertThat(e.previous()).isEqualTo("a cat runs");
            });
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aLastLineCutShortIsIgnoredWithAWarningAndTheNextEntryStartsCleanly() throws Exception {
        try (ReviewJournal j = open()) {
            for (int i = 0; i < 3; i++) {
                j.append(ReviewEntry.caption("c" + i, "ana", 0, "text " + i, null));
            }
        }
        Path file = ReviewJournal.file(run);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 9);
        }

        try (ReviewJournal j = open()) {
            assertThat(j.entries()).extracting(ReviewEntry::clip).containsExactly("c0", "c1");
            assertThat(warnings).singleElement().asString().contains("line 3 was cut short");
            j.append(ReviewEntry.caption("c3", "ana", 0, "after the kill", null));
        }
        warnings.clear();
        ReviewJournal.Replay again = ReviewJournal.replay(file);
        assertThat(again.entries()).extracting(ReviewEntry::clip).containsExactly("c0", "c1", "c3");
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void anUnreadableLineInTheMiddleIsSkippedAndTheLinesAfterItAreKept() throws Exception {
        try (ReviewJournal j = open()) {
            j.append(ReviewEntry.tag("a", "ana", "junk", true));
        }
        Files.writeString(ReviewJournal.file(run), "{not json\n", StandardOpenOption.APPEND);
        try (ReviewJournal j = open()) {
            j.append(ReviewEntry.tag("b", "ana", "junk", true));
        }
        ReviewJournal.Replay r = ReviewJournal.replay(ReviewJournal.file(run));
        assertThat(r.entries()).extracting(ReviewEntry::clip).containsExactly("a", "b");
        assertThat(r.warnings()).singleElement().asString().contains("line 2 is not a review entry");
    }

    @Test
    void aWriterKilledMidStreamLosesNoEntryItHadWritten() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        JournalWriter.class.getName(),
                        run.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int acknowledged = -1;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < 200 && (line = out.readLine()) != null) {
                acknowledged = Integer.parseInt(line.strip());
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("the writer got going").isGreaterThanOrEqualTo(200);

        ReviewJournal.Replay r = ReviewJournal.replay(ReviewJournal.file(run));

        assertThat(r.entries().size()).isGreaterThan(acknowledged);
        for (int i = 0; i < r.entries().size(); i++) {
            assertThat(r.entries().get(i).text()).startsWith("edit " + i + " ");
        }
        assertThat(r.warnings()).hasSizeLessThanOrEqualTo(1);
        try (ReviewJournal j = open()) {
            assertThat(j.entries()).hasSize(r.entries().size());
            j.append(ReviewEntry.caption("after", "ana", 0, "resumed", null));
        }
        assertThat(ReviewJournal.replay(ReviewJournal.file(run)).warnings()).isEmpty();
    }
}
