package org.civic.registry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;

/** Suggestions, candidates and votes through the API, for the selection tests. */
final class SelectionFixtures {

    static final String APP = Identities.bearer("client:i-jinjiang app", Roles.SUGGESTIONS_WRITE);

    private SelectionFixtures() {}

    static Map<String, Object> suggestionBody(String region, String text, String contact) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "regionCode",
                region,
                "year",
                2024,
                "text",
                text,
                "domainCode",
                "HEALTH",
                "districtCodes",
                List.of(region),
                "channel",
                "APP"));
        if (contact != null) {
            body.put("contact", contact);
        }
        return body;
    }

    /**
     * Submitted by an app of the region (one per region, so that tests repeating a text stay under the duplicate
     * limit), then accepted by the test's admin.
     */
    static String acceptedSuggestion(String region, String text) {
        String id = given().header("Authorization", Identities.bearer("client:app " + region, Roles.SUGGESTIONS_WRITE))
                .contentType(ContentType.JSON)
                .body(suggestionBody(region, text, "13812345678"))
                .when()
                .post("/suggestions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ACCEPTED"))
                .when()
                .post("/suggestions/" + id + "/screening")
                .then()
                .statusCode(200);
        return id;
    }

    static String candidate(String programme, String code, String lead, List<String> suggestionIds) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        code,
                        "title",
                        "候选项目 " + code,
                        "domainCode",
                        "HEALTH",
                        "leadDepartmentId",
                        lead,
                        "plannedInvestment",
                        "1200000.00",
                        "indicators",
                        List.of(Map.of(
                                "key", "clinics",
                                "name", "标准化村卫生室",
                                "unit", "个",
                                "target", 20,
                                "direction", "INCREASE",
                                "cumulative", true)),
                        "suggestionIds",
                        suggestionIds))
                .when()
                .post("/programmes/" + programme + "/candidates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> tally(String candidate, int votesFor, int against, int abstentions) {
        return Map.of(
                "candidateId", candidate, "votesFor", votesFor, "votesAgainst", against, "abstentions", abstentions);
    }

    /** 宁海's session: 350 seated, 331 present, 12 seats; candidate i gets 320 − 10·i votes for. */
    static Map<String, Object> ninghaiVote(List<String> candidates) {
        List<Map<String, Object>> tallies = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            tallies.add(tally(candidates.get(i), 320 - 10 * i, 5 + i, 3));
        }
        return voteBody(350, 331, 12, tallies);
    }

    static Map<String, Object> voteBody(int seated, int present, int seats, List<Map<String, Object>> tallies) {
        return new HashMap<>(Map.of(
                "sessionName",
                "宁海县第十八届人民代表大会第四次会议",
                "sessionDate",
                "2024-01-10",
                "deputiesSeated",
                seated,
                "deputiesPresent",
                present,
                "passRule",
                "MORE_THAN_HALF_OF_SEATED",
                "quorumRule",
                "TWO_THIRDS_OF_SEATED",
                "seats",
                seats,
                "tallies",
                tallies));
    }
}
