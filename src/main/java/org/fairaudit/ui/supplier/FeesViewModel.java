package org.fairaudit.ui.supplier;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.fairaudit.domain.FeeCategory;
import org.fairaudit.domain.FeeExposure;
import org.fairaudit.domain.FeeRules;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.RecruitmentFee;
import org.fairaudit.domain.Violation;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.FeeService;
import org.fairaudit.ui.common.Countries;
import org.fairaudit.ui.common.ErrorReporter;
import org.fairaudit.ui.common.FieldErrors;
import org.fairaudit.ui.common.UiExecutor;

/** Recruitment fees paid by a supplier's workers: a table, a form to add, edit or delete one, and the exposure. */
public final class FeesViewModel {
    public static final String NATIONALITY = "nationality";
    public static final String WORKERS = "workers";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String CATEGORY = "category";
    public static final String REPAID = "repaid";
    public static final String WAGE = "wage";
    public static final String WAGE_CURRENCY = "wageCurrency";

    private final ObservableList<RecruitmentAgency> agencies;
    private final StringProperty nationality = new SimpleStringProperty("");
    private final ObjectProperty<RecruitmentAgency> agency = new SimpleObjectProperty<>();
    private final StringProperty workers = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final ObjectProperty<FeeCategory> category = new SimpleObjectProperty<>(FeeCategory.SERVICE_FEES);
    private final StringProperty repaid = new SimpleStringProperty("");
    private final StringProperty wage = new SimpleStringProperty("");
    private final StringProperty wageCurrency = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper exposure = new ReadOnlyStringWrapper("");
    private final FieldErrors fieldErrors = new FieldErrors(NATIONALITY, WORKERS, AMOUNT, CURRENCY, CATEGORY, REPAID,
            WAGE, WAGE_CURRENCY);
    private final SupplierRecords<RecruitmentFee> records;

    /** @param agencies the supplier's agencies as the agencies tab keeps them, offered as who charged the fee */
    public FeesViewModel(FeeService fees, ObservableList<RecruitmentAgency> agencies, UiExecutor executor,
                         ErrorReporter errors) {
        this.agencies = agencies;
        records = new SupplierRecords<>(new SupplierRecords.Storage<>(fees::fees, fees::save,
                fee -> fees.delete(fee.id())), fieldErrors, this::fillForm, this::candidate,
                found -> exposure.set(describe(FeeExposure.of(found))), executor, errors);
        fieldErrors.checkOnChange(this::check, nationality, workers, amount, currency, category, repaid, wage,
                wageCurrency);
        records.newRecord();
    }

    /** Shows the fees of the supplier; {@code null} empties the tab (no supplier saved yet). */
    public void load(UUID supplier) {
        exposure.set(""); // before the load, whose answer sets it
        records.load(supplier);
    }

    public void newFee() {
        records.newRecord();
    }

    public void save() {
        records.save();
    }

    public void delete() {
        records.delete();
    }

    /** "73,290,000.00": amounts of several million are unreadable without grouping. */
    static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** One line per currency, then the largest debt in months of wages. */
    static String describe(FeeExposure exposure) {
        if (exposure.isEmpty()) {
            return Messages.get("supplier.fees.exposure.none");
        }
        List<String> lines = new ArrayList<>();
        exposure.totals().forEach((code, totals) -> lines.add(Messages.get("supplier.fees.exposure.total", code,
                money(totals.borne()), money(totals.repaid()), money(totals.owed()))));
        lines.add(exposure.largestDebt().map(debt -> Messages.get("supplier.fees.exposure.debt",
                debt.months().toPlainString(), money(debt.owedPerWorker()), debt.currency(),
                Countries.label(debt.fee().nationality()))).orElse(Messages.get("supplier.fees.exposure.noDebt")));
        return String.join("\n", lines);
    }

    private void fillForm(RecruitmentFee fee) {
        nationality.set(fee == null ? "" : Countries.label(fee.nationality()));
        agency.set(fee == null || fee.agencyId() == null ? null : agencies.stream()
                .filter(a -> a.id().equals(fee.agencyId())).findFirst().orElse(null));
        workers.set(fee == null ? "" : Integer.toString(fee.workers()));
        amount.set(fee == null ? "" : fee.amountPerWorker().stripTrailingZeros().toPlainString());
        currency.set(fee == null ? "" : fee.currency());
        category.set(fee == null ? FeeCategory.SERVICE_FEES : fee.category());
        repaid.set(fee == null ? "" : plain(fee.amountRepaid()));
        wage.set(fee == null ? "" : plain(fee.monthlyWage()));
        wageCurrency.set(fee == null || fee.wageCurrency() == null ? "" : fee.wageCurrency());
        evidence.set(fee == null || fee.evidence() == null ? "" : fee.evidence());
        check();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    RecruitmentFee candidate() {
        RecruitmentFee editing = records.selectedProperty().get();
        String nationalityText = FormText.trimOrNull(nationality.get());
        Integer workerCount = FormText.wholeNumberOrNull(workers.get());
        return new RecruitmentFee(editing == null ? UUID.randomUUID() : editing.id(), records.supplier(),
                nationalityText == null ? null : Countries.codeOrRaw(nationalityText),
                agency.get() == null ? null : agency.get().id(), workerCount == null ? 0 : workerCount,
                decimalOrNull(amount.get()), upper(currency.get()), category.get(), FormText.trimOrNull(evidence.get()),
                decimalOrNull(repaid.get()), decimalOrNull(wage.get()), upper(wageCurrency.get()),
                editing == null ? 0 : editing.version());
    }

    private void check() {
        List<Violation> violations = new ArrayList<>();
        numberProblem(violations, WORKERS, workers.get(), true);
        numberProblem(violations, AMOUNT, amount.get(), false);
        numberProblem(violations, REPAID, repaid.get(), false);
        numberProblem(violations, WAGE, wage.get(), false);
        List<String> typed = violations.stream().map(Violation::field).toList();
        FeeRules.validate(candidate()).stream().filter(v -> !typed.contains(v.field())).forEach(violations::add);
        fieldErrors.show(violations);
    }

    /** Text that is not a number at all is named as such, before the rules judge the value. */
    private static void numberProblem(List<Violation> violations, String field, String text, boolean whole) {
        String value = FormText.trimOrNull(text);
        if (value == null) {
            return;
        }
        if (whole) {
            FormText.numberViolation(field, text).ifPresent(violations::add);
        } else if (decimalOrNull(value) == null) {
            violations.add(new Violation(field, "validation.fees.decimal"));
        }
    }

    private static BigDecimal decimalOrNull(String text) {
        String value = FormText.trimOrNull(text);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String upper(String text) {
        String value = FormText.trimOrNull(text);
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }

    public ObservableList<RecruitmentFee> records() {
        return records.records();
    }

    public ObservableList<RecruitmentAgency> agencies() {
        return agencies;
    }

    public ObjectProperty<RecruitmentFee> selectedProperty() {
        return records.selectedProperty();
    }

    public StringProperty nationalityProperty() {
        return nationality;
    }

    public ObjectProperty<RecruitmentAgency> agencyProperty() {
        return agency;
    }

    public StringProperty workersProperty() {
        return workers;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<FeeCategory> categoryProperty() {
        return category;
    }

    public StringProperty repaidProperty() {
        return repaid;
    }

    public StringProperty wageProperty() {
        return wage;
    }

    public StringProperty wageCurrencyProperty() {
        return wageCurrency;
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    /** The exposure figures, one line each. */
    public ReadOnlyStringProperty exposureProperty() {
        return exposure.getReadOnlyProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    public BooleanBinding canSaveBinding() {
        return records.canSaveBinding();
    }

    public BooleanBinding canDeleteBinding() {
        return records.canDeleteBinding();
    }
}
