package org.fairaudit.ui.exchange;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ImportSummary;
import org.fairaudit.service.PeerInstallation;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.FieldMessage;
import org.fairaudit.ui.common.Screen;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Exchange screen: "Import package…", the known installations with "Changes since last package to…", and the
 * open conflicts. Each part is shown only to a role that may use it.
 */
public final class ExchangeScreen implements Screen {
    private final ExchangeViewModel viewModel;
    private final ConflictsViewModel conflicts;
    private final PackageExports exports;
    private final VBox root = new VBox(12);

    public ExchangeScreen(PackageExports exports) {
        this.exports = exports;
        viewModel = new ExchangeViewModel(exports.exchange(), exports.profiles(), exports.executor());
        conflicts = new ConflictsViewModel(exports.exchange(), exports.profiles(), exports.executor());
        viewModel.setTrustPrompt(check -> TrustDialog.ask(window(), check));
        viewModel.setOnImported(conflicts::refresh);

        Label title = new Label(Messages.get("exchange.title"));
        title.getStyleClass().add(AppStyles.SCREEN_TITLE);
        root.getChildren().add(title);
        if (viewModel.mayImport()) {
            root.getChildren().add(importPart());
        }
        if (viewModel.mayExport()) {
            root.getChildren().add(peersPart());
        }
        if (conflicts.mayResolve()) {
            Node conflictPane = new ConflictPane(conflicts).root();
            VBox.setVgrow(conflictPane, Priority.ALWAYS);
            root.getChildren().add(conflictPane);
        }
        root.getStyleClass().add(AppStyles.SCREEN);
        root.setPadding(new Insets(16));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        viewModel.refresh();
        conflicts.refresh();
    }

    private Node importPart() {
        Button importButton = new Button(Messages.get("exchange.import.button"), new FontIcon(MaterialDesignP.PACKAGE_DOWN));
        importButton.setId("importPackage");
        importButton.setOnAction(event -> exports.files().choosePackage(window()).ifPresent(viewModel::importPackage));
        Label message = new Label();
        message.setId("exchangeMessage");
        message.textProperty().bind(viewModel.messageProperty());
        Label summary = new Label();
        summary.setId("importSummary");
        summary.textProperty().bind(viewModel.summaryProperty().map(ExchangeScreen::summaryText).orElse(""));
        Label refusal = FieldMessage.of(viewModel.refusalProperty());
        refusal.setId("importRefusal");
        HBox row = new HBox(12, importButton, message);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, row, summary, refusal);
    }

    static String summaryText(ImportSummary summary) {
        return Messages.get("exchange.import.summary", summary.inserted(), summary.updated(), summary.unchanged(),
                summary.conflicts(), summary.refused());
    }

    private Node peersPart() {
        Label heading = new Label(Messages.get("exchange.peers.title"));
        heading.getStyleClass().add(AppStyles.DETAIL_HEADING);
        ListView<PeerInstallation> peers = new ListView<>(viewModel.peers());
        peers.setId("peerList");
        peers.setPlaceholder(new Label(Messages.get("exchange.peers.none")));
        peers.setPrefHeight(90);
        peers.setMinHeight(Region.USE_PREF_SIZE); // the conflicts below give way, not the installations
        peers.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PeerInstallation peer, boolean empty) {
                super.updateItem(peer, empty);
                setText(empty || peer == null ? null
                        : Messages.get("exchange.peers.row", peer.name(), peer.installationId()));
            }
        });
        peers.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedPeerProperty().set(now));
        PackageExportViewModel export = exports.viewModel();
        Button changesSince = exports.button("changesSince", "exchange.export.changesSince", export, this::window,
                () -> Optional.ofNullable(viewModel.selectedPeerProperty().get()).map(PackageScope::changesSinceLastTo))
                .orElseThrow();
        changesSince.disableProperty().bind(viewModel.selectedPeerProperty().isNull());
        Label exportMessage = new Label();
        exportMessage.setId("changesSinceMessage");
        exportMessage.textProperty().bind(export.messageProperty());
        HBox actions = new HBox(12, changesSince, exportMessage);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, heading, peers, actions);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
