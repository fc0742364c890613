package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civic.benefits.entity.SanctionRuleVersion;

@ApplicationScoped
public class SanctionRuleRepository implements PanacheRepositoryBase<SanctionRuleVersion, UUID> {

    public List<SanctionRuleVersion> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 order by number", programmeId);
    }

    public int lastNumber(UUID programmeId) {
        return ofProgramme(programmeId).stream().mapToInt(v -> v.number).max().orElse(0);
    }

    public boolean startsOn(UUID programmeId, LocalDate effectiveFrom) {
        return count("programmeId = ?1 and effectiveFrom = ?2", programmeId, effectiveFrom) > 0;
    }

    /** The version in force on the day: the latest started by then, unless it has ended. */
    public Optional<SanctionRuleVersion> inForceOn(UUID programmeId, LocalDate day) {
        return find("programmeId = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc", programmeId, day)
                .firstResultOptional()
                .filter(version -> version.effectiveTo == null || !version.effectiveTo.isBefore(day));
    }
}
