package org.civic.benefits;

import io.quarkus.test.junit.QuarkusTest;
import org.civic.testsupport.FoundationContractTest;

@QuarkusTest
class FoundationTest extends FoundationContractTest {}
