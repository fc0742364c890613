package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.UUID;
import org.civic.benefits.api.AccessLogEntryView;
import org.civic.benefits.entity.AccessLogEntry;
import org.civic.benefits.mapping.BenefitsMapper;
import org.civic.benefits.repository.AccessLogRepository;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.RequestIds;
import org.civic.common.web.Times;

/**
 * The audit trail of reads. Entries are written in the transaction of the read they record, so a read
 * whose entry cannot be written fails with it.
 */
@ApplicationScoped
public class AccessLogService {

    private final AccessLogRepository log;
    private final BenefitsMapper mapper;

    public AccessLogService(AccessLogRepository log, BenefitsMapper mapper) {
        this.log = log;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID citizenId, AccessLogEntry.Action action, Access access) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.citizenId = citizenId;
        entry.accessedAt = Times.now();
        entry.actor = access.actor();
        entry.purpose = access.purpose();
        entry.action = action;
        entry.requestId = RequestIds.current();
        log.persist(entry);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(Collection<UUID> citizenIds, AccessLogEntry.Action action, Access access) {
        log.appendAll(citizenIds, action, access.actor(), access.purpose(), RequestIds.current(), Times.now());
    }

    public Page<AccessLogEntryView> list(UUID citizenId, PageRequest page) {
        return Page.of(
                log.ofCitizen(citizenId, page).stream().map(mapper::toView).toList(), page, log.countOf(citizenId));
    }
}
