package org.civic.common.security;

import java.util.Set;

/**
 * The roles (staff) and scopes (API clients) a gateway identity can carry in its {@code groups} claim.
 * The services check them with {@code @RolesAllowed}; the gateway decides who gets which.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    /** Bound to one department (the identity's {@code department} claim). */
    public static final String EDITOR = "editor";

    public static final String REVIEWER = "reviewer";
    public static final String BENEFITS_OFFICER = "benefits-officer";
    public static final String DASHBOARD = "dashboard";

    public static final String PUBLIC_READ = "public:read";
    public static final String PROGRESS_WRITE = "progress:write";
    public static final String BENEFITS_VERIFY = "benefits:verify";

    /** The staff roles a gateway identity may carry. */
    public static final Set<String> STAFF_ROLES = Set.of(ADMIN, EDITOR, REVIEWER, BENEFITS_OFFICER, DASHBOARD);

    /** Derived (DerivedRoles): any staff role. Staff also see drafts and internal data. */
    public static final String STAFF = "staff";
    /** Derived (DerivedRoles): staff, or an API client that may read. What unannotated endpoints need. */
    public static final String READER = "reader";

    private Roles() {}
}
