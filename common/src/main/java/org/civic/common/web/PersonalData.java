package org.civic.common.web;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks resources whose answers carry a citizen's personal data (or say something about one citizen):
 * {@link NoStoreFilter} makes every answer of theirs {@code Cache-Control: no-store}, so no browser, proxy or
 * gateway cache keeps them.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PersonalData {}
