package org.civic.registry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.entity.Indicator;
import org.civic.registry.entity.Project;
import org.civic.registry.mapping.RegistryMapper;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * JSON Merge Patch (RFC 7396) over a project, without a server: what a PATCH body leaves, changes, removes and
 * refuses. The HTTP scenarios (ProjectResourceTest) show the same through the API; these pin the merge rules.
 */
class ProjectPatcherTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private final ProjectPatcher patcher = new ProjectPatcher(JSON, VALIDATOR, new RegistryMapper());

    /** 新乡's parking project as stored: two districts, a place, one indicator. */
    private static Project parking() {
        Project project = new Project();
        project.id = UUID.fromString("5b0c7a8e-2f41-4c6d-9e3b-1a2b3c4d5e6f");
        project.programmeId = UUID.fromString("0f8e6a52-3c1d-4b7e-9a20-6d5c4b3a2910");
        project.code = "XX-2024-07";
        project.title = "新建公共停车位";
        project.titleEn = "New public parking spaces";
        project.domainCode = "TRAFFIC";
        project.leadDepartmentId = UUID.fromString("7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d");
        project.districtCodes.addAll(List.of("410702", "410703"));
        project.plannedInvestment = new BigDecimal("12000000.00");
        project.plannedStart = LocalDate.of(2024, 3, 1);
        project.plannedEnd = LocalDate.of(2024, 12, 31);
        project.latitude = new BigDecimal("35.3032");
        project.longitude = new BigDecimal("113.9268");
        project.address = "河南省新乡市解放大道与向阳路东北角";
        project.state = Project.State.ACTIVE;
        Indicator spaces = new Indicator();
        spaces.key = "spaces";
        spaces.name = "新增停车位";
        spaces.unit = "个";
        spaces.baseline = BigDecimal.ZERO;
        spaces.target = new BigDecimal("5000");
        spaces.direction = Indicator.Direction.INCREASE;
        spaces.cumulative = true;
        project.indicators.add(spaces);
        return project;
    }

    private ProjectInput merge(Project project, String patch) throws Exception {
        return patcher.merge(project, JSON.readTree(patch));
    }

    @Test
    void aPatchChangesWhatItNamesAndKeepsEverythingElse() throws Exception {
        ProjectInput input = merge(parking(), "{\"title\": \"新建公共停车位（二期）\"}");

        assertEquals("新建公共停车位（二期）", input.title());
        assertEquals("XX-2024-07", input.code());
        assertEquals("New public parking spaces", input.titleEn());
        assertEquals(new BigDecimal("12000000.00"), input.plannedInvestment());
        assertEquals(List.of("410702", "410703"), input.districtCodes());
        assertEquals(1, input.indicators().size());
        assertNull(input.reason(), "a reason is never carried over from anything stored");
    }

    @Test
    void nullRemovesAnOptionalFieldAndTheStoredProjectIsLeftAsItWas() throws Exception {
        Project project = parking();

        ProjectInput input = merge(project, "{\"titleEn\": null, \"plannedInvestment\": null}");

        assertNull(input.titleEn());
        assertNull(input.plannedInvestment());
        assertEquals(
                "New public parking spaces", project.titleEn, "merging only builds the input; the entity is untouched");
        assertEquals(new BigDecimal("12000000.00"), project.plannedInvestment);
    }

    @Test
    void anObjectIsMergedMemberByMemberWhileAnArrayIsReplacedWhole() throws Exception {
        ProjectInput input =
                merge(parking(), "{\"location\": {\"address\": \"新乡市人民公园东门\"}, " + "\"districtCodes\": [\"410711\"]}");

        assertEquals("新乡市人民公园东门", input.location().address());
        assertEquals(new BigDecimal("35.3032"), input.location().lat(), "a member the patch does not name stays");
        assertEquals(List.of("410711"), input.districtCodes(), "an array is a value: the patch's replaces the old");
    }

    @Test
    void anEmptyPatchGivesBackTheProjectAsItsInputForm() throws Exception {
        Project project = parking();

        // compared as the wire shows them: the tree may hold 5000 as 5E+3, which is the same number
        assertEquals(
                JSON.writeValueAsString(new RegistryMapper().toInput(project)),
                JSON.writeValueAsString(merge(project, "{}")));
    }

    @Test
    void aPatchThatIsNotAJsonObjectIsRefusedAsABadRequest() {
        for (String patch : List.of("[]", "\"title\"", "42", "null")) {
            ProblemException refusal = assertThrows(ProblemException.class, () -> merge(parking(), patch), patch);
            assertEquals(400, refusal.problem().getStatus());
            assertEquals("request", refusal.problem().getViolations().get(0).field());
        }
    }

    @Test
    void aMergedProjectIsValidatedLikeAReplacementAndEveryBrokenFieldIsNamed() {
        ConstraintViolationException refusal = assertThrows(
                ConstraintViolationException.class,
                () -> merge(parking(), "{\"title\": \"\", \"code\": null, \"plannedInvestment\": \"-1\"}"));

        List<String> fields = refusal.getConstraintViolations().stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .sorted()
                .toList();
        assertEquals(List.of("code", "plannedInvestment", "title"), fields);
    }

    @Test
    void removingTheLastIndicatorTargetIsRefusedInsideTheList() {
        ConstraintViolationException refusal = assertThrows(
                ConstraintViolationException.class,
                () -> merge(
                        parking(),
                        "{\"indicators\": [{\"key\": \"spaces\", \"name\": \"新增停车位\", \"unit\": \"个\", "
                                + "\"direction\": \"INCREASE\", \"cumulative\": true}]}"));

        assertTrue(
                refusal.getConstraintViolations().stream()
                        .anyMatch(v -> v.getPropertyPath().toString().equals("indicators[0].target")),
                refusal.getConstraintViolations().toString());
    }

    @Test
    void aValueOfTheWrongShapeIsABadRequestNotAServerError() {
        WebApplicationException refusal = assertThrows(
                WebApplicationException.class, () -> merge(parking(), "{\"plannedStart\": \"2024-13-45\"}"));

        assertEquals(400, refusal.getResponse().getStatus());
    }
}
