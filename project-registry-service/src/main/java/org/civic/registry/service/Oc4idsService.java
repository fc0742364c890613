package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civic.registry.api.Oc4idsPackage;
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
            Map.entry("教育", "education"),
            Map.entry("学", "education"),
            Map.entry("文化", "culture"),
            Map.entry("医疗", "health"),
            Map.entry("健康", "health"),
            Map.entry("卫生", "health"),
            Map.entry("养老", "socialProtection"),
            Map.entry("一老一小", "socialProtection"),
            Map.entry("扶弱", "socialProtection"),
            Map.entry("助贫", "socialProtection"),
            Map.entry("特殊群体", "socialProtection"),
            Map.entry("社会保障", "socialProtection"),
            Map.entry("住房", "socialHousing"),
            Map.entry("宜居", "socialHousing"),
            Map.entry("城乡品质", "socialHousing"),
            Map.entry("生态", "environment"),
            Map.entry("环境", "environment"),
            Map.entry("水", "water"),
            Map.entry("交通", "transport"),
            Map.entry("道路", "transport"),
            Map.entry("智能", "communications"),
            Map.entry("电力", "energy"),
            Map.entry("安全", "publicOrder"),
            Map.entry("风险", "publicOrder"),
            Map.entry("公共服务", "government"),
            Map.entry("体育", "recreation"));

    private final ProgrammeService programmes;
    private final ProjectRepository projects;
    private final DepartmentRepository departments;
    private final RegionRepository regions;

    public Oc4idsService(
            ProgrammeService programmes,
            ProjectRepository projects,
            DepartmentRepository departments,
            RegionRepository regions) {
        this.programmes = programmes;
        this.projects = projects;
        this.departments = departments;
        this.regions = regions;
    }

    public Oc4idsPackage projectPackage(UUID programmeId, String selfUri) {
        Programme programme = programmes.get(programmeId);
        List<Project> list = projects.ofProgramme(programmeId);
        Set<UUID> departmentIds = new HashSet<>();
        list.forEach(p -> {
            departmentIds.add(p.leadDepartmentId);
            departmentIds.addAll(p.coDepartmentIds);
        });
        Map<UUID, Department> departmentsById = departments.byIds(departmentIds);
        Region region = regions.findById(programme.regionCode);
        return new Oc4idsPackage(
                selfUri,
                "0.9",
                Instant.now().toString(),
                new Oc4idsPackage.Publisher(region.nameZh + (region.nameEn == null ? "" : " (" + region.nameEn + ")")),
                list.stream().map(p -> project(p, programme, departmentsById)).toList());
    }

    private Oc4idsPackage.Project project(Project p, Programme programme, Map<UUID, Department> departmentsById) {
        Oc4idsPackage.Budget budget = p.plannedInvestment == null
                ? null
                : new Oc4idsPackage.Budget(new Oc4idsPackage.Amount(p.plannedInvestment, "CNY"));
        Oc4idsPackage.Period period = p.plannedStart == null && p.plannedEnd == null
                ? null
                : new Oc4idsPackage.Period(
                        p.plannedStart == null ? null : p.plannedStart + "T00:00:00+08:00",
                        p.plannedEnd == null ? null : p.plannedEnd + "T23:59:59+08:00");
        Department lead = departmentsById.get(p.leadDepartmentId);
        List<Oc4idsPackage.Party> parties = new ArrayList<>();
        parties.add(new Oc4idsPackage.Party(lead.code, lead.name, List.of("publicAuthority")));
        p.coDepartmentIds.stream()
                .map(departmentsById::get)
                .forEach(d -> parties.add(new Oc4idsPackage.Party(d.code, d.name, List.of("administrativeEntity"))));
        List<Oc4idsPackage.Location> locations = new ArrayList<>();
        if (p.latitude != null && p.longitude != null || p.address != null) {
            Oc4idsPackage.Geometry point = p.latitude != null && p.longitude != null
                    ? new Oc4idsPackage.Geometry("Point", List.of(p.longitude, p.latitude))
                    : null;
            locations.add(new Oc4idsPackage.Location("1", p.address, point, null));
        }
        for (String district : p.districtCodes) {
            locations.add(new Oc4idsPackage.Location(
                    district, null, null, new Oc4idsPackage.Gazetteer("GB/T 2260", List.of(district))));
        }
        return new Oc4idsPackage.Project(
                ID_PREFIX + p.id,
                List.of(new Oc4idsPackage.Identifier(p.code, "programme:" + programme.id)),
                p.title,
                p.description,
                status(p, programme),
                List.of(sector(programme, p.domainCode)),
                budget,
                period,
                new Oc4idsPackage.Organization(lead.code, lead.name),
                parties,
                locations.isEmpty() ? null : locations);
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
        String name = programme.domains.stream()
                .filter(d -> d.code.equals(domainCode))
                .map(d -> d.name)
                .findFirst()
                .orElse("");
        return SECTOR_KEYWORDS.stream()
                .filter(k -> name.contains(k.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("government");
    }
}
