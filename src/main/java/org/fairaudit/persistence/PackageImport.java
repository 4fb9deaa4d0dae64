package org.fairaudit.persistence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.fairaudit.exchange.Manifest;
import org.fairaudit.exchange.PackageFormat;
import org.fairaudit.exchange.RecordJson;
import org.fairaudit.exchange.VerifiedPackage;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ImportSummary;
import org.fairaudit.service.PackageRefusal;
import org.fairaudit.service.PackageRefusedException;
import org.fairaudit.service.ProgressListener;

/**
 * Reads every record of a verified package (refusing it whole when one is unreadable), then merges them by id
 * in the caller's transaction, kind by kind in {@link PackagedTypes} order.
 */
final class PackageImport {
    private final VerifiedPackage source;
    private final Manifest manifest;
    private final Map<PackagedType<?>, List<Incoming<?>>> records = new LinkedHashMap<>();
    /** Agreements with the sender that are new or changed, written in one batch at the end. */
    private final Map<UUID, String> agreedNow = new LinkedHashMap<>();
    private int refused;
    private int inserted;
    private int updated;
    private int unchanged;
    private int conflicts;

    /** A record read from the package, with its version and stamps there and its content hash. */
    record Incoming<T>(T record, RecordStamp stamp, String hash) {
    }

    private PackageImport(VerifiedPackage source) {
        this.source = source;
        this.manifest = source.manifest();
    }

    /** Reads and checks everything before the database is touched. */
    static PackageImport read(VerifiedPackage source) {
        PackageImport parsed = new PackageImport(source);
        for (Manifest.Entry entry : source.manifest().entries()) {
            String name = entry.name();
            if (name.startsWith("records/")) {
                String kind = name.substring("records/".length(), name.length() - ".json".length());
                Optional<PackagedType<?>> type = PackagedTypes.named(kind);
                if (type.isPresent()) {
                    parsed.records.put(type.get(), parsed.typed(type.get(), name));
                } else {
                    // a kind a newer installation knows
                    parsed.refused += parsed.readEntries(name, JsonNode.class).size();
                }
            }
        }
        parsed.requireFiles();
        return parsed;
    }

    int recordCount() {
        return records.values().stream().mapToInt(List::size).sum();
    }

    private <T> List<PackagedRecord<T>> readEntries(String name, Class<T> recordClass) {
        List<PackagedRecord<T>> read = new ArrayList<>();
        JavaType entryType = PackagedRecord.of(recordClass);
        try (InputStream in = source.open(name); JsonParser json = RecordJson.MAPPER.createParser(in)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw unreadable(name, 0);
            }
            while (json.nextToken() == JsonToken.START_OBJECT) {
                read.add(RecordJson.MAPPER.readValue(json, entryType));
            }
            if (json.currentToken() != JsonToken.END_ARRAY || json.nextToken() != null) {
                throw unreadable(name, read.size() + 1);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PackageRefusedException refusal) {
                throw refusal;
            }
            throw unreadable(name, read.size() + 1);
        }
        return read;
    }

    private <T> List<Incoming<?>> typed(PackagedType<T> type, String name) {
        List<PackagedRecord<T>> read = readEntries(name, type.recordClass());
        List<Incoming<?>> typed = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            PackagedRecord<T> entry = read.get(i);
            try {
                T record = entry.record();
                RecordStamp stamp = entry.stamp();
                if (record == null || type.table().id(record) == null || stamp == null || stamp.createdAt() == null
                        || stamp.updatedAt() == null || stamp.version() < 1) {
                    throw unreadable(name, i + 1);
                }
                typed.add(new Incoming<>(record, stamp,
                        RecordJson.contentHash(type.table().withVersion(record, 0))));
            } catch (RuntimeException e) {
                if (e instanceof PackageRefusedException refusal) {
                    throw refusal;
                }
                throw unreadable(name, i + 1);
            }
        }
        return typed;
    }

    @SuppressWarnings("unchecked")
    private void requireFiles() {
        records.forEach((type, incoming) -> {
            List<Object> plain = incoming.stream().map(i -> (Object) i.record()).toList();
            ((PackagedType<Object>) type).missingFile(plain, source).ifPresent(missing -> {
                throw new PackageRefusedException(PackageRefusal.ENTRY_MISSING, source.file(), missing);
            });
        });
    }

    private PackageRefusedException unreadable(String entry, int index) {
        return new PackageRefusedException(PackageRefusal.RECORDS_UNREADABLE, source.file(), entry, index);
    }

    /** Merges every record, inserts sent in batches; returns what happened to each. */
    ImportSummary merge(Tx tx, ProgressListener progress) throws SQLException {
        return tx.batchingInserts(batching -> {
            int done = 0;
            int total = recordCount();
            for (Map.Entry<PackagedType<?>, List<Incoming<?>>> kind : records.entrySet()) {
                done = mergeKind(batching, kind.getKey(), kind.getValue(), progress, done, total);
            }
            Agreements.putAll(batching, manifest.installationId(), agreedNow);
            return new ImportSummary(inserted, updated, unchanged, conflicts, refused);
        });
    }

    /** Merges the records of one kind; returns how many records of the package are done. */
    @SuppressWarnings("unchecked")
    private int mergeKind(Tx tx, PackagedType<?> kind, List<Incoming<?>> records, ProgressListener progress,
                          int doneBefore, int total) throws SQLException {
        PackagedType<Object> type = (PackagedType<Object>) kind;
        List<Incoming<Object>> incoming = (List<Incoming<Object>>) (List<?>) records;
        type.readFiles(tx, incoming.stream().map(Incoming::record).toList(), source);
        Local<Object> local = Local.of(tx, type.table(), incoming);
        int done = doneBefore;
        for (Incoming<Object> record : incoming) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            mergeOne(tx, type, record, local);
            if (++done % 500 == 0) {
                progress.progress(done, total, Messages.get("exchange.progress.importing", done, total));
            }
        }
        return done;
    }

    /**
     * This database's version of the package's records of one kind and their agreements (record → peer → hash),
     * read a chunk of ids per query; the agreements are kept up to date as records are merged.
     */
    private record Local<T>(Map<UUID, RecordStamp> stamps, Map<UUID, T> records,
                            Map<UUID, Map<UUID, String>> agreements, Set<UUID> merged) {
        static <T> Local<T> of(Tx tx, RecordTable<T> table, List<Incoming<T>> incoming) throws SQLException {
            List<UUID> ids = incoming.stream().map(in -> table.id(in.record())).toList();
            Map<UUID, RecordStamp> stamps = tx.stamps(table, ids);
            List<UUID> existing = List.copyOf(stamps.keySet());
            return new Local<>(stamps, table.findAll(tx, existing), Agreements.of(tx, existing), new HashSet<>());
        }
    }

    private <T> void mergeOne(Tx tx, PackagedType<T> type, Incoming<T> in, Local<T> here) throws SQLException {
        RecordTable<T> table = type.table();
        UUID id = table.id(in.record());
        UUID peer = manifest.installationId();
        // an id twice in one package: the second copy meets what the first one wrote, not what was read before
        boolean again = !here.merged().add(id);
        Optional<RecordStamp> localStamp = again ? tx.stamp(table, id) : Optional.ofNullable(here.stamps().get(id));
        if (localStamp.isEmpty()) {
            tx.insertImported(table, table.withVersion(in.record(), in.stamp().version()), in.stamp());
            agree(here, id, in.hash());
            inserted++;
            return;
        }
        T local = again ? table.find(tx, id).orElseThrow() : here.records().get(id);
        T compared = manifest.includesConfidential() ? local : type.withoutConfidential(local);
        String localHash = RecordJson.contentHash(table.withVersion(compared, 0));
        Map<UUID, String> agreed = here.agreements().getOrDefault(id, Map.of());
        MergeRule.Decision decision = MergeRule.decide(localHash, localStamp.get().version(), in.hash(),
                in.stamp().version(), Agreements.with(agreed, peer), Set.copyOf(agreed.values()));
        T theirs = manifest.includesConfidential() ? in.record() : type.withConfidentialOf(in.record(), local);
        switch (decision) {
            case SAME -> {
                agree(here, id, in.hash());
                unchanged++;
            }
            case OURS_NEWER -> unchanged++;
            case TAKE_THEIRS -> {
                tx.replaceImported(table, localStamp.get().version(), theirs, in.stamp());
                agree(here, id, in.hash());
                updated++;
            }
            case CONFLICT -> {
                Conflicts.record(tx, new Conflicts.Incoming(type.name(), id, peer, manifest.packageId(),
                        RecordJson.text(theirs), in.hash(), in.stamp().version()));
                conflicts++;
            }
        }
    }

    /** Agrees on the hash with the sender; written at the end unless agreed before (re-imports write nothing). */
    private void agree(Local<?> here, UUID id, String hash) {
        String before = here.agreements().computeIfAbsent(id, key -> new HashMap<>()).put(manifest.installationId(),
                hash);
        if (!hash.equals(before)) {
            agreedNow.put(id, hash);
        }
    }
}
