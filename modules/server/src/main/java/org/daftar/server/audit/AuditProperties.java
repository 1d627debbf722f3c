package org.daftar.server.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit settings ({@code daftar.audit.*}, e.g. {@code DAFTAR_AUDIT_CHECKPOINT_INTERVAL}). See
 * {@code docs/configuration.md} and {@code docs/security.md}.
 *
 * @param checkpointInterval how often a signed checkpoint of the chain head is written to
 *                           {@code daftar.home/audit/checkpoints.log} (also at start when the last one is older);
 *                           0 turns the schedule off (checkpoints are then written only on demand)
 */
@ConfigurationProperties("daftar.audit")
public record AuditProperties(@DefaultValue("24h") Duration checkpointInterval) {
}
