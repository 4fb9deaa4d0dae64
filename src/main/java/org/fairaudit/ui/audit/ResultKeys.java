package org.fairaudit.ui.audit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.fairaudit.domain.ResponseResult;

/** One key per result: C compliant, N non-compliant, O observation, A not applicable, U not assessed. */
final class ResultKeys {
    private static final Map<ResponseResult, KeyCode> KEYS = new EnumMap<>(Map.of(
            ResponseResult.COMPLIANT, KeyCode.C,
            ResponseResult.NON_COMPLIANT, KeyCode.N,
            ResponseResult.OBSERVATION, KeyCode.O,
            ResponseResult.NOT_APPLICABLE, KeyCode.A,
            ResponseResult.NOT_ASSESSED, KeyCode.U));

    private ResultKeys() {
    }

    static KeyCode keyOf(ResponseResult result) {
        return KEYS.get(result);
    }

    static Optional<ResponseResult> resultOf(KeyCode key) {
        return KEYS.entrySet().stream().filter(entry -> entry.getValue() == key).map(Map.Entry::getKey).findFirst();
    }
}
