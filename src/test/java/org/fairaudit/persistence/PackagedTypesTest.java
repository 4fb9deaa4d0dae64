package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairaudit.i18n.Messages;
import org.fairaudit.service.PackageRefusal;
import org.junit.jupiter.api.Test;

/** The message keys built at run time from kinds of record and refusal reasons exist. */
class PackagedTypesTest {
    @Test
    void everyKindOfRecordHasALabelAndIsFoundByName() {
        assertThat(PackagedTypes.ALL).allSatisfy(type -> {
            assertThat(Messages.has("exchange.type." + type.name())).as(type.name()).isTrue();
            assertThat(PackagedTypes.named(type.name())).containsSame(type);
        });
    }

    @Test
    void everyRefusalHasAMessage() {
        for (PackageRefusal reason : PackageRefusal.values()) {
            assertThat(Messages.has(reason.messageKey())).as(reason.name()).isTrue();
        }
    }
}
