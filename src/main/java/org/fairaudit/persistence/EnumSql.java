package org.fairaudit.persistence;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** SQL lists of enum names taken from the domain's own rules, e.g. the open statuses of {@code FindingStatus.isOpen}. */
final class EnumSql {
    private EnumSql() {
    }

    /** {@code ('OPEN', 'IN_PROGRESS')}: constants only, never user text, so inlining them is safe. */
    static <E extends Enum<E>> String inList(Class<E> type, Predicate<E> which) {
        return Arrays.stream(type.getEnumConstants()).filter(which)
                .map(constant -> "'" + constant.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
