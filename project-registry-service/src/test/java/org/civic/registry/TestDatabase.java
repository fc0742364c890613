package org.civic.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.civic.testsupport.PostgresDatabase;

/** One fresh database for this module's whole test run. */
@QuarkusTestResource(value = PostgresDatabase.class, initArgs = @ResourceArg(name = "service", value = "registry"))
final class TestDatabase {}
