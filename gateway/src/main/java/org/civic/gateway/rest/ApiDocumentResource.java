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
import org.civic.gateway.service.PublicPath;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merged OpenAPI document, open to everyone (no credentials, no rate limit: AccessRules.open). */
@Path(PublicPath.ROOT)
@Tag(name = "API documentation", description = "This document, in JSON or YAML; Swagger UI at /api/v1/docs")
public class ApiDocumentResource {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String DOCUMENT = "The OpenAPI 3.1 document of the whole public API.";
    private final ApiDocument document;

    public ApiDocumentResource(ApiDocument document) {
        this.document = document;
    }

    @GET
    @Path("/openapi")
    @Produces({"application/json", "application/yaml"})
    @SecurityRequirementsSet
    @Operation(
            operationId = "getOpenApiDocument",
            summary = "This API's OpenAPI document",
            description = "JSON unless format=yaml or Accept names YAML. Needs no credentials.")
    @APIResponse(
            responseCode = "200",
            description = DOCUMENT,
            content = {
                @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING))
            })
    public Response openApi(
            @Parameter(
                            description = "yaml for YAML; JSON otherwise.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"json", "yaml"}))
                    @QueryParam("format")
                    String format,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept)
            throws JsonProcessingException {
        boolean yaml = "yaml".equalsIgnoreCase(format) || format == null && accept != null && accept.contains("yaml");
        return yaml
                ? yaml()
                : Response.ok(document.document(), "application/json").build();
    }

    @GET
    @Path("/openapi.yaml")
    @Produces("application/yaml")
    @SecurityRequirementsSet
    @Operation(
            operationId = "getOpenApiDocumentYaml",
            summary = "This API's OpenAPI document in YAML",
            description = "Needs no credentials.")
    @APIResponse(
            responseCode = "200",
            description = DOCUMENT,
            content = @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING)))
    public Response yaml() throws JsonProcessingException {
        return Response.ok(YAML.writeValueAsString(document.document()), "application/yaml")
                .build();
    }
}
