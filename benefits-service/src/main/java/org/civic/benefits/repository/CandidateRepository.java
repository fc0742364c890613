package org.civic.benefits.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.civic.benefits.rules.Criterion;
import org.civic.benefits.rules.FactType;
import org.civic.benefits.rules.Operator;
import org.civic.benefits.rules.Regions;

/**
 * Finds candidates for batch eligibility in SQL, so that the exact (three-valued) evaluation in Java only
 * sees citizens who can possibly qualify. The SQL is a necessary condition of the criteria: each condition
 * becomes "some fact valid on the date satisfies it" (index on type, value); all → AND, any → OR, and
 * not, which SQL cannot narrow soundly, → no restriction. It never excludes a citizen the rules accept.
 */
@ApplicationScoped
public class CandidateRepository {

    /** Which earlier uses disqualify: none, any use of some benefits, or a quota used up in a period. */
    public record Usage(List<UUID> benefitIds, Integer quotaLimit, String periodKey) {}

    private final EntityManager entityManager;

    public CandidateRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code limit} candidate ids greater than {@code after} (null: from the start), in id order. */
    public List<UUID> candidates(List<Criterion> criteria, LocalDate asOf, Usage usage, UUID after, int limit) {
        Sql sql = new Sql(asOf);
        List<String> where = new ArrayList<>();
        if (after != null) {
            where.add("c.id > " + sql.bind(after));
        }
        criteria.stream().map(sql::necessary).filter(Objects::nonNull).forEach(where::add);
        String unused = sql.unused(usage);
        if (unused != null) {
            where.add(unused);
        }
        // The values (dates, region prefixes, codes) decide which plan is fast; a prepared statement's
        // generic plan, which PostgreSQL may switch to after five calls, is ten times slower here.
        entityManager
                .createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan")
                .executeUpdate();
        Query query = entityManager.createNativeQuery(
                "SELECT c.id FROM citizen c"
                        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                        + " ORDER BY c.id LIMIT " + sql.bind(limit),
                UUID.class);
        sql.parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    /** One query's SQL fragments and their parameters. */
    private static final class Sql {

        private final LocalDate asOf;
        private final Map<String, Object> parameters = new HashMap<>();

        Sql(LocalDate asOf) {
            this.asOf = asOf;
        }

        /** SQL that holds for every citizen meeting {@code criterion}, or null when it cannot narrow the set. */
        String necessary(Criterion criterion) {
            if (criterion instanceof Criterion.All all) {
                List<String> parts = all.children().stream()
                        .map(this::necessary)
                        .filter(Objects::nonNull)
                        .toList();
                return parts.isEmpty() ? null : "(" + String.join(" AND ", parts) + ")";
            }
            if (criterion instanceof Criterion.Any any) {
                List<String> parts =
                        any.children().stream().map(this::necessary).toList();
                return parts.contains(null) ? null : "(" + String.join(" OR ", parts) + ")";
            }
            if (criterion instanceof Criterion.Not) {
                return null;
            }
            return condition((Criterion.Condition) criterion);
        }

        private String condition(Criterion.Condition condition) {
            String operand =
                    condition.operands().isEmpty() ? null : condition.operands().get(0);
            String value = switch (condition.op()) {
                case EXISTS -> "f.value <> '" + FactType.NONE + "'";
                case IN -> "f.value IN (" + bind(condition.operands()) + ")";
                case WITHIN_REGION -> "f.value LIKE " + bind(Regions.significantPrefix(operand) + "%");
                case EQ, GTE, LTE ->
                    condition.fact() == FactType.AGE
                            ? birthDateForAge(condition.op(), Integer.parseInt(operand))
                            : "f.value " + comparison(condition.op()) + " " + bind(operand);
            };
            String date = bind(asOf);
            return "EXISTS (SELECT 1 FROM fact f WHERE f.citizen_id = c.id AND f.type = "
                    + bind(condition.fact().source().json)
                    + " AND (f.valid_from IS NULL OR f.valid_from <= " + date + ")"
                    + " AND (f.valid_until IS NULL OR f.valid_until >= " + date + ") AND " + value + ")";
        }

        /**
         * Age in whole years on the evaluation date as a range of ISO birth dates (which order as text):
         * age ≥ n ⇔ born on or before asOf − n years; age ≤ n ⇔ born after asOf − (n + 1) years.
         */
        private String birthDateForAge(Operator op, int years) {
            return switch (op) {
                case GTE -> bornBy(years);
                case LTE -> bornAfter(years + 1);
                default -> bornBy(years) + " AND " + bornAfter(years + 1);
            };
        }

        private String bornBy(int years) {
            return "f.value <= " + bind(asOf.minusYears(years).toString());
        }

        private String bornAfter(int years) {
            return "f.value > " + bind(asOf.minusYears(years).toString());
        }

        private static String comparison(Operator op) {
            return switch (op) {
                case GTE -> ">=";
                case LTE -> "<=";
                default -> "=";
            };
        }

        String unused(Usage usage) {
            if (usage.quotaLimit() != null) {
                return "NOT EXISTS (SELECT 1 FROM quota_counter q WHERE q.citizen_id = c.id AND q.benefit_id = "
                        + bind(usage.benefitIds().get(0)) + " AND q.period_key = " + bind(usage.periodKey())
                        + " AND q.used >= " + bind(usage.quotaLimit()) + ")";
            }
            if (usage.benefitIds().isEmpty()) {
                return null;
            }
            return "NOT EXISTS (SELECT 1 FROM redemption r WHERE r.citizen_id = c.id AND r.benefit_id IN ("
                    + bind(usage.benefitIds()) + "))";
        }

        String bind(Object value) {
            String name = "p" + parameters.size();
            parameters.put(name, value);
            return ":" + name;
        }
    }
}
