package org.fairaudit.ui.audit;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fairaudit.domain.Requirement;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.finding.FindingStyles;

/** What the code says about the selected requirement: text, guidance, references, topics, severity, indicator. */
final class RequirementDetails {
    private final Label title = new Label();
    private final FlowPane badges = new FlowPane(6, 6);
    private final FormGrid facts = new FormGrid();
    private final Label guidance = wrapped();
    private final Label checkBy = wrapped();
    private final Label references = wrapped();
    private final Label topics = wrapped();
    private final Label section = wrapped();
    private final VBox root;

    RequirementDetails() {
        title.getStyleClass().add(ChecklistStyles.REQUIREMENT_TEXT);
        title.setWrapText(true);
        title.setId("requirementText");
        facts.add(Messages.get("audit.requirement.section"), section);
        facts.add(Messages.get("audit.requirement.checkBy"), checkBy);
        facts.add(Messages.get("audit.requirement.references"), references);
        facts.add(Messages.get("audit.requirement.topics"), topics);
        // The guidance is the longest text and what the auditor reads most: full width, never cut short.
        Label guidanceHeading = new Label(Messages.get("audit.requirement.guidance"));
        guidanceHeading.getStyleClass().add(AppStyles.DETAIL_HEADING);
        guidance.setMinHeight(Region.USE_PREF_SIZE);
        root = new VBox(8, title, badges, guidanceHeading, guidance, facts);
    }

    Node root() {
        return root;
    }

    void show(ChecklistItem item) {
        badges.getChildren().clear();
        if (item == null) {
            title.setText(Messages.get("audit.requirement.none"));
            List.of(section, guidance, checkBy, references, topics).forEach(label -> label.setText(""));
            return;
        }
        Requirement requirement = item.requirement();
        title.setText(requirement.ref() + " — " + requirement.text());
        section.setText(item.code().title() + " › " + item.section().title());
        guidance.setText(orDash(requirement.guidance()));
        checkBy.setText(orDash(requirement.checkBy().stream().map(Messages::of).collect(Collectors.joining(", "))));
        references.setText(orDash(String.join(", ", requirement.references())));
        topics.setText(orDash(String.join(", ", requirement.topics())));
        Label severity = badge(Messages.get("audit.requirement.defaultSeverity", Messages.of(requirement.defaultSeverity())));
        severity.getStyleClass().add(FindingStyles.of(requirement.defaultSeverity()));
        badges.getChildren().add(severity);
        if (requirement.zeroTolerance()) {
            Label zeroTolerance = badge(Messages.get("audit.requirement.zeroTolerance"));
            zeroTolerance.getStyleClass().add(ChecklistStyles.ZERO_TOLERANCE_BADGE);
            badges.getChildren().add(zeroTolerance);
        }
        if (requirement.indicator() != null) {
            badges.getChildren().add(badge(Messages.get(requirement.strongIndicator()
                    ? "audit.requirement.strongIndicator" : "audit.requirement.indicator", Messages.of(requirement.indicator()))));
        }
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static Label badge(String text) {
        Label badge = new Label(text);
        badge.getStyleClass().add(ChecklistStyles.BADGE);
        return badge;
    }

    private static Label wrapped() {
        Label label = new Label();
        label.setWrapText(true);
        return label;
    }
}
