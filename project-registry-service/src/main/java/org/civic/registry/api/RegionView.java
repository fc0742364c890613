package org.civic.registry.api;

import org.civic.registry.entity.Region;

public record RegionView(String code, LocalizedName name, Region.Level level, String parentCode) {
}
