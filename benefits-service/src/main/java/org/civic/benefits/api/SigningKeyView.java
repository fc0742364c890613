package org.civic.benefits.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The pass signing key now in use. */
public record SigningKeyView(
        @Schema(examples = Examples.KID) String kid) {}
