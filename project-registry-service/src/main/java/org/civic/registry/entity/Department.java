package org.civic.registry.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
public class Department {

    @Id
    public UUID id;

    public String code;

    public String name;

    public String regionCode;

    @Version
    public long version;
}
