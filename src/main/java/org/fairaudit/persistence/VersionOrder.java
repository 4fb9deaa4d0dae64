package org.fairaudit.persistence;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders code versions as people write them: numeric parts by value ({@code 1.10} after {@code 1.9},
 * {@code 2025.2} after {@code 2024.11}), other parts alphabetically.
 */
final class VersionOrder implements Comparator<String> {
    static final VersionOrder INSTANCE = new VersionOrder();

    @Override
    public int compare(String a, String b) {
        String[] left = a.split("[^A-Za-z0-9]+");
        String[] right = b.split("[^A-Za-z0-9]+");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = comparePart(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return left.length != right.length ? Integer.compare(left.length, right.length) : a.compareTo(b);
    }

    private static int comparePart(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                && !a.isEmpty() && !b.isEmpty();
        if (numbers) {
            int order = new BigInteger(a).compareTo(new BigInteger(b));
            return order != 0 ? order : a.compareTo(b);
        }
        return a.compareTo(b);
    }
}
