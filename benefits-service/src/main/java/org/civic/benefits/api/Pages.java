package org.civic.benefits.api;

import org.civic.common.web.PageSchema;

/** The paging envelopes of the list operations, as the OpenAPI document names them (documentation only). */
public final class Pages {

    private Pages() {}

    public static final class ProgrammePage extends PageSchema<ProgrammeView> {}

    public static final class AccessLogPage extends PageSchema<AccessLogEntryView> {}

    public static final class RedemptionPage extends PageSchema<RedemptionView> {}
}
