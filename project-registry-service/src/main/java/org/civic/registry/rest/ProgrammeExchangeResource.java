package org.civic.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.Params;
import org.civic.registry.api.ImportReport;
import org.civic.registry.api.Oc4idsPackage;
import org.civic.registry.config.PublicUrls;
import org.civic.registry.io.ProjectTable;
import org.civic.registry.service.Oc4idsService;
import org.civic.registry.service.ProjectExchangeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/programmes/{id}")
@Tag(name = "Programme files", description = "Import and export of a programme's project list; OC4IDS")
public class ProgrammeExchangeResource {

    /** One row of 晋江 2022 in the import format, as the export writes it (without the byte order mark). */
    private static final String CSV_EXAMPLE = "code,title,title_en,description,domain,lead_department,co_departments,"
            + "districts,planned_investment,planned_start,planned_end,state,latitude,longitude,address,indicators\r\n"
            + "JJ2022-01,电子健康卡(医码通)项目二期,\"Electronic health card (Yimatong), phase 2\",建设晋江电子健康卡(医码通)项目二期,"
            + "SMART_INFRA,JJ-WJJ,,350582,,2022-01-01,2022-12-31,ACTIVE,,,,institutions|上线“医码通”的医疗卫生机构|家|0|20|"
            + "INCREASE|true\r\n";

    private static final String XLSX_BODY = "The same columns in the first sheet of an Office Open XML workbook";

    private final ProjectExchangeService exchange;
    private final Oc4idsService oc4ids;
    private final Caller caller;
    private final PublicUrls publicUrls;

    public ProgrammeExchangeResource(
            ProjectExchangeService exchange, Oc4idsService oc4ids, Caller caller, PublicUrls publicUrls) {
        this.caller = caller;
        this.publicUrls = publicUrls;
        this.exchange = exchange;
        this.oc4ids = oc4ids;
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/import")
    @Consumes({ProjectTable.CSV, ProjectTable.XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importProgramme",
            summary = "Import projects from CSV (UTF-8) or XLSX",
            description = "One "
                    + "project per row, English or Chinese headers, at most 5,000 rows. dryRun=true reports every row error "
                    + "without writing. A real import is all-or-nothing (422 with the row errors); rows update the projects "
                    + "with the same code. Changing targets, dates or investment of existing projects needs reason=…. Not "
                    + "into a closed programme (409).")
    @APIResponse(
            responseCode = "200",
            description = "What the import did, or (dryRun) would do and every row error",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(
            responseCode = "422",
            description = "The file has errors: nothing was imported; the problem lists "
                    + "every one in errors[] as {row, column, message}")
    public ImportReport importProjects(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @RequestBody(
                            required = true,
                            description = "The project list in the import format",
                            content = {
                                @Content(
                                        mediaType = ProjectTable.CSV,
                                        schema = @Schema(type = SchemaType.STRING, maxLength = ProjectTable.MAX_BYTES),
                                        examples =
                                                @ExampleObject(
                                                        name = "jinjiang-2022",
                                                        summary = "One project of 晋江 2022",
                                                        value = CSV_EXAMPLE)),
                                @Content(
                                        mediaType = ProjectTable.XLSX,
                                        schema =
                                                @Schema(
                                                        type = SchemaType.STRING,
                                                        format = "binary",
                                                        maxLength = ProjectTable.MAX_BYTES,
                                                        description = XLSX_BODY))
                            })
                    byte[] content,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Check the file and report every error, writing nothing")
                    @QueryParam("dryRun")
                    @DefaultValue("false")
                    boolean dryRun,
            @Parameter(
                            description =
                                    "Why targets, planned dates or investment of existing projects change; kept in "
                                            + "their history",
                            example = "按市政府常务会议决定调整目标",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
                    @QueryParam("reason")
                    String reason) {
        String why = Params.text(reason);
        if (why != null && why.length() > 1000) {
            throw ProblemException.badRequest("reason", "at most 1000 characters");
        }
        return exchange.importProjects(Params.pathUuid("id", id), content, contentType, dryRun, why, caller.name());
    }

    @GET
    @Path("/export")
    @Produces({ProjectTable.CSV, ProjectTable.XLSX})
    @Operation(
            operationId = "exportProgramme",
            summary = "Export the project list in the import format",
            description =
                    "CSV starts with a UTF-8 byte order mark, so that spreadsheet programs show Chinese; cells "
                            + "that a spreadsheet would run as a formula get a leading quote. An export imports back unchanged.")
    @APIResponse(
            responseCode = "200",
            description = "The project list, one project per row, ordered by code",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment; filename=\"<region>-<year>.csv\" " + "(or .xlsx)",
                            schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(
                        mediaType = ProjectTable.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "jinjiang-2022",
                                        summary = "One project of 晋江 2022",
                                        value = CSV_EXAMPLE)),
                @Content(
                        mediaType = ProjectTable.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", description = XLSX_BODY))
            })
    public Response export(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Parameter(
                            description = "The file format (any case); the Accept header does not choose it",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "xlsx"},
                                            defaultValue = "csv"))
                    @QueryParam("format")
                    @DefaultValue("csv")
                    String format) {
        ProjectExchangeService.Export export = exchange.export(Params.pathUuid("id", id));
        return switch (format.toLowerCase()) {
            case "csv" ->
                Response.ok(ProjectTable.writeCsv(export.rows()), ProjectTable.CSV + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + export.name() + ".csv\"")
                        .build();
            case "xlsx" ->
                Response.ok(ProjectTable.writeXlsx(export.rows()), ProjectTable.XLSX)
                        .header("Content-Disposition", "attachment; filename=\"" + export.name() + ".xlsx\"")
                        .build();
            default -> throw ProblemException.badRequest("format", "must be csv or xlsx");
        };
    }

    @GET
    @Path("/oc4ids")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getProgrammeOc4ids",
            summary = "The programme as an OC4IDS project package",
            description = "Open Contracting for Infrastructure Data Standard 0.9; the mapping of states, domains, "
                    + "departments and districts is in the registry's README.")
    @APIResponse(
            responseCode = "200",
            description = "The OC4IDS 0.9 project package",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Oc4idsPackage.class)))
    public Oc4idsPackage oc4ids(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id) {
        UUID programmeId = Params.pathUuid("id", id);
        return oc4ids.projectPackage(programmeId, publicUrls.of("/programmes/" + programmeId + "/oc4ids"));
    }
}
