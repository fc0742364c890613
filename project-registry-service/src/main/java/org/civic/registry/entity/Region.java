package org.civic.registry.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Entity
public class Region {

    @Schema(name = "RegionLevel", description = "Province › city › county-level district")
    public enum Level {
        PROVINCE,
        CITY,
        COUNTY
    }

    @Id
    public String code;

    public String nameZh;

    public String nameEn;

    @Enumerated(EnumType.STRING)
    public Level level;

    public String parentCode;

    @Version
    public long version;
}
