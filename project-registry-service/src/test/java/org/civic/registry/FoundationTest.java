package org.civic.registry;

import io.quarkus.test.junit.QuarkusTest;
import org.civic.testsupport.FoundationContractTest;

@QuarkusTest
class FoundationTest extends FoundationContractTest {}
