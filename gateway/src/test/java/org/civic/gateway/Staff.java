package org.civic.gateway;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/** Staff tokens for tests, signed with the demo key the test profile trusts. */
final class Staff {

    private Staff() {}

    static String token(String name, String... roles) {
        return Jwt.issuer(ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class))
                .upn(name)
                .groups(Set.of(roles))
                .sign();
    }

    /** An editor bound to {@code department}. */
    static String editorOf(String department) {
        return Jwt.issuer(ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class))
                .upn("eddie")
                .groups(Set.of("editor"))
                .claim("department", department)
                .sign();
    }

    /** Every request of the test that follows carries an admin token. */
    static void actAsAdmin() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + token("test-admin", "admin"))
                .build();
    }

    static void actAsNobody() {
        RestAssured.requestSpecification = null;
    }
}
