package org.fairaudit.excel;

import static org.fairaudit.i18n.Messages.get;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.fairaudit.domain.InterviewCounts;
import org.fairaudit.domain.MigrantGroup;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.WorkforceProfile;

/** Aggregate workforce and interview counts, and the recruitment agencies used. No individual worker appears. */
final class WorkforceSheet {
    private static final int[] COLUMN_WIDTHS = {46, 24, 20};

    private final ReportContext context;

    WorkforceSheet(ReportContext context) {
        this.context = context;
    }

    void write(Workbook workbook) {
        String name = get("excel.sheet.workforce");
        Sheet sheet = context.start(workbook.createSheet(name), COLUMN_WIDTHS);
        SheetCursor cursor = new SheetCursor(sheet, context.styles());
        cursor.title(get("excel.workforce.title"));
        cursor.skip(1);
        workforce(cursor, context.report().workforce());
        interviews(cursor, context.report().audit().interviews());
        agencies(cursor, context.report().agencies());
        TableSheet.fitToPageWidth(sheet, false);
        context.progress().row();
    }

    private static void workforce(SheetCursor cursor, WorkforceProfile workforce) {
        if (workforce == null) {
            cursor.line(get("excel.workforce.none"));
            return;
        }
        cursor.pair(get("excel.workforce.asOf")).date(workforce.asOf());
        cursor.pair(get("excel.workforce.total")).number(workforce.totalWorkers());
        cursor.pair(get("excel.workforce.women")).number(workforce.women());
        cursor.pair(get("excel.workforce.migrants")).number(workforce.migrantWorkers());
        for (MigrantGroup group : workforce.migrants()) {
            cursor.pair(get("excel.workforce.migrantsFrom", Labels.country(group.nationality())))
                    .number(group.workers());
        }
        cursor.pair(get("excel.workforce.agency")).number(workforce.agencyWorkers());
        cursor.pair(get("excel.workforce.young")).number(workforce.youngWorkers());
        cursor.pair(get("excel.workforce.housing")).number(workforce.inEmployerHousing());
    }

    private static void interviews(SheetCursor cursor, InterviewCounts interviews) {
        InterviewCounts counts = interviews == null ? InterviewCounts.NONE : interviews;
        cursor.heading(get("excel.workforce.interviews"));
        cursor.pair(get("excel.workforce.interviews.migrant")).number(counts.migrant());
        cursor.pair(get("excel.workforce.interviews.local")).number(counts.local());
        cursor.pair(get("excel.workforce.interviews.women")).number(counts.women());
        cursor.pair(get("excel.workforce.interviews.men")).number(counts.men());
        cursor.pair(get("excel.workforce.interviews.individual")).number(counts.individual());
        cursor.pair(get("excel.workforce.interviews.group")).number(counts.group());
        cursor.pair(get("excel.workforce.interviews.total")).number(counts.total());
    }

    private static void agencies(SheetCursor cursor, List<RecruitmentAgency> agencies) {
        cursor.heading(get("excel.workforce.agencies"));
        if (agencies.isEmpty()) {
            cursor.line(get("excel.workforce.agencies.none"));
            return;
        }
        cursor.header(List.of(get("excel.workforce.agencies.name"), get("excel.workforce.agencies.country"),
                get("excel.workforce.agencies.licence")));
        for (RecruitmentAgency agency : agencies) {
            cursor.row().text(agency.name()).text(Labels.country(agency.country())).text(agency.licenceNumber());
        }
    }
}
