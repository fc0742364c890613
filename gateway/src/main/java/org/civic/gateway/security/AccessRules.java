package org.civic.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may do what under /api/v1 (the gateway's half of the rules; see the module README):
 * public reads need the scope public:read or any staff role; citizens' data needs benefits-officer;
 * verification needs benefits:verify; approving or returning reports needs reviewer; other writes need
 * admin or editor (reports and milestones also progress:write); API clients are managed by admin.
 */
@ApplicationScoped
public class AccessRules {

    private static final Set<String> STAFF_WRITERS = Set.of("admin", "editor");
    private static final Pattern REVIEW = Pattern.compile("^reports/[^/]+/(approve|return)$");
    private static final Pattern PROGRESS_WRITE = Pattern.compile("^(projects/[^/]+/(milestones|reports)|milestones/[^/]+|reports/[^/]+(/submit)?)$");
    private static final Pattern CITIZEN_DATA = Pattern.compile("^(citizens(/.*)?|eligibility/batch)$");

    /** Paths open to everyone: the API's documentation. */
    public boolean open(String path) {
        return path.equals("openapi") || path.equals("openapi.yaml") || path.startsWith("docs");
    }

    /** Null when allowed, otherwise why not (for a 403). */
    public String refusal(String method, String path, Caller caller) {
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (path.startsWith("admin/")) {
            return caller.has("admin") ? null : "managing API clients needs the admin role";
        }
        if (path.startsWith("verifications")) {
            return caller.may("benefits:verify") || caller.has("admin") ? null : "verification needs the scope benefits:verify";
        }
        if (CITIZEN_DATA.matcher(path).matches()) {
            return caller.has("benefits-officer") || caller.has("admin") ? null : "citizens' data needs the benefits-officer role";
        }
        if (path.equals("eligibility") || read) {
            return caller.may("public:read") || caller.staff() ? null : "reading needs the scope public:read";
        }
        if (REVIEW.matcher(path).matches()) {
            return caller.has("reviewer") || caller.has("admin") ? null : "approving or returning reports needs the reviewer role";
        }
        if (path.startsWith("benefit-programmes")) {
            return caller.has("benefits-officer") || caller.has("admin") ? null : "changing benefit programmes needs benefits-officer";
        }
        if (PROGRESS_WRITE.matcher(path).matches() && caller.may("progress:write")) {
            return null;
        }
        return caller.roles().stream().anyMatch(STAFF_WRITERS::contains) ? null
                : "changing the registry or progress needs the admin or editor role";
    }
}
