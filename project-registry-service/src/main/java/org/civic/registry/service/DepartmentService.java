package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Stored;
import org.civic.registry.api.ChangeEvent;
import org.civic.registry.api.DepartmentInput;
import org.civic.registry.api.DepartmentView;
import org.civic.registry.entity.Department;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.repository.DepartmentRepository;
import org.civic.registry.repository.RegionRepository;

@ApplicationScoped
public class DepartmentService {

    private final DepartmentRepository departments;
    private final RegionRepository regions;
    private final RegionService regionService;
    private final RegistryMapper mapper;
    private final ChangeFeed feed;

    public DepartmentService(
            DepartmentRepository departments,
            RegionRepository regions,
            RegionService regionService,
            RegistryMapper mapper,
            ChangeFeed feed) {
        this.feed = feed;
        this.departments = departments;
        this.regions = regions;
        this.regionService = regionService;
        this.mapper = mapper;
    }

    public Page<DepartmentView> list(String regionCode, String q, PageRequest page) {
        List<String> regionCodes = regionService.selfAndDescendants(regionCode, "region");
        String text = q == null || q.isBlank() ? null : q.strip();
        return Page.of(
                departments.list(regionCodes, text, page).stream()
                        .map(mapper::toView)
                        .toList(),
                page,
                departments.count(regionCodes, text));
    }

    public Stored<DepartmentView> read(UUID id) {
        return stored(get(id));
    }

    private Department get(UUID id) {
        return departments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Department", id));
    }

    @Transactional
    public Stored<DepartmentView> create(DepartmentInput input) {
        Department department = new Department();
        department.id = UUID.randomUUID();
        apply(department, input);
        departments.persist(department);
        return recorded(ChangeEvent.DEPARTMENT_CREATED, department);
    }

    @Transactional
    public Stored<DepartmentView> update(UUID id, DepartmentInput input, String ifMatch) {
        Department department = get(id);
        ETags.checkMatches(ifMatch, department.version);
        long before = department.version;
        apply(department, input);
        departments.flush();
        return department.version == before ? stored(department) : recorded(ChangeEvent.DEPARTMENT_UPDATED, department);
    }

    private Stored<DepartmentView> stored(Department department) {
        return Stored.of(mapper.toView(department), department.id, department.version);
    }

    private Stored<DepartmentView> recorded(String type, Department department) {
        Stored<DepartmentView> stored = stored(department);
        feed.record(type, department.id, department.version, null, stored.view());
        return stored;
    }

    private void apply(Department department, DepartmentInput input) {
        if (regions.findById(input.regionCode()) == null) {
            throw ProblemException.badRequest("regionCode", "unknown region " + input.regionCode());
        }
        departments
                .findByCode(input.code())
                .filter(other -> !other.id.equals(department.id))
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            "department-code-taken",
                            "Department code " + input.code() + " is already used by department " + other.id + ".");
                });
        department.code = input.code();
        department.name = input.name().strip();
        department.regionCode = input.regionCode();
    }
}
