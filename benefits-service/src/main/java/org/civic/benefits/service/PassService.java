package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.api.PassRequest;
import org.civic.benefits.api.PassView;
import org.civic.benefits.config.BenefitsConfig;
import org.civic.benefits.crypto.PassTokens;
import org.civic.benefits.entity.AccessLogEntry;
import org.civic.benefits.entity.Pass;
import org.civic.benefits.repository.BenefitRepository;
import org.civic.benefits.repository.PassRepository;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Times;

/**
 * Short-lived passes for a QR code: a random pass id and the benefit codes the citizen is eligible for
 * today, signed. The pass row links the id to the citizen inside this service only and lets it be revoked.
 */
@ApplicationScoped
public class PassService {

    private final PassRepository passes;
    private final BenefitRepository benefits;
    private final PassTokens tokens;
    private final EligibilityService eligibility;
    private final CitizenService citizens;
    private final AccessLogService accessLog;
    private final BusinessDates dates;
    private final BenefitsConfig config;

    public PassService(
            PassRepository passes,
            BenefitRepository benefits,
            PassTokens tokens,
            EligibilityService eligibility,
            CitizenService citizens,
            AccessLogService accessLog,
            BusinessDates dates,
            BenefitsConfig config) {
        this.passes = passes;
        this.benefits = benefits;
        this.tokens = tokens;
        this.eligibility = eligibility;
        this.citizens = citizens;
        this.accessLog = accessLog;
        this.dates = dates;
        this.config = config;
    }

    @Transactional
    public PassView issue(UUID citizenId, PassRequest request, Access access) {
        citizens.get(citizenId);
        accessLog.record(citizenId, AccessLogEntry.Action.ISSUE_PASS, access);
        List<String> eligible = eligibility.eligibleBenefitCodes(citizenId, dates.today());
        List<String> wanted = request == null || request.benefitCodes() == null ? eligible : request.benefitCodes();
        for (int i = 0; i < wanted.size(); i++) {
            String code = wanted.get(i);
            if (benefits.findByCode(code).isEmpty()) {
                throw ProblemException.badRequest("benefitCodes[" + i + "]", "unknown benefit " + code);
            }
            if (!eligible.contains(code)) {
                throw ProblemException.unprocessable(
                                "not-eligible", "The citizen is not eligible for " + code + " today.")
                        .with("benefitCode", code);
            }
        }
        if (wanted.isEmpty()) {
            throw ProblemException.unprocessable(
                    "no-eligible-benefit",
                    "The citizen is eligible for no benefit today, so there is nothing to put on a pass.");
        }
        Pass pass = new Pass();
        pass.id = UUID.randomUUID();
        pass.citizenId = citizenId;
        pass.issuedAt = Times.now();
        pass.expiresAt = pass.issuedAt.plus(config.pass().ttl());
        pass.status = Pass.Status.ACTIVE;
        passes.persist(pass);
        List<String> codes = wanted.stream().distinct().toList();
        return new PassView(pass.id, tokens.sign(pass.id, codes, pass.issuedAt, pass.expiresAt), pass.expiresAt, codes);
    }

    /** Revokes a pass of the citizen; revoking twice is harmless. */
    @Transactional
    public void revoke(UUID citizenId, UUID passId) {
        Pass pass = passes.findByIdOptional(passId)
                .filter(p -> p.citizenId.equals(citizenId))
                .orElseThrow(() -> ProblemException.notFound("Pass", passId));
        if (pass.status == Pass.Status.ACTIVE) {
            pass.status = Pass.Status.REVOKED;
            pass.revokedAt = Times.now();
        }
    }

    /** The pass behind a verified token, if it is still known. */
    public Pass find(UUID passId) {
        return passes.findById(passId);
    }
}
