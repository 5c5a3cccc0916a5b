package dev.clipsift.app;

import dev.clipsift.app.library.LibraryViewModel;
import dev.clipsift.app.main.MainView;
import dev.clipsift.app.main.MainViewModel;
import dev.clipsift.app.overview.OverviewViewModel;
import dev.clipsift.app.review.ReviewWindow;
import dev.clipsift.app.sample.PreviewImages;
import dev.clipsift.app.sample.PreviewLoader;
import dev.clipsift.app.sample.SampleViewModel;
import java.util.function.LongSupplier;
import javafx.stage.Stage;

/** Wires the screens' view models to the shared services and builds the main window's content. */
public final class Workbench {
    /** Decoded previews kept in memory: three pages' worth. */
    static final int PREVIEWS_IN_MEMORY = 3 * SampleViewModel.PAGE_SIZE;

    private final MainViewModel model;
    private final MainView view;

    public Workbench(AppServices services, LongSupplier seeds) {
        LibraryViewModel library = new LibraryViewModel(services.probes(), services.background(), services.ui());
        PreviewLoader loader = new PreviewLoader(
                services.previews(), new PreviewImages(PREVIEWS_IN_MEMORY), services.previewPool(), services.ui());
        SampleViewModel sample =
                new SampleViewModel(services.background(), services.ui(), seeds, loader, services.sources()::open);
        OverviewViewModel overview = new OverviewViewModel(library.records(), services.background(), services.ui());
        this.model = new MainViewModel(
                services.sources(),
                library,
                sample,
                overview,
                services.settings(),
                services.secrets(),
                services.background(),
                services.jobs(),
                services.ui());
        this.view = new MainView(model, services.ui());
        view.setOnReviewRun(
                run -> ReviewWindow.show(new Stage(), view.getScene().getWindow(), services, run));
    }

    public MainViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }
}
