package org.civic.progress.service;

/**
 * Which change-feed events API clients may see: those of programmes that are not drafts. Progress knows a programme's
 * state only from its local copy of the registry's plans (the plan read model, table {@code plan_programme}); until
 * that table is part of this service's schema, API clients see no events at all, which never shows a draft's.
 */
final class ChangeVisibility {

    /** An SQL condition on the change row {@code e}, for callers who are not staff. */
    static final String API_CLIENTS = "false";

    private ChangeVisibility() {}
}
