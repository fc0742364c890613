package org.civic.progress.entity;

import java.util.Arrays;
import java.util.Optional;

/** The standard milestone ladder, lowest first; a project's phase is the highest rung it has met. */
public enum Ladder {
    APPROVED("立项", "Approved"),
    STARTED("开工", "Started"),
    STRUCTURE_DONE("主体完工", "Main structure done"),
    BASICALLY_COMPLETED("基本完成", "Basically completed"),
    COMPLETED("竣工/已完成", "Completed"),
    ACCEPTED("验收", "Accepted"),
    IN_OPERATION("投入使用", "In operation");

    public final String nameZh;
    public final String nameEn;

    Ladder(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public static Optional<Ladder> of(String code) {
        return Arrays.stream(values()).filter(l -> l.name().equals(code)).findFirst();
    }

    /** Completed or beyond: the project's promise is delivered. */
    public boolean delivered() {
        return ordinal() >= COMPLETED.ordinal();
    }
}
