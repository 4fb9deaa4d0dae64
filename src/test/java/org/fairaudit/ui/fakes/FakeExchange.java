package org.fairaudit.ui.fakes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairaudit.service.Conflict;
import org.fairaudit.service.ConflictResolution;
import org.fairaudit.service.ExchangeService;
import org.fairaudit.service.ExportResult;
import org.fairaudit.service.ImportSummary;
import org.fairaudit.service.PackageCheck;
import org.fairaudit.service.PackageSelection;
import org.fairaudit.service.PeerInstallation;
import org.fairaudit.service.ProgressListener;

/** An exchange service that answers with what the test set and remembers what it was asked. */
public final class FakeExchange implements ExchangeService {
    public final List<PackageSelection> exported = new ArrayList<>();
    public final List<Boolean> importedTrusting = new ArrayList<>();
    public final List<PeerInstallation> peers = new ArrayList<>();
    public final List<Conflict> conflicts = new ArrayList<>();
    public final List<String> resolutions = new ArrayList<>();
    public PackageCheck check;
    public RuntimeException refusal;
    public ImportSummary summary = new ImportSummary(0, 0, 0, 0, 0);

    @Override
    public ExportResult exportPackage(PackageSelection selection, Path out, ProgressListener progress) {
        exported.add(selection);
        return new ExportResult(out, UUID.randomUUID(), 3, 1);
    }

    @Override
    public List<PeerInstallation> peers() {
        return List.copyOf(peers);
    }

    @Override
    public PackageCheck check(Path file) {
        if (refusal != null) {
            throw refusal;
        }
        return check;
    }

    @Override
    public ImportSummary importPackage(Path file, boolean trustNewSigner, ProgressListener progress) {
        importedTrusting.add(trustNewSigner);
        return summary;
    }

    @Override
    public List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    @Override
    public void resolve(UUID conflictId, ConflictResolution resolution, Map<String, String> mergedText) {
        resolutions.add(resolution + " " + mergedText);
        conflicts.removeIf(conflict -> conflict.id().equals(conflictId));
    }
}
