package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.civic.gateway.StubServices.Answer.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.gateway.service.Routes;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiDocumentTest {

    @Inject
    Routes routes;

    static String doc(String paths, String schema) {
        return "{\"openapi\":\"3.0.3\",\"paths\":{" + paths + "},\"components\":{\"schemas\":{\"" + schema
                + "\":{\"type\":\"object\"}}},\"tags\":[{\"name\":\"" + schema + "s\"}]}";
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneDocumentDescribesExactlyTheRoutesThatExist() {
        StubServices.registry.answer(
                "GET /q/openapi",
                json(
                        200,
                        doc(
                                "\"/projects/{id}\":{\"get\":{\"responses\":{\"200\":{\"content\":{\"application/json\":{\"schema\":"
                                        + "{\"$ref\":\"#/components/schemas/ProjectView\"}}}}}}},"
                                        + "\"/projects\":{\"post\":{\"security\":[{\"SecurityScheme\":[\"admin\",\"editor\"]}]}},"
                                        + "\"/projects/{projectId}/milestones\":{\"get\":{}},\"/test-probe\":{\"post\":{}}",
                                "ProjectView")));
        StubServices.progress.answer(
                "GET /q/openapi",
                json(
                        200,
                        doc(
                                "\"/projects/{projectId}/status\":{\"get\":{\"responses\":"
                                        + "{\"200\":{\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ProjectView\"}}}}}}}",
                                "ProjectView")));
        StubServices.benefits.answer(
                "GET /q/openapi", json(200, doc("\"/citizens/{id}\":{\"get\":{}}", "CitizenView")));
        JsonPath merged = given().when()
                .get("/api/v1/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("paths", hasKey("/api/v1/projects/{id}"))
                .body("paths", hasKey("/api/v1/projects/{projectId}/status"))
                .body("paths", hasKey("/api/v1/citizens/{id}"))
                .body("paths", hasKey("/api/v1/projects/{id}/overview"))
                .body("paths", hasKey("/api/v1/programmes/{id}/dashboard"))
                .body(
                        "paths",
                        not(hasKey("/api/v1/projects/{projectId}/milestones"))) // routed to progress, not registry
                .body("paths", not(hasKey("/api/v1/test-probe")))
                .body("components.schemas", hasKey("RegistryProjectView"))
                .body("components.schemas", hasKey("ProgressProjectView"))
                .body("components.schemas", not(hasKey("BenefitsCitizenView"))) // no published operation uses it
                .body(
                        "paths.'/api/v1/projects/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/RegistryProjectView"))
                .body("$", not(hasKey("x-incomplete")))
                .body("components.securitySchemes.ApiKey.name", equalTo("X-API-Key"))
                .body("components.securitySchemes.StaffToken.scheme", equalTo("bearer"))
                .body("security", hasSize(2))
                // the service's internal scheme becomes the public credentials, and the roles it needs are named
                .body("paths.'/api/v1/projects'.post.'x-roles'", contains("admin", "editor"))
                .body("paths.'/api/v1/projects'.post.description", containsString("Needs one of: admin, editor"))
                // publicly: only the credentials that can carry those roles (no API key has them)
                .body("paths.'/api/v1/projects'.post.security", hasSize(1))
                .body("paths.'/api/v1/projects'.post.security[0]", hasKey("StaffToken"))
                .body("paths.'/api/v1/admin/clients'.get.security", hasSize(1))
                .body("paths.'/api/v1/admin/clients'.get.security[0]", hasKey("StaffToken"))
                .body("paths.'/api/v1/admin/clients'.get.'x-roles'", contains("admin"))
                .extract()
                .jsonPath();
        Map<String, Object> schemes = merged.getMap("components.securitySchemes");
        List<Map<String, Object>> requirements = new ArrayList<>(merged.getList("security"));
        merged.getMap("paths")
                .values()
                .forEach(operations -> ((Map<?, ?>) operations).values().forEach(op -> {
                    if (op instanceof Map<?, ?> operation && operation.get("security") instanceof List<?> list) {
                        list.forEach(requirement -> requirements.add((Map<String, Object>) requirement));
                    }
                }));
        requirements.forEach(requirement -> requirement
                .keySet()
                .forEach(name ->
                        assertTrue(schemes.containsKey(name), "security scheme " + name + " is used but not defined")));
        Map<String, Object> paths = merged.getMap("paths");
        for (String path : paths.keySet()) {
            String concrete = path.substring("/api/v1/".length()).replaceAll("\\{[^}]+}", "x");
            boolean ownView = path.endsWith("/overview")
                    || path.endsWith("/dashboard")
                    || path.endsWith("/benefits")
                    || path.startsWith("/api/v1/admin/")
                    || path.startsWith("/api/v1/changes")
                    || path.startsWith("/api/v1/webhooks")
                    || path.startsWith("/api/v1/openapi");
            assertTrue(ownView || routes.route(concrete).isPresent(), path + " is documented but not routed");
        }
        given().queryParam("format", "yaml")
                .when()
                .get("/api/v1/openapi")
                .then()
                .statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("/api/v1/citizens/{id}"));
        given().when().get("/api/v1/docs/").then().statusCode(200).contentType(containsString("html"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyErrorIsDescribedOnceAndTheGatewayAddsWhatOnlyItAnswers() {
        StubServices.registry.answer(
                "GET /q/openapi",
                json(
                        200,
                        "{\"openapi\":\"3.1.0\",\"paths\":{\"/projects/{id}\":{\"get\":"
                                + "{\"responses\":{\"200\":{\"description\":\"OK\",\"content\":{\"application/json\":{\"schema\":"
                                + "{\"$ref\":\"#/components/schemas/ProjectView\"}}}},\"404\":{\"$ref\":\"#/components/responses/NotFound\"}}}}},"
                                + "\"components\":{\"schemas\":{\"ProjectView\":{\"type\":\"object\"},\"Problem\":{\"type\":\"object\"}}}}"));
        StubServices.progress.answer("GET /q/openapi", json(200, doc("", "X")));
        StubServices.benefits.answer("GET /q/openapi", json(200, doc("", "Y")));
        JsonPath merged = given().when()
                .get("/api/v1/openapi")
                .then()
                .statusCode(200)
                // one Problem for every service, and common's responses once
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", not(hasKey("RegistryProblem")))
                .body("components.schemas.Problem.properties", hasKey("violations"))
                .body(
                        "components.responses.NotFound.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                // what only the gateway answers: 429 with its headers, 502 and 504 where a service answers
                .body(
                        "paths.'/api/v1/projects/{id}'.get.responses.'429'.$ref",
                        equalTo("#/components/responses/TooManyRequests"))
                .body(
                        "paths.'/api/v1/projects/{id}'.get.responses.'502'.$ref",
                        equalTo("#/components/responses/BadGateway"))
                .body(
                        "paths.'/api/v1/projects/{id}'.get.responses.'504'.$ref",
                        equalTo("#/components/responses/GatewayTimeout"))
                .body("paths.'/api/v1/projects/{id}'.get.responses.'200'.headers", hasKey("RateLimit-Remaining"))
                .body("components.responses.TooManyRequests.headers", hasKey("Retry-After"))
                .body("components.responses.TooManyRequests.headers", hasKey("RateLimit-Reset"))
                .body("components.responses.NotFound.headers", hasKey("RateLimit-Limit"))
                .body("components.responses.ServiceUnavailable.headers", hasKey("Retry-After"))
                // the gateway's own operations: readable names, typed answers, the views' parts by their services'
                // schemas
                .body("paths.'/api/v1/projects/{id}/overview'.get.operationId", equalTo("getProjectOverview"))
                .body("paths.'/api/v1/programmes/{id}/dashboard'.get.operationId", equalTo("getProgrammeDashboard"))
                .body("paths.'/api/v1/citizens/{id}/benefits'.get.operationId", equalTo("getCitizenBenefits"))
                .body("paths.'/api/v1/admin/clients'.get.operationId", equalTo("listApiClients"))
                .body("paths.'/api/v1/admin/clients'.post.operationId", equalTo("createApiClient"))
                .body("paths.'/api/v1/admin/clients/{id}'.delete.operationId", equalTo("deleteApiClient"))
                .body("paths.'/api/v1/projects/{id}'.get.operationId", equalTo("getProjectsById")) // the fallback name
                .body(
                        "paths.'/api/v1/programmes/{id}/dashboard'.get.responses.'504'.$ref",
                        equalTo("#/components/responses/GatewayTimeout"))
                .body(
                        "paths.'/api/v1/programmes/{id}/dashboard'.get.parameters.find { it.name == 'id' }.schema.format",
                        equalTo("uuid"))
                .body("paths.'/api/v1/admin/clients'.post.responses", hasKey("201"))
                .body(
                        "paths.'/api/v1/admin/clients'.post.responses",
                        not(hasKey("409"))) // a random key conflicts with nothing
                .body("paths.'/api/v1/admin/clients'.post.responses", not(hasKey("502")))
                .body("paths.'/api/v1/admin/clients/{id}'.delete.responses", hasKey("204"))
                .body(
                        "components.schemas.GatewayProjectOverview.properties.project.$ref",
                        equalTo("#/components/schemas/RegistryProjectView"))
                .body("components.schemas.GatewayProjectOverview.properties.milestones.type", hasItem("array"))
                // a part whose service document does not describe its schema is an object, not a reference to nowhere
                .body("components.schemas.GatewayProgrammeDashboard.properties.programme.type", equalTo("object"))
                .body(
                        "components.schemas.GatewayProgrammeDashboard.properties.investment.$ref",
                        equalTo("#/components/schemas/GatewayInvestment"))
                // the documentation is open: no credentials, so no 401, 403 or 429
                .body("paths.'/api/v1/openapi'.get.operationId", equalTo("getOpenApiDocument"))
                .body("paths.'/api/v1/openapi'.get.security", empty())
                .body("paths.'/api/v1/openapi'.get.responses", not(hasKey("401")))
                .body("paths.'/api/v1/openapi'.get.responses", not(hasKey("429")))
                .body("info.contact.url", equalTo("http://localhost:8080/api/v1/docs"))
                .body("servers[0].url", equalTo("http://localhost:8080"))
                .body("servers[0].x-internal", equalTo(false))
                .body("components.securitySchemes.StaffToken.description", containsString("RFC8725"))
                .extract()
                .jsonPath();
        List<String> ids = new ArrayList<>();
        merged.getMap("paths")
                .forEach((path, operations) -> ((Map<String, Object>) operations).forEach((method, op) -> {
                    if (op instanceof Map<?, ?> operation) {
                        ids.add(String.valueOf(operation.get("operationId")));
                        Object parameters = operation.get("parameters");
                        if (parameters instanceof List<?> list) {
                            list.forEach(p -> assertTrue(
                                    !"X-Civic-Actor".equals(((Map<?, ?>) p).get("name")),
                                    path + " documents the gateway's internal header"));
                        }
                    }
                }));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "operationIds repeat: " + ids);
    }

    @Test
    void aDeprecatedOperationAnswersWithDeprecationAndSunset() {
        String project = UUID.randomUUID().toString();
        StubServices.registry.answer(
                "GET /q/openapi",
                json(
                        200,
                        doc(
                                "\"/projects/{id}/history\":{\"get\":{\"deprecated\":true,\"x-deprecated-since\":\"2026-06-01\","
                                        + "\"x-sunset\":\"2027-06-30\"}},\"/projects/{id}\":{\"get\":{}}",
                                "ProjectView")));
        StubServices.progress.answer("GET /q/openapi", json(200, doc("", "X")));
        StubServices.benefits.answer("GET /q/openapi", json(200, doc("", "Y")));
        StubServices.registry.answer("GET /projects/" + project + "/history", json(200, "[]"));
        StubServices.registry.answer("GET /projects/" + project, json(200, "{\"id\":\"" + project + "\"}"));
        given().when()
                .get("/api/v1/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/projects/{id}/history'.get.deprecated", equalTo(true));
        Staff.actAsAdmin();
        try {
            given().when()
                    .get("/api/v1/projects/" + project + "/history")
                    .then()
                    .statusCode(200)
                    .header(
                            "Deprecation",
                            "@"
                                    + LocalDate.parse("2026-06-01")
                                            .atStartOfDay(ZoneOffset.UTC)
                                            .toEpochSecond())
                    .header("Sunset", "Wed, 30 Jun 2027 00:00:00 GMT");
            given().when()
                    .get("/api/v1/projects/" + project)
                    .then()
                    .statusCode(200)
                    .header("Deprecation", nullValue())
                    .header("Sunset", nullValue());
        } finally {
            Staff.actAsNobody();
        }
    }

    @Test
    void aMissingServiceDocumentIsNamed() {
        StubServices.registry.clear();
        StubServices.progress.answer("GET /q/openapi", json(200, doc("", "X")));
        StubServices.benefits.answer("GET /q/openapi", json(200, doc("", "Y")));
        given().when().get("/api/v1/openapi").then().statusCode(200).body("x-incomplete", hasItem("Registry"));
    }
}
