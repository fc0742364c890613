package org.civic.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The output-only properties of a resource's representation that its input type takes back (Google AIP-203), so
 * that a GET body can be changed and PUT back whole: {@code @OutputOnly({"id", "createdAt", "updatedAt"})} on the
 * input record. A named property in a request body is read and ignored, except that one which names a path
 * parameter of the request (the {@code id} of {@code PUT /projects/{id}}, the {@code projectId} of
 * {@code POST /projects/{projectId}/milestones}) must have that parameter's value: a body read from one resource is
 * never silently written to another (400 naming the property). A property neither declared by the type nor named
 * here is still an unknown field (400). Read by {@link OutputOnlyProperties}, which {@link JsonCustomizer} installs
 * for every service.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OutputOnly {

    /** The JSON property names, as the resource's view writes them. */
    String[] value();
}
