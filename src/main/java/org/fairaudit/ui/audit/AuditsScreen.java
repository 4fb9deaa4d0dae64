package org.fairaudit.ui.audit;

import java.time.Clock;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditService;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.FindingService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.ReportService;
import org.fairaudit.service.SupplierService;
import org.fairaudit.ui.common.FieldMessage;
import org.fairaudit.ui.common.FxDebouncer;
import org.fairaudit.ui.common.Screen;
import org.fairaudit.ui.common.TableColumns;
import org.fairaudit.ui.common.UiExecutor;
import org.fairaudit.ui.exchange.PackageExports;
import org.fairaudit.ui.finding.FindingStyles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * "Audits": the list of audits and "New audit"; double-click or Enter opens an audit's checklist editor in place
 * of the list, and its Back button returns to the list.
 */
public final class AuditsScreen implements Screen {
    /** Typed header counts and notes are committed this long after the last keystroke (and on focus loss). */
    private static final Duration TYPING_PAUSE = Duration.millis(600);

    private final AuditsViewModel viewModel;
    private final ChecklistDependencies deps;
    private final CodeService codes;
    private final ProfileService profiles;
    private final StackPane root = new StackPane();
    private final BorderPane listPane = new BorderPane();
    private final TableView<AuditRow> table = new TableView<>();
    private ChecklistView openChecklist;

    /**
     * @param profiles gives the default lead auditor of a new audit (the current profile's name); may be {@code null}
     * @param files    answers "Add file…" and "Export Excel report…" (tests pass one that needs no native dialog)
     * @param packages offers "Export package…" on the checklist to roles that may export packages
     * @param clock    today's date for findings' due dates
     */
    public AuditsScreen(AuditService audits, SupplierService suppliers, CodeService codes, FindingService findings,
                        ReviewHistory reviewHistory, ReportService reports, ProfileService profiles,
                        UiExecutor executor, FilePicker files, PackageExports packages, Clock clock) {
        this.codes = codes;
        this.profiles = profiles;
        viewModel = new AuditsViewModel(audits, executor);
        deps = new ChecklistDependencies(audits, suppliers, findings, reviewHistory, reports, executor, clock, files,
                packages,
                () -> new FxDebouncer(TYPING_PAUSE));
        root.getStylesheets().add(FindingStyles.stylesheet());
        buildList();
        root.getChildren().setAll(listPane);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        if (openChecklist == null) {
            viewModel.refresh();
        }
    }

    /** Opens the checklist editor of an audit (also for other screens, e.g. a dashboard link). */
    public void openAudit(UUID auditId) {
        closeChecklist();
        openChecklist = new ChecklistView(auditId, deps, this::showList);
        root.getChildren().setAll(openChecklist.root());
        openChecklist.focus();
    }

    private void showList() {
        closeChecklist();
        root.getChildren().setAll(listPane);
        viewModel.refresh();
        table.requestFocus();
    }

    private void closeChecklist() {
        if (openChecklist != null) {
            openChecklist.close();
            openChecklist = null;
        }
    }

    private void buildList() {
        Button newAudit = new Button(Messages.get("audit.new.button"), new FontIcon(MaterialDesignP.PLUS));
        newAudit.setId("newAudit");
        newAudit.setOnAction(event -> newAudit());
        Label title = new Label(Messages.get("audit.list.title"));
        title.getStyleClass().add(ChecklistStyles.TITLE);
        Label message = FieldMessage.of(viewModel.messageProperty());
        HBox bar = new HBox(12, title, newAudit, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));

        table.setId("auditsTable");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("audit.list.empty")));
        table.getColumns().add(TableColumns.text("audit.column.supplier", AuditRow::supplier, 200));
        table.getColumns().add(TableColumns.text("audit.column.type", AuditRow::type, 170));
        table.getColumns().add(TableColumns.text("audit.column.status", AuditRow::status, 100));
        table.getColumns().add(TableColumns.text("audit.column.start", AuditRow::startDate, 100));
        table.getColumns().add(TableColumns.text("audit.column.codes", AuditRow::codes, 220));
        table.getColumns().add(TableColumns.text("audit.column.progress", AuditRow::progress, 120));
        table.setRowFactory(view -> {
            TableRow<AuditRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    openAudit(row.getItem().auditId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            AuditRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                openAudit(selected.auditId());
                event.consume();
            }
        });
        listPane.setTop(bar);
        listPane.setCenter(table);
    }

    private void newAudit() {
        NewAuditViewModel form = new NewAuditViewModel(deps.audits(), deps.suppliers(), codes, profiles,
                deps.executor(), deps.clock());
        NewAuditDialog.showAndWait(root.getScene() == null ? null : root.getScene().getWindow(), form)
                .ifPresent(created -> openAudit(created.id()));
    }
}
