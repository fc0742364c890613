package org.civic.registry.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.crypto.PersonalDataCipher;
import org.civic.registry.api.CandidateView;
import org.civic.registry.api.SuggestionView;
import org.civic.registry.api.VoteView;
import org.civic.registry.entity.Candidate;
import org.civic.registry.entity.Suggestion;
import org.civic.registry.entity.Vote;
import org.civic.registry.service.VoteCount;

/** Suggestions, candidates and votes ⇄ API model; a suggestion's contact leaves only masked, and only to staff. */
@ApplicationScoped
public class SelectionMapper {

    /** The field name authenticated with a sealed contact; a ciphertext only opens under its own. */
    public static final String CONTACT = "contact";

    private final PersonalDataCipher cipher;
    private final RegistryMapper registry;

    public SelectionMapper(PersonalDataCipher cipher, RegistryMapper registry) {
        this.cipher = cipher;
        this.registry = registry;
    }

    /** As staff see it: the contact masked, who submitted it. */
    public SuggestionView toStaffView(Suggestion suggestion) {
        String contact = suggestion.contactSealed == null
                ? null
                : mask(cipher.open(suggestion.contactSealed, suggestion.id, CONTACT));
        return view(suggestion, contact, suggestion.submittedBy);
    }

    /** As API clients and the change feed see it: no contact, not who submitted it. */
    public SuggestionView toPublicView(Suggestion suggestion) {
        return view(suggestion, null, null);
    }

    private static SuggestionView view(Suggestion suggestion, String contact, String submittedBy) {
        return new SuggestionView(
                suggestion.id,
                suggestion.regionCode,
                suggestion.year,
                suggestion.text,
                suggestion.domainCode,
                List.copyOf(suggestion.districtCodes),
                suggestion.channel,
                contact,
                submittedBy,
                suggestion.status,
                suggestion.mergedIntoId,
                suggestion.screeningReason,
                suggestion.createdAt,
                suggestion.screenedAt);
    }

    public CandidateView toView(Candidate candidate, UUID projectId) {
        return new CandidateView(
                candidate.id,
                candidate.programmeId,
                candidate.code,
                candidate.title,
                candidate.domainCode,
                candidate.leadDepartmentId,
                candidate.plannedInvestment,
                candidate.indicators.stream().map(registry::toDto).toList(),
                List.copyOf(candidate.suggestionIds),
                projectId,
                candidate.createdAt,
                candidate.updatedAt);
    }

    public VoteView toView(Vote vote, Map<UUID, Candidate> candidates) {
        List<VoteView.TallyView> tallies = vote.tallies.stream()
                .map(t -> new VoteView.TallyView(
                        t.candidateId,
                        candidates.get(t.candidateId).code,
                        candidates.get(t.candidateId).title,
                        t.votesFor,
                        t.votesAgainst,
                        t.abstentions,
                        t.rank,
                        t.outcome))
                .toList();
        int selected = (int) vote.tallies.stream()
                .filter(t -> t.outcome == VoteCount.Outcome.SELECTED)
                .count();
        return new VoteView(
                vote.id,
                vote.programmeId,
                vote.sessionName,
                vote.sessionDate,
                vote.deputiesSeated,
                vote.deputiesPresent,
                vote.quorumRule,
                vote.passRule,
                vote.seats,
                selected,
                vote.seats - selected,
                vote.state,
                tallies,
                vote.correctsId,
                vote.correctionReason,
                vote.recordedBy,
                vote.confirmedBy,
                vote.confirmedAt,
                vote.createdAt);
    }

    /**
     * Enough to recognise, not enough to reach: 13812345678 → 138****5678, li.ming@example.cn → l***@example.cn,
     * anything else keeps its first character.
     */
    static String mask(String contact) {
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.charAt(0) + "***" + contact.substring(at);
        }
        if (contact.length() >= 8) {
            return contact.substring(0, 3) + "*".repeat(contact.length() - 7) + contact.substring(contact.length() - 4);
        }
        return contact.charAt(0) + "*".repeat(contact.length() - 1);
    }
}
