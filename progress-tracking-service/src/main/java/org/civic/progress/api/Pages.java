package org.civic.progress.api;

import org.civic.common.web.PageSchema;

/** The paging envelopes of the list operations, as the OpenAPI document names them (documentation only). */
public final class Pages {

    private Pages() {}

    public static final class ReportPage extends PageSchema<ReportView> {}

    public static final class NoticePage extends PageSchema<NoticeView> {}
}
