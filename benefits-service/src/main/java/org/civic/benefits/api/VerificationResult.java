package org.civic.benefits.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Yes or no for one site, and why. It names the benefit that applies but never the person: no name, no ID
 * number, no citizen id.
 */
public record VerificationResult(
        @Schema(description = "Whether to let the holder in", examples = "true")
        boolean allowed,

        @Schema(
                description = "The benefit that applies at the site (absent when the token could not be read)",
                examples = "QZ_BLOOD_MUSEUM_CULTURE")
        String benefitCode,

        @Schema(examples = "ELIGIBLE") Reason reason,

        @Schema(description = "Whether the use was recorded (redeem: true)", examples = "false")
        boolean redeemed) {

    public enum Reason {
        /** The pass is valid here and the holder is eligible (nothing recorded). */
        ELIGIBLE,
        /** Valid, eligible, and the use was recorded. */
        REDEEMED,
        TOKEN_MALFORMED,
        TOKEN_BAD_SIGNATURE,
        TOKEN_EXPIRED,
        PASS_UNKNOWN,
        PASS_REVOKED,
        /** None of the pass's benefits applies at this site category. */
        SITE_CATEGORY_NOT_COVERED,
        NOT_ELIGIBLE,
        QUOTA_EXHAUSTED
    }

    public static VerificationResult refused(String benefitCode, Reason reason) {
        return new VerificationResult(false, benefitCode, reason, false);
    }
}
