package org.fairaudit.ui.review;

import java.time.Clock;
import java.time.LocalDate;
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
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Violation;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ActionQueue;
import org.fairaudit.service.ActionRow;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.ReviewService;
import org.fairaudit.service.ValidationException;
import org.fairaudit.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Corrective actions of every supplier in one queue at a time, and the verification of the selected one. */
final class ActionQueueViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ActionQueueViewModel.class);

    private final ReviewService review;
    private final UiExecutor executor;
    private final Clock clock;

    private final ObjectProperty<ActionQueue> queue = new SimpleObjectProperty<>(ActionQueue.AWAITING_VERIFICATION);
    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ActionRow> selected = new SimpleObjectProperty<>();
    private final StringProperty method = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> verifiedOn = new SimpleObjectProperty<>();
    private final StringProperty verifier = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper canVerify = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    ActionQueueViewModel(ReviewService review, ProfileService profiles, UiExecutor executor, Clock clock) {
        this.review = review;
        this.executor = executor;
        this.clock = clock;
        String me = profiles.current().map(Profile::name).orElse("");
        queue.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> {
            method.set("");
            verifiedOn.set(LocalDate.now(clock));
            verifier.set(me);
            canVerify.set(now != null && now.action().status() != ActionStatus.VERIFIED);
        });
    }

    void refresh() {
        ActionQueue chosen = queue.get();
        LocalDate today = LocalDate.now(clock);
        executor.submit(() -> review.actions(chosen, today), found -> {
            rows.setAll(found);
            message.set(Messages.get("review.actions.count", found.size()));
        }, this::failed);
    }

    /** Records the verification of the selected action; its finding closes when it was the last one. */
    void verify() {
        ActionRow row = selected.get();
        if (row == null) {
            return;
        }
        String how = method.get();
        LocalDate when = verifiedOn.get();
        String who = verifier.get();
        LocalDate today = LocalDate.now(clock);
        executor.submit(() -> review.verify(row.action().id(), how, when, who, today), verified -> {
            selected.set(null);
            message.set(Messages.get("review.verified", verified.action()));
            refresh();
        }, this::failed);
    }

    private void failed(Throwable error) {
        if (error instanceof ValidationException invalid) {
            message.set(invalid.violations().stream().map(Violation::field).map(f -> Messages.get("review.verify." + f))
                    .reduce((a, b) -> a + ", " + b).map(fields -> Messages.get("review.verify.invalid", fields))
                    .orElse(""));
            return;
        }
        LOG.warn("Corrective-action queue failed", error);
        message.set(Messages.get("review.error", String.valueOf(error.getMessage())));
    }

    ObjectProperty<ActionQueue> queueProperty() {
        return queue;
    }

    ObservableList<ActionRow> rows() {
        return rows;
    }

    ObjectProperty<ActionRow> selectedProperty() {
        return selected;
    }

    StringProperty methodProperty() {
        return method;
    }

    ObjectProperty<LocalDate> verifiedOnProperty() {
        return verifiedOn;
    }

    StringProperty verifierProperty() {
        return verifier;
    }

    ReadOnlyBooleanProperty canVerifyProperty() {
        return canVerify.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
