package org.civic.registry.api;

import java.util.UUID;

public record DepartmentView(UUID id, String code, String name, String regionCode) {
}
