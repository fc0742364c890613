package org.civic.progress.entity;

import java.util.Arrays;
import java.util.Optional;

/** The standard milestone ladder, lowest first; a project's phase is the highest rung it has met. */
public enum Ladder {
    APPROVED("立项"),
    STARTED("开工"),
    STRUCTURE_DONE("主体完工"),
    BASICALLY_COMPLETED("基本完成"),
    COMPLETED("竣工/已完成"),
    ACCEPTED("验收"),
    IN_OPERATION("投入使用");

    public final String nameZh;

    Ladder(String nameZh) {
        this.nameZh = nameZh;
    }

    public static Optional<Ladder> of(String code) {
        return Arrays.stream(values()).filter(l -> l.name().equals(code)).findFirst();
    }

    /** Completed or beyond: the project's promise is delivered. */
    public boolean delivered() {
        return ordinal() >= COMPLETED.ordinal();
    }
}
