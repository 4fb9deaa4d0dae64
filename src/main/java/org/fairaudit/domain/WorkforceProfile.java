package org.fairaudit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Aggregate workforce counts of a supplier as of a date. No individual worker is recorded here. */
public record WorkforceProfile(
        UUID id,
        UUID supplierId,
        LocalDate asOf,
        int totalWorkers,
        int women,
        int agencyWorkers,
        int youngWorkers,
        int inEmployerHousing,
        List<MigrantGroup> migrants,
        long version) {

    public WorkforceProfile {
        migrants = List.copyOf(migrants);
    }

    public int migrantWorkers() {
        return migrants.stream().mapToInt(MigrantGroup::workers).sum();
    }
}
