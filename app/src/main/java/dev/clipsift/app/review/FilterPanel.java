package dev.clipsift.app.review;

import dev.clipsift.review.ReviewQuery;
import dev.clipsift.review.ReviewRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The filter panel: the views (all, kept, rejected, duplicate), the sort, caption search (text as typed;
 * "Semantic" through the caption embeddings where the run has them), the tag filter, and a range slider with its
 * histogram for every score. Rebuilt for each run opened; the histograms follow every re-filter.
 */
final class FilterPanel extends VBox {
    private final ReviewViewModel model;
    private final VBox sliders = new VBox(8);
    private final List<ScoreSlider> scoreSliders = new ArrayList<>();
    private final ComboBox<String> sort = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final TextField search = new TextField();

    FilterPanel(ReviewViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("filter-panel");
        setPrefWidth(ScoreSlider.WIDTH + 24);
        FlowPane views = new FlowPane(2, 2); // wraps rather than cutting the labels in a narrow panel
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> byView = new ArrayList<>();
        for (ReviewQuery.View v : ReviewQuery.View.values()) {
            ToggleButton b =
                    new ToggleButton(v.name().charAt(0) + v.name().substring(1).toLowerCase(Locale.ROOT));
            b.setId("view-" + v.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(group);
            b.setSelected(v == ReviewQuery.View.ALL);
            b.setOnAction(e -> model.view(b.isSelected() ? v : ReviewQuery.View.ALL));
            b.setFocusTraversable(false);
            views.getChildren().add(b);
            byView.add(b);
        }
        model.query().addListener((o, was, q) -> byView.get(q.view().ordinal()).setSelected(true));
        CheckBox descending = new CheckBox("high first");
        descending.setSelected(true);
        sort.setId("sort");
        sort.setPromptText("run order");
        sort.setOnAction(e -> model.sort(sort.getValue(), descending.isSelected()));
        descending.setOnAction(e -> model.sort(sort.getValue(), descending.isSelected()));
        search.setId("caption-search");
        search.setPromptText("search captions (Enter)");
        search.setOnAction(e -> model.text(search.getText()));
        Button semantic = new Button("Semantic");
        semantic.setId("semantic-search");
        semantic.setOnAction(e -> model.tasks().semanticSearch(search.getText()));
        tag.setId("tag-filter");
        tag.setPromptText("any tag");
        tag.setOnAction(e -> model.tagFilter(tag.getValue()));
        Button all = new Button("Every clip");
        all.setId("clear-set");
        all.setOnAction(e -> model.reviewSet(null));
        getChildren()
                .addAll(
                        new Label("Show"),
                        views,
                        new Label("Sort by"),
                        new FlowPane(6, 4, sort, descending),
                        new Label("Captions"),
                        new FlowPane(6, 4, search, semantic),
                        new Label("Tag"),
                        new HBox(6, tag, all),
                        new Label("Scores"),
                        sliders);
        model.run().addListener((o, a, r) -> rebuild(r));
        model.revision().addListener((o, a, v) -> redraw());
    }

    /** Puts the keys into the caption search. */
    void focusSearch() {
        search.requestFocus();
    }

    private void rebuild(ReviewRun r) {
        sliders.getChildren().clear();
        scoreSliders.clear();
        sort.getItems().setAll(r.index().scores());
        for (String s : r.index().scores()) {
            if (r.index().min(s) <= r.index().max(s)) {
                ScoreSlider slider = new ScoreSlider(s, r.index(), model);
                scoreSliders.add(slider);
                sliders.getChildren().add(slider);
            }
        }
        redraw();
    }

    private void redraw() {
        ReviewRun r = model.run().get();
        if (r == null) {
            return;
        }
        int[] shown = model.rows();
        scoreSliders.forEach(s -> s.draw(r.index(), shown));
        List<String> tags = new ArrayList<>(r.state().allTags());
        if (!tags.equals(tag.getItems()
                .subList(Math.min(1, tag.getItems().size()), tag.getItems().size()))) {
            String chosen = tag.getValue();
            tags.add(0, "");
            tag.getItems().setAll(tags);
            tag.setValue(chosen);
        }
    }
}
