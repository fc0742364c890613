package org.civic.progress;

import java.util.List;
import org.civic.testsupport.ConcurrentMigration;
import org.junit.jupiter.api.Test;

/** Two replicas of the service starting together against one empty database (deploy/kubernetes runs two or more). */
class ReplicasMigrateAtOnceTest {

    @Test
    void twoReplicasMigratingOneEmptyDatabaseAtOnceBothSucceedAndEachMigrationIsAppliedOnce() throws Exception {
        ConcurrentMigration.assertReplicasMigrateOneEmptyDatabase(
                "progress",
                2,
                List.of("db/migration", "db/common"),
                List.of("milestone", "report", "idempotency_record"));
    }
}
