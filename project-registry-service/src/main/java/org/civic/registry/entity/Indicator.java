package org.civic.registry.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A typed target of a project: 163 compounds, 23,000 households. */
@Embeddable
public class Indicator {

    @Schema(name = "IndicatorDirection", description = "Whether the target is reached by going up (INCREASE) or down")
    public enum Direction {
        INCREASE,
        DECREASE
    }

    public String key;
    public String name;
    public String unit;
    public BigDecimal baseline;
    public BigDecimal target;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public boolean cumulative;
}
