package org.civic.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.civic.gateway.service.ApiDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1")
public class ApiDocumentResource {

    private static final YAMLMapper YAML = new YAMLMapper();
    private final ApiDocument document;

    public ApiDocumentResource(ApiDocument document) {
        this.document = document;
    }

    @GET
    @Path("/openapi")
    @Produces({"application/json", "application/yaml"})
    @Operation(hidden = true)
    public Response openApi(@QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept)
            throws JsonProcessingException {
        boolean yaml = "yaml".equalsIgnoreCase(format) || format == null && accept != null && accept.contains("yaml");
        return yaml ? yaml() : Response.ok(document.document(), "application/json").build();
    }

    @GET
    @Path("/openapi.yaml")
    @Produces("application/yaml")
    @Operation(hidden = true)
    public Response yaml() throws JsonProcessingException {
        return Response.ok(YAML.writeValueAsString(document.document()), "application/yaml").build();
    }
}
