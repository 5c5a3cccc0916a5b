package dev.clipsift.app.launch;

import dev.clipsift.app.concurrent.CoalescingProgress;
import dev.clipsift.cli.RunLaunch;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.pipeline.StageProgress;
import dev.clipsift.pipeline.StageReport;
import dev.clipsift.run.RunStopped;
import dev.clipsift.run.RunSummary;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.ParameterException;

/**
 * One launched run on the jobs executor: starts it through {@link RunLaunch} with a listener that feeds the
 * progress table and the log, waits for it, and tells the view model how it ended (done, cancelled, stopped by the
 * machine, refused settings, failed), and whether a resume would continue it.
 */
final class LaunchJob implements Runnable {
    private final String command;
    private final List<String> args;
    private final AtomicBoolean stop;
    private final LaunchViewModel model;

    LaunchJob(String command, List<String> args, AtomicBoolean stop, LaunchViewModel model) {
        this.command = command;
        this.args = List.copyOf(args);
        this.stop = stop;
        this.model = model;
    }

    @Override
    public void run() {
        RunLog log = model.log();
        CoalescingProgress progress = model.progress();
        RunListener listener = new RunListener() {
            @Override
            public void started(Map<String, Integer> workersByStage) {
                progress.started(workersByStage);
                log.add("stages: " + workersByStage);
            }

            @Override
            public void progress(StageProgress p) {
                progress.progress(p);
            }

            @Override
            public void completed(Object item) {
                progress.completed(item);
                log.video(item);
            }

            @Override
            public void finished(List<StageReport> reports) {
                progress.finished(reports);
            }
        };
        RunLaunch launch = null;
        try {
            launch = RunLaunch.start(command, args, listener, w -> log.add("warning: " + w));
            RunLaunch started = launch;
            model.ui().execute(() -> model.began(started));
            if (stop.get()) {
                launch.handle().cancel();
            }
            RunSummary s = launch.result();
            String done = summary(s, launch.run().output());
            s.failures().forEach(f -> log.add("failed: " + f.video() + ": " + f.errors()));
            end(launch, done, true, false);
        } catch (CancellationException e) {
            end(
                    launch,
                    "Cancelled: the clips finished so far are kept in " + output(launch)
                            + "; Resume continues the run.",
                    false,
                    launch != null);
        } catch (RunStopped e) {
            end(launch, "Stopped: " + e.getMessage(), false, true);
        } catch (ParameterException e) {
            RunLaunch l = launch;
            model.ui().execute(() -> {
                model.refused(e.getMessage());
                model.ended(l, "The run command refused a setting: " + e.getMessage(), false, false);
            });
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.toString();
            end(launch, "The run failed: " + why, false, launch != null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(launch, "Cancelled.", false, launch != null);
        } finally {
            if (launch != null) {
                launch.close();
            }
        }
    }

    private void end(RunLaunch launch, String status, boolean succeeded, boolean canResume) {
        model.ui().execute(() -> model.ended(launch, status, succeeded, canResume));
    }

    private static String output(RunLaunch launch) {
        return launch == null ? "the output" : launch.run().output();
    }

    static String summary(RunSummary s, String output) {
        return String.format(
                Locale.ROOT,
                "Done: %d videos (%d failed), %d clips (%d failed, %d filtered), %.1f s of clips in %s",
                s.inputs(),
                s.inputsFailed(),
                s.clips(),
                s.clipsFailed(),
                s.clipsFiltered(),
                s.clipS(),
                output);
    }
}
