package org.fairaudit.domain;

import java.util.UUID;

/**
 * A supplier site.
 *
 * @param osId    Open Supply Hub id (optional), see {@link SupplierRules#isValidOsId(String)}
 * @param country ISO 3166-1 alpha-2
 * @param tier    supply-chain tier (1 = direct supplier), or {@code null} when unknown
 */
public record Supplier(
        UUID id,
        String name,
        String osId,
        String country,
        String address,
        String sector,
        Integer tier,
        String parentCompany,
        String contact,
        long version) {

    public static Supplier draft(String name, String country) {
        return new Supplier(UUID.randomUUID(), name, null, country, null, null, null, null, null, 0);
    }
}
