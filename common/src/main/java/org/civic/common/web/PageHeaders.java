package org.civic.common.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents what {@link Page#toRestResponse} always sends: every 200 answer whose body is a page envelope
 * ({@code RestResponse<Page<ReportView>>}, documented as {@code PageReportView}) carries {@code Link} and
 * {@code X-Total-Count}, so no list operation has to repeat them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PageHeaders implements OASFilter {

    private static final Set<String> ENVELOPE = Set.of("items", "page", "size", "total");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null
                || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().values().forEach(operation -> {
                    APIResponse ok = operation.getResponses() == null
                            ? null
                            : operation.getResponses().getAPIResponse("200");
                    if (ok != null
                            && ok.getContent() != null
                            && ok.getContent().getMediaTypes().values().stream()
                                    .anyMatch(media -> isPage(media.getSchema(), schemas))) {
                        ok.addHeader(
                                Page.LINK,
                                OASFactory.createHeader()
                                        .description(
                                                "RFC 8288 links to the first, previous, next and last pages (same query, other page)")
                                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                                        .example("<" + path + "?page=0&size=20>; rel=\"first\", <" + path
                                                + "?page=0&size=20>; rel=\"last\""));
                        ok.addHeader(
                                Page.TOTAL_COUNT,
                                OASFactory.createHeader()
                                        .description("How many items the whole list holds (the envelope's total)")
                                        .schema(OASFactory.createSchema()
                                                .addType(Schema.SchemaType.INTEGER)
                                                .format("int64")
                                                .minimum(BigDecimal.ZERO))
                                        .example(1));
                    }
                }));
    }

    private static boolean isPage(Schema schema, Map<String, Schema> schemas) {
        if (schema == null || schema.getRef() == null) {
            return false;
        }
        Schema target = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        return target != null
                && target.getProperties() != null
                && target.getProperties().keySet().equals(ENVELOPE);
    }
}
