package org.daftar.server.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.daftar.repository.audit.AuditChain;
import org.daftar.repository.audit.AuditCheckpoints;
import org.daftar.repository.audit.AuditCheckpoints.Checkpoint;
import org.daftar.repository.audit.AuditFinding;
import org.daftar.repository.audit.AuditVerification;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators' view of the tamper-evident audit log: verify the chain, list and write checkpoints
 * ({@code scripts/daftar audit verify}; administrators only, see SecurityConfiguration).
 */
@RestController
@Tag(name = "Audit", description = "Tamper-evident audit log: chain verification and signed checkpoints")
public class AuditAdminController {

    private final AuditVerification verification;
    private final AuditCheckpoints checkpoints;
    private final AuditChain chain;

    public AuditAdminController(AuditVerification verification, AuditCheckpoints checkpoints, AuditChain chain) {
        this.verification = verification;
        this.checkpoints = checkpoints;
        this.chain = chain;
    }

    /**
     * The outcome of a verification: {@code ok} only with no finding; {@code findings} lists the first 1,000 (one
     * readable line each, in chain order, checkpoint file problems first), {@code findingsTotal} counts them all.
     */
    public record Verification(boolean ok, long links, long events, int checkpoints, long findingsTotal,
                               List<AuditFinding> findings, double seconds) {
    }

    /** The checkpoint file: its correctly signed checkpoints, and what is wrong with the other lines. */
    public record Checkpoints(String file, String keyFingerprint, AuditChain.Head head, List<Checkpoint> checkpoints,
                              List<AuditFinding> problems) {
    }

    @PostMapping("/api/v1/admin/audit/verify")
    @Operation(summary = "Recompute the audit chain and compare it with the signed checkpoints",
            description = "Names every event edited, deleted, inserted or reordered, and every checkpoint that no "
                    + "longer matches; streams, so it takes time on a large log but little memory")
    public Verification verify() {
        AuditCheckpoints.Readings readings = checkpoints.read();
        AuditVerification.Report report = verification.verify(readings.checkpoints());
        List<AuditFinding> findings = new ArrayList<>(readings.problems());
        findings.addAll(report.findings());
        long total = readings.problems().size() + report.findingsTotal();
        return new Verification(total == 0, report.links(), report.events(), readings.checkpoints().size(), total,
                findings, report.took().toMillis() / 1000.0);
    }

    @GetMapping("/api/v1/admin/audit/checkpoints")
    @Operation(summary = "The signed checkpoints of the audit chain (the review register)")
    public Checkpoints list() {
        AuditCheckpoints.Readings readings = checkpoints.read();
        return new Checkpoints(checkpoints.file().toString(), checkpoints.keyFingerprint(), chain.head(),
                readings.checkpoints(), readings.problems());
    }

    @PostMapping("/api/v1/admin/audit/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a signed checkpoint of the chain head now")
    public Checkpoint write() {
        return checkpoints.write();
    }
}
