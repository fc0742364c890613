package org.civic.registry.api;

import org.civic.common.web.PageSchema;

/** The paging envelopes of the list operations, as the OpenAPI document names them (documentation only). */
public final class Pages {

    private Pages() {}

    public static final class RegionPage extends PageSchema<RegionView> {}

    public static final class DepartmentPage extends PageSchema<DepartmentView> {}

    public static final class ProgrammePage extends PageSchema<ProgrammeView> {}

    public static final class ProjectPage extends PageSchema<ProjectView> {}
}
