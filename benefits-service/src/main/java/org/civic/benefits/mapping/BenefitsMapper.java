package org.civic.benefits.mapping;

import static org.civic.common.web.Decimals.plain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.civic.benefits.api.AccessLogEntryView;
import org.civic.benefits.api.BenefitDto;
import org.civic.benefits.api.CitizenView;
import org.civic.benefits.api.FactView;
import org.civic.benefits.api.LegalBasis;
import org.civic.benefits.api.ProgrammeView;
import org.civic.benefits.api.QuotaDto;
import org.civic.benefits.api.RedemptionView;
import org.civic.benefits.api.RuleVersionView;
import org.civic.benefits.crypto.PersonalDataCipher;
import org.civic.benefits.entity.AccessLogEntry;
import org.civic.benefits.entity.Benefit;
import org.civic.benefits.entity.BenefitProgramme;
import org.civic.benefits.entity.Citizen;
import org.civic.benefits.entity.Fact;
import org.civic.benefits.entity.Redemption;
import org.civic.benefits.entity.RuleVersion;
import org.civic.benefits.rules.LocalizedText;

/** Entity ⇄ API model. The API never exposes entities, and personal data leaves only masked. */
@ApplicationScoped
public class BenefitsMapper {

    /** Field names authenticated with each ciphertext; a ciphertext only opens under its own. */
    public static final String NAME = "name";

    public static final String NATIONAL_ID = "nationalIdNumber";
    public static final String PHONE = "phone";

    private final PersonalDataCipher cipher;

    public BenefitsMapper(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public ProgrammeView toView(BenefitProgramme programme) {
        return new ProgrammeView(
                programme.code,
                new LocalizedText(programme.nameZh, programme.nameEn),
                List.copyOf(programme.issuingAgencies),
                programme.regionCode,
                new LegalBasis(programme.legalBasisTitle, programme.legalBasisSource),
                programme.effectiveFrom,
                programme.effectiveTo,
                programme.registryProjectId,
                programme.benefits.stream().map(this::toDto).toList(),
                programme.createdAt,
                programme.updatedAt);
    }

    public BenefitDto toDto(Benefit benefit) {
        return new BenefitDto(
                benefit.code,
                new LocalizedText(benefit.nameZh, benefit.nameEn),
                benefit.kind,
                List.copyOf(benefit.siteCategories),
                benefit.limited() ? new QuotaDto(benefit.quotaLimit, benefit.quotaPeriod) : null,
                benefit.applicationRequired,
                plain(benefit.amount),
                benefit.article);
    }

    /** Copies a benefit as written onto its entity (the programme and position are the caller's). */
    public void apply(BenefitDto dto, Benefit benefit) {
        benefit.code = dto.code();
        benefit.nameZh = dto.name().zh().strip();
        benefit.nameEn = dto.name().en() == null ? null : dto.name().en().strip();
        benefit.kind = dto.kind();
        benefit.siteCategories.clear();
        benefit.siteCategories.addAll(dto.siteCategories());
        benefit.quotaLimit = dto.quota() == null ? null : dto.quota().limit();
        benefit.quotaPeriod = dto.quota() == null ? null : dto.quota().per();
        benefit.applicationRequired = dto.applicationRequired();
        benefit.amount = dto.amount();
        benefit.article = dto.article();
    }

    public RuleVersionView toView(RuleVersion version, String programmeCode) {
        return new RuleVersionView(
                programmeCode,
                version.number,
                version.effectiveFrom,
                version.effectiveTo,
                version.criteria,
                version.benefitCriteria,
                version.note,
                version.createdAt,
                version.createdBy);
    }

    public CitizenView toView(Citizen citizen) {
        return new CitizenView(
                citizen.id,
                Masks.name(cipher.open(citizen.nameSealed, citizen.id, NAME)),
                Masks.nationalIdNumber(cipher.open(citizen.nationalIdSealed, citizen.id, NATIONAL_ID)),
                citizen.phoneSealed == null ? null : Masks.phone(cipher.open(citizen.phoneSealed, citizen.id, PHONE)),
                citizen.createdAt);
    }

    public FactView toView(Fact fact) {
        return new FactView(
                fact.id,
                fact.type,
                fact.value,
                fact.source,
                fact.validFrom,
                fact.validUntil,
                fact.recordedAt,
                fact.recordedBy);
    }

    public RedemptionView toView(Redemption redemption, String benefitCode) {
        return new RedemptionView(
                redemption.id,
                benefitCode,
                redemption.siteId,
                redemption.siteCategory,
                redemption.occurredAt,
                redemption.periodKey,
                redemption.sequenceInPeriod,
                redemption.channel,
                redemption.recordedAt,
                redemption.recordedBy);
    }

    public AccessLogEntryView toView(AccessLogEntry entry) {
        return new AccessLogEntryView(entry.accessedAt, entry.actor, entry.purpose, entry.action, entry.requestId);
    }
}
