package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A programme as an OC4IDS 0.9 project package (Open Contracting for Infrastructure Data Standard), only the members
 * this registry fills; members without a value are left out, as the standard prefers. The mapping is in the README.
 */
@Schema(
        description =
                "A programme as an OC4IDS 0.9 project package (https://standard.open-contracting.org/infrastructure/)")
public record Oc4idsPackage(
        @Schema(
                required = true,
                format = "uri",
                description = "Where this package is published",
                examples = "http://localhost:8080/api/v1/programmes/" + Examples.PROGRAMME_ID + "/oc4ids")
        String uri,

        @Schema(required = true, examples = "0.9") String version,

        @Schema(required = true, format = "date-time", examples = Examples.UPDATED)
        String publishedDate,

        @Schema(required = true) Publisher publisher,

        @Schema(required = true, description = "Every project of the programme, ordered by code")
        List<Project> projects) {

    @Schema(name = "Oc4idsPublisher")
    public record Publisher(
            @Schema(required = true, examples = "晋江市 (Jinjiang City)")
            String name) {}

    @Schema(name = "Oc4idsProject")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Project(
            @Schema(
                    required = true,
                    description = "oc4ids-civic- and the registry's project id",
                    examples = "oc4ids-civic-" + Examples.PROJECT_ID)
            String id,

            @Schema(required = true, description = "The project's code in its programme")
            List<Identifier> identifiers,

            @Schema(required = true, examples = Examples.PROJECT_TITLE)
            String title,

            @Schema(examples = Examples.PROJECT_DESCRIPTION) String description,

            @Schema(
                    required = true,
                    enumeration = {"preparation", "implementation", "completed", "cancelled"},
                    examples = "implementation")
            String status,

            @Schema(required = true, description = "OC4IDS projectSector codes", examples = "[\"communications\"]")
            List<String> sector,

            Budget budget,
            Period period,
            @Schema(required = true) Organization publicAuthority,

            @Schema(
                    required = true,
                    description = "The lead department (publicAuthority) and the co-responsible ones "
                            + "(administrativeEntity)")
            List<Party> parties,

            @Schema(description = "A point and address, and each district as a GB/T 2260 gazetteer entry")
            List<Location> locations) {}

    @Schema(name = "Oc4idsIdentifier")
    public record Identifier(
            @Schema(required = true, examples = Examples.PROJECT_CODE)
            String id,

            @Schema(required = true, examples = "programme:" + Examples.PROGRAMME_ID)
            String scheme) {}

    @Schema(name = "Oc4idsBudget")
    public record Budget(@Schema(required = true) Amount amount) {}

    @Schema(name = "Oc4idsAmount")
    public record Amount(
            @Schema(required = true, examples = "145000000.00")
            BigDecimal amount,

            @Schema(required = true, examples = "CNY") String currency) {}

    @Schema(name = "Oc4idsPeriod")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(
            @Schema(format = "date-time", examples = "2022-01-01T00:00:00+08:00")
            String startDate,

            @Schema(format = "date-time", examples = "2022-12-31T23:59:59+08:00")
            String endDate) {}

    @Schema(name = "Oc4idsOrganization")
    public record Organization(
            @Schema(required = true, description = "The department's code", examples = "JJ-WJJ")
            String id,

            @Schema(required = true, examples = "晋江市卫生健康局") String name) {}

    @Schema(name = "Oc4idsParty")
    public record Party(
            @Schema(required = true, description = "The department's code", examples = "JJ-WJJ")
            String id,

            @Schema(required = true, examples = "晋江市卫生健康局") String name,

            @Schema(required = true, examples = "[\"publicAuthority\"]")
            List<String> roles) {}

    @Schema(name = "Oc4idsLocation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(
            @Schema(required = true, examples = Examples.REGION_CODE)
            String id,

            @Schema(examples = "河南省新乡市解放大道与向阳路东北角") String description,
            Geometry geometry,
            Gazetteer gazetteer) {}

    @Schema(name = "Oc4idsGeometry")
    public record Geometry(
            @Schema(required = true, examples = "Point") String type,

            @Schema(
                    required = true,
                    description = "Longitude, latitude (GeoJSON order)",
                    examples = "[113.9268, 35.3032]")
            List<BigDecimal> coordinates) {}

    @Schema(name = "Oc4idsGazetteer")
    public record Gazetteer(
            @Schema(required = true, examples = "GB/T 2260") String scheme,

            @Schema(required = true, examples = "[\"" + Examples.REGION_CODE + "\"]")
            List<String> identifiers) {}
}
