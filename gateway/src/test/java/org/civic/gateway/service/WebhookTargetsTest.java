package org.civic.gateway.service;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    private final WebhookTargets production = new WebhookTargets(false);

    @Test
    void loopbackPrivateLinkLocalMulticastAndUnspecifiedAddressesAreRefusedNamingWhy() {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("http://127.0.0.1:8080/hook", "loopback"),
                Map.entry("http://localhost/hook", "loopback"),
                Map.entry("http://[::1]/hook", "loopback"),
                Map.entry("http://[::ffff:127.0.0.1]/hook", "loopback"),
                Map.entry("http://10.1.2.3/hook", "private"),
                Map.entry("http://172.16.0.1/hook", "private"),
                Map.entry("http://192.168.1.10/hook", "private"),
                Map.entry("http://[fd12:3456::1]/hook", "unique local"),
                Map.entry("http://169.254.169.254/latest/meta-data", "link-local"),
                Map.entry("http://[fe80::1]/hook", "link-local"),
                Map.entry("http://224.0.0.1/hook", "multicast"),
                Map.entry("http://0.0.0.0/hook", "unspecified"),
                Map.entry("http://100.64.0.1/hook", "carrier-grade NAT"));
        refused.forEach((url, why) -> {
            String refusal = production.refusal(url);
            assertTrue(refusal != null && refusal.contains(why), url + ": " + refusal);
        });
    }

    @Test
    void onlyHttpAndHttpsWithAHostAndNoCredentialsAreTargets() {
        Map<String, String> refused = Map.of(
                "file:///etc/passwd", "http or https",
                "gopher://93.184.215.14/", "http or https",
                "ftp://93.184.215.14/", "http or https",
                "https:///nohost", "no host",
                "https://user:pw@93.184.215.14/", "user name",
                "http://exa mple.com/", "not a valid URL");
        refused.forEach((url, why) -> {
            String refusal = production.refusal(url);
            assertTrue(refusal != null && refusal.contains(why), url + ": " + refusal);
        });
    }

    @Test
    void aPublicAddressIsATarget() {
        assertNull(production.refusal("https://93.184.215.14/hooks/civic"));
        assertNull(production.refusal("http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]:8443/hook"));
    }

    @Test
    void theTestAllowanceLetsPrivateAddressesThroughButNeverOtherSchemes() {
        WebhookTargets tests = new WebhookTargets(true);
        assertNull(tests.refusal("http://127.0.0.1:9000/hook"));
        assertTrue(tests.refusal("file:///etc/passwd").contains("http or https"));
    }
}
