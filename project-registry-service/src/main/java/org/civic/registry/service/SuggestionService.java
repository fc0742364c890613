package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civic.common.crypto.PersonalDataCipher;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.registry.api.ChangeEvent;
import org.civic.registry.api.ScreeningInput;
import org.civic.registry.api.SuggestionInput;
import org.civic.registry.api.SuggestionSummary;
import org.civic.registry.api.SuggestionView;
import org.civic.registry.config.SuggestionLimits;
import org.civic.registry.entity.Suggestion;
import org.civic.registry.mapping.SelectionMapper;
import org.civic.registry.repository.RegionRepository;
import org.civic.registry.repository.SuggestionRepository;

/**
 * Suggestions from the public (群众提): submission by apps and staff, the per-client limit on duplicates, staff's
 * screening, and what API clients may read (accepted suggestions, never a contact).
 */
@ApplicationScoped
public class SuggestionService {

    private final SuggestionRepository suggestions;
    private final RegionRepository regions;
    private final PersonalDataCipher cipher;
    private final SelectionMapper mapper;
    private final SuggestionLimits limits;
    private final Caller caller;
    private final ChangeFeed feed;

    public SuggestionService(
            SuggestionRepository suggestions,
            RegionRepository regions,
            PersonalDataCipher cipher,
            SelectionMapper mapper,
            SuggestionLimits limits,
            Caller caller,
            ChangeFeed feed) {
        this.suggestions = suggestions;
        this.regions = regions;
        this.cipher = cipher;
        this.mapper = mapper;
        this.limits = limits;
        this.caller = caller;
        this.feed = feed;
    }

    @Transactional
    public Stored<SuggestionView> submit(SuggestionInput input) {
        if (regions.findById(input.regionCode()) == null) {
            throw ProblemException.badRequest("regionCode", "unknown region " + input.regionCode());
        }
        List<String> districts = ProjectService.orEmpty(input.districtCodes());
        Set<String> known = regions.existing(districts);
        List<Problem.Violation> unknown = districts.stream()
                .filter(c -> !known.contains(c))
                .map(c -> new Problem.Violation("districtCodes", "unknown region " + c))
                .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest(unknown);
        }
        String text = input.text().strip();
        byte[] digest = digest(text);
        refuseFlood(caller.name(), digest);
        Suggestion suggestion = new Suggestion();
        suggestion.id = UUID.randomUUID();
        suggestion.regionCode = input.regionCode();
        suggestion.year = input.year();
        suggestion.text = text;
        suggestion.domainCode = input.domainCode();
        suggestion.districtCodes.addAll(districts);
        suggestion.channel = input.channel();
        String contact = ProjectService.blankToNull(input.contact());
        suggestion.contactSealed =
                contact == null ? null : cipher.seal(contact, suggestion.id, SelectionMapper.CONTACT);
        suggestion.submittedBy = caller.name();
        suggestion.textDigest = digest;
        suggestion.status = Suggestion.Status.SUBMITTED;
        suggestion.createdAt = Times.now();
        suggestion.updatedAt = suggestion.createdAt;
        suggestions.persist(suggestion);
        suggestions.flush();
        return recorded(ChangeEvent.SUGGESTION_SUBMITTED, suggestion);
    }

    /**
     * One client may submit the same text at most {@code registry.suggestions.max-duplicates} times per
     * {@code duplicate-window}; the next is a 429 whose Retry-After says when the oldest of them leaves the window.
     * Submissions of one client and text are serialised (an advisory lock), so concurrent duplicates are counted.
     */
    void refuseFlood(String submittedBy, byte[] digest) {
        suggestions.lockSubmissions(submittedBy, digest);
        Instant now = Times.now();
        List<Instant> earlier = suggestions.sameTextSince(submittedBy, digest, now.minus(limits.duplicateWindow()));
        if (earlier.size() >= limits.maxDuplicates()) {
            long retryAfter = Math.max(
                    1,
                    Duration.between(now, earlier.get(0).plus(limits.duplicateWindow()))
                            .toSeconds());
            throw new ProblemException(new Problem(
                            "duplicate-suggestions",
                            "Too Many Requests",
                            429,
                            "This client has already submitted the same text " + earlier.size()
                                    + " times within " + limits.duplicateWindow()
                                    + "; at most " + limits.maxDuplicates() + " are accepted."))
                    .header("Retry-After", String.valueOf(retryAfter));
        }
    }

    /**
     * What counts as the same text: Unicode NFKC (full-width and half-width alike), lower case, without white space
     * and punctuation; its SHA-256.
     */
    static byte[] digest(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{P}]", "");
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    @Transactional // the sealed contact and districts are read inside the transaction
    public Page<SuggestionView> list(String regionCode, Integer year, Suggestion.Status status, PageRequest page) {
        if (!caller.staff() && status != null && status != Suggestion.Status.ACCEPTED) {
            throw ProblemException.badRequest("status", "API clients see accepted suggestions only");
        }
        Suggestion.Status visible = caller.staff() ? status : Suggestion.Status.ACCEPTED;
        return Page.of(
                suggestions.list(regionCode, year, visible, page).stream()
                        .map(this::view)
                        .toList(),
                page,
                suggestions.count(regionCode, year, visible));
    }

    @Transactional
    public SuggestionView read(UUID id) {
        return view(get(id));
    }

    /** API clients see accepted suggestions only; to them the others do not exist. */
    Suggestion get(UUID id) {
        return suggestions
                .findByIdOptional(id)
                .filter(s -> caller.staff() || s.status == Suggestion.Status.ACCEPTED)
                .orElseThrow(() -> ProblemException.notFound("Suggestion", id));
    }

    public SuggestionSummary summary(String regionCode, int year) {
        Map<Suggestion.Status, Long> counts = suggestions.countsByStatus(regionCode, year);
        return new SuggestionSummary(
                regionCode,
                year,
                counts.values().stream().mapToLong(Long::longValue).sum(),
                counts.get(Suggestion.Status.SUBMITTED),
                counts.get(Suggestion.Status.ACCEPTED),
                counts.get(Suggestion.Status.MERGED),
                counts.get(Suggestion.Status.REJECTED));
    }

    /**
     * Screening happens once: ACCEPTED, MERGED into an accepted suggestion of the same region and year, or REJECTED
     * with the criterion or negative-list entry it fails as the reason.
     */
    @Transactional
    public Stored<SuggestionView> screen(UUID id, ScreeningInput input) {
        Suggestion suggestion = get(id);
        if (suggestion.status != Suggestion.Status.SUBMITTED) {
            throw ProblemException.conflict(
                    "suggestion-screened", "Suggestion " + id + " was already screened: " + suggestion.status + ".");
        }
        String reason = ProjectService.blankToNull(input.reason());
        String type;
        switch (input.status()) {
            case ACCEPTED -> {
                requireNoTarget(input);
                suggestion.status = Suggestion.Status.ACCEPTED;
                type = ChangeEvent.SUGGESTION_ACCEPTED;
            }
            case MERGED -> {
                suggestion.mergedIntoId = mergeTarget(suggestion, input.mergedIntoId());
                suggestion.status = Suggestion.Status.MERGED;
                type = ChangeEvent.SUGGESTION_MERGED;
            }
            default -> {
                requireNoTarget(input);
                if (reason == null) {
                    throw ProblemException.badRequest(
                            "reason", "a rejection names the criterion or negative-list entry it fails");
                }
                suggestion.status = Suggestion.Status.REJECTED;
                type = ChangeEvent.SUGGESTION_REJECTED;
            }
        }
        suggestion.screeningReason = reason;
        suggestion.screenedBy = caller.name();
        suggestion.screenedAt = Times.now();
        suggestion.updatedAt = suggestion.screenedAt;
        suggestions.flush();
        return recorded(type, suggestion);
    }

    private static void requireNoTarget(ScreeningInput input) {
        if (input.mergedIntoId() != null) {
            throw ProblemException.badRequest("mergedIntoId", "only a MERGED screening names a suggestion to join");
        }
    }

    private UUID mergeTarget(Suggestion suggestion, UUID targetId) {
        if (targetId == null) {
            throw ProblemException.badRequest("mergedIntoId", "a MERGED screening names the suggestion it joins");
        }
        Suggestion target = suggestions
                .findByIdOptional(targetId)
                .orElseThrow(() -> ProblemException.badRequest("mergedIntoId", "unknown suggestion " + targetId));
        if (target.status != Suggestion.Status.ACCEPTED
                || !target.regionCode.equals(suggestion.regionCode)
                || target.year != suggestion.year) {
            throw ProblemException.badRequest(
                    "mergedIntoId", "must be an accepted suggestion of the same region and year");
        }
        return target.id;
    }

    /** Accepted suggestions by id, for a candidate's lineage; any other id is a violation of {@code field}. */
    List<Problem.Violation> notAccepted(List<UUID> ids, String field) {
        Map<UUID, Suggestion> found = suggestions.byIds(ids).stream().collect(Collectors.toMap(s -> s.id, s -> s));
        return ids.stream()
                .filter(id -> found.get(id) == null || found.get(id).status != Suggestion.Status.ACCEPTED)
                .map(id -> new Problem.Violation(field, "suggestion " + id + " is unknown or not accepted"))
                .toList();
    }

    /** The accepted suggestions behind a candidate, as anyone may see them. */
    List<SuggestionView> publicViews(Collection<UUID> ids) {
        return suggestions.byIds(ids).stream().map(mapper::toPublicView).toList();
    }

    private SuggestionView view(Suggestion suggestion) {
        return caller.staff() ? mapper.toStaffView(suggestion) : mapper.toPublicView(suggestion);
    }

    private Stored<SuggestionView> recorded(String type, Suggestion suggestion) {
        // The feed keeps the public view: no contact, whoever reads it.
        feed.record(type, suggestion.id, suggestion.version, null, mapper.toPublicView(suggestion));
        return Stored.of(mapper.toStaffView(suggestion), suggestion.id, suggestion.version);
    }
}
