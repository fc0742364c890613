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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.Params;
import org.civic.registry.api.ImportReport;
import org.civic.registry.config.PublicUrls;
import org.civic.registry.entity.Programme;
import org.civic.registry.io.ProjectTable;
import org.civic.registry.service.Oc4idsService;
import org.civic.registry.service.ProgrammeService;
import org.civic.registry.service.ProjectExchangeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/programmes/{id}")
@Tag(name = "Programme files", description = "Import and export of a programme's project list; OC4IDS")
public class ProgrammeExchangeResource {

    private final ProjectExchangeService exchange;
    private final ProgrammeService programmes;
    private final Oc4idsService oc4ids;
    private final Caller caller;
    private final PublicUrls publicUrls;

    public ProgrammeExchangeResource(ProjectExchangeService exchange, ProgrammeService programmes, Oc4idsService oc4ids,
                                     Caller caller, PublicUrls publicUrls) {
        this.caller = caller;
        this.publicUrls = publicUrls;
        this.exchange = exchange;
        this.programmes = programmes;
        this.oc4ids = oc4ids;
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/import")
    @Consumes({ProjectTable.CSV, ProjectTable.XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import projects from CSV (UTF-8) or XLSX", description = "One project per row, English or "
            + "Chinese headers. dryRun=true reports every row error without writing. A real import is all-or-nothing "
            + "(422 with the row errors); rows update the projects with the same code. Changing targets, dates or "
            + "investment of existing projects needs reason=….")
    public ImportReport importProjects(@PathParam("id") String id, byte[] content,
                                       @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                       @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                       @QueryParam("reason") String reason) {
        String why = Params.text(reason);
        if (why != null && why.length() > 1000) {
            throw ProblemException.badRequest("reason", "at most 1000 characters");
        }
        return exchange.importProjects(Params.pathUuid("id", id), content, contentType, dryRun, why, caller.name());
    }

    @GET
    @Path("/export")
    @Produces({ProjectTable.CSV, ProjectTable.XLSX})
    @Operation(summary = "Export the project list in the import format (format=csv or xlsx)")
    public Response export(@PathParam("id") String id, @QueryParam("format") @DefaultValue("csv") String format) {
        UUID programmeId = Params.pathUuid("id", id);
        Programme programme = programmes.get(programmeId);
        List<Map<String, String>> rows = exchange.exportRows(programmeId);
        String name = programme.regionCode + "-" + programme.year;
        return switch (format.toLowerCase()) {
            case "csv" -> Response.ok(ProjectTable.writeCsv(rows), ProjectTable.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "xlsx" -> Response.ok(ProjectTable.writeXlsx(rows), ProjectTable.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            default -> throw ProblemException.badRequest("format", "must be csv or xlsx");
        };
    }

    @GET
    @Path("/oc4ids")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The programme as an OC4IDS project package")
    public Map<String, Object> oc4ids(@PathParam("id") String id) {
        UUID programmeId = Params.pathUuid("id", id);
        return oc4ids.projectPackage(programmeId, publicUrls.of("/programmes/" + programmeId + "/oc4ids"));
    }
}
