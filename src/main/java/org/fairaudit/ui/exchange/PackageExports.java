package org.fairaudit.ui.exchange;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.fairaudit.domain.Permission;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ExchangeService;
import org.fairaudit.service.ProfileService;
import org.fairaudit.ui.audit.FilePicker;
import org.fairaudit.ui.common.UiExecutor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * What the "Export package…" actions of the checklist, suppliers and Exchange screens share: the service, the
 * background executor and the file dialogs; the actions are offered only to roles that may export packages.
 */
public record PackageExports(ExchangeService exchange, ProfileService profiles, UiExecutor executor,
                             FilePicker files) {

    public boolean allowed() {
        return profiles.may(Permission.EXPORT_PACKAGES);
    }

    /** One per place that offers the action: its message belongs to that place. */
    public PackageExportViewModel viewModel() {
        return new PackageExportViewModel(exchange, executor);
    }

    /**
     * A button that asks (confidential fields), then where, then exports what {@code scope} gives at that moment;
     * empty when the role may not export.
     */
    public Optional<Button> button(String id, String labelKey, PackageExportViewModel export,
                                   Supplier<Window> owner, Supplier<Optional<PackageScope>> scope) {
        if (!allowed()) {
            return Optional.empty();
        }
        Button button = new Button(Messages.get(labelKey), new FontIcon(MaterialDesignP.PACKAGE_UP));
        button.setId(id);
        button.setOnAction(event -> scope.get().ifPresent(chosen -> PackageExportDialog.show(owner.get(), export,
                chosen, () -> files.choosePackageTarget(owner.get(), chosen.defaultFileName()))));
        return Optional.of(button);
    }
}
