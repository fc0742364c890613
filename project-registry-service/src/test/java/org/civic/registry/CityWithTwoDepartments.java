package org.civic.registry;

import static org.civic.registry.RegistryFixtures.child;
import static org.civic.registry.RegistryFixtures.department;
import static org.civic.registry.RegistryFixtures.programme;
import static org.civic.registry.RegistryFixtures.province;

import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.BeforeEach;

/** A fresh city with a draft programme and two departments before each test, and two admins to act as. */
abstract class CityWithTwoDepartments {

    static final String ADMIN = Identities.bearer("staff:admin-a", Roles.ADMIN);
    static final String OTHER_ADMIN = Identities.bearer("staff:admin-b", Roles.ADMIN);

    String city;
    String programmeId;
    String departmentA;
    String departmentB;

    @BeforeEach
    void setUpCity() {
        city = child(province(), "CITY", "泉州市");
        programmeId = programme(city, "DRAFT");
        departmentA = department(city, "泉州市民政局");
        departmentB = department(city, "泉州市卫生健康委员会");
    }
}
