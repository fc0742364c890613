package org.civic.common.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One page of a list with the total count; {@link #toRestResponse} adds RFC 8288 {@code Link} headers and
 * {@code X-Total-Count}. Its OpenAPI schema is not taken from this record: each list operation names a
 * {@link PageSchema} subclass per item type ({@code ProjectPage}), so that generated clients get one named, typed
 * envelope per list.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final String LINK = "Link";
    public static final String TOTAL_COUNT = "X-Total-Count";

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page, request.size, total);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / size);
    }

    /** 200 with this page, its {@code Link} (first, prev, next, last) and {@code X-Total-Count}. */
    public RestResponse<Page<T>> toRestResponse(UriInfo uri) {
        List<String> links = new ArrayList<>();
        links.add(link(uri, 0, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, lastPage()), "prev"));
        }
        if (page < lastPage()) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, lastPage(), "last"));
        return RestResponse.ResponseBuilder.ok(this)
                .header(LINK, String.join(", ", links))
                .header(TOTAL_COUNT, total)
                .build();
    }

    /** The same answer for resource methods declared to return {@link Response}. */
    public Response toResponse(UriInfo uri) {
        return toRestResponse(uri).toResponse();
    }

    private String link(UriInfo uri, int target, String rel) {
        URI href = uri.getRequestUriBuilder()
                .replaceQueryParam("page", target)
                .replaceQueryParam("size", size)
                .build();
        return "<" + href.getRawPath() + "?" + href.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}
