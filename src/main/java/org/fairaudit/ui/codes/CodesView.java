package org.fairaudit.ui.codes;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.Requirement;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.ImportReviewDialog;
import org.fairaudit.ui.common.WrappingLabel;
import org.fairaudit.ui.common.Screen;
import org.fairaudit.ui.common.WorkbookChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The codes browser: codes on the left, their sections and requirements in the middle, the chosen requirement
 * with its crosswalk on the right. Composition root: {@code new CodesView(new CodesViewModel(services.codes(),
 * executor, errors))}.
 */
public final class CodesView implements Screen {
    private final CodesViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public CodesView(CodesViewModel viewModel, CodeImportViewModel codeImport) {
        this.viewModel = viewModel;
        Label title = new Label(Messages.get("codesview.title"));
        title.getStyleClass().add(AppStyles.SCREEN_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleBar = new HBox(12, title, spacer, importButton(codeImport));
        titleBar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(12, titleBar, problemsBanner());
        top.getStyleClass().add(AppStyles.SCREEN);
        SplitPane panes = new SplitPane(codeList(), requirementTree(), new RequirementDetailPane(viewModel.detailProperty()));
        panes.setDividerPositions(0.24, 0.6);
        root.setTop(top);
        root.setCenter(panes);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    /** Hidden for roles that may not import codes; the review opens when the sheet has been read. */
    private Node importButton(CodeImportViewModel codeImport) {
        Button button = new Button(Messages.get("sheets.code.action"), new FontIcon(MaterialDesignF.FILE_IMPORT));
        button.setId("importCodeSheet");
        button.setOnAction(event -> WorkbookChooser.choose(root.getScene().getWindow(),
                Messages.get("sheets.code.choose")).ifPresent(codeImport::preview));
        codeImport.reviewProperty().addListener((obs, old, review) -> {
            if (review != null) {
                if (ImportReviewDialog.confirm(root.getScene().getWindow(), review)) {
                    codeImport.apply();
                } else {
                    codeImport.discard();
                }
            }
        });
        Label outcome = new Label();
        outcome.setId("importCodeMessage");
        outcome.textProperty().bind(codeImport.messageProperty());
        HBox box = new HBox(8, outcome, button);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setVisible(codeImport.allowed());
        box.setManaged(box.isVisible());
        return box;
    }

    private Node problemsBanner() {
        Label banner = new Label(null, new FontIcon(MaterialDesignA.ALERT));
        banner.getStyleClass().add(AppStyles.BANNER_WARNING);
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("codesview.problems",
                String.join("\n", viewModel.templateProblems())), viewModel.templateProblems()));
        banner.visibleProperty().bind(Bindings.isNotEmpty(viewModel.templateProblems()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node codeList() {
        ListView<CodeOfConduct> list = new ListView<>(viewModel.codes());
        list.setId("codeList");
        list.setPlaceholder(new Label(Messages.get("codesview.noCodes")));
        list.setCellFactory(view -> new CodeCell(view.widthProperty()));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, code) -> {
            if (code != null) {
                viewModel.selectedCodeProperty().set(code);
            }
        });
        viewModel.selectedCodeProperty().addListener((obs, old, code) -> list.getSelectionModel().select(code));
        return list;
    }

    private Node requirementTree() {
        TextField search = new TextField();
        search.setId("requirementSearch");
        search.setPromptText(Messages.get("codesview.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(8, new FontIcon(MaterialDesignM.MAGNIFY), search);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        TreeView<Object> tree = new TreeView<>(new TreeItem<>());
        tree.setId("requirementTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new RequirementCell(view.widthProperty()));
        viewModel.visibleSections().addListener((ListChangeListener<CodeSection>) change ->
                tree.getRoot().getChildren().setAll(viewModel.visibleSections().stream().map(CodesView::sectionItem)
                        .toList()));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() instanceof Requirement requirement) {
                viewModel.selectedRequirementProperty().set(requirement);
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label empty = new Label(Messages.get("codesview.noMatch"));
        empty.getStyleClass().add(AppStyles.MUTED);
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.visibleSections())
                .and(viewModel.selectedCodeProperty().isNotNull()));
        empty.managedProperty().bind(empty.visibleProperty());
        VBox pane = new VBox(8, searchRow, empty, tree);
        pane.getStyleClass().add(AppStyles.SCREEN);
        return pane;
    }

    private static TreeItem<Object> sectionItem(CodeSection section) {
        TreeItem<Object> item = new TreeItem<>(section);
        section.requirements().forEach(requirement -> item.getChildren().add(new TreeItem<>(requirement)));
        item.setExpanded(true);
        return item;
    }

    private static final class CodeCell extends ListCell<CodeOfConduct> {
        private final Label title;
        private final Label summary;
        private final VBox box;

        CodeCell(ReadOnlyDoubleProperty width) {
            title = WrappingLabel.of(width, 32);
            title.getStyleClass().add(AppStyles.DETAIL_HEADING);
            summary = WrappingLabel.of(width, 32);
            summary.getStyleClass().add(AppStyles.MUTED);
            // a list cell gives wrapped labels one line ("...") unless they insist on their height
            title.setMinHeight(Region.USE_PREF_SIZE);
            summary.setMinHeight(Region.USE_PREF_SIZE);
            box = new VBox(2, title, summary);
        }

        @Override
        protected void updateItem(CodeOfConduct code, boolean empty) {
            super.updateItem(code, empty);
            if (empty || code == null) {
                setGraphic(null);
                return;
            }
            title.setText(code.title());
            summary.setText(CodesViewModel.summary(code));
            setGraphic(box);
        }
    }

    private static final class RequirementCell extends TreeCell<Object> {
        private final Label label;

        RequirementCell(ReadOnlyDoubleProperty width) {
            label = WrappingLabel.of(width, 72);
        }

        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            setText(null);
            if (empty || value == null) {
                setGraphic(null);
                return;
            }
            if (value instanceof CodeSection section) {
                label.setText(section.title());
                label.getStyleClass().setAll("label", AppStyles.DETAIL_HEADING);
            } else if (value instanceof Requirement requirement) {
                label.setText(requirement.ref() + "  " + requirement.text());
                label.getStyleClass().setAll("label");
            }
            setGraphic(label);
        }
    }
}
