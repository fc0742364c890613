package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard page as the gateway serves it (built by ./mvnw from src/main/dashboard): index.html revalidated on
 * every visit under the strict Content-Security-Policy, its hashed assets cacheable for a year, no inline code, no
 * credential in any file. What the page shows is tested in a browser against the real suite
 * (scripts/check-dashboard.sh).
 */
@QuarkusTest
class DashboardTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/dashboard/assets/[^\"]+)\"");

    @Test
    void theIndexIsServedUnderTheStrictPolicyAndRevalidatedOnEveryVisit() {
        Response index = given().when().get("/dashboard/");
        index.then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("style-src 'self';"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
        String html = index.body().asString();
        assertTrue(html.contains("<script type=\"module\" crossorigin src=\"/dashboard/assets/"), html);
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find(), "an inline script: " + html);
        assertFalse(html.contains("<style") || html.contains("style=\""), "inline styles: " + html);
    }

    @Test
    void hashedAssetsAreCachedForAYearCarryNoCredentialAndShareOneMetricLabel() {
        List<String> assets = assets(given().when().get("/dashboard/").body().asString());
        assertTrue(assets.stream().anyMatch(a -> a.endsWith(".js")), "a script: " + assets);
        assertTrue(assets.stream().anyMatch(a -> a.endsWith(".css")), "a style sheet: " + assets);
        for (String asset : assets) {
            Response file = given().when().get(asset);
            file.then()
                    .statusCode(200)
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .contentType(asset.endsWith(".js") ? containsString("javascript") : startsWith("text/css"));
            String body = file.body().asString();
            assertFalse(body.contains("eyJhbGci"), asset + " holds a token");
            assertFalse(Pattern.compile("civ_[A-Za-z0-9_-]{43}").matcher(body).find(), asset + " holds an API key");
        }
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(metrics.contains("uri=\"/dashboard/assets/{file}\""), "one metric label for every asset");
        assertFalse(metrics.contains("/dashboard/assets/index-"), "a hashed file name became a metric label");
    }

    @Test
    void theBareAddressLeadsToThePageAndAnUnknownAssetIsNotFoundNorCachedForever() {
        given().redirects()
                .follow(false)
                .when()
                .get("/dashboard")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/dashboard/"));
        given().when()
                .get("/dashboard/assets/index-00000000.js")
                .then()
                .statusCode(404)
                .header("Cache-Control", not(containsString("immutable")));
    }

    private static List<String> assets(String html) {
        Matcher matcher = ASSET.matcher(html);
        List<String> found = matcher.results().map(m -> m.group(1)).toList();
        assertEquals(found.size(), found.stream().distinct().count(), "each asset once: " + found);
        return found;
    }
}
