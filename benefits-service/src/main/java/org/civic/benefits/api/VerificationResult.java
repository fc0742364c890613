package org.civic.benefits.api;

/**
 * Yes or no for one site, and why. It names the benefit that applies but never the person: no name, no ID
 * number, no citizen id.
 */
public record VerificationResult(boolean allowed, String benefitCode, Reason reason, boolean redeemed) {

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
