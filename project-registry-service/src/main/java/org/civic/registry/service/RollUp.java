package org.civic.registry.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a parent's progress and achievement roll up from its sub-items: each child's share (weights summing to 1).
 * Pure. <b>Rule:</b> when every child has an explicit weight, the shares are those weights normalised
 * ({@code EXPLICIT}); a child without a weight beside children with one is refused when written (422), never
 * guessed. When no child has a weight: by planned investment ({@code INVESTMENT}) if every child has a positive
 * investment, otherwise equal shares ({@code EQUAL}) — a child without investment is never silently given 0.
 */
public final class RollUp {

    @Schema(name = "RollUpBasis", description = "EXPLICIT weights, INVESTMENT-weighted, or EQUAL shares")
    public enum Basis {
        EXPLICIT,
        INVESTMENT,
        EQUAL
    }

    /** One child as the rule sees it. */
    public record Child(String code, BigDecimal weight, BigDecimal investment) {}

    public record Result(Basis basis, List<BigDecimal> shares) {}

    private static final int SCALE = 6;

    private RollUp() {}

    /** Whether the children's weights are all given or all absent (the only consistent states). */
    public static boolean consistent(List<Child> children) {
        long weighted = children.stream().filter(c -> c.weight() != null).count();
        return weighted == 0 || weighted == children.size();
    }

    /** The shares, in the children's order; call only on {@link #consistent} children. */
    public static Result shares(List<Child> children) {
        if (children.isEmpty()) {
            return new Result(Basis.EQUAL, List.of());
        }
        if (children.get(0).weight() != null) {
            return new Result(
                    Basis.EXPLICIT,
                    normalise(children.stream().map(Child::weight).toList()));
        }
        boolean allInvested = children.stream().map(Child::investment).allMatch(i -> i != null && i.signum() > 0);
        if (allInvested) {
            return new Result(
                    Basis.INVESTMENT,
                    normalise(children.stream().map(Child::investment).toList()));
        }
        return new Result(
                Basis.EQUAL,
                normalise(children.stream().map(c -> BigDecimal.ONE).toList()));
    }

    private static List<BigDecimal> normalise(List<BigDecimal> values) {
        BigDecimal total = values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = new ArrayList<>();
        for (BigDecimal value : values) {
            shares.add(value.divide(total, SCALE, RoundingMode.HALF_EVEN));
        }
        return shares;
    }
}
