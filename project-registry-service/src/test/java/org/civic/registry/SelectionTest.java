package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.child;
import static org.civic.registry.RegistryFixtures.department;
import static org.civic.registry.RegistryFixtures.programme;
import static org.civic.registry.RegistryFixtures.province;
import static org.civic.registry.SelectionFixtures.acceptedSuggestion;
import static org.civic.registry.SelectionFixtures.candidate;
import static org.civic.registry.SelectionFixtures.ninghaiVote;
import static org.civic.registry.SelectionFixtures.tally;
import static org.civic.registry.SelectionFixtures.voteBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 群众提、代表定: a shortlist, the deputies' vote on it, and the projects the confirmed vote creates with lineage. */
@QuarkusTest
class SelectionTest {

    @Inject
    EntityManager entityManager;

    String county;
    String lead;
    String programme;
    List<String> candidates;
    String suggestion;

    @BeforeEach
    void setUp() {
        county = child(child(province(), "CITY", "宁波市"), "COUNTY", "宁海县");
        lead = department(county, "宁海县卫生健康局");
        programme = programme(county, "DRAFT");
        suggestion = acceptedSuggestion(county, "建议为偏远山区村卫生室配备标准化设备");
        candidates = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            candidates.add(candidate(
                    programme, String.format("NH2024-%02d", i), lead, i == 1 ? List.of(suggestion) : List.of()));
        }
    }

    @Test
    void theNinghaiSessionSelectsExactlyTwelveOfFifteenAndConfirmationCreatesThemWithLineage() {
        String vote = given().contentType(ContentType.JSON)
                .body(ninghaiVote(candidates))
                .when()
                .post("/programmes/" + programme + "/votes")
                .then()
                .statusCode(201)
                .body("state", equalTo("RECORDED"))
                .body("selectedCount", equalTo(12))
                .body("unfilledSeats", equalTo(0))
                .body("tallies.size()", equalTo(15))
                .body("tallies.findAll { it.outcome == 'SELECTED' }.code[11]", equalTo("NH2024-12"))
                .body(
                        "tallies.findAll { it.outcome == 'NOT_SELECTED' }.code",
                        equalTo(List.of("NH2024-13", "NH2024-14", "NH2024-15")))
                .body("tallies[0].rank", equalTo(1))
                .extract()
                .path("id");
        assertEquals(0L, projectCount(), "recording selects; only the confirmation creates projects");

        given().when()
                .post("/programmes/" + programme + "/votes/" + vote + "/confirm")
                .then()
                .statusCode(200)
                .body("state", equalTo("CONFIRMED"))
                .body("confirmedBy", equalTo(Identities.TEST_ADMIN));
        assertEquals(12L, projectCount());
        given().when()
                .get("/programmes/" + programme + "/projects")
                .then()
                .statusCode(200)
                .body("code", not(hasItem("NH2024-13")))
                .body("find { it.code == 'NH2024-01' }.indicators[0].key", equalTo("clinics"))
                .body("find { it.code == 'NH2024-01' }.plannedInvestment", equalTo("1200000.00"));

        String project = given().when()
                .get("/programmes/" + programme + "/candidates/" + candidates.get(0))
                .then()
                .statusCode(200)
                .extract()
                .path("projectId");
        given().when()
                .get("/projects/" + project + "/lineage")
                .then()
                .statusCode(200)
                .body("projectCode", equalTo("NH2024-01"))
                .body("candidate.id", equalTo(candidates.get(0)))
                .body("selection.voteId", equalTo(vote))
                .body("selection.votesFor", equalTo(320))
                .body("selection.rank", equalTo(1))
                .body("suggestions.id", equalTo(List.of(suggestion)))
                .body("suggestions[0].text", equalTo("建议为偏远山区村卫生室配备标准化设备"))
                .body("suggestions[0].contact", nullValue());
        Object candidateOfProject = entityManager
                .createNativeQuery("SELECT CAST(candidate_id AS text) FROM project WHERE id = CAST(:id AS uuid)")
                .setParameter("id", project)
                .getSingleResult();
        assertEquals(candidates.get(0), candidateOfProject);
    }

    @Test
    void aConfirmedVoteNeverChangesAndACorrectionIsANewRecordWithAReason() {
        String vote = record(ninghaiVote(candidates));
        confirm(vote).statusCode(200);
        confirm(vote).statusCode(409).body("type", equalTo("urn:civic:problem:vote-confirmed"));
        given().contentType(ContentType.JSON)
                .body(ninghaiVote(candidates))
                .when()
                .post("/programmes/" + programme + "/votes")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:civic:problem:vote-exists"));
        Map<String, Object> withoutReason = ninghaiVote(candidates);
        withoutReason.put("correctsVoteId", vote);
        given().contentType(ContentType.JSON)
                .body(withoutReason)
                .when()
                .post("/programmes/" + programme + "/votes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("correctionReason"));

        // The recount: candidate 12 had 200 votes for, not 210, and candidate 13 had 215, not 200.
        List<Map<String, Object>> tallies = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int votesFor = i == 11 ? 200 : i == 12 ? 215 : 320 - 10 * i;
            tallies.add(tally(candidates.get(i), votesFor, 5 + i, 3));
        }
        Map<String, Object> correction = voteBody(350, 331, 12, tallies);
        correction.put("correctsVoteId", vote);
        correction.put("correctionReason", "计票复核: 第12、13号候选项目赞成票误记");
        String corrected = record(correction);
        given().when()
                .get("/programmes/" + programme + "/votes")
                .then()
                .statusCode(200)
                .body("state", equalTo(List.of("SUPERSEDED", "RECORDED")))
                .body("[1].correctsVoteId", equalTo(vote))
                .body("[0].tallies.find { it.code == 'NH2024-12' }.votesFor", equalTo(210));
        confirm(corrected).statusCode(200);
        given().when()
                .get("/programmes/" + programme + "/projects")
                .then()
                .statusCode(200)
                .body("size()", equalTo(12))
                .body("code", hasItem("NH2024-13"))
                .body("code", not(hasItem("NH2024-12")));
        confirm(vote).statusCode(409).body("type", equalTo("urn:civic:problem:vote-superseded"));
    }

    @Test
    void aSessionWithoutItsQuorumIs422AndStoresNothing() {
        Map<String, Object> body = ninghaiVote(candidates);
        body.put("deputiesPresent", 200);
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/programmes/" + programme + "/votes")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:quorum-not-met"))
                .body("detail", containsString("200 of 350 seated deputies present"));
        assertEquals(0L, voteCount());
    }

    @Test
    void aTallyWithMoreVotesThanDeputiesPresentIs422NamingTheCandidateAndStoresNothing() {
        Map<String, Object> body = ninghaiVote(candidates);
        List<Map<String, Object>> tallies = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            tallies.add(i == 4 ? tally(candidates.get(4), 300, 30, 5) : tally(candidates.get(i), 320 - 10 * i, 5, 3));
        }
        body.put("tallies", tallies);
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/programmes/" + programme + "/votes")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:tally-exceeds-present"))
                .body("detail", containsString("candidate NH2024-05 has 335 votes"))
                .body("detail", containsString("only 331 deputies were present"));
        assertEquals(0L, voteCount());
    }

    @Test
    void aTallyThatMissesACandidateOrNamesOneTwiceIs422() {
        Map<String, Object> body = ninghaiVote(candidates);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tallies = new ArrayList<>((List<Map<String, Object>>) body.get("tallies"));
        tallies.set(14, tallies.get(0));
        body.put("tallies", tallies);
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/programmes/" + programme + "/votes")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:civic:problem:tally-incomplete"))
                .body("violations.field", equalTo(List.of("tallies[14].candidateId", "tallies")))
                .body("violations[1].message", containsString("NH2024-15"));
        assertEquals(0L, voteCount());
    }

    @Test
    void aTieAtTheLastSeatLeavesItUnfilledAndCannotBeConfirmed() {
        List<Map<String, Object>> tallies = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            // Candidates 12 and 13 both have 210 for and 16 against.
            tallies.add(
                    i == 12
                            ? tally(candidates.get(12), 210, 16, 3)
                            : tally(candidates.get(i), 320 - 10 * i, i == 11 ? 16 : 5, 3));
        }
        String vote = given().contentType(ContentType.JSON)
                .body(voteBody(350, 331, 12, tallies))
                .when()
                .post("/programmes/" + programme + "/votes")
                .then()
                .statusCode(201)
                .body("selectedCount", equalTo(11))
                .body("unfilledSeats", equalTo(1))
                .body("tallies.findAll { it.outcome == 'TIED' }.code", equalTo(List.of("NH2024-12", "NH2024-13")))
                .extract()
                .path("id");
        confirm(vote).statusCode(409).body("type", equalTo("urn:civic:problem:vote-tied"));
        assertEquals(0L, projectCount());
    }

    @Test
    void candidatesAndVotesBelongToDraftsAndOnlyAdminsWriteThem() {
        String published = programme(county, "PUBLISHED");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "X-1", "title", "迟到的候选", "domainCode", "HEALTH", "leadDepartmentId", lead))
                .when()
                .post("/programmes/" + published + "/candidates")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:civic:problem:programme-not-draft"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "code", "X-2",
                        "title", "未受理的建议",
                        "domainCode", "HEALTH",
                        "leadDepartmentId", lead,
                        "suggestionIds", List.of("00000000-0000-0000-0000-000000000000")))
                .when()
                .post("/programmes/" + programme + "/candidates")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("suggestionIds"));
        Identities.actAs(Identities.bearer("client:news app", Roles.PUBLIC_READ));
        given().when().get("/programmes/" + programme + "/candidates").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(ninghaiVote(candidates))
                .when()
                .post("/programmes/" + programme + "/votes")
                .then()
                .statusCode(403);
        assertEquals(0L, voteCount());
    }

    private String record(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/programmes/" + programme + "/votes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private io.restassured.response.ValidatableResponse confirm(String vote) {
        return given().when()
                .post("/programmes/" + programme + "/votes/" + vote + "/confirm")
                .then();
    }

    private long projectCount() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM project WHERE programme_id = CAST(:id AS uuid)")
                        .setParameter("id", programme)
                        .getSingleResult())
                .longValue();
    }

    private long voteCount() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM vote WHERE programme_id = CAST(:id AS uuid)")
                        .setParameter("id", programme)
                        .getSingleResult())
                .longValue();
    }
}
