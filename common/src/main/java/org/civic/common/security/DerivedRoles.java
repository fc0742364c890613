package org.civic.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;

/**
 * Adds the roles the services' rules are written in: {@value Roles#STAFF} for every staff role, and
 * {@value Roles#READER} for staff and for API clients with {@value Roles#PUBLIC_READ} or {@value Roles#PROGRESS_WRITE}
 * (a department's system reads what it files). Endpoints without an
 * annotation need {@value Roles#READER} ({@code quarkus.security.jaxrs.default-roles-allowed}).
 */
@ApplicationScoped
public class DerivedRoles implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        boolean staff = !Collections.disjoint(identity.getRoles(), Roles.STAFF_ROLES);
        boolean reader = staff || identity.hasRole(Roles.PUBLIC_READ) || identity.hasRole(Roles.PROGRESS_WRITE);
        if (!staff && !reader) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        if (staff) {
            builder.addRole(Roles.STAFF);
        }
        return Uni.createFrom().item(builder.addRole(Roles.READER).build());
    }
}
