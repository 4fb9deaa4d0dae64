package org.fairaudit.ui.audit;

import java.util.Locale;
import org.fairaudit.domain.ResponseResult;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** Style classes of resources/css/checklist.css and the icon of each result. */
final class ChecklistStyles {
    static final String CHECKLIST = "checklist";
    static final String HEADER = "checklist-header";
    static final String TITLE = "checklist-title";
    static final String REQUIREMENT_TEXT = "requirement-text";
    static final String BADGE = "badge";
    static final String ZERO_TOLERANCE_BADGE = "zero-tolerance-badge";
    static final String SAVE_STATE = "save-state";
    static final String GROUP_ROW = "group-row";
    static final String KEY_HINT = "key-hint";

    private ChecklistStyles() {
    }

    /** {@code result-compliant}, {@code result-non-compliant}, ... */
    static String of(ResponseResult result) {
        return "result-" + result.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Ikon iconOf(ResponseResult result) {
        return switch (result) {
            case COMPLIANT -> MaterialDesignC.CHECK_CIRCLE;
            case NON_COMPLIANT -> MaterialDesignC.CLOSE_CIRCLE;
            case OBSERVATION -> MaterialDesignE.EYE_OUTLINE;
            case NOT_APPLICABLE -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
            case NOT_ASSESSED -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
        };
    }
}
