package org.fairaudit.domain;

import java.util.UUID;

/** The person using this installation; every change is stamped with a profile id. */
public record Profile(UUID id, String name, Role role) {
}
