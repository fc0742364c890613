package org.civic.registry.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A typed target of a project: 163 compounds, 23,000 households. */
@Embeddable
public class Indicator {

    public enum Direction { INCREASE, DECREASE }

    public String key;
    public String name;
    public String unit;
    public BigDecimal baseline;
    public BigDecimal target;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public boolean cumulative;
}
