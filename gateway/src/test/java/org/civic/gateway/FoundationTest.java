package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.civic.testsupport.FoundationContractTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FoundationTest extends FoundationContractTest {

    /** At the public edge a control character in the path refuses the path itself (RawPathCheck), before any parameter. */
    @Test
    @Override
    protected void aNulByteInAQueryOrPathParameterIsA400NamingIt() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/test-probe/items?q=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("q"));
        given().urlEncodingEnabled(false)
                .when()
                .get("/test-probe/items/a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("path"));
    }
}
