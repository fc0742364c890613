package org.civic.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.civic.common.problem.ProblemException;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.entity.Project;
import org.civic.registry.mapping.RegistryMapper;

/** JSON Merge Patch (RFC 7396) over a project's input form, validated like a PUT. */
@ApplicationScoped
public class ProjectPatcher {

    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final RegistryMapper mapper;

    public ProjectPatcher(ObjectMapper objectMapper, Validator validator, RegistryMapper mapper) {
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.mapper = mapper;
    }

    public ProjectInput merge(Project project, JsonNode patch) {
        if (!patch.isObject()) {
            throw ProblemException.badRequest("request", "a merge patch must be a JSON object");
        }
        JsonNode merged = apply(objectMapper.valueToTree(mapper.toInput(project)), patch);
        ProjectInput input;
        try {
            input = objectMapper.treeToValue(merged, ProjectInput.class);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(e, 400);
        }
        Set<ConstraintViolation<ProjectInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }

    private static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result =
                target != null && target.isObject() ? (ObjectNode) target : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
