package org.fairaudit.ui.audit;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.ConfidentialBadge;
import org.fairaudit.ui.common.TableColumns;
import org.fairaudit.ui.common.TabMovesFocus;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The auditor's response to the selected requirement: result, evidence, notes, interview notes, attachments. */
final class ResponsePane {
    private final ChecklistViewModel viewModel;
    private final Map<ResponseResult, ToggleButton> resultButtons = new EnumMap<>(ResponseResult.class);
    private final VBox root;

    /** @param afterResultClick returns the keyboard focus to the requirement list */
    ResponsePane(ChecklistViewModel viewModel, Runnable afterResultClick, Consumer<ResponseEditorViewModel> onAddFile) {
        this.viewModel = viewModel;
        ResponseEditorViewModel editor = viewModel.editor();
        BooleanExpression closed = viewModel.editableProperty().not();
        Label resultTitle = title("audit.response.result");
        FlowPane results = resultButtons(afterResultClick, closed);

        HBox evidence = new HBox(14);
        for (EvidenceSource source : EvidenceSource.values()) {
            CheckBox box = new CheckBox(Messages.of(source));
            box.selectedProperty().bindBidirectional(editor.evidenceProperty(source));
            box.disableProperty().bind(closed);
            evidence.getChildren().add(box);
        }
        TextArea notes = textArea(editor.notesProperty(), editor, "audit.response.notes.prompt",
                viewModel.editableProperty());
        notes.setId("notes");
        TextArea interviewNotes = textArea(editor.interviewNotesProperty(), editor,
                "audit.response.interviewNotes.prompt", viewModel.editableProperty());
        interviewNotes.setId("interviewNotes");
        interviewNotes.getStyleClass().add(AppStyles.CONFIDENTIAL);

        Button addFile = new Button(Messages.get("audit.attachment.add"), new FontIcon(MaterialDesignP.PAPERCLIP));
        addFile.setId("addFile");
        addFile.disableProperty().bind(closed);
        addFile.setOnAction(event -> onAddFile.accept(editor));
        Label attachmentMessage = new Label();
        attachmentMessage.textProperty().bind(editor.attachmentMessageProperty());
        HBox attachmentsTitle = new HBox(10, title("audit.response.attachments"), addFile, attachmentMessage);
        attachmentsTitle.setAlignment(Pos.CENTER_LEFT);

        root = new VBox(8, resultTitle, results,
                title("audit.response.evidence"), evidence,
                title("audit.response.notes"), notes,
                new HBox(10, title("audit.response.interviewNotes"), ConfidentialBadge.create()), interviewNotes,
                attachmentsTitle, attachmentsTable(editor));
        root.disableProperty().bind(viewModel.selectedProperty().isNull());
        viewModel.selectedProperty().addListener((obs, old, now) -> showResult(now));
        viewModel.items().addListener((ListChangeListener<ChecklistItem>) change -> showResult(viewModel.selectedProperty().get()));
        showResult(viewModel.selectedProperty().get());
    }

    Node root() {
        return root;
    }

    /** The segmented toggle wraps onto a second line when the pane is narrow, so no key hint is cut off. */
    private FlowPane resultButtons(Runnable afterResultClick, BooleanExpression closed) {
        ToggleGroup group = new ToggleGroup();
        FlowPane buttons = new FlowPane(0, 4);
        ResponseResult[] values = ResponseResult.values();
        for (int i = 0; i < values.length; i++) {
            ResponseResult result = values[i];
            ToggleButton button = new ToggleButton(Messages.get("audit.response.resultWithKey", Messages.of(result),
                    ResultKeys.keyOf(result).getName()), new FontIcon(ChecklistStyles.iconOf(result)));
            button.setId("result-" + result.name());
            button.getStyleClass().add(ChecklistStyles.of(result));
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the key hint must never be cut off
            button.setToggleGroup(group);
            button.disableProperty().bind(closed);
            button.setOnAction(event -> {
                viewModel.setResult(result);
                afterResultClick.run();
            });
            resultButtons.put(result, button);
            buttons.getChildren().add(button);
        }
        return buttons;
    }

    /** The toggles show the result of whichever requirement is selected (auto-advance moves it on). */
    private void showResult(ChecklistItem item) {
        resultButtons.forEach((result, button) -> button.setSelected(item != null && item.result() == result));
    }

    /** A closed checklist keeps its notes readable: not editable, but still scrolled, selected and copied. */
    private static TextArea textArea(javafx.beans.property.StringProperty text, ResponseEditorViewModel editor,
                                     String promptKey, ObservableBooleanValue editable) {
        TextArea area = TabMovesFocus.install(new TextArea());
        area.editableProperty().bind(editable);
        area.setPrefRowCount(4);
        area.setWrapText(true);
        area.setPromptText(Messages.get(promptKey));
        area.textProperty().bindBidirectional(text);
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                editor.flush();
            }
        });
        return area;
    }

    private static TableView<AttachmentRow> attachmentsTable(ResponseEditorViewModel editor) {
        TableView<AttachmentRow> table = new TableView<>(editor.attachments());
        table.setPrefHeight(110);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("audit.attachment.none")));
        table.getColumns().add(TableColumns.text("audit.attachment.name", AttachmentRow::fileName, 260));
        table.getColumns().add(TableColumns.text("audit.attachment.size", AttachmentRow::size, 90));
        table.getColumns().add(TableColumns.text("audit.attachment.sha", AttachmentRow::shortSha, 140));
        return table;
    }

    private static Label title(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(AppStyles.DETAIL_HEADING);
        return label;
    }
}
