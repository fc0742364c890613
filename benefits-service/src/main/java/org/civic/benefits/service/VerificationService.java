package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.civic.benefits.api.VerificationRequest;
import org.civic.benefits.api.VerificationResult;
import org.civic.benefits.api.VerificationResult.Reason;
import org.civic.benefits.crypto.PassTokens;
import org.civic.benefits.entity.Benefit;
import org.civic.benefits.entity.Pass;
import org.civic.benefits.entity.Redemption;
import org.civic.benefits.repository.BenefitRepository;
import org.civic.common.web.Times;

/**
 * A gate or validator checks a pass: signature and expiry first, then revocation, then whether one of the
 * pass's benefits applies at the site's category, the holder is still eligible and quota remains. With
 * {@code redeem} the use is recorded in the same transaction. The answer never identifies the holder.
 */
@ApplicationScoped
public class VerificationService {

    private final PassTokens tokens;
    private final PassService passes;
    private final BenefitRepository benefits;
    private final RedemptionService redemptions;
    private final BusinessDates dates;

    public VerificationService(
            PassTokens tokens,
            PassService passes,
            BenefitRepository benefits,
            RedemptionService redemptions,
            BusinessDates dates) {
        this.tokens = tokens;
        this.passes = passes;
        this.benefits = benefits;
        this.redemptions = redemptions;
        this.dates = dates;
    }

    @Transactional
    public VerificationResult verify(VerificationRequest request, String actor) {
        Instant now = Times.now();
        PassTokens.Claims claims;
        try {
            claims = tokens.verify(request.token().strip(), now);
        } catch (PassTokens.InvalidToken e) {
            return VerificationResult.refused(
                    null,
                    switch (e.failure) {
                        case EXPIRED -> Reason.TOKEN_EXPIRED;
                        case BAD_SIGNATURE -> Reason.TOKEN_BAD_SIGNATURE;
                        case MALFORMED -> Reason.TOKEN_MALFORMED;
                    });
        }
        Pass pass = passes.find(claims.passId());
        if (pass == null) {
            return VerificationResult.refused(null, Reason.PASS_UNKNOWN);
        }
        if (pass.status == Pass.Status.REVOKED) {
            return VerificationResult.refused(null, Reason.PASS_REVOKED);
        }
        List<Benefit> applicable = benefits.findByCodes(claims.benefitCodes()).stream()
                .filter(benefit -> benefit.siteCategories.contains(request.siteCategory()))
                .sorted(Comparator.comparing(benefit -> claims.benefitCodes().indexOf(benefit.code)))
                .toList();
        if (applicable.isEmpty()) {
            return VerificationResult.refused(null, Reason.SITE_CATEGORY_NOT_COVERED);
        }
        VerificationResult firstRefusal = null;
        for (Benefit benefit : applicable) {
            RedemptionService.Attempt attempt = request.redeem()
                    ? redemptions.attempt(
                            pass.citizenId,
                            benefit,
                            request.siteCategory(),
                            request.siteId().strip(),
                            now,
                            Redemption.Channel.VERIFICATION,
                            pass.id,
                            actor)
                    : redemptions.check(pass.citizenId, benefit, request.siteCategory(), dates.dateOf(now));
            if (attempt instanceof RedemptionService.Redeemed) {
                return new VerificationResult(true, benefit.code, Reason.REDEEMED, true);
            }
            if (attempt instanceof RedemptionService.Allowed) {
                return new VerificationResult(true, benefit.code, Reason.ELIGIBLE, false);
            }
            if (firstRefusal == null) {
                firstRefusal = VerificationResult.refused(
                        benefit.code,
                        attempt instanceof RedemptionService.QuotaExhausted
                                ? Reason.QUOTA_EXHAUSTED
                                : Reason.NOT_ELIGIBLE);
            }
        }
        return firstRefusal;
    }
}
