package org.civic.progress.service;

/**
 * Which change-feed events API clients may see: those of programmes that are not drafts, by the programme's state in
 * the plan read model (table {@code plan_programme}), checked on each read as the registry checks its own feed.
 */
final class ChangeVisibility {

    /** An SQL condition on the change row {@code e}, for callers who are not staff. */
    static final String API_CLIENTS =
            "EXISTS (SELECT 1 FROM plan_programme p WHERE p.id = e.programme_id AND p.state <> 'DRAFT')";

    private ChangeVisibility() {}
}
