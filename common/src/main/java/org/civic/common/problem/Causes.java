package org.civic.common.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** A failure's cause chain, the one way the suite walks it. */
public final class Causes {

    /** However deeply a failure is wrapped, this many links are enough to find what it is. */
    private static final int MAX_DEPTH = 32;

    private Causes() {}

    /**
     * The failure, then its cause, its cause's cause and so on: at most {@value #MAX_DEPTH}, each once, so a chain
     * that loops back on itself (a cause that names itself or an earlier one) still ends.
     */
    public static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && chain.size() < MAX_DEPTH && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
