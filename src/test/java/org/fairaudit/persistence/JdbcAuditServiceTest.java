package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Attachment;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditRating;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.FindingDrafts;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.ForcedLabourRisk;
import org.fairaudit.domain.Grade;
import org.fairaudit.domain.InterviewCounts;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.ActingProfile;
import org.fairaudit.service.AuditClosedException;
import org.fairaudit.service.AuditSummary;
import org.fairaudit.service.ConcurrentEditException;
import org.fairaudit.service.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAuditServiceTest {
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    Store store;
    Supplier supplier;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        supplier = store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    Audit createAudit() {
        return store.audits.create(supplier.id(), List.of(TestCodes.INDICATORS.ref(), TestCodes.RECRUITMENT.ref()),
                AuditType.INITIAL, Announcement.SEMI_ANNOUNCED, START, START.plusDays(2), "A. Lead", "B, C");
    }

    @Test
    void createPinsCodesAndOpensANotAssessedResponsePerRequirementInChecklistOrder() {
        Audit audit = createAudit();

        assertThat(audit.status()).isEqualTo(AuditStatus.IN_PROGRESS);
        assertThat(audit.version()).isEqualTo(1);
        assertThat(store.audits.find(audit.id())).contains(audit);
        assertThat(store.audits.codesOf(audit)).containsExactly(TestCodes.INDICATORS, TestCodes.RECRUITMENT);
        assertThat(store.audits.responses(audit.id()))
                .extracting(r -> r.requirement().toString())
                .containsExactly("ilo-fl:FL-1", "ilo-fl:FL-2", "fair-recruitment:FR-1", "fair-recruitment:FR-2",
                        "fair-recruitment:FR-3");
        assertThat(store.audits.responses(audit.id())).allMatch(r -> r.result() == ResponseResult.NOT_ASSESSED);
    }

    @Test
    void creationIsValidated() {
        assertThatThrownBy(() -> store.audits.create(supplier.id(), List.of(), null, Announcement.ANNOUNCED,
                START, START, "", "")).isInstanceOf(ValidationException.class);
        assertThat(store.audits.list()).isEmpty();
    }

    @Test
    void listShowsSupplierAndChecklistProgressNewestFirst() {
        Audit older = store.audits.create(supplier.id(), List.of(TestCodes.INDICATORS.ref()), AuditType.INITIAL,
                Announcement.ANNOUNCED, START.minusYears(1), null, "A", "");
        Audit newer = createAudit();
        List<Response> responses = store.audits.responses(newer.id());
        store.audits.saveResponse(withResult(responses.get(0), ResponseResult.COMPLIANT));
        store.audits.saveResponse(withResult(responses.get(1), ResponseResult.NOT_APPLICABLE));

        assertThat(store.audits.list()).extracting(AuditSummary::audit).extracting(Audit::id)
                .containsExactly(newer.id(), older.id());
        AuditSummary first = store.audits.list().get(0);
        assertThat(first.supplierName()).isEqualTo("Sunrise Garments");
        assertThat(first.assessed()).isEqualTo(1);
        assertThat(first.applicable()).isEqualTo(4);
        assertThat(first.audit().codes()).containsExactly(TestCodes.INDICATORS.ref(), TestCodes.RECRUITMENT.ref());
    }

    @Test
    void headerSavesAreVersionedAndCodesStayPinned() {
        Audit audit = createAudit();
        Audit submitted = store.audits.save(new Audit(audit.id(), audit.supplierId(), audit.codes(), audit.type(),
                audit.announcement(), audit.startDate(), audit.endDate(), audit.leadAuditor(), audit.team(),
                AuditStatus.SUBMITTED, new InterviewCounts(10, 5, 8, 7, 12, 3), audit.version()));

        assertThat(submitted.version()).isEqualTo(2);
        assertThat(store.audits.find(audit.id())).contains(submitted);
        assertThatThrownBy(() -> store.audits.save(audit)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> store.audits.save(new Audit(audit.id(), audit.supplierId(),
                List.of(TestCodes.INDICATORS.ref()), audit.type(), audit.announcement(), null, null, "", "",
                AuditStatus.IN_PROGRESS, InterviewCounts.NONE, submitted.version())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void responsesKeepEvidenceNotesAndRefuseStaleVersions() {
        Audit audit = createAudit();
        Response response = store.audits.responses(audit.id()).get(0);
        Response saved = store.audits.saveResponse(new Response(response.id(), audit.id(), response.requirement(),
                ResponseResult.NON_COMPLIANT, Set.of(EvidenceSource.DOCUMENTS, EvidenceSource.WORKER_INTERVIEWS),
                "Payroll shows deductions", "W-17 said the agent keeps her passport", response.version()));

        assertThat(store.audits.responses(audit.id()).get(0)).isEqualTo(saved);
        assertThat(saved.version()).isEqualTo(2);
        assertThatThrownBy(() -> store.audits.saveResponse(response)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void evidenceStaysWhenOnlyTheResultChangesAndFollowsWhenItChanges() {
        Audit audit = createAudit();
        Response response = store.audits.responses(audit.id()).get(0);
        Response withEvidence = store.audits.saveResponse(new Response(response.id(), audit.id(),
                response.requirement(), ResponseResult.NON_COMPLIANT,
                Set.of(EvidenceSource.DOCUMENTS, EvidenceSource.WORKER_INTERVIEWS), "", "", response.version()));

        Response resultOnly = store.audits.saveResponse(withResult(withEvidence, ResponseResult.COMPLIANT));
        assertThat(store.audits.responses(audit.id()).get(0).evidence())
                .containsExactlyInAnyOrder(EvidenceSource.DOCUMENTS, EvidenceSource.WORKER_INTERVIEWS);

        store.audits.saveResponse(new Response(resultOnly.id(), audit.id(), resultOnly.requirement(),
                resultOnly.result(), Set.of(EvidenceSource.OBSERVATION), "", "", resultOnly.version()));
        assertThat(store.audits.responses(audit.id()).get(0).evidence()).containsExactly(EvidenceSource.OBSERVATION);
    }

    @Test
    void theChecklistOfASubmittedOrAcceptedAuditIsClosedUntilTheAuditIsReturned() throws Exception {
        Audit audit = createAudit();
        Response response = store.audits.responses(audit.id()).get(0);
        Path receipt = Files.writeString(dir.resolve("fee-receipt.txt"), "4,500 MYR");

        Audit submitted = store.audits.save(withStatus(audit, AuditStatus.SUBMITTED));
        assertThatThrownBy(() -> store.audits.saveResponse(withResult(response, ResponseResult.COMPLIANT)))
                .isInstanceOf(AuditClosedException.class)
                .hasMessage("This audit is submitted: its checklist can no longer be changed. Return it to edit.");

        Audit accepted = reviewer().accept(submitted.id(), "");
        assertThatThrownBy(() -> store.audits.saveResponse(withResult(response, ResponseResult.COMPLIANT)))
                .isInstanceOf(AuditClosedException.class)
                .hasMessage("This audit is accepted: its checklist can no longer be changed. Return it to edit.");
        assertThatThrownBy(() -> store.audits.addAttachment(response.id(), receipt))
                .isInstanceOf(AuditClosedException.class);
        assertThat(store.audits.responses(audit.id()).get(0)).isEqualTo(response);
        assertThat(count("SELECT COUNT(*) FROM attachment")).isZero();
        assertThat(count("SELECT COUNT(*) FROM attachment_content")).isZero();

        assertThat(accepted.status()).isEqualTo(AuditStatus.ACCEPTED);
        Audit second = createAudit();
        Response secondResponse = store.audits.responses(second.id()).get(0);
        reviewer().returnToAuditor(store.audits.save(withStatus(second, AuditStatus.SUBMITTED)).id(),
                "Interview notes missing");
        assertThat(store.audits.saveResponse(withResult(secondResponse, ResponseResult.COMPLIANT)).result())
                .as("returning opens the checklist again").isEqualTo(ResponseResult.COMPLIANT);
    }

    @Test
    void anAuditorNeitherAcceptsNorReturnsNorReopensAClosedAudit() {
        Audit submitted = store.audits.save(withStatus(createAudit(), AuditStatus.SUBMITTED));
        assertThatThrownBy(() -> store.audits.save(withStatus(submitted, AuditStatus.ACCEPTED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.audits.save(withStatus(submitted, AuditStatus.RETURNED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.audits.save(withStatus(submitted, AuditStatus.IN_PROGRESS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.audits.find(submitted.id())).contains(submitted);
    }

    @Test
    void aReturnedAuditTakesAttachmentsAgain() throws Exception {
        Audit audit = createAudit();
        Response response = store.audits.responses(audit.id()).get(0);
        Path receipt = Files.writeString(dir.resolve("fee-receipt.txt"), "4,500 MYR");
        reviewer().returnToAuditor(store.audits.save(withStatus(audit, AuditStatus.SUBMITTED)).id(), "Redo");
        Response saved = store.audits.saveResponse(withResult(response, ResponseResult.COMPLIANT));
        Attachment attached = store.audits.addAttachment(response.id(), receipt);

        assertThat(store.audits.responses(audit.id()).get(0)).isEqualTo(saved);
        assertThat(store.audits.attachments(response.id())).containsExactly(attached);
    }

    @Test
    void anAcceptedAuditKeepsItsHeader() {
        Audit accepted = reviewer().accept(store.audits.save(withStatus(createAudit(), AuditStatus.SUBMITTED)).id(), "");
        Audit redated = new Audit(accepted.id(), accepted.supplierId(), accepted.codes(), accepted.type(),
                accepted.announcement(), START.plusDays(7), START.plusDays(9), accepted.leadAuditor(), accepted.team(),
                accepted.status(), accepted.interviews(), accepted.version());

        assertThatThrownBy(() -> store.audits.save(redated)).isInstanceOf(AuditClosedException.class);
        assertThat(store.audits.find(accepted.id())).contains(accepted);
    }

    private JdbcReviewService reviewer() {
        return new JdbcReviewService(store.database,
                new ActingProfile(new Profile(UUID.randomUUID(), "Brand reviewer", Role.REVIEWER)));
    }

    @Test
    void ratingUsesPinnedCodesResponsesAndFindings() {
        Audit audit = createAudit();
        for (Response response : store.audits.responses(audit.id())) {
            store.audits.saveResponse(withResult(response, ResponseResult.COMPLIANT));
        }
        AuditRating clean = store.audits.rating(audit.id());
        assertThat(clean.grade()).contains(Grade.A);
        assertThat(clean.incomplete()).isFalse();

        Finding debtBondage = FindingDrafts.fromBreach(audit, TestCodes.INDICATORS,
                TestCodes.INDICATORS.requirement("FL-1").orElseThrow(), START);
        store.findings.save(new Finding(debtBondage.id(), supplier.id(), audit.id(), debtBondage.requirements(),
                debtBondage.severity(), "Workers repay agency loans", "", 12, debtBondage.scope(),
                debtBondage.indicators(), "", debtBondage.status(), START, "", 0));

        AuditRating rating = store.audits.rating(audit.id());
        assertThat(rating.grade()).contains(Grade.E);
        assertThat(rating.zeroToleranceOverride()).isTrue();
        assertThat(rating.forcedLabourRisk().level()).isEqualTo(ForcedLabourRisk.Level.STRONG);
        assertThat(rating.forcedLabourRisk().indicators()).containsExactly(ForcedLabourIndicator.DEBT_BONDAGE);
    }

    @Test
    void attachmentsAreStoredOncePerSha256WithTheirMetadata() throws Exception {
        Audit audit = createAudit();
        UUID responseId = store.audits.responses(audit.id()).get(0).id();
        byte[] bytes = "%PDF-1.4 payslip".getBytes(StandardCharsets.UTF_8);
        Path payslip = Files.write(dir.resolve("payslip.pdf"), bytes);
        Path copy = Files.write(dir.resolve("copy-of-payslip.bin"), bytes);

        Attachment first = store.audits.addAttachment(responseId, payslip);
        Attachment second = store.audits.addAttachment(audit.id(), copy);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(first.sha256()).isEqualTo(sha256).isEqualTo(second.sha256());
        assertThat(first.size()).isEqualTo(bytes.length);
        assertThat(first.mediaType()).isEqualTo("application/pdf");
        assertThat(second.mediaType()).isEqualTo("application/octet-stream");
        assertThat(first.addedAt()).isNotNull();
        assertThat(store.audits.attachments(responseId)).containsExactly(first);
        assertThat(store.audits.attachmentBytes(second.id())).isEqualTo(bytes);
        assertThat(count("SELECT COUNT(*) FROM attachment_content")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM attachment")).isEqualTo(2);
    }

    @Test
    void unreadableAttachmentGivesAMessageNamingTheFile() {
        assertThatThrownBy(() -> store.audits.addAttachment(UUID.randomUUID(), dir.resolve("missing.jpg")))
                .hasMessageContaining("missing.jpg").hasMessageNotContaining("!db.");
    }

    private long count(String sql) throws Exception {
        try (var connection = store.database.connection();
             var resultSet = connection.createStatement().executeQuery(sql)) {
            resultSet.next();
            return resultSet.getLong(1);
        }
    }

    static Audit withStatus(Audit a, AuditStatus status) {
        return new Audit(a.id(), a.supplierId(), a.codes(), a.type(), a.announcement(), a.startDate(), a.endDate(),
                a.leadAuditor(), a.team(), status, a.interviews(), a.version());
    }

    static Response withResult(Response r, ResponseResult result) {
        return new Response(r.id(), r.auditId(), r.requirement(), result, r.evidence(), r.notes(), r.interviewNotes(),
                r.version());
    }
}
