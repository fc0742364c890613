package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.bloodDonors;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET → change → PUT (Google AIP-203) for benefit programmes: the body as read is accepted back with its output-only
 * timestamps, which are ignored; a code that is not the path's is refused; unknown fields stay refused.
 */
@QuarkusTest
class ReadBodyPutBackTest {

    @Test
    void aProgrammeAsReadCanBeChangedAndPutBack() {
        String path = "/benefit-programmes/" + bloodDonors().code();
        ExtractableResponse<Response> read =
                json().when().get(path).then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        List<String> agencies = List.of("泉州市卫生健康委员会", "泉州市财政局", "泉州市红十字会");
        body.put("issuingAgencies", agencies);
        json().header("If-Match", read.header("ETag"))
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(200)
                .body("issuingAgencies", equalTo(agencies));
        json().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("issuingAgencies", equalTo(agencies))
                .body("createdAt", equalTo(read.path("createdAt")));
    }

    @Test
    void theCodeOfAnotherProgrammeIsRefusedAndNothingIsStored() {
        String path = "/benefit-programmes/" + bloodDonors().code();
        ExtractableResponse<Response> read =
                json().when().get(path).then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        body.put("code", bloodDonors().code());
        body.put("issuingAgencies", List.of("不应保存"));
        json().header("If-Match", read.header("ETag"))
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("code"));
        json().when()
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", read.header("ETag"))
                .body("issuingAgencies", equalTo(read.path("issuingAgencies")));
    }

    @Test
    void unknownFieldsAreStillRefused() {
        String path = "/benefit-programmes/" + bloodDonors().code();
        ExtractableResponse<Response> read =
                json().when().get(path).then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        body.put("approvedAt", "2025-01-01T00:00:00Z");
        json().header("If-Match", read.header("ETag"))
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("approvedAt"))
                .body("violations[0].message", equalTo("unknown field"));
        json().when().get(path).then().statusCode(200).header("ETag", read.header("ETag"));
    }
}
