package org.civic.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.civic.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicPathTest {

    @Test
    void aPathIsRoutedDecodedAndForwardedInOneCanonicalEncoding() {
        PublicPath path = PublicPath.parse("/api/v1/projects/%e9%a3%9f%E5%A0%82/status");
        assertEquals("projects/食堂/status", path.decoded());
        assertEquals("projects/%E9%A3%9F%E5%A0%82/status", path.encoded());
        assertEquals(
                "regions/350500", PublicPath.parse("/api/v1/regions/350500").encoded());
        assertEquals(
                "projects/%E9%A3%9F%E5%A0%82",
                PublicPath.parse("/api/v1/projects/食%E5%A0%82").encoded());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/projects/..%2F..%2Fq%2Fmetrics",
                "/api/v1/projects/%2e%2e/q",
                "/api/v1/projects/..",
                "/api/v1/projects/.",
                "/api/v1/projects//q",
                "/api/v1/projects/",
                "/api/v1/projects/a%00b",
                "/api/v1/projects/a%7fb",
                "/api/v1/projects/a%5Cb",
                "/api/v1/projects/x;jsessionid=1",
                "/api/v1/projects/%ZZ",
                "/api/v1/projects/%E9%A3",
                "/api/v1/projects/%C0%AF",
                "/q/metrics",
                "/api/v1"
            })
    void pathsThatCouldBecomeAnotherPathAreRefused(String raw) {
        ProblemException refused = assertThrows(ProblemException.class, () -> PublicPath.parse(raw));
        assertEquals(400, refused.problem().getStatus());
    }

    @Test
    void anyServedPathMayEndInASlashButNotResolveDots() {
        PublicPath.checkAnyPath("/api/v1/docs/");
        PublicPath.checkAnyPath("/q/health/ready");
        assertThrows(ProblemException.class, () -> PublicPath.checkAnyPath("/api/v1/projects/%2e%2e/%2e%2e/q/openapi"));
        assertThrows(ProblemException.class, () -> PublicPath.checkAnyPath("/api/v1//projects"));
    }

    @Test
    void aQueryKeepsItsEscapesEncodesWhatMayNotStandBareAndRefusesBrokenOnes() {
        assertEquals("q=%E9%A3%9F+1&size=2", PublicPath.query("q=%E9%A3%9F+1&size=2"));
        assertEquals("q=a%7Cb%7Bc%7D%22", PublicPath.query("q=a|b{c}\""));
        assertEquals(null, PublicPath.query(null));
        assertThrows(ProblemException.class, () -> PublicPath.query("q=%ZZ"));
        assertThrows(ProblemException.class, () -> PublicPath.query("q=%E"));
    }
}
