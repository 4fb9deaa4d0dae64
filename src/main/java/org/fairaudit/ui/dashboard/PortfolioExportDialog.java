package org.fairaudit.ui.dashboard;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.CountrySuggestions;
import org.fairaudit.ui.common.FieldDecorations;
import org.fairaudit.ui.common.FormGrid;

/** The portfolio filters; then the user is asked where to write the workbook. Rules: {@link PortfolioExportViewModel}. */
final class PortfolioExportDialog {
    private static final double DIALOG_WIDTH = 640;
    private final PortfolioExportViewModel export;
    private final ButtonType chooseFile =
            new ButtonType(Messages.get("portfolio.export.choose"), ButtonBar.ButtonData.OK_DONE);
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField country = new TextField();

    private PortfolioExportDialog(PortfolioExportViewModel export) {
        this.export = export;
    }

    static void show(Window owner, PortfolioExportViewModel export, Function<Window, Optional<Path>> chooseTarget) {
        PortfolioExportDialog filters = new PortfolioExportDialog(export);
        boolean confirmed = filters.dialog(owner).showAndWait().filter(filters.chooseFile::equals).isPresent();
        filters.unbind();
        if (confirmed) {
            chooseTarget.apply(owner).ifPresent(export::export);
        }
    }

    private Dialog<ButtonType> dialog(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("portfolio.export.title"));
        dialog.setHeaderText(Messages.get("portfolio.export.title"));
        dialog.getDialogPane().setContent(content());
        // wide enough for the field messages below the inputs, which were cut off at the fields' width
        dialog.getDialogPane().setPrefWidth(DIALOG_WIDTH);
        dialog.getDialogPane().getButtonTypes().addAll(chooseFile, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(chooseFile).disableProperty().bind(export.canExportBinding().not());
        return dialog;
    }

    /** The ViewModel outlives the dialog: its next dialog must not drive this one's controls. */
    private void unbind() {
        from.valueProperty().unbindBidirectional(export.fromProperty());
        to.valueProperty().unbindBidirectional(export.toProperty());
        country.textProperty().unbindBidirectional(export.countryProperty());
    }

    private Node content() {
        FieldDecorations decorations = new FieldDecorations();
        from.setId("portfolioFrom");
        from.valueProperty().bindBidirectional(export.fromProperty());
        to.setId("portfolioTo");
        to.valueProperty().bindBidirectional(export.toProperty());
        country.setId("portfolioCountry");
        country.setPromptText(Messages.get("portfolio.export.country.prompt"));
        country.textProperty().bindBidirectional(export.countryProperty());
        CountrySuggestions.attach(country);
        FormGrid form = new FormGrid();
        form.add(Messages.get("portfolio.export.from"), from, from);
        form.add(Messages.get("portfolio.export.to"), to, decorations.decorate(to, export.datesMessage()));
        form.add(Messages.get("portfolio.export.country"), country,
                decorations.decorate(country, export.countryMessage()));
        return form;
    }
}
