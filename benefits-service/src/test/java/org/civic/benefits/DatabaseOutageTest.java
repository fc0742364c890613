package org.civic.benefits;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.civic.testsupport.DatabaseOutageContractTest;

@QuarkusTest
@TestProfile(DatabaseOutageContractTest.Profile.class)
class DatabaseOutageTest extends DatabaseOutageContractTest {

    @Override
    protected String databaseRead() {
        return "/benefit-programmes";
    }
}
