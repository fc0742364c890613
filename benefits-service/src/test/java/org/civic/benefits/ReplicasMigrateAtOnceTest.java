package org.civic.benefits;

import java.util.List;
import org.civic.testsupport.ConcurrentMigration;
import org.junit.jupiter.api.Test;

/** Two replicas of the service starting together against one empty database (deploy/kubernetes runs two or more). */
class ReplicasMigrateAtOnceTest {

    @Test
    void twoReplicasMigratingOneEmptyDatabaseAtOnceBothSucceedAndEachMigrationIsAppliedOnce() throws Exception {
        ConcurrentMigration.assertReplicasMigrateOneEmptyDatabase(
                "benefits",
                2,
                List.of("db/migration", "db/common"),
                List.of("benefit_programme", "benefit", "idempotency_record"));
    }
}
