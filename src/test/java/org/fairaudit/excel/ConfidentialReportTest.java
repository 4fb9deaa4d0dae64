package org.fairaudit.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fairaudit.excel.AuditReportFixture.INTERVIEW_NOTE;
import static org.fairaudit.excel.AuditReportFixture.PSEUDONYMS;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.fairaudit.service.ConfidentialExport;
import org.fairaudit.service.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confidential fields leave only in a password-encrypted workbook, and no export leaves their plain text in a file,
 * in the target folder or in {@code java.io.tmpdir}, whether it succeeds, fails or is cancelled.
 */
class ConfidentialReportTest {
    private static final String PASSWORD = "Kh0ng-t1et-l0";
    /** Texts that only the confidential fields hold. */
    private static final List<String> CONFIDENTIAL_TEXTS = List.of("SECRET", "W-017", "W-023");

    @TempDir
    Path folder;

    private final Path tmpdir = Path.of(System.getProperty("java.io.tmpdir"));
    private final ExcelAuditReportWriter writer = new ExcelAuditReportWriter(ZoneOffset.UTC);
    private Set<Path> tmpdirBefore;

    @BeforeEach
    void rememberTmpdir() {
        tmpdirBefore = filesUnder(tmpdir);
    }

    @Test
    void includedFieldsAreWrittenInAWorkbookThatOpensOnlyWithThePassword() throws Exception {
        Path out = folder.resolve("report.xlsx");
        writer.write(AuditReportFixture.report(), out, encrypted(), ProgressListener.NONE);

        assertThat(FileMagic.valueOf(out.toFile())).as("an OLE2 container, not a zip").isEqualTo(FileMagic.OLE2);
        assertThatThrownBy(() -> WorkbookFactory.create(out.toFile(), null, true))
                .isInstanceOf(EncryptedDocumentException.class);
        assertThatThrownBy(() -> WorkbookFactory.create(out.toFile(), "wrong-password", true))
                .isInstanceOf(EncryptedDocumentException.class);
        assertThat(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1)).doesNotContain("SECRET");

        try (ReadOnlyWorkbook book = ReadOnlyWorkbook.decrypted(out, PASSWORD)) {
            assertThat(book.allCells()).extracting(Cell::toString).contains(INTERVIEW_NOTE, PSEUDONYMS);
            assertThat(book.column(book.sheet("Checklist"), "Interview notes (confidential)")).isPositive();
            assertThat(book.column(book.sheet("Findings & CAP"), "Worker pseudonyms (confidential)")).isPositive();
            assertThat(book.rowWith(book.sheet("About"), 1, "Included at the user's request: interview notes,"
                    + " worker pseudonyms. This workbook is password-protected; handle it, and its password,"
                    + " as confidential.")).isPresent();
        }
    }

    @Test
    void aRedactedWorkbookIsNotEncryptedAndHoldsNoConfidentialText() throws IOException {
        Path out = folder.resolve("report.xlsx");
        writer.write(AuditReportFixture.report(), out, ConfidentialExport.redacted(), ProgressListener.NONE);

        assertThat(FileMagic.valueOf(out.toFile())).isEqualTo(FileMagic.OOXML);
        try (ReadOnlyWorkbook book = new ReadOnlyWorkbook(out)) {
            for (String secret : CONFIDENTIAL_TEXTS) {
                assertThat(book.allCells()).extracting(Cell::toString).noneMatch(text -> text.contains(secret));
                assertThat(book.rawXml()).doesNotContain(secret);
            }
            assertThat(book.rowWith(book.sheet("About"), 1, "Left out: interview notes, worker pseudonyms."))
                    .isPresent();
        }
    }

    @Test
    void successLeavesOnlyTheEncryptedReport() throws IOException {
        Path out = folder.resolve("report.xlsx");
        writer.write(AuditReportFixture.report(), out, encrypted(), ProgressListener.NONE);

        assertThat(filesUnder(folder)).containsExactly(out);
        assertThat(newInTmpdir()).isEmpty();
    }

    @Test
    void failureLeavesNoFile() {
        AtomicInteger calls = new AtomicInteger();
        ProgressListener failsInTheFourthSheet = listener(() -> {
            if (calls.incrementAndGet() == 4) {
                throw new UncheckedIOException(new IOException("disk unplugged"));
            }
        }, () -> false);

        assertThatThrownBy(() -> writer.write(AuditReportFixture.report(), folder.resolve("report.xlsx"),
                encrypted(), failsInTheFourthSheet)).hasMessageContaining("disk unplugged");
        assertThat(filesUnder(folder)).isEmpty();
        assertThat(newInTmpdir()).isEmpty();
    }

    @Test
    void cancellationLeavesNoFile() {
        AtomicInteger calls = new AtomicInteger();
        ProgressListener cancelledInTheFourthSheet = listener(() -> { }, () -> calls.incrementAndGet() > 12);

        assertThatThrownBy(() -> writer.write(AuditReportFixture.report(), folder.resolve("report.xlsx"),
                encrypted(), cancelledInTheFourthSheet)).isInstanceOf(CancellationException.class);
        assertThat(filesUnder(folder)).isEmpty();
        assertThat(newInTmpdir()).isEmpty();
    }

    @Test
    void rowsSpilledToTemporaryFilesCannotBeReadThere() throws IOException {
        List<String> readableWhileWriting = new ArrayList<>();
        ProgressListener lookInTmpdirAtTheLastSheet = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                if (message.contains("About")) {
                    Set<Path> spilled = newInTmpdir();
                    assertThat(spilled).as("the findings sheet has spilled rows").isNotEmpty();
                    spilled.stream().filter(ConfidentialReportTest::holdsConfidentialText)
                            .forEach(file -> readableWhileWriting.add(file.toString()));
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        // more findings than SXSSF keeps in memory, so that the first rows, with the pseudonyms, go to disk
        writer.write(AuditReportFixture.withManyFindings(600), folder.resolve("report.xlsx"), encrypted(),
                lookInTmpdirAtTheLastSheet);

        assertThat(readableWhileWriting).isEmpty();
    }

    @Test
    void aFailureWhileEncryptingLeavesNoTemporaryFile() {
        assertThatThrownBy(() -> AgileEncryption.write(PASSWORD.toCharArray(), out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }, OutputStream.nullOutputStream())).hasMessage("disk full");
        assertThat(newInTmpdir()).isEmpty();
    }

    @Test
    void aTooShortPasswordIsRefusedWithAMessageForTheUser() {
        char[] shortPassword = "1234567".toCharArray();
        assertThatThrownBy(() -> ConfidentialExport.encryptedWith(shortPassword))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Use a password of at least 8 characters.");
        assertThat(shortPassword).containsOnly('\0');
    }

    @Test
    void aWipedPasswordCanNoLongerEncrypt() {
        char[] password = PASSWORD.toCharArray();
        ConfidentialExport confidential = ConfidentialExport.encryptedWith(password);
        confidential.wipe();

        assertThat(password).containsOnly('\0');
        assertThatThrownBy(confidential::password).isInstanceOf(IllegalStateException.class);
        assertThat(confidential).hasToString("ConfidentialExport[included, encrypted]");
    }

    private static ConfidentialExport encrypted() {
        return ConfidentialExport.encryptedWith(PASSWORD.toCharArray());
    }

    private static ProgressListener listener(Runnable onProgress, java.util.function.BooleanSupplier cancelled) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                onProgress.run();
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    /** Files that appeared in {@code java.io.tmpdir} since the test began, outside the test's own target folder. */
    private Set<Path> newInTmpdir() {
        Set<Path> files = filesUnder(tmpdir);
        files.removeAll(tmpdirBefore);
        files.removeIf(file -> file.startsWith(folder));
        return files;
    }

    private static boolean holdsConfidentialText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return CONFIDENTIAL_TEXTS.stream().anyMatch(text::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code dir}, at any depth (POI keeps its temporary files in a subfolder). */
    private static Set<Path> filesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
