package org.fairaudit.ui.exchange;

import java.util.Arrays;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fairaudit.domain.Role;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.PackageCheck;
import org.fairaudit.ui.common.AppStyles;

/**
 * "Trust this installation?": the first package of an installation shows who signed it and the key's fingerprint,
 * to be compared with the sender by another channel (a call) before anything is merged.
 */
final class TrustDialog {
    private TrustDialog() {
    }

    /** @return whether the user trusts the signer */
    static boolean ask(Window owner, PackageCheck check) {
        ButtonType trust = new ButtonType(Messages.get("exchange.trust.accept"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("exchange.trust.title"));
        dialog.setHeaderText(Messages.get("exchange.trust.title"));
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        fact(facts, 0, "exchange.trust.installation", check.installationId().toString());
        fact(facts, 1, "exchange.trust.author", Messages.get("exchange.trust.authorValue", check.authorName(),
                roleLabel(check.authorRole())));
        Label fingerprint = fact(facts, 2, "exchange.trust.fingerprint", check.fingerprint());
        fingerprint.setId("trustFingerprint");
        fingerprint.getStyleClass().add(AppStyles.FINGERPRINT);
        fact(facts, 3, "exchange.trust.contents", Messages.get(check.includesConfidential()
                ? "exchange.trust.contentsConfidential" : "exchange.trust.contentsValue", check.records()));
        Label advice = new Label(Messages.get("exchange.trust.advice"));
        advice.setWrapText(true);
        advice.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(12, facts, advice));
        dialog.getDialogPane().getButtonTypes().addAll(trust, ButtonType.CANCEL);
        return dialog.showAndWait().filter(trust::equals).isPresent();
    }

    private static Label fact(GridPane grid, int row, String labelKey, String value) {
        Label name = new Label(Messages.get(labelKey));
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label shown = new Label(value);
        shown.setWrapText(true);
        grid.addRow(row, name, shown);
        return shown;
    }

    /** The role's label here; a role this version does not know is shown as the package names it. */
    private static String roleLabel(String role) {
        return Arrays.stream(Role.values()).filter(known -> known.name().equals(role)).findFirst()
                .map(Messages::of).orElse(role);
    }
}
