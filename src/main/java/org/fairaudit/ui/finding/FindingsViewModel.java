package org.fairaudit.ui.finding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.FindingWithActions;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.FindingFilter;
import org.fairaudit.service.FindingPage;
import org.fairaudit.service.FindingRow;
import org.fairaudit.service.FindingService;
import org.fairaudit.service.SupplierService;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Findings &amp; Actions: filters, the matching findings, and an editor for the selected one. */
final class FindingsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(FindingsViewModel.class);

    private final FindingService findings;
    private final SupplierService suppliers;
    private final UiExecutor executor;
    private final Clock clock;

    private final ObservableList<Supplier> supplierChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Supplier> supplier = new SimpleObjectProperty<>();
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<FindingStatus> status = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final StringProperty text = new SimpleStringProperty("");
    /** The filter of the rows shown; a page of another filter arriving late is dropped. */
    private FindingFilter shown;
    private boolean hasMore;
    private boolean loadingMore;
    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FindingRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FindingEditorViewModel> editor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    FindingsViewModel(FindingService findings, SupplierService suppliers, UiExecutor executor, Clock clock) {
        this.findings = findings;
        this.suppliers = suppliers;
        this.executor = executor;
        this.clock = clock;
        supplier.addListener((obs, old, now) -> search());
        severity.addListener((obs, old, now) -> search());
        status.addListener((obs, old, now) -> search());
        overdueOnly.addListener((obs, old, now) -> search());
        text.addListener((obs, old, now) -> search());
        selected.addListener((obs, old, now) -> open(now));
    }

    /** Reloads the supplier choices and the findings. */
    void refresh() {
        executor.submit(() -> suppliers.search(""), list -> {
            List<Supplier> choices = new ArrayList<>();
            choices.add(null); // "All suppliers"
            choices.addAll(list);
            Supplier current = supplier.get();
            supplierChoices.setAll(choices);
            supplier.set(current == null ? null : list.stream()
                    .filter(s -> s.id().equals(current.id())).findFirst().orElse(null));
        }, this::fail);
        search();
    }

    FindingFilter filter() {
        return new FindingFilter(supplier.get() == null ? null : supplier.get().id(), null, severity.get(),
                status.get(), overdueOnly.get(), LocalDate.now(clock), text.get());
    }

    /** Shows the first page of the findings matching the filters; {@link #loadMore} adds the next ones. */
    void search() {
        FindingFilter filter = filter();
        shown = filter;
        executor.submit(() -> findings.page(filter, 0, FindingPage.DEFAULT_SIZE), page -> {
            if (filter != shown) {
                return;
            }
            FindingRow previous = selected.get();
            rows.setAll(page.rows());
            loadingMore = false;
            hasMore = page.hasMore();
            showCount(filter);
            if (previous != null) {
                selected.set(page.rows().stream()
                        .filter(row -> row.finding().id().equals(previous.finding().id())).findFirst().orElse(null));
            }
        }, this::fail);
    }

    /** Appends the next page when more findings match than are loaded (the table calls it near its end). */
    void loadMore() {
        FindingFilter filter = shown;
        int offset = rows.size();
        if (filter == null || loadingMore || !hasMore) {
            return;
        }
        loadingMore = true;
        executor.submit(() -> findings.page(filter, offset, FindingPage.DEFAULT_SIZE), page -> {
            if (filter != shown || offset != rows.size()) {
                return;
            }
            rows.addAll(page.rows());
            loadingMore = false;
            hasMore = page.hasMore();
            if (!hasMore) {
                message.set(Messages.get("finding.list.count", rows.size()));
            }
        }, error -> {
            loadingMore = false;
            fail(error);
        });
    }

    /**
     * Shows how many findings match: at once when every match is loaded; otherwise "more than" the loaded rows
     * while the count runs, since counting a text filter reads every description (decision record 0021).
     */
    private void showCount(FindingFilter filter) {
        if (!hasMore) {
            message.set(Messages.get("finding.list.count", rows.size()));
            return;
        }
        message.set(Messages.get("finding.list.counting", rows.size()));
        executor.submit(() -> findings.count(filter), count -> {
            if (filter == shown) {
                message.set(Messages.get("finding.list.count", count));
            }
        }, this::fail);
    }

    /** Saves the edited finding; the list is searched again so counts and overdue flags follow. */
    void saveSelected() {
        FindingEditorViewModel current = editor.get();
        if (current != null) {
            current.save(this::search);
        }
    }

    private void open(FindingRow row) {
        if (row == null) {
            editor.set(null);
            return;
        }
        executor.submit(() -> new FindingWithActions(row.finding(), findings.actions(row.finding().id())),
                loaded -> editor.set(FindingEditorViewModel.forStored(loaded, findings, executor, clock)),
                this::fail);
    }

    private void fail(Throwable error) {
        LOG.warn("Findings could not be loaded", error);
        message.set(Messages.get("finding.error.load", String.valueOf(error.getMessage())));
    }

    ObservableList<Supplier> supplierChoices() {
        return supplierChoices;
    }

    ObjectProperty<Supplier> supplierProperty() {
        return supplier;
    }

    ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    ObjectProperty<FindingStatus> statusProperty() {
        return status;
    }

    BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    StringProperty textProperty() {
        return text;
    }

    ObservableList<FindingRow> rows() {
        return rows;
    }

    ObjectProperty<FindingRow> selectedProperty() {
        return selected;
    }

    ReadOnlyObjectProperty<FindingEditorViewModel> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
