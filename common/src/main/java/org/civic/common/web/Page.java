package org.civic.common.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a list with the total count; {@link #toResponse} adds RFC 8288 {@code Link} headers. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page, request.size, total);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / size);
    }

    public Response toResponse(UriInfo uri) {
        List<String> links = new ArrayList<>();
        links.add(link(uri, 0, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, lastPage()), "prev"));
        }
        if (page < lastPage()) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, lastPage(), "last"));
        return Response.ok(this).header("Link", String.join(", ", links))
                .header("X-Total-Count", total).build();
    }

    private String link(UriInfo uri, int target, String rel) {
        java.net.URI href = uri.getRequestUriBuilder()
                .replaceQueryParam("page", target)
                .replaceQueryParam("size", size)
                .build();
        return "<" + href.getRawPath() + "?" + href.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}
