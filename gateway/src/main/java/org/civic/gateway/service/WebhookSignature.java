package org.civic.gateway.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed (README "Webhooks"): {@code Webhook-Signature: v1=<hex>}, the HMAC-SHA256 of
 * {@code "<Webhook-Timestamp>.<body>"} keyed with the webhook's secret (the whole text as shown, UTF-8). A receiver
 * recomputes it over the raw body, compares in constant time and refuses timestamps more than a few minutes old.
 */
public final class WebhookSignature {

    public static final String VERSION = "v1=";

    private WebhookSignature() {}

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return VERSION
                    + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
