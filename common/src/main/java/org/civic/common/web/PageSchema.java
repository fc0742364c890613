package org.civic.common.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON shape of a {@link Page} for the OpenAPI document. An annotation cannot name {@code Page<ProjectView>}, so a
 * list operation that answers a {@code Response} points its {@code @APIResponse} at a one-line subclass per item type
 * ({@code class ProjectPage extends PageSchema<ProjectView>}), which generated clients see as a typed envelope.
 * Documentation only: never instantiated.
 */
public abstract class PageSchema<T> {

    @Schema(
            required = true,
            maxItems = PageRequest.MAX_SIZE,
            description = "The items of this page, in the list's order")
    public List<T> items;

    @Schema(
            required = true,
            description = "This page's number, counted from 0",
            minimum = "0",
            maximum = "" + PageRequest.MAX_PAGE,
            examples = "0")
    public int page;

    @Schema(
            required = true,
            description = "The page size asked for",
            minimum = "1",
            maximum = "" + PageRequest.MAX_SIZE,
            examples = "20")
    public int size;

    @Schema(
            required = true,
            description = "How many items the whole list has (also sent as X-Total-Count)",
            minimum = "0",
            examples = "22")
    public long total;
}
