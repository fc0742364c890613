package org.civic.progress;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.civic.testsupport.FoundationContractTest;
import org.civic.testsupport.PostgresDatabase;

@QuarkusTest
@QuarkusTestResource(value = PostgresDatabase.class, initArgs = @ResourceArg(name = "service", value = "progress"))
class FoundationTest extends FoundationContractTest {
}
