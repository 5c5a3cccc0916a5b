package dev.clipsift.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The workbench's logging configuration: ClipSift's info lines land in the rotated log file in the log folder. */
class WorkbenchLogTest {
    @TempDir
    Path logs;

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void backToTheTestConfiguration() throws Exception {
        System.clearProperty("clipsift.log.dir");
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void anInfoLineOfClipSiftLandsInTheLogFile() throws Exception {
        System.setProperty("clipsift.log.dir", logs.toString());
        context.reset();
        JoranConfigurator config = new JoranConfigurator();
        config.setContext(context);
        config.doConfigure(getClass().getClassLoader().getResource(LogFiles.CONFIG));
        String line = "opened the folder " + UUID.randomUUID();

        LoggerFactory.getLogger("dev.clipsift.app.main.MainViewModel").info(line);
        LoggerFactory.getLogger("org.example.chatty").info("not ClipSift's: below the root's WARN");
        context.stop();

        Path file = logs.resolve("workbench.log");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("INFO", "dev.clipsift.app.main.MainViewModel", line)
                .doesNotContain("chatty");
        assertThat(LogFiles.dir()).isEqualTo(logs);
    }
}
