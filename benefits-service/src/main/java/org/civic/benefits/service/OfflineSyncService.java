package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.api.OfflineSync;
import org.civic.benefits.api.OfflineSyncResult;
import org.civic.benefits.api.VerificationResult.Reason;
import org.civic.benefits.crypto.PassTokens;
import org.civic.benefits.entity.Benefit;
import org.civic.benefits.entity.OfflineUse;
import org.civic.benefits.entity.Pass;
import org.civic.benefits.entity.Redemption;
import org.civic.benefits.repository.BenefitRepository;
import org.civic.benefits.repository.OfflineUseRepository;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Times;
import org.jose4j.jwk.JsonWebKeySet;

/**
 * Reconciles the uses a validator accepted offline. Each is judged as it would have been online at the moment it
 * happened: the token must have been valid then (signed by any of our keys, unexpired), the pass not yet revoked, the
 * holder eligible and unsanctioned that day; then it is recorded through the same locked quota as every redemption.
 * Quotas stay exact: a use beyond the quota (a once-a-year health check used twice offline) is not counted but kept as
 * OVER_QUOTA for officers to follow up, the validator having let the holder through already.
 */
@ApplicationScoped
public class OfflineSyncService {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final PassTokens tokens;
    private final PassKeyService keys;
    private final PassService passes;
    private final BenefitRepository benefits;
    private final RedemptionService redemptions;
    private final OfflineUseRepository uses;

    public OfflineSyncService(
            PassTokens tokens,
            PassKeyService keys,
            PassService passes,
            BenefitRepository benefits,
            RedemptionService redemptions,
            OfflineUseRepository uses) {
        this.tokens = tokens;
        this.keys = keys;
        this.passes = passes;
        this.benefits = benefits;
        this.redemptions = redemptions;
        this.uses = uses;
    }

    @Transactional
    public OfflineSyncResult sync(OfflineSync sync, String validator) {
        Instant now = Times.now();
        for (int i = 0; i < sync.uses().size(); i++) {
            if (sync.uses().get(i).occurredAt().toInstant().isAfter(now.plus(CLOCK_SKEW))) {
                throw ProblemException.badRequest("uses[" + i + "].occurredAt", "must not lie in the future");
            }
        }
        JsonWebKeySet every = keys.every();
        List<OfflineSyncResult.Reconciled> results = new ArrayList<>();
        for (OfflineSync.Use use : sync.uses()) {
            String localId = use.localId().strip();
            results.add(uses.find(validator, localId)
                    .map(earlier -> reconciled(earlier, true))
                    .orElseGet(() -> reconciled(reconcile(use, localId, validator, every, now), false)));
        }
        return new OfflineSyncResult(results);
    }

    private OfflineUse reconcile(
            OfflineSync.Use use, String localId, String validator, JsonWebKeySet every, Instant now) {
        OfflineUse row = new OfflineUse();
        row.id = UUID.randomUUID();
        row.validator = validator;
        row.localId = localId;
        row.benefitCode = use.benefitCode();
        row.siteId = use.siteId().strip();
        row.siteCategory = use.siteCategory();
        row.occurredAt = use.occurredAt().toInstant();
        row.syncedAt = now;
        judge(row, use.token().strip(), every);
        uses.persist(row);
        return row;
    }

    /** Sets the row's outcome and reason, recording the redemption when it counts. */
    private void judge(OfflineUse row, String token, JsonWebKeySet every) {
        PassTokens.Claims claims;
        try {
            claims = tokens.verify(token, row.occurredAt, every);
        } catch (PassTokens.InvalidToken e) {
            refuse(row, VerificationService.reason(e.failure));
            return;
        }
        row.passId = claims.passId();
        Pass pass = passes.find(claims.passId());
        if (pass == null) {
            row.passId = null;
            refuse(row, Reason.PASS_UNKNOWN);
            return;
        }
        if (pass.status == Pass.Status.REVOKED && !pass.revokedAt.isAfter(row.occurredAt)) {
            refuse(row, Reason.PASS_REVOKED);
            return;
        }
        Benefit benefit = claims.benefitCodes().contains(row.benefitCode)
                ? benefits.findByCode(row.benefitCode).orElse(null)
                : null;
        if (benefit == null) {
            refuse(row, Reason.SITE_CATEGORY_NOT_COVERED);
            return;
        }
        RedemptionService.Attempt attempt = redemptions.attempt(
                pass.citizenId,
                benefit,
                row.siteCategory,
                row.siteId,
                row.occurredAt,
                Redemption.Channel.OFFLINE,
                pass.id,
                row.validator);
        row.reason = VerificationService.reason(attempt).name();
        if (attempt instanceof RedemptionService.Redeemed redeemed) {
            row.outcome = OfflineUse.Outcome.RECORDED;
            row.redemptionId = redeemed.redemption().id;
        } else {
            row.outcome = attempt instanceof RedemptionService.QuotaExhausted
                    ? OfflineUse.Outcome.OVER_QUOTA
                    : OfflineUse.Outcome.REFUSED;
        }
    }

    private static void refuse(OfflineUse row, Reason reason) {
        row.outcome = OfflineUse.Outcome.REFUSED;
        row.reason = reason.name();
    }

    private static OfflineSyncResult.Reconciled reconciled(OfflineUse row, boolean replayed) {
        return new OfflineSyncResult.Reconciled(row.localId, row.outcome, Reason.valueOf(row.reason), replayed);
    }
}
