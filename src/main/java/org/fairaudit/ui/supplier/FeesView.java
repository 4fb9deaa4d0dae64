package org.fairaudit.ui.supplier;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.fairaudit.domain.FeeCategory;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.RecruitmentFee;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.Countries;
import org.fairaudit.ui.common.CountrySuggestions;
import org.fairaudit.ui.common.FieldDecorations;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.common.TableColumns;

/** Recruitment fees of the selected supplier: exposure, table, then the form. */
final class FeesView {
    private final FeesViewModel viewModel;
    private final FieldDecorations decorations = new FieldDecorations();
    private final FormGrid form = new FormGrid();
    private final ScrollPane root;

    FeesView(FeesViewModel viewModel) {
        this.viewModel = viewModel;
        Label exposure = new Label();
        exposure.setId("feeExposure");
        exposure.setWrapText(true);
        exposure.getStyleClass().add(AppStyles.DETAIL_HEADING);
        exposure.textProperty().bind(viewModel.exposureProperty());
        VBox page = new VBox(12, exposure, table(), form(), buttons());
        page.getStyleClass().add(AppStyles.SCREEN);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
    }

    Node root() {
        return root;
    }

    private TableView<RecruitmentFee> table() {
        TableView<RecruitmentFee> table = SupplierRecordsControls.table(viewModel.records(),
                Messages.get("supplier.fees.none"), viewModel.selectedProperty());
        table.setPrefHeight(180);
        table.getColumns().setAll(List.of(
                // The pane is narrow: short headers, and the amount per worker only in the form below.
                TableColumns.text("supplier.fees.column.nationality", RecruitmentFee::nationality, 60),
                TableColumns.text("supplier.fees.column.workers", fee -> Integer.toString(fee.workers()), 85),
                TableColumns.text("supplier.fees.column.category", fee -> Messages.of(fee.category()), 120),
                TableColumns.text("supplier.fees.column.owed",
                        fee -> FeesViewModel.money(fee.owed()) + " " + fee.currency(), 150)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // the short columns keep their width; the amount takes what is left
        table.getColumns().subList(0, 3).forEach(column -> column.setMinWidth(column.getPrefWidth()));
        return table;
    }

    private Node form() {
        TextField nationality = text("supplier.fees.nationality", viewModel.nationalityProperty(),
                FeesViewModel.NATIONALITY);
        nationality.setPromptText(Messages.get("supplier.field.country.prompt"));
        CountrySuggestions.attach(nationality);
        ComboBox<RecruitmentAgency> agency = new ComboBox<>(viewModel.agencies());
        agency.valueProperty().bindBidirectional(viewModel.agencyProperty());
        agency.setConverter(new StringConverter<>() {
            @Override
            public String toString(RecruitmentAgency value) {
                return value == null ? Messages.get("supplier.fees.agency.none") : value.name();
            }

            @Override
            public RecruitmentAgency fromString(String text) {
                return null;
            }
        });
        form.add(Messages.get("supplier.fees.agency"), agency, agency);
        text("supplier.fees.workers", viewModel.workersProperty(), FeesViewModel.WORKERS);
        ComboBox<FeeCategory> category = new ComboBox<>(FXCollections.observableArrayList(FeeCategory.values()));
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(FeeCategory value) {
                return value == null ? "" : Messages.of(value);
            }

            @Override
            public FeeCategory fromString(String text) {
                return null;
            }
        });
        form.add(Messages.get("supplier.fees.category"), category,
                decorations.decorate(category, viewModel.fieldErrors().messageProperty(FeesViewModel.CATEGORY)));
        text("supplier.fees.perWorker", viewModel.amountProperty(), FeesViewModel.AMOUNT);
        text("supplier.fees.currency", viewModel.currencyProperty(), FeesViewModel.CURRENCY);
        text("supplier.fees.repaid", viewModel.repaidProperty(), FeesViewModel.REPAID);
        text("supplier.fees.wage", viewModel.wageProperty(), FeesViewModel.WAGE);
        text("supplier.fees.wageCurrency", viewModel.wageCurrencyProperty(), FeesViewModel.WAGE_CURRENCY);
        TextField evidence = new TextField();
        evidence.textProperty().bindBidirectional(viewModel.evidenceProperty());
        form.add(Messages.get("supplier.fees.evidence"), evidence, evidence);
        return form;
    }

    private TextField text(String labelKey, javafx.beans.property.StringProperty value, String field) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(value);
        form.add(Messages.get(labelKey), text,
                decorations.decorate(text, viewModel.fieldErrors().messageProperty(field)));
        return text;
    }

    private void confirmDelete() {
        RecruitmentFee fee = viewModel.selectedProperty().get();
        SupplierRecordsControls.confirmDelete(root, Messages.get("supplier.fees.confirmDelete",
                Messages.of(fee.category()), fee.workers(), Countries.label(fee.nationality())), viewModel::delete);
    }

    private Node buttons() {
        return SupplierRecordsControls.buttons(
                Messages.get("supplier.fees.save"), viewModel.canSaveBinding(), viewModel::save,
                Messages.get("supplier.fees.new"), viewModel::newFee,
                Messages.get("supplier.fees.delete"), viewModel.canDeleteBinding(), this::confirmDelete);
    }
}
