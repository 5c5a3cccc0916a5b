package dev.clipsift.app.launch;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The editor of each kind of field ({@link FieldKind}): a check box for a flag, a choice for a yes / no flag or an
 * option with fixed values, a text field for numbers (its problem said as it is typed), paths (with Browse) and
 * text; and a section's grid of them: label, editor, the option's help text and the message of what is wrong.
 * Editors are named {@code field-<option>} ({@code field-captioning-endpoint}), messages {@code message-<option>}.
 */
final class FieldEditors {
    private FieldEditors() {}

    /** The id part of a field: {@code --captioning-endpoint} gives {@code captioning-endpoint}. */
    static String id(OptionField f) {
        return f.name().replaceFirst("^-+", "").replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** One section's fields, a row each (label, editor) with the help text and the message under the editor. */
    static GridPane grid(List<OptionField> fields, Window owner) {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(2);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(keys, values);
        int row = 0;
        for (OptionField f : fields) {
            Label key = new Label(f.label());
            key.getStyleClass().add("meta-key");
            key.setTooltip(new Tooltip(f.name()));
            Label help = new Label(f.description());
            help.getStyleClass().add("status");
            help.setWrapText(true);
            Label message = new Label();
            message.setId("message-" + id(f));
            message.getStyleClass().add("field-problem");
            message.setStyle("-fx-text-fill: #c62828;");
            message.setWrapText(true);
            message.textProperty().bind(f.messageProperty());
            message.managedProperty().bind(f.messageProperty().isNotEmpty());
            message.visibleProperty().bind(f.messageProperty().isNotEmpty());
            g.add(key, 0, row);
            g.add(editor(f, owner), 1, row++);
            g.add(message, 1, row++);
            g.add(help, 1, row++);
        }
        return g;
    }

    static Node editor(OptionField f, Window owner) {
        return switch (f.kind()) {
            case FLAG -> checkBox(f);
            case YES_NO -> choice(f, List.of("yes", "no"));
            case CHOICE -> choice(f, f.choices());
            case FILE, FOLDER -> withBrowse(f, text(f), owner);
            default -> text(f);
        };
    }

    private static CheckBox checkBox(OptionField f) {
        CheckBox c = new CheckBox();
        c.setId("field-" + id(f));
        c.setSelected(Boolean.parseBoolean(f.value()));
        c.selectedProperty().addListener((o, a, on) -> f.valueProperty().set(on ? "true" : ""));
        f.valueProperty().addListener((o, a, v) -> c.setSelected(Boolean.parseBoolean(v)));
        return c;
    }

    /** A choice with an empty first entry: the option is not given. */
    private static ChoiceBox<String> choice(OptionField f, List<String> values) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(values);
        ChoiceBox<String> c = new ChoiceBox<>();
        c.getItems().setAll(all);
        c.setId("field-" + id(f));
        c.valueProperty().bindBidirectional(f.valueProperty());
        return c;
    }

    private static TextField text(OptionField f) {
        TextField t = new TextField();
        t.setId("field-" + id(f));
        t.textProperty().bindBidirectional(f.valueProperty());
        if (f.kind() == FieldKind.WHOLE || f.kind() == FieldKind.DECIMAL) {
            t.setPrefColumnCount(8);
            t.setMaxWidth(Region.USE_PREF_SIZE);
            t.textProperty().addListener((o, a, v) -> f.messageProperty().set(f.formatProblem()));
        }
        return t;
    }

    private static HBox withBrowse(OptionField f, TextField t, Window owner) {
        Button browse = new Button("Browse\u2026");
        browse.setId("browse-" + id(f));
        browse.setOnAction(e -> {
            File chosen;
            if (f.kind() == FieldKind.FOLDER) {
                DirectoryChooser d = new DirectoryChooser();
                d.setTitle(f.label());
                chosen = d.showDialog(owner);
            } else {
                FileChooser c = new FileChooser();
                c.setTitle(f.label());
                chosen = c.showOpenDialog(owner);
            }
            if (chosen != null) {
                f.valueProperty().set(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(t, Priority.ALWAYS);
        HBox row = new HBox(6, t, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
