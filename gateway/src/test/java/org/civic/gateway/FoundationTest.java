package org.civic.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.civic.testsupport.FoundationContractTest;
import org.civic.testsupport.PostgresDatabase;

@QuarkusTest
@QuarkusTestResource(value = PostgresDatabase.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
class FoundationTest extends FoundationContractTest {
}
