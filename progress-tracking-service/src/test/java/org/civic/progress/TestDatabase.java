package org.civic.progress;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.civic.testsupport.PostgresDatabase;
import org.civic.testsupport.SiblingService;

/** One fresh database and one real registry (with its own fresh database) for this module's test run. */
@QuarkusTestResource(value = PostgresDatabase.class, initArgs = @ResourceArg(name = "service", value = "progress"))
@QuarkusTestResource(
        value = SiblingService.class,
        initArgs = {
            @ResourceArg(name = "module", value = "project-registry-service"),
            @ResourceArg(name = "urlProperty", value = "quarkus.rest-client.registry.url")
        })
final class TestDatabase {}
