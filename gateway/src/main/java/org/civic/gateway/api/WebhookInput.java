package org.civic.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an API client registers: where to POST, and which changes. */
@Schema(description = "A webhook to register: an http(s) URL on a public address and the changes it wants")
public record WebhookInput(
        @Schema(
                description = "Where the gateway POSTs each change: http or https, a host that resolves to public"
                        + " addresses only (never loopback, link-local or private ranges)",
                maxLength = 2000,
                examples = "https://news.example.cn/hooks/civic")
        @NotBlank(message = "a webhook needs a url")
        @Size(max = 2000)
        String url,

        @Schema(
                description = "Event types (project.created, report.approved …) or prefixes ending in .* (project.*)",
                examples = "[\"project.*\", \"report.approved\"]")
        @NotEmpty(message = "name at least one event type or prefix")
        @Size(max = 20, message = "at most 20 event types or prefixes")
        List<
                        @NotBlank @Size(max = 40)
                        @Pattern(
                                regexp = EVENT,
                                message = "must be an event type (project.created) or a prefix (project.*)")
                        String>
                events) {

    public static final String EVENT = "^[a-z]+\\.([a-z-]+|\\*)$";
}
