package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.child;
import static org.civic.registry.RegistryFixtures.department;
import static org.civic.registry.RegistryFixtures.programme;
import static org.civic.registry.RegistryFixtures.project;
import static org.civic.registry.RegistryFixtures.projectBody;
import static org.civic.registry.RegistryFixtures.province;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civic.common.security.GatewayIdentity;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry enforces who may do what itself: a request that reaches its port without the gateway's identity gets nothing. */
@QuarkusTest
class AccessRulesTest {

    static final String PUBLIC_APP = Identities.bearer("client:news app", Roles.PUBLIC_READ);

    String city;
    String published;
    String draft;
    String lead;
    String otherDepartment;

    @BeforeEach
    void setUp() {
        city = child(province(), "CITY", "新乡市");
        published = programme(city, "PUBLISHED");
        draft = programme(city, "DRAFT");
        lead = department(city, "新乡市民政局");
        otherDepartment = department(city, "新乡市教育局");
    }

    @Test
    void withoutAValidGatewayIdentityEveryOperationIs401AndStoresNothing() throws Exception {
        String id = project(published, "XX-01", "建设长者食堂", lead);
        Identities.actAsNobody();
        given().when()
                .get("/projects/" + id)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", containsString("unauthenticated"))
                .body("detail", containsString("gateway"));
        given().contentType(ContentType.JSON)
                .body(projectBody(published, "XX-02", "无身份", lead))
                .when()
                .post("/projects")
                .then()
                .statusCode(401);

        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = "Bearer "
                + GatewayIdentity.sign(
                        generator.generateKeyPair().getPrivate(),
                        "staff:mallory",
                        Set.of(Roles.ADMIN),
                        null,
                        Duration.ofMinutes(5));
        given().header("Authorization", forged)
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token")
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(401);
        PrivateKey demoKey = KeyUtils.readPrivateKey("demo-keys/identity-private.pem");
        String expired = "Bearer "
                + GatewayIdentity.sign(demoKey, "staff:late", Set.of(Roles.ADMIN), null, Duration.ofMinutes(-5));
        given().header("Authorization", expired)
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(401);
        String otherAudience = "Bearer "
                + Jwt.issuer(GatewayIdentity.ISSUER)
                        .audience("another-system")
                        .upn("staff:x")
                        .groups(Set.of(Roles.ADMIN))
                        .expiresIn(Duration.ofMinutes(2))
                        .sign(demoKey);
        given().header("Authorization", otherAudience)
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(401);
        String otherIssuer = "Bearer "
                + Jwt.issuer("https://civic-suite.example/staff")
                        .audience(GatewayIdentity.AUDIENCE)
                        .upn("x")
                        .groups(Set.of(Roles.ADMIN))
                        .expiresIn(Duration.ofMinutes(2))
                        .sign(demoKey);
        given().header("Authorization", otherIssuer)
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(401);
        given().header("Authorization", Identities.bearer("staff:test-admin", Roles.ADMIN))
                .contentType(ContentType.JSON)
                .body(projectBody(published, "XX-02", "有身份", lead))
                .when()
                .post("/projects")
                .then()
                .statusCode(201);
        given().header("Authorization", Identities.bearer("staff:test-admin", Roles.ADMIN))
                .when()
                .get("/projects?programmeId=" + published)
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void apiClientsSeePublishedProgrammesOnlyAndCannotWrite() {
        String visible = project(published, "XX-10", "公开项目", lead);
        String hidden = project(draft, "XX-11", "草案项目", lead);

        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/projects/" + visible)
                .then()
                .statusCode(200);
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/projects/" + hidden)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/programmes/" + draft)
                .then()
                .statusCode(404);
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/programmes/" + draft + "/projects")
                .then()
                .statusCode(404);
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/programmes/" + draft + "/export")
                .then()
                .statusCode(404);
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/projects/" + hidden + "/history")
                .then()
                .statusCode(404);
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/programmes?region=" + city)
                .then()
                .statusCode(200)
                .body("items.state", everyItem(not(equalTo("DRAFT"))))
                .body("items.id", hasItem(published))
                .body("total", equalTo(1));
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/projects?q=项目&region=" + city)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(visible))
                .body("items.id", not(hasItem(hidden)))
                .body("total", equalTo(1));
        // staff see the draft
        given().header("Authorization", Identities.bearer("staff:dash", Roles.DASHBOARD))
                .when()
                .get("/projects/" + hidden)
                .then()
                .statusCode(200);

        given().header("Authorization", PUBLIC_APP)
                .contentType(ContentType.JSON)
                .body(projectBody(published, "XX-12", "不许", lead))
                .when()
                .post("/projects")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", containsString("forbidden"))
                .body("detail", containsString("admin, editor"));
        given().header("Authorization", PUBLIC_APP)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "no"))
                .when()
                .post("/projects/" + visible + "/cancel")
                .then()
                .statusCode(403);
        given().when().get("/projects/" + visible).then().body("state", not(equalTo("CANCELLED")));

        String verifierOnly = Identities.bearer("client:museum gate", Roles.BENEFITS_VERIFY);
        given().header("Authorization", verifierOnly)
                .when()
                .get("/projects/" + visible)
                .then()
                .statusCode(403)
                .body("detail", containsString(Roles.PUBLIC_READ));
    }

    @Test
    void anEditorChangesOnlyItsOwnDepartmentsProjects() {
        String editor = Identities.editorOf(UUID.fromString(lead));
        String own = project(published, "XX-20", "本部门项目", lead);
        String foreign = project(published, "XX-21", "他部门项目", otherDepartment);

        given().header("Authorization", editor)
                .contentType(ContentType.JSON)
                .body(projectBody(published, "XX-22", "新建", lead))
                .when()
                .post("/projects")
                .then()
                .statusCode(201);
        given().header("Authorization", editor)
                .contentType(ContentType.JSON)
                .body(projectBody(published, "XX-23", "替别人建", otherDepartment))
                .when()
                .post("/projects")
                .then()
                .statusCode(403)
                .body("detail", containsString(otherDepartment));
        given().header("Authorization", editor)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "改名"))
                .when()
                .patch("/projects/" + own)
                .then()
                .statusCode(200);
        given().header("Authorization", editor)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "改名"))
                .when()
                .patch("/projects/" + foreign)
                .then()
                .statusCode(403);
        // nor hand its project to another department
        given().header("Authorization", editor)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body(Map.of("leadDepartmentId", otherDepartment))
                .when()
                .patch("/projects/" + own)
                .then()
                .statusCode(403);
        given().header("Authorization", editor)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "取消"))
                .when()
                .post("/projects/" + foreign + "/cancel")
                .then()
                .statusCode(403);
        given().when()
                .get("/projects/" + foreign)
                .then()
                .body("title", equalTo("他部门项目"))
                .body("state", not(equalTo("CANCELLED")));
        given().when().get("/projects?programmeId=" + published).then().body("items.code", not(hasItem("XX-23")));

        given().header("Authorization", editor)
                .contentType(ContentType.JSON)
                .body(RegistryFixtures.programmeBody(city, "DRAFT"))
                .when()
                .post("/programmes")
                .then()
                .statusCode(403);
        given().header("Authorization", editor)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "D-EDITOR", "name", "编辑部门", "regionCode", city))
                .when()
                .post("/departments")
                .then()
                .statusCode(403);
        given().when().get("/projects/" + own + "/history").then().body("changedBy", hasItem("staff:test-editor"));
    }
}
