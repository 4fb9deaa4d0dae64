package org.fairaudit.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Profile;
import org.fairaudit.exchange.InstallationKey;
import org.fairaudit.exchange.PackageLimits;
import org.fairaudit.exchange.PackageReader;
import org.fairaudit.exchange.RecordJson;
import org.fairaudit.exchange.VerifiedPackage;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.Conflict;
import org.fairaudit.service.ConflictResolution;
import org.fairaudit.service.ExchangeService;
import org.fairaudit.service.ExportResult;
import org.fairaudit.service.ImportSummary;
import org.fairaudit.service.PackageCheck;
import org.fairaudit.service.PackageRefusal;
import org.fairaudit.service.PackageRefusedException;
import org.fairaudit.service.PackageSelection;
import org.fairaudit.service.PeerInstallation;
import org.fairaudit.service.ProfileService;
import org.fairaudit.service.ProgressListener;

/** Exchange packages on the database: every write in one transaction, through the change log. */
public final class JdbcExchangeService implements ExchangeService {
    /** Foreign key violation: a record refers to one neither here nor in the package. */
    private static final String MISSING_REFERENCE = "23506";

    private final Jdbc jdbc;
    private final ProfileService profiles;
    private final InstallationSettings settings;
    private final Path keyFile;
    private final PackageReader reader;

    /**
     * @param keyFile    where this installation's signing key is kept (made on first export)
     * @param workFolder where packages are unpacked while they are imported
     */
    public JdbcExchangeService(Database database, ProfileService profiles, Path keyFile, Path workFolder,
                               PackageLimits limits) {
        this.jdbc = Jdbc.stampedBy(database, profiles);
        this.profiles = profiles;
        this.settings = new InstallationSettings(database);
        this.keyFile = keyFile;
        this.reader = new PackageReader(limits, workFolder);
    }

    @Override
    public ExportResult exportPackage(PackageSelection selection, Path out, ProgressListener progress) {
        Profile author = profiles.require(Permission.EXPORT_PACKAGES);
        InstallationKey key = InstallationKey.loadOrCreate(keyFile);
        UUID installation = settings.installationId();
        return jdbc.write(tx -> new PackageExport(tx, selection, progress).write(out, key, installation, author));
    }

    @Override
    public List<PeerInstallation> peers() {
        profiles.require(Permission.EXPORT_PACKAGES);
        return jdbc.read(tx -> tx.list("SELECT installation_id, author_name FROM trusted_installation"
                + " ORDER BY author_name, installation_id", row -> new PeerInstallation(
                row.uuid("installation_id"), row.string("author_name"))));
    }

    @Override
    public PackageCheck check(Path file) {
        profiles.require(Permission.IMPORT_PACKAGES);
        try (VerifiedPackage pkg = verified(file)) {
            PackageImport parsed = PackageImport.read(pkg);
            String trustedKey = jdbc.read(tx -> TrustedInstallations.fingerprintOf(tx,
                    pkg.manifest().installationId()).orElse(null));
            if (trustedKey != null && !trustedKey.equals(pkg.fingerprint())) {
                throw new PackageRefusedException(PackageRefusal.KEY_CHANGED, file, pkg.fingerprint(), trustedKey);
            }
            var author = pkg.manifest().author();
            return new PackageCheck(pkg.manifest().installationId(), author == null ? "" : author.name(),
                    author == null ? "" : author.role(), pkg.fingerprint(), trustedKey != null,
                    pkg.manifest().createdAt(), parsed.recordCount(), pkg.manifest().includesConfidential());
        }
    }

    @Override
    public ImportSummary importPackage(Path file, boolean trustNewSigner, ProgressListener progress) {
        profiles.require(Permission.IMPORT_PACKAGES);
        try (VerifiedPackage pkg = verified(file)) {
            PackageImport parsed = PackageImport.read(pkg);
            return jdbc.write(tx -> {
                TrustedInstallations.require(tx, pkg, trustNewSigner);
                ImportSummary summary = parsed.merge(tx, progress);
                if (!PackageLog.wasImported(tx, pkg.manifest().packageId())) {
                    var author = pkg.manifest().author();
                    PackageLog.record(tx, new PackageLog.Imported(pkg.manifest().packageId(),
                            file.getFileName().toString(), pkg.manifest().installationId(),
                            author == null ? null : author.name(), pkg.fingerprint(), summary.inserted(),
                            summary.updated(), summary.unchanged(), summary.conflicts(), summary.refused()));
                }
                return summary;
            });
        } catch (DatabaseException e) {
            if (e.getCause() instanceof SQLException sql && MISSING_REFERENCE.equals(sql.getSQLState())) {
                throw new PackageRefusedException(PackageRefusal.MISSING_REFERENCE, file);
            }
            throw e;
        }
    }

    /** Verified and not one of this installation's own packages. */
    private VerifiedPackage verified(Path file) {
        VerifiedPackage pkg = reader.read(file);
        if (pkg.manifest().installationId().equals(settings.installationId())) {
            pkg.close();
            throw new PackageRefusedException(PackageRefusal.OWN_PACKAGE, file);
        }
        return pkg;
    }

    @Override
    public List<Conflict> conflicts() {
        profiles.require(Permission.RESOLVE_CONFLICTS);
        return jdbc.read(tx -> {
            List<Conflict> conflicts = new ArrayList<>();
            for (Conflicts.Stored stored : Conflicts.open(tx)) {
                conflicts.add(shown(tx, stored, PackagedTypes.named(stored.theirs().entityType()).orElseThrow()));
            }
            return conflicts;
        });
    }

    private <T> Conflict shown(Tx tx, Conflicts.Stored stored, PackagedType<T> type) throws SQLException {
        JsonNode mine = type.table().find(tx, stored.theirs().recordId())
                .<JsonNode>map(RecordJson.MAPPER::valueToTree).orElse(RecordJson.MAPPER.createObjectNode());
        JsonNode theirs = tree(stored.theirs().theirsJson());
        Set<String> names = new LinkedHashSet<>();
        mine.fieldNames().forEachRemaining(names::add);
        theirs.fieldNames().forEachRemaining(names::add);
        Set<String> textFields = textFields(type);
        List<Conflict.Field> fields = new ArrayList<>();
        for (String name : names) {
            if (!name.equals("version")) {
                fields.add(new Conflict.Field(name, text(mine.get(name)), text(theirs.get(name)),
                        textFields.contains(name)));
            }
        }
        String peer = TrustedInstallations.authorOf(tx, stored.theirs().peer()).orElse(
                stored.theirs().peer().toString());
        return new Conflict(stored.id(), type.name(), stored.theirs().recordId(), peer, stored.createdAt(), fields);
    }

    @Override
    public void resolve(UUID conflictId, ConflictResolution resolution, Map<String, String> mergedText) {
        Profile resolver = profiles.require(Permission.RESOLVE_CONFLICTS);
        jdbc.write(tx -> {
            Conflicts.Stored stored = Conflicts.open(tx, conflictId).orElseThrow(
                    () -> new IllegalArgumentException(Messages.get("exchange.conflict.gone")));
            settle(tx, stored, PackagedTypes.named(stored.theirs().entityType()).orElseThrow(), resolution,
                    mergedText, resolver);
            return null;
        });
    }

    private <T> void settle(Tx tx, Conflicts.Stored stored, PackagedType<T> type, ConflictResolution resolution,
                            Map<String, String> mergedText, Profile resolver) throws SQLException {
        RecordTable<T> table = type.table();
        UUID id = stored.theirs().recordId();
        RecordStamp local = tx.stamp(table, id).orElseThrow(
                () -> new IllegalArgumentException(Messages.get("exchange.conflict.gone")));
        RecordStamp byResolver = new RecordStamp(local.version() + 1, local.createdAt(), tx.now(), resolver.id());
        switch (resolution) {
            case KEEP_MINE -> {
                // ours stays; agreeing on theirs makes ours the change to send back
            }
            case TAKE_THEIRS -> tx.replaceImported(table, local.version(), record(type, stored.theirs().theirsJson()),
                    byResolver);
            case MERGE -> tx.replaceImported(table, local.version(), merged(type, table.find(tx, id).orElseThrow(),
                    mergedText), byResolver);
        }
        Agreements.put(tx, id, stored.theirs().peer(), stored.theirs().theirsHash());
        Conflicts.settle(tx, stored, resolution);
    }

    /** Mine with the given text fields replaced; only text fields can be merged by hand. */
    private static <T> T merged(PackagedType<T> type, T mine, Map<String, String> mergedText) {
        ObjectNode tree = RecordJson.MAPPER.valueToTree(mine);
        Set<String> textFields = textFields(type);
        mergedText.forEach((field, text) -> {
            if (!textFields.contains(field)) {
                throw new IllegalArgumentException(Messages.get("exchange.conflict.notText", field));
            }
            tree.put(field, text);
        });
        return record(type, tree.toString());
    }

    private static <T> T record(PackagedType<T> type, String json) {
        try {
            return RecordJson.MAPPER.readValue(json, type.recordClass());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> textFields(PackagedType<?> type) {
        Set<String> names = new LinkedHashSet<>();
        for (var component : type.recordClass().getRecordComponents()) {
            if (component.getType() == String.class) {
                names.add(component.getName());
            }
        }
        return names;
    }

    private static JsonNode tree(String json) {
        try {
            return RecordJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}
