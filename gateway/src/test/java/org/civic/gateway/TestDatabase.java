package org.civic.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.civic.testsupport.PostgresDatabase;

/** One fresh database, and stub services behind the gateway, for this module's test run. */
@QuarkusTestResource(value = PostgresDatabase.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(StubServices.class)
final class TestDatabase {}
