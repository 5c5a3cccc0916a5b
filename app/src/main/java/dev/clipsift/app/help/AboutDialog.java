package dev.clipsift.app.help;

import dev.clipsift.Version;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help &gt; About: the version and the licences ({@link Licences}), one tab each. */
public final class AboutDialog extends Dialog<Void> {
    public AboutDialog(Window owner) {
        initOwner(owner);
        setTitle("About ClipSift");
        setHeaderText(
                "ClipSift " + Version.get() + "\nCurate video datasets for training video and vision-language models");
        setResizable(true);
        TabPane tabs = new TabPane();
        tabs.setId("about-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab("Versions", Versions.text()));
        Licences.sections().forEach((title, text) -> tabs.getTabs().add(tab(title, text)));
        tabs.setPrefSize(760, 460);
        getDialogPane().setContent(tabs);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    private static Tab tab(String title, String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setId("about-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return new Tab(title, area);
    }
}
