package org.fairaudit.ui.review;

import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.ReviewService;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Submitted audits waiting for review: accept (comment optional) or return to the auditor (comment required). */
final class AuditReviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AuditReviewViewModel.class);

    private final ReviewService review;
    private final UiExecutor executor;

    private final ObservableList<AuditSummary> audits = FXCollections.observableArrayList();
    private final ObjectProperty<AuditSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    AuditReviewViewModel(ReviewService review, UiExecutor executor) {
        this.review = review;
        this.executor = executor;
        selected.addListener((obs, old, now) -> comment.set(""));
    }

    void refresh() {
        executor.submit(review::submittedAudits, audits::setAll, this::failed);
    }

    void accept() {
        AuditSummary chosen = selected.get();
        if (chosen == null) {
            return;
        }
        String text = comment.get();
        decide(() -> review.accept(chosen.audit().id(), text), Messages.get("review.audit.accepted", chosen.supplierName()));
    }

    void returnToAuditor() {
        AuditSummary chosen = selected.get();
        if (chosen == null) {
            return;
        }
        if (comment.get() == null || comment.get().isBlank()) {
            message.set(Messages.get("review.comment.requiredForReturn"));
            return;
        }
        String text = comment.get();
        decide(() -> review.returnToAuditor(chosen.audit().id(), text),
                Messages.get("review.audit.returned", chosen.supplierName()));
    }

    private void decide(Callable<?> decision, String done) {
        busy.set(true);
        executor.submit(decision, decided -> {
            busy.set(false);
            selected.set(null);
            message.set(done);
            refresh();
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        LOG.warn("Audit review failed", error);
        message.set(Messages.get("review.error", String.valueOf(error.getMessage())));
    }

    ObservableList<AuditSummary> audits() {
        return audits;
    }

    ObjectProperty<AuditSummary> selectedProperty() {
        return selected;
    }

    StringProperty commentProperty() {
        return comment;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
