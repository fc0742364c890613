package org.civic.common.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URN per kind of problem, so clients can
 * branch on it; {@code violations} lists the offending fields of a bad request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "violations"})
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:civic:problem:";

    public record Violation(String field, String message) {}

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private String instance;
    private String requestId;
    private List<Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem(String slug, String title, int status, String detail) {
        this.type = TYPE_PREFIX + slug;
        this.title = title;
        this.status = status;
        this.detail = detail;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public String getRequestId() {
        return requestId;
    }

    public List<Violation> getViolations() {
        return violations;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    public Problem instance(String instance) {
        this.instance = instance;
        return this;
    }

    public Problem requestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    public Problem violations(List<Violation> violations) {
        this.violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
        return this;
    }

    public Problem with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }
}
