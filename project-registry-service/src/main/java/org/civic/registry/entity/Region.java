package org.civic.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Entity
public class Region {

    @Schema(name = "RegionLevel", description = "Province › city › county-level district")
    public enum Level { PROVINCE, CITY, COUNTY }

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "parent_code")
    public String parentCode;

    @Version
    public long version;
}
