package dev.clipsift.app.source;

import dev.clipsift.source.S3Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The S3 options: a profile from the user's AWS config files (or the default credential chain), an endpoint
 * URL for S3-compatible servers, a region and path-style addressing. Secrets are never shown or asked for.
 */
public final class S3OptionsDialog extends Dialog<S3Settings> {
    /** The profile choice that means "the SDK's default credential chain". */
    public static final String DEFAULT_CHAIN = "(default credential chain)";

    public S3OptionsDialog(Window owner, S3Settings current, List<String> profiles) {
        initOwner(owner);
        setTitle("S3 options");
        setHeaderText("How to reach s3:// sources (applies to the next one opened)");
        ComboBox<String> profile = new ComboBox<>();
        profile.setId("s3-profile");
        profile.getItems().add(DEFAULT_CHAIN);
        profile.getItems().addAll(profiles);
        profile.setValue(current.profile() == null ? DEFAULT_CHAIN : current.profile());
        TextField endpoint = new TextField(
                current.endpoint() == null ? "" : current.endpoint().toString());
        endpoint.setId("s3-endpoint");
        endpoint.setPromptText("AWS (leave empty), or e.g. http://localhost:9000");
        endpoint.setPrefColumnCount(28);
        TextField region = new TextField(current.region() == null ? "" : current.region());
        region.setId("s3-region");
        region.setPromptText("from the profile or environment");
        CheckBox pathStyle = new CheckBox("Path-style addressing (MinIO, Ceph, local mocks)");
        pathStyle.setId("s3-path-style");
        pathStyle.setSelected(current.pathStyle());
        Label problem = new Label();
        problem.setId("s3-problem");
        problem.getStyleClass().add("tile-error");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.setPadding(new Insets(12));
        form.addRow(0, new Label("Profile"), profile);
        form.addRow(1, new Label("Endpoint URL"), endpoint);
        form.addRow(2, new Label("Region"), region);
        form.add(pathStyle, 1, 3);
        form.add(problem, 0, 4, 2, 1);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());

        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("s3-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                settings(profile.getValue(), endpoint.getText(), region.getText(), pathStyle.isSelected());
            } catch (IllegalArgumentException bad) {
                problem.setText(bad.getMessage());
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK
                ? settings(profile.getValue(), endpoint.getText(), region.getText(), pathStyle.isSelected())
                : null);
    }

    /** Shows the dialog; the chosen settings, or empty when cancelled. */
    public Optional<S3Settings> ask() {
        return showAndWait();
    }

    /** The settings the form's fields say; an endpoint that is not an http(s) URL is refused in words. */
    public static S3Settings settings(String profile, String endpoint, String region, boolean pathStyle) {
        String p = profile == null || profile.isBlank() || profile.equals(DEFAULT_CHAIN) ? null : profile.strip();
        String r = region == null || region.isBlank() ? null : region.strip();
        URI e = null;
        if (endpoint != null && !endpoint.isBlank()) {
            try {
                e = new URI(endpoint.strip());
            } catch (URISyntaxException bad) {
                throw new IllegalArgumentException("The endpoint is not a URL: " + endpoint.strip());
            }
            if (e.getHost() == null
                    || !List.of("http", "https")
                            .contains(String.valueOf(e.getScheme()).toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "The endpoint must be an http:// or https:// URL with a host, e.g. http://localhost:9000");
            }
        }
        return new S3Settings(p, e, r, pathStyle);
    }
}
