package org.fairaudit.ui.settings;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.FollowFocus;
import org.fairaudit.ui.common.Screen;

/**
 * Settings: titled sections one under the other. Composition root:
 * {@code new SettingsView(List.of(new EncryptionSection(...), new BackupsSection(...)))}; add a section there.
 */
public final class SettingsView implements Screen {
    private final List<SettingsSection> sections;
    private final ScrollPane root;

    public SettingsView(List<SettingsSection> sections) {
        this.sections = List.copyOf(sections);
        Label title = new Label(Messages.get("settings.title"));
        title.getStyleClass().add(AppStyles.SCREEN_TITLE);
        VBox column = new VBox(16, title);
        for (SettingsSection section : this.sections) {
            Label heading = new Label(Messages.get(section.titleKey()));
            heading.getStyleClass().add(AppStyles.DETAIL_HEADING);
            column.getChildren().addAll(new Separator(), heading, section.content());
        }
        column.getStyleClass().add(AppStyles.SCREEN);
        column.setMaxWidth(760);
        root = new ScrollPane(column);
        root.setFitToWidth(true);
        FollowFocus.install(root);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        sections.forEach(SettingsSection::refresh);
    }
}
