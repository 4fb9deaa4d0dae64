package org.fairaudit.ui.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.exchange.PackageExportViewModel;
import org.fairaudit.ui.exchange.PackageScope;
import org.fairaudit.ui.finding.FindingDialog;
import org.fairaudit.ui.finding.FindingStyles;

/**
 * The checklist editor of one audit. Keyboard first: with the requirement list focused, C/N/O/A/U set a result
 * and move on, J/K or the arrows move. Every edit is committed as it is made; there is no Save button.
 */
final class ChecklistView {
    private final ChecklistViewModel viewModel;
    private final FilePicker files;
    private final BorderPane root = new BorderPane();
    private final TreeView<Object> tree = new TreeView<>();
    private final Map<ChecklistItem, TreeItem<Object>> treeItems = new HashMap<>();
    private final RequirementDetails details = new RequirementDetails();

    ChecklistView(UUID auditId, ChecklistDependencies deps, Runnable onClose) {
        viewModel = new ChecklistViewModel(auditId, deps);
        files = deps.files();
        root.getStyleClass().add(ChecklistStyles.CHECKLIST);
        root.getStylesheets().add(FindingStyles.stylesheet());
        PackageExportViewModel packageExport = deps.packages().viewModel();
        Optional<Button> exportPackage = deps.packages().button("exportPackage", "exchange.export.button",
                packageExport, this::window, () -> {
                    viewModel.flush();
                    return Optional.of(PackageScope.ofAudit(auditId, viewModel.header().supplierNameProperty().get()));
                });
        root.setTop(new ChecklistHeader(viewModel, () -> {
            viewModel.flush();
            onClose.run();
        }, this::export, exportPackage, packageExport.messageProperty()).root());

        tree.setId("requirementTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new RequirementTreeCell());
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getValue() instanceof ChecklistItem item) {
                viewModel.selectedProperty().set(item);
            }
        });
        viewModel.groupsProperty().addListener((obs, old, now) -> buildTree(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> showSelected(now));
        viewModel.setOnBreach(draft -> FindingDialog.showAndWait(window(), Messages.get("finding.dialog.newTitle"), draft));

        ResponsePane response = new ResponsePane(viewModel, tree::requestFocus, this::addAttachment);
        VBox detailColumn = new VBox(16, details.root(), response.root());
        detailColumn.setPadding(new Insets(12));
        ScrollPane detailScroll = new ScrollPane(detailColumn);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(tree, detailScroll);
        split.setDividerPositions(0.34);
        root.setCenter(split);
        viewModel.load();
    }

    Node root() {
        return root;
    }

    /**
     * Puts the keyboard on the requirement list. A node asked for focus before its skin exists loses it again when
     * the scene settles focus on its first pulse, so a fresh view waits for its skin.
     */
    void focus() {
        if (tree.getSkin() != null) {
            tree.requestFocus();
            return;
        }
        tree.skinProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.control.Skin<?>> obs,
                                javafx.scene.control.Skin<?> old, javafx.scene.control.Skin<?> now) {
                tree.skinProperty().removeListener(this);
                tree.requestFocus();
            }
        });
    }

    /** Commits what is still waiting for a pause in typing. */
    void close() {
        viewModel.flush();
    }

    private void onKey(KeyEvent event) {
        if (!event.isShortcutDown() && !event.isAltDown() && !event.isControlDown() && viewModel.onKey(event.getCode())) {
            event.consume();
        }
    }

    private void buildTree(List<ChecklistGroup> groups) {
        TreeItem<Object> top = new TreeItem<>();
        treeItems.clear();
        Map<Object, TreeItem<Object>> codeNodes = new HashMap<>();
        for (ChecklistGroup group : groups) {
            TreeItem<Object> codeNode = codeNodes.computeIfAbsent(group.code().id(), id -> {
                TreeItem<Object> node = new TreeItem<>(group.code().title());
                node.setExpanded(true);
                top.getChildren().add(node);
                return node;
            });
            TreeItem<Object> sectionNode = new TreeItem<>(group.section().title());
            sectionNode.setExpanded(true);
            codeNode.getChildren().add(sectionNode);
            for (ChecklistItem item : group.items()) {
                TreeItem<Object> leaf = new TreeItem<>(item);
                treeItems.put(item, leaf);
                sectionNode.getChildren().add(leaf);
            }
        }
        tree.setRoot(top);
        showSelected(viewModel.selectedProperty().get());
    }

    private void showSelected(ChecklistItem item) {
        details.show(item);
        TreeItem<Object> leaf = treeItems.get(item);
        if (leaf != null && tree.getSelectionModel().getSelectedItem() != leaf) {
            tree.getSelectionModel().select(leaf);
            int row = tree.getRow(leaf);
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    private void addAttachment(ResponseEditorViewModel editor) {
        files.chooseAttachment(window()).ifPresent(editor::addAttachment);
    }

    /** Asks whether to include confidential fields (off by default; then a password), then where to write. */
    private void export() {
        viewModel.flush();
        ExportDialog.show(window(), viewModel.export(),
                () -> files.chooseReportTarget(window(), viewModel.defaultReportFileName()));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
