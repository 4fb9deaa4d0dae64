package org.fairaudit.domain;

import java.util.UUID;

/** A recruitment agency a supplier uses; country is ISO 3166-1 alpha-2. */
public record RecruitmentAgency(
        UUID id, UUID supplierId, String name, String country, String licenceNumber, long version) {
}
