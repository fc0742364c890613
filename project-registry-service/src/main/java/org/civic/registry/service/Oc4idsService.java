package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civic.registry.entity.Department;
import org.civic.registry.entity.Programme;
import org.civic.registry.entity.Project;
import org.civic.registry.entity.Region;
import org.civic.registry.repository.DepartmentRepository;
import org.civic.registry.repository.ProjectRepository;
import org.civic.registry.repository.RegionRepository;

/**
 * A programme as an Open Contracting for Infrastructure Data Standard (OC4IDS 0.9) project package.
 * The state and domain mappings are documented in this module's README.
 */
@ApplicationScoped
public class Oc4idsService {

    /** Project ids are prefixed so that they are unique among publishers; "civic" stands for this registry. */
    static final String ID_PREFIX = "oc4ids-civic-";

    /** Domain name keywords → OC4IDS projectSector codes, first match wins. */
    private static final List<Map.Entry<String, String>> SECTOR_KEYWORDS = List.of(
            Map.entry("教育", "education"), Map.entry("学", "education"), Map.entry("文化", "culture"),
            Map.entry("医疗", "health"), Map.entry("健康", "health"), Map.entry("卫生", "health"),
            Map.entry("养老", "socialProtection"), Map.entry("一老一小", "socialProtection"),
            Map.entry("扶弱", "socialProtection"), Map.entry("助贫", "socialProtection"),
            Map.entry("特殊群体", "socialProtection"), Map.entry("社会保障", "socialProtection"),
            Map.entry("住房", "socialHousing"), Map.entry("宜居", "socialHousing"), Map.entry("城乡品质", "socialHousing"),
            Map.entry("生态", "environment"), Map.entry("环境", "environment"), Map.entry("水", "water"),
            Map.entry("交通", "transport"), Map.entry("道路", "transport"), Map.entry("智能", "communications"),
            Map.entry("电力", "energy"), Map.entry("安全", "publicOrder"), Map.entry("风险", "publicOrder"),
            Map.entry("公共服务", "government"), Map.entry("体育", "recreation"));

    private final ProgrammeService programmes;
    private final ProjectRepository projects;
    private final DepartmentRepository departments;
    private final RegionRepository regions;

    public Oc4idsService(ProgrammeService programmes, ProjectRepository projects, DepartmentRepository departments,
                         RegionRepository regions) {
        this.programmes = programmes;
        this.projects = projects;
        this.departments = departments;
        this.regions = regions;
    }

    public Map<String, Object> projectPackage(UUID programmeId, String selfUri) {
        Programme programme = programmes.get(programmeId);
        List<Project> list = projects.ofProgramme(programmeId);
        Set<UUID> departmentIds = new HashSet<>();
        list.forEach(p -> {
            departmentIds.add(p.leadDepartmentId);
            departmentIds.addAll(p.coDepartmentIds);
        });
        Map<UUID, Department> departmentsById = departments.byIds(departmentIds);
        Region region = regions.findById(programme.regionCode);

        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("uri", selfUri);
        pkg.put("version", "0.9");
        pkg.put("publishedDate", Instant.now().toString());
        pkg.put("publisher", Map.of("name", region.nameZh + (region.nameEn == null ? "" : " (" + region.nameEn + ")")));
        pkg.put("projects", list.stream().map(p -> project(p, programme, departmentsById)).toList());
        return pkg;
    }

    private Map<String, Object> project(Project p, Programme programme, Map<UUID, Department> departmentsById) {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("id", ID_PREFIX + p.id);
        project.put("identifiers", List.of(Map.of("id", p.code, "scheme", "programme:" + programme.id)));
        project.put("title", p.title);
        if (p.description != null) {
            project.put("description", p.description);
        }
        project.put("status", status(p, programme));
        project.put("sector", List.of(sector(programme, p.domainCode)));
        if (p.plannedInvestment != null) {
            project.put("budget", Map.of("amount", Map.of("amount", p.plannedInvestment, "currency", "CNY")));
        }
        if (p.plannedStart != null || p.plannedEnd != null) {
            Map<String, Object> period = new LinkedHashMap<>();
            if (p.plannedStart != null) {
                period.put("startDate", p.plannedStart + "T00:00:00+08:00");
            }
            if (p.plannedEnd != null) {
                period.put("endDate", p.plannedEnd + "T23:59:59+08:00");
            }
            project.put("period", period);
        }
        Department lead = departmentsById.get(p.leadDepartmentId);
        project.put("publicAuthority", Map.of("id", lead.code, "name", lead.name));
        List<Map<String, Object>> parties = new ArrayList<>();
        parties.add(Map.of("id", lead.code, "name", lead.name, "roles", List.of("publicAuthority")));
        p.coDepartmentIds.stream().map(departmentsById::get).forEach(d ->
                parties.add(Map.of("id", d.code, "name", d.name, "roles", List.of("administrativeEntity"))));
        project.put("parties", parties);
        List<Map<String, Object>> locations = new ArrayList<>();
        if (p.latitude != null && p.longitude != null || p.address != null) {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("id", "1");
            if (p.address != null) {
                location.put("description", p.address);
            }
            if (p.latitude != null && p.longitude != null) {
                location.put("geometry", Map.of("type", "Point", "coordinates", List.of(p.longitude, p.latitude)));
            }
            locations.add(location);
        }
        for (String district : p.districtCodes) {
            locations.add(Map.of("id", district, "gazetteer", Map.of("scheme", "GB/T 2260", "identifiers", List.of(district))));
        }
        if (!locations.isEmpty()) {
            project.put("locations", locations);
        }
        return project;
    }

    /** OC4IDS projectStatus: cancelled stays cancelled; a closed programme's projects are completed. */
    static String status(Project project, Programme programme) {
        if (project.state == Project.State.CANCELLED) {
            return "cancelled";
        }
        return switch (programme.state) {
            case DRAFT -> "preparation";
            case PUBLISHED -> "implementation";
            case CLOSED -> "completed";
        };
    }

    static String sector(Programme programme, String domainCode) {
        String name = programme.domains.stream().filter(d -> d.code.equals(domainCode)).map(d -> d.name)
                .findFirst().orElse("");
        return SECTOR_KEYWORDS.stream().filter(k -> name.contains(k.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("government");
    }
}
