package org.civic.benefits.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.civic.benefits.api.LocalizedText;

/**
 * How one condition came out: its place in the rule, what it tests, MET / NOT_MET / UNKNOWN, its
 * explanation, the policy article it comes from and the values it saw ({@code age} in whole years).
 */
public record ConditionResult(String path, String fact, String op, JsonNode value, Truth outcome,
                              LocalizedText explanation, String article, List<String> observed) {
}
