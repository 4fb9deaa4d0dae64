package org.fairaudit.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.fairaudit.domain.Profile;
import org.fairaudit.exchange.InstallationKey;
import org.fairaudit.exchange.Manifest;
import org.fairaudit.exchange.PackageFormat;
import org.fairaudit.exchange.PackageWriter;
import org.fairaudit.exchange.RecordJson;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ExportResult;
import org.fairaudit.service.PackageSelection;
import org.fairaudit.service.ProgressListener;

/**
 * Writes one package in one transaction: reads the records the selection reaches, leaves confidential fields out
 * unless asked, and records the hash of every record sent as agreed with the recipient.
 */
final class PackageExport {
    private final Tx tx;
    private final PackageSelection selection;
    private final UUID recipient;
    private final ProgressListener progress;
    private final Map<UUID, String> sentHashes = new LinkedHashMap<>();
    private final Set<UUID> stampers = new LinkedHashSet<>();
    private final List<UUID> reached = new ArrayList<>();
    private int attachmentFiles;

    PackageExport(Tx tx, PackageSelection selection, ProgressListener progress) {
        this.tx = tx;
        this.selection = selection;
        this.recipient = selection.sinceLastTo() == null ? Agreements.ANYONE : selection.sinceLastTo();
        this.progress = progress;
    }

    ExportResult write(Path out, InstallationKey key, UUID installationId, Profile author) throws SQLException {
        ExportScope scope = ExportScope.resolve(tx, selection);
        UUID packageId = UUID.randomUUID();
        try (PackageWriter writer = new PackageWriter(out, key)) {
            int done = 0;
            for (PackagedType<?> type : PackagedTypes.ALL) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                progress.progress(done++, PackagedTypes.ALL.size(), Messages.get("exchange.progress.exporting",
                        Messages.get("exchange.type." + type.name())));
                writeType(type, scope, writer);
            }
            writer.finish(packageId, installationId, new Manifest.Author(author.name(), author.role().name()),
                    Instant.now(), selection.sinceLastTo(), selection.includeConfidential());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Agreements.putAll(tx, recipient, sentHashes);
        PackageLog.record(tx, new PackageLog.Exported(packageId, out.getFileName().toString(),
                selection.sinceLastTo(), sentHashes.size(), attachmentFiles, selection.includeConfidential()));
        return new ExportResult(out, packageId, sentHashes.size(), attachmentFiles);
    }

    private <T> void writeType(PackagedType<T> type, ExportScope scope, PackageWriter writer)
            throws SQLException, IOException {
        List<UUID> ids = type.table() == ProfileTable.INSTANCE ? List.copyOf(stampers)
                : type.ids(tx, scope, reached);
        List<T> records = new ArrayList<>();
        List<PackagedRecord<T>> entries = new ArrayList<>();
        Map<UUID, T> found = type.table().findAll(tx, ids);
        Map<UUID, RecordStamp> stamps = tx.stamps(type.table(), ids);
        UUID sinceLastTo = selection.sinceLastTo();
        Map<UUID, Map<UUID, String>> agreed = sinceLastTo == null ? Map.of() : Agreements.of(tx, ids);
        for (UUID id : ids) {
            T stored = found.get(id);
            RecordStamp stamp = stamps.get(id);
            T sent = selection.includeConfidential() ? stored : type.withoutConfidential(stored);
            String hash = RecordJson.contentHash(type.table().withVersion(sent, 0));
            reached.add(id);
            if (sinceLastTo != null && hash.equals(agreed.getOrDefault(id, Map.of()).get(sinceLastTo))) {
                continue; // the recipient has it already
            }
            sentHashes.put(id, hash);
            if (stamp.updatedBy() != null) {
                stampers.add(stamp.updatedBy());
            }
            records.add(sent);
            entries.add(new PackagedRecord<>(stamp, sent));
        }
        if (entries.isEmpty()) {
            return;
        }
        writer.add(PackageFormat.recordsEntry(type.name()), out -> {
            try (JsonGenerator json = RecordJson.MAPPER.createGenerator(out)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartArray();
                for (PackagedRecord<T> entry : entries) {
                    RecordJson.MAPPER.writeValue(json, entry);
                }
                json.writeEndArray();
            }
        });
        attachmentFiles += type.writeFiles(tx, records, writer);
    }
}
