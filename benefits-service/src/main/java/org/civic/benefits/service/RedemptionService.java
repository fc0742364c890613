package org.civic.benefits.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civic.benefits.api.RedemptionInput;
import org.civic.benefits.api.RedemptionView;
import org.civic.benefits.entity.AccessLogEntry;
import org.civic.benefits.entity.Benefit;
import org.civic.benefits.entity.Redemption;
import org.civic.benefits.entity.SiteCategory;
import org.civic.benefits.mapping.BenefitsMapper;
import org.civic.benefits.repository.BenefitRepository;
import org.civic.benefits.repository.RedemptionRepository;
import org.civic.benefits.rules.Evaluation;
import org.civic.benefits.rules.Outcome;
import org.civic.common.persistence.AfterCommit;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;

/**
 * Redemptions: only by an eligible citizen, only where the benefit applies, never past its quota. The
 * quota is enforced by the database: the counter row of (citizen, benefit, period) is locked while the
 * use is checked and counted, and a unique (citizen, benefit, period, sequence) stops a double count.
 */
@ApplicationScoped
public class RedemptionService {

    /** How far ahead of the server clock a reported use may lie (clock skew of a gate). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** The outcome of trying to redeem; only {@link Redeemed} wrote anything that counts. */
    public sealed interface Attempt {}

    public record Redeemed(Redemption redemption) implements Attempt {}

    /** A check (nothing recorded) that would succeed. */
    public record Allowed() implements Attempt {}

    public record NotCovered() implements Attempt {}

    public record NotEligible(Outcome outcome, List<String> missingFacts) implements Attempt {}

    public record QuotaExhausted(Redemption earlier) implements Attempt {}

    private final RedemptionRepository redemptions;
    private final BenefitRepository benefits;
    private final EligibilityService eligibility;
    private final CitizenService citizens;
    private final AccessLogService accessLog;
    private final BenefitsMapper mapper;
    private final BusinessDates dates;
    private final MeterRegistry metrics;
    private final AfterCommit afterCommit;

    public RedemptionService(
            RedemptionRepository redemptions,
            BenefitRepository benefits,
            EligibilityService eligibility,
            CitizenService citizens,
            AccessLogService accessLog,
            BenefitsMapper mapper,
            BusinessDates dates,
            MeterRegistry metrics,
            AfterCommit afterCommit) {
        this.metrics = metrics;
        this.afterCommit = afterCommit;
        this.redemptions = redemptions;
        this.benefits = benefits;
        this.eligibility = eligibility;
        this.citizens = citizens;
        this.accessLog = accessLog;
        this.mapper = mapper;
        this.dates = dates;
    }

    /** Records a use reported through the API; every refusal is a problem naming why. Uses carry no ETag. */
    @Transactional
    public Stored<RedemptionView> redeem(UUID citizenId, RedemptionInput input, String actor) {
        citizens.get(citizenId);
        Benefit benefit = benefits.findByCode(input.benefitCode())
                .orElseThrow(
                        () -> ProblemException.badRequest("benefitCode", "unknown benefit " + input.benefitCode()));
        Instant now = Times.now();
        Instant occurredAt =
                input.occurredAt() == null ? now : input.occurredAt().toInstant();
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.badRequest("occurredAt", "must not lie in the future");
        }
        Attempt attempt = attempt(
                citizenId,
                benefit,
                input.siteCategory(),
                input.siteId().strip(),
                occurredAt,
                Redemption.Channel.API,
                null,
                actor);
        if (attempt instanceof Redeemed redeemed) {
            return Stored.unversioned(mapper.toView(redeemed.redemption(), benefit.code), redeemed.redemption().id);
        }
        if (attempt instanceof NotCovered) {
            throw ProblemException.unprocessable(
                    "site-category-not-covered",
                    "Benefit " + benefit.code + " does not apply at " + input.siteCategory() + "; it applies at "
                            + benefit.siteCategories + ".");
        }
        if (attempt instanceof NotEligible notEligible) {
            throw ProblemException.unprocessable(
                            "not-eligible",
                            "The citizen is not eligible for " + benefit.code + " on " + dates.dateOf(occurredAt) + " ("
                                    + notEligible.outcome() + ").")
                    .with("outcome", notEligible.outcome())
                    .with("missingFacts", notEligible.missingFacts());
        }
        Redemption earlier = ((QuotaExhausted) attempt).earlier();
        throw ProblemException.conflict(
                        "quota-exhausted",
                        "The quota of " + benefit.code + " ("
                                + benefit.quotaLimit + " per " + benefit.quotaPeriod + ") is used up for "
                                + earlier.periodKey
                                + "; last used at " + earlier.occurredAt + " (" + earlier.siteId + ").")
                .with("earlierRedemption", mapper.toView(earlier, benefit.code));
    }

    /**
     * Checks and, when allowed, records one use. Runs in the caller's transaction: the quota counter stays
     * locked until it commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attempt attempt(
            UUID citizenId,
            Benefit benefit,
            SiteCategory siteCategory,
            String siteId,
            Instant occurredAt,
            Redemption.Channel channel,
            UUID passId,
            String actor) {
        Attempt attempt = record(citizenId, benefit, siteCategory, siteId, occurredAt, channel, passId, actor);
        // civic_redemptions_total by benefit, channel and outcome; a use counts once it is committed.
        Runnable count = () -> metrics.counter(
                        "civic.redemptions",
                        "benefit",
                        benefit.code,
                        "channel",
                        channel.name(),
                        "outcome",
                        attempt.getClass()
                                .getSimpleName()
                                .replaceAll("([a-z])([A-Z])", "$1-$2")
                                .toLowerCase(Locale.ROOT))
                .increment();
        if (attempt instanceof Redeemed) {
            afterCommit.run(count);
        } else {
            count.run();
        }
        return attempt;
    }

    private Attempt record(
            UUID citizenId,
            Benefit benefit,
            SiteCategory siteCategory,
            String siteId,
            Instant occurredAt,
            Redemption.Channel channel,
            UUID passId,
            String actor) {
        LocalDate day = dates.dateOf(occurredAt);
        Optional<Attempt> refused = refusal(citizenId, benefit, siteCategory, day);
        if (refused.isPresent()) {
            return refused.get();
        }
        String periodKey = benefit.periodKey(day);
        Integer sequence = null;
        if (benefit.limited()) {
            int used = redemptions.lockUses(citizenId, benefit.id, periodKey);
            if (used >= benefit.quotaLimit) {
                return new QuotaExhausted(redemptions
                        .latestInPeriod(citizenId, benefit.id, periodKey)
                        .orElseThrow());
            }
            redemptions.countUse(citizenId, benefit.id, periodKey);
            sequence = used + 1;
        }
        Redemption redemption = new Redemption();
        redemption.id = UUID.randomUUID();
        redemption.citizenId = citizenId;
        redemption.benefitId = benefit.id;
        redemption.siteId = siteId;
        redemption.siteCategory = siteCategory;
        redemption.occurredAt = occurredAt;
        redemption.periodKey = periodKey;
        redemption.sequenceInPeriod = sequence;
        redemption.channel = channel;
        redemption.passId = passId;
        redemption.recordedAt = Times.now();
        redemption.recordedBy = actor;
        redemptions.persist(redemption);
        return new Redeemed(redemption);
    }

    /** Whether a use would be allowed on {@code day}, without recording or locking anything (a gate that only checks). */
    public Attempt check(UUID citizenId, Benefit benefit, SiteCategory siteCategory, LocalDate day) {
        Optional<Attempt> refused = refusal(citizenId, benefit, siteCategory, day);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (benefit.limited()) {
            String periodKey = benefit.periodKey(day);
            int used =
                    redemptions.uses(citizenId, Map.of(benefit.id, periodKey)).getOrDefault(benefit.id, 0);
            if (used >= benefit.quotaLimit) {
                return new QuotaExhausted(redemptions
                        .latestInPeriod(citizenId, benefit.id, periodKey)
                        .orElseThrow());
            }
        }
        return new Allowed();
    }

    /** The refusal that does not depend on the quota: wrong site category, or not eligible on the day. */
    private Optional<Attempt> refusal(UUID citizenId, Benefit benefit, SiteCategory siteCategory, LocalDate day) {
        if (!benefit.siteCategories.contains(siteCategory)) {
            return Optional.of(new NotCovered());
        }
        Optional<Evaluation> evaluation = eligibility.forBenefit(citizenId, benefit, day);
        if (evaluation.isEmpty() || evaluation.get().outcome() != Outcome.ELIGIBLE) {
            return Optional.of(new NotEligible(
                    evaluation.map(Evaluation::outcome).orElse(Outcome.INELIGIBLE),
                    evaluation.map(Evaluation::missingFacts).orElse(List.of())));
        }
        return Optional.empty();
    }

    @Transactional
    public Page<RedemptionView> list(UUID citizenId, PageRequest page, Access access) {
        citizens.get(citizenId);
        accessLog.record(citizenId, AccessLogEntry.Action.READ_REDEMPTIONS, access);
        List<Redemption> found = redemptions.ofCitizen(citizenId, page);
        Map<UUID, String> codes =
                benefits.codesById(found.stream().map(r -> r.benefitId).toList());
        return Page.of(
                found.stream()
                        .map(r -> mapper.toView(r, codes.get(r.benefitId)))
                        .toList(),
                page,
                redemptions.countOf(citizenId));
    }
}
