package org.civic.gateway.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.civic.common.web.Params;
import org.civic.gateway.security.DemoCredentials;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Used by ./suite up; answers 404 outside the demo, dev and test profiles. */
@Path("/api/v1/demo/credentials")
public class DemoCredentialsResource {

    private final DemoCredentials demo;

    public DemoCredentialsResource(DemoCredentials demo) {
        this.demo = demo;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, String> issue(@QueryParam("editorDepartment") String editorDepartment) {
        return demo.issue(Params.uuid("editorDepartment", editorDepartment));
    }
}
