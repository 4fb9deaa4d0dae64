package org.fairaudit.service;

import java.util.UUID;

/** Another installation known from packages exchanged with it; {@code name} is its last author's name. */
public record PeerInstallation(UUID installationId, String name) {
}
