package org.civic.benefits;

import io.quarkus.test.junit.QuarkusTest;
import org.civic.testsupport.OpenApiContractTest;

@QuarkusTest
class OpenApiTest extends OpenApiContractTest {}
