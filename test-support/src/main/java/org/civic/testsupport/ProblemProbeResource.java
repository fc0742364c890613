package org.civic.testsupport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;

/**
 * Exists only on the test class path: lets {@link FoundationContractTest} drive each error path of the
 * shared problem mapping inside every service, as that service is configured.
 */
@Path("/test-probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public record ProbeInput(
            @NotBlank String name,
            @Min(0) int count,
            LocalDate day,
            Boolean flag,
            List<String> tags,
            Map<String, String> labels) {}

    public record ProbePage(int page, int size, int offset, String q) {}

    @POST
    public ProbeInput echo(@Valid ProbeInput input) {
        return input;
    }

    @GET
    @Path("/items")
    public ProbePage items(@Valid @BeanParam PageRequest page, @QueryParam("q") String q) {
        return new ProbePage(page.page, page.size, page.offset(), q);
    }

    @GET
    @Path("/items/{id}")
    public String item(@PathParam("id") String id) {
        throw ProblemException.notFound("Probe", Params.pathUuid("id", id));
    }

    @GET
    @Path("/missing/{id}")
    public String missing(@PathParam("id") String id) {
        throw ProblemException.notFound("Probe", id);
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw ProblemException.conflict("probe-conflict", "The probe always conflicts.");
    }

    @GET
    @Path("/crash")
    public String crash() {
        throw new IllegalStateException("secret internal detail: SELECT * FROM citizens");
    }
}
