package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.civic.gateway.StubServices.Answer.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
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
        StubServices.registry.answer("GET /q/openapi", json(200, doc(
                "\"/projects/{id}\":{\"get\":{\"responses\":{\"200\":{\"content\":{\"application/json\":{\"schema\":"
                        + "{\"$ref\":\"#/components/schemas/ProjectView\"}}}}}}},"
                        + "\"/projects\":{\"post\":{\"security\":[{\"SecurityScheme\":[\"admin\",\"editor\"]}]}},"
                        + "\"/projects/{projectId}/milestones\":{\"get\":{}},\"/test-probe\":{\"post\":{}}", "ProjectView")));
        StubServices.progress.answer("GET /q/openapi", json(200, doc("\"/projects/{projectId}/status\":{\"get\":{\"responses\":"
                + "{\"200\":{\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ProjectView\"}}}}}}}",
                "ProjectView")));
        StubServices.benefits.answer("GET /q/openapi", json(200, doc("\"/citizens/{id}\":{\"get\":{}}", "CitizenView")));
        JsonPath merged = given().when().get("/api/v1/openapi").then().statusCode(200).contentType("application/json")
                .body("paths", hasKey("/api/v1/projects/{id}"))
                .body("paths", hasKey("/api/v1/projects/{projectId}/status"))
                .body("paths", hasKey("/api/v1/citizens/{id}"))
                .body("paths", hasKey("/api/v1/projects/{id}/overview"))
                .body("paths", hasKey("/api/v1/programmes/{id}/dashboard"))
                .body("paths", not(hasKey("/api/v1/projects/{projectId}/milestones"))) // routed to progress, not registry
                .body("paths", not(hasKey("/api/v1/test-probe")))
                .body("components.schemas", hasKey("RegistryProjectView"))
                .body("components.schemas", hasKey("ProgressProjectView"))
                .body("components.schemas", not(hasKey("BenefitsCitizenView"))) // no published operation uses it
                .body("paths.'/api/v1/projects/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        org.hamcrest.Matchers.equalTo("#/components/schemas/RegistryProjectView"))
                .body("$", not(hasKey("x-incomplete")))
                .body("components.securitySchemes.ApiKey.name", org.hamcrest.Matchers.equalTo("X-API-Key"))
                .body("components.securitySchemes.StaffToken.scheme", org.hamcrest.Matchers.equalTo("bearer"))
                .body("security", org.hamcrest.Matchers.hasSize(2))
                // the service's internal scheme becomes the public credentials, and the roles it needs are named
                .body("paths.'/api/v1/projects'.post.'x-roles'", org.hamcrest.Matchers.contains("admin", "editor"))
                .body("paths.'/api/v1/projects'.post.description", containsString("Needs one of: admin, editor"))
                .extract().jsonPath();
        Map<String, Object> schemes = merged.getMap("components.securitySchemes");
        List<Map<String, Object>> requirements = new java.util.ArrayList<>(merged.getList("security"));
        merged.getMap("paths").values().forEach(operations -> ((Map<?, ?>) operations).values().forEach(op -> {
            if (op instanceof Map<?, ?> operation && operation.get("security") instanceof List<?> list) {
                list.forEach(requirement -> requirements.add((Map<String, Object>) requirement));
            }
        }));
        requirements.forEach(requirement -> requirement.keySet().forEach(name ->
                assertTrue(schemes.containsKey(name), "security scheme " + name + " is used but not defined")));
        Map<String, Object> paths = merged.getMap("paths");
        for (String path : paths.keySet()) {
            String concrete = path.substring("/api/v1/".length()).replaceAll("\\{[^}]+}", "x");
            boolean ownView = path.endsWith("/overview") || path.endsWith("/dashboard") || path.endsWith("/benefits")
                    || path.startsWith("/api/v1/admin/");
            assertTrue(ownView || routes.route(concrete).isPresent(), path + " is documented but not routed");
        }
        given().queryParam("format", "yaml").when().get("/api/v1/openapi").then().statusCode(200)
                .contentType(containsString("yaml")).body(containsString("/api/v1/citizens/{id}"));
        given().when().get("/api/v1/docs/").then().statusCode(200).contentType(containsString("html"));
    }

    @Test
    void aMissingServiceDocumentIsNamed() {
        StubServices.registry.clear();
        StubServices.progress.answer("GET /q/openapi", json(200, doc("", "X")));
        StubServices.benefits.answer("GET /q/openapi", json(200, doc("", "Y")));
        given().when().get("/api/v1/openapi").then().statusCode(200).body("x-incomplete", hasItem("Registry"));
    }
}
