package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.SignInException;
import org.fairaudit.service.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcProfileServiceTest {
    @TempDir
    Path dir;

    private Database open() {
        return Database.openH2(dir.resolve("fairaudit"));
    }

    @Test
    void theOnlyProfileWithoutPasswordSignsInByItself() {
        try (Database database = open()) {
            new JdbcProfileService(database).createAndUse("Aye Thandar", Role.AUDITOR);
        }
        try (Database database = open()) {
            JdbcProfileService profiles = new JdbcProfileService(database);
            assertThat(profiles.signInRequired()).isFalse();
            assertThat(profiles.current()).map(Profile::name).contains("Aye Thandar");
        }
    }

    @Test
    void aPasswordIsAskedAtTheNextStartAndAWrongOneIsRefused() {
        UUID id;
        try (Database database = open()) {
            JdbcProfileService profiles = new JdbcProfileService(database);
            id = profiles.createAndUse("Aye Thandar", Role.AUDITOR).id();
            profiles.changePassword(id, new char[0], "correct horse".toCharArray());
        }
        try (Database database = open()) {
            JdbcProfileService profiles = new JdbcProfileService(database);
            assertThat(profiles.signInRequired()).isTrue();
            assertThat(profiles.current()).isEmpty();
            assertThat(profiles.hasPassword(id)).isTrue();

            assertThatThrownBy(() -> profiles.signIn(id, "wrong horse".toCharArray()))
                    .isInstanceOf(SignInException.class);
            assertThat(profiles.current()).isEmpty();

            char[] typed = "correct horse".toCharArray();
            assertThat(profiles.signIn(id, typed).name()).isEqualTo("Aye Thandar");
            assertThat(new String(typed)).as("the typed password is wiped").isEqualTo("\0".repeat(13));
            assertThat(profiles.current()).map(Profile::id).contains(id);
        }
    }

    @Test
    void onlyASaltedHashIsStoredAndTheChangeLogNeverHoldsIt() {
        try (Database database = open()) {
            JdbcProfileService profiles = new JdbcProfileService(database);
            UUID id = profiles.createAndUse("Aye Thandar", Role.ADMINISTRATOR).id();
            profiles.changePassword(id, new char[0], "correct horse".toCharArray());
            UUID other = profiles.create("Second", Role.AUDITOR, "correct horse".toCharArray()).id();

            Jdbc jdbc = new Jdbc(database, () -> null);
            String hash = jdbc.read(tx -> tx.one("SELECT password_hash FROM profile WHERE id = ?",
                    row -> row.string("password_hash"), id)).orElseThrow();
            String otherHash = jdbc.read(tx -> tx.one("SELECT password_hash FROM profile WHERE id = ?",
                    row -> row.string("password_hash"), other)).orElseThrow();
            assertThat(hash).startsWith("pbkdf2-sha512$").doesNotContain("correct");
            assertThat(otherHash).as("salted: one password, two hashes").isNotEqualTo(hash);
            List<String> entries = jdbc.read(tx -> tx.list(
                    "SELECT COALESCE(before_json, '') || after_json AS j FROM change_log WHERE entity_type = 'profile'",
                    row -> row.string("j")));
            String log = String.join("\n", entries);
            assertThat(log).contains("passwordSet").doesNotContain("pbkdf2").doesNotContain(hash.split("\\$")[3]);
        }
    }

    @Test
    void onceAPasswordExistsOnlyAnAdministratorAddsProfiles() {
        try (Database database = open()) {
            JdbcProfileService profiles = new JdbcProfileService(database);
            UUID auditor = profiles.createAndUse("Auditor", Role.AUDITOR).id();
            profiles.changePassword(auditor, new char[0], "auditor pass".toCharArray());

            assertThatThrownBy(() -> profiles.createAndUse("Intruder", Role.ADMINISTRATOR))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> profiles.create("Intruder", Role.ADMINISTRATOR, new char[0]))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> profiles.changeRole(auditor, Role.ADMINISTRATOR))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(profiles.signInChoices()).extracting(Profile::name).containsExactly("Auditor");
        }
    }

    @Test
    void administratorsManageProfilesButKeepOneAdministrator() {
        try (Database database = open()) {
            JdbcProfileService profiles = new JdbcProfileService(database);
            Profile admin = profiles.createAndUse("Admin", Role.ADMINISTRATOR);
            Profile monitor = profiles.create("Monitor", Role.MONITOR, "monitor pass".toCharArray());
            assertThat(profiles.changeRole(monitor.id(), Role.REVIEWER).role()).isEqualTo(Role.REVIEWER);
            assertThatThrownBy(() -> profiles.create("monitor", Role.MONITOR, new char[0]))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> profiles.changeRole(admin.id(), Role.AUDITOR))
                    .isInstanceOf(ValidationException.class);
            // an administrator resets a forgotten password without knowing it
            profiles.changePassword(monitor.id(), new char[0], "new monitor pass".toCharArray());
            assertThat(profiles.signIn(monitor.id(), "new monitor pass".toCharArray()).role())
                    .isEqualTo(Role.REVIEWER);
        }
    }

    @Test
    void othersChangeOnlyTheirOwnPasswordAndMustKnowIt() {
        try (Database database = open()) {
            JdbcProfileService profiles = new JdbcProfileService(database);
            profiles.createAndUse("Admin", Role.ADMINISTRATOR);
            Profile first = profiles.create("First", Role.AUDITOR, "first pass".toCharArray());
            Profile second = profiles.create("Second", Role.AUDITOR, "second pass".toCharArray());
            profiles.signIn(first.id(), "first pass".toCharArray());

            assertThatThrownBy(() -> profiles.changePassword(second.id(), new char[0], "taken over".toCharArray()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> profiles.changePassword(first.id(), "wrong".toCharArray(), "x".toCharArray()))
                    .isInstanceOf(SignInException.class);
            profiles.changePassword(first.id(), "first pass".toCharArray(), "first pass 2".toCharArray());
            assertThat(profiles.signIn(first.id(), "first pass 2".toCharArray()).name()).isEqualTo("First");
        }
    }

    @Test
    void demoAuthorsStampTheirWorkButCannotSignIn() {
        try (Database database = open()) {
            JdbcProfileService profiles = new JdbcProfileService(database);
            profiles.createAndUse("Reviewer", Role.REVIEWER);
            JdbcSupplierService suppliers = new JdbcSupplierService(database, profiles);
            Supplier saved = profiles.asDemoAuthor("Demo auditor", Role.AUDITOR,
                    () -> suppliers.save(Supplier.draft("Demo site", "MY")));

            UUID stampedBy = new Jdbc(database, () -> null).read(tx -> tx.one(
                    "SELECT updated_by FROM supplier WHERE id = ?", row -> row.uuid("updated_by"), saved.id()))
                    .orElseThrow();
            assertThat(profiles.current()).map(Profile::name).contains("Reviewer");
            assertThat(stampedBy).isNotEqualTo(profiles.current().orElseThrow().id());
            assertThat(profiles.signInChoices()).extracting(Profile::name).containsExactly("Reviewer");
            assertThat(profiles.signInRequired()).isFalse();
            assertThatThrownBy(() -> profiles.signIn(stampedBy, new char[0])).isInstanceOf(SignInException.class);
        }
    }
}
