package org.civic.benefits.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A person's facts as known on one date: only records valid that day count. A multi-valued fact holds all
 * its valid values ({@link FactType#NONE} alone means "checked: none"); a single-valued fact holds the value
 * that became valid last (ties: recorded last).
 */
public final class Facts {

    /** One recorded fact; null validity bounds are open, a null recordedAt sorts first. */
    public record Recorded(FactType type, String value, LocalDate validFrom, LocalDate validUntil, Instant recordedAt) {

        boolean validOn(LocalDate date) {
            return (validFrom == null || !validFrom.isAfter(date))
                    && (validUntil == null || !validUntil.isBefore(date));
        }
    }

    private static final Comparator<Recorded> LATEST_FIRST = Comparator.comparing(
                    (Recorded r) -> r.validFrom() == null ? LocalDate.MIN : r.validFrom())
            .thenComparing(r -> r.recordedAt() == null ? Instant.MIN : r.recordedAt())
            .reversed();

    private final Map<FactType, List<String>> known;

    private Facts(Map<FactType, List<String>> known) {
        this.known = known;
    }

    public static Facts asOf(LocalDate date, Collection<Recorded> recorded) {
        Map<FactType, List<Recorded>> valid = recorded.stream()
                .filter(r -> r.validOn(date))
                .collect(Collectors.groupingBy(
                        Recorded::type, () -> new EnumMap<>(FactType.class), Collectors.toList()));
        Map<FactType, List<String>> known = new EnumMap<>(FactType.class);
        valid.forEach((type, records) -> known.put(
                type,
                type.multiValued
                        ? records.stream()
                                .map(Recorded::value)
                                .filter(v -> !FactType.NONE.equals(v))
                                .distinct()
                                .sorted()
                                .toList()
                        : List.of(records.stream()
                                .sorted(LATEST_FIRST)
                                .findFirst()
                                .orElseThrow()
                                .value())));
        String birthDate = known.containsKey(FactType.BIRTH_DATE)
                ? known.get(FactType.BIRTH_DATE).get(0)
                : null;
        if (birthDate != null) {
            LocalDate born = LocalDate.parse(birthDate);
            // Negative before birth: no age condition holds for someone not yet born.
            int years = born.isAfter(date) ? -1 : Period.between(born, date).getYears();
            known.put(FactType.AGE, List.of(Integer.toString(years)));
        }
        return new Facts(known);
    }

    /** The values known on the date; empty when nothing is recorded (the fact is unknown). */
    public Optional<List<String>> values(FactType type) {
        return Optional.ofNullable(known.get(type));
    }
}
