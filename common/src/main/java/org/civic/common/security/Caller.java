package org.civic.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the gateway vouched for it: the name recorded in histories and workflows, the roles or
 * scopes, and an editor's department. The rules that need more than {@code @RolesAllowed} ask it.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** Staff see drafts and internal data; API clients see only what has been published. */
    public boolean staff() {
        return identity.hasRole(Roles.STAFF);
    }

    public Optional<UUID> department() {
        Object claim = identity.getPrincipal() instanceof JsonWebToken token
                ? token.getClaim(GatewayIdentity.DEPARTMENT_CLAIM)
                : null;
        try {
            return claim == null ? Optional.empty() : Optional.of(UUID.fromString(claim.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a department id: bound to nothing, so an editor may change nothing
        }
    }

    /**
     * An editor changes only its own department's records (admins and API clients with a write scope are not
     * bound to a department).
     */
    public void requireDepartment(UUID departmentId, String what) {
        if (has(Roles.ADMIN) || !has(Roles.EDITOR)) {
            return;
        }
        if (department().filter(own -> own.equals(departmentId)).isEmpty()) {
            throw ProblemException.forbidden("An editor may change only its own department's " + what
                    + "; this one belongs to department " + departmentId + ".");
        }
    }
}
