package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.web.Times;
import org.civic.registry.api.ChangeEvent;
import org.civic.registry.api.SubItemInput;
import org.civic.registry.api.SubItemView;
import org.civic.registry.api.SubItems;
import org.civic.registry.entity.Project;
import org.civic.registry.entity.SubItem;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.repository.DepartmentRepository;
import org.civic.registry.repository.RegionRepository;
import org.civic.registry.repository.SubItemRepository;

/** A project's sub-items and their shares of the parent's roll-up ({@link RollUp}). */
@ApplicationScoped
public class SubItemService {

    private final SubItemRepository subItems;
    private final ProjectService projects;
    private final DepartmentRepository departments;
    private final RegionRepository regions;
    private final RegistryMapper registry;
    private final Caller caller;
    private final ChangeFeed feed;

    public SubItemService(
            SubItemRepository subItems,
            ProjectService projects,
            DepartmentRepository departments,
            RegionRepository regions,
            RegistryMapper registry,
            Caller caller,
            ChangeFeed feed) {
        this.subItems = subItems;
        this.projects = projects;
        this.departments = departments;
        this.regions = regions;
        this.registry = registry;
        this.caller = caller;
        this.feed = feed;
    }

    /**
     * Adds a sub-item: the editor of the parent's department (or an admin), references that exist, a code unique
     * in the project, and weights all given or all absent across the project's sub-items (422 otherwise).
     */
    @Transactional
    public SubItems add(UUID projectId, SubItemInput input) {
        Project project = projects.get(projectId);
        caller.requireDepartment(project.leadDepartmentId, "projects");
        List<Problem.Violation> violations = new ArrayList<>();
        if (departments.findByIdOptional(input.leadDepartmentId()).isEmpty()) {
            violations.add(new Problem.Violation("leadDepartmentId", "unknown department " + input.leadDepartmentId()));
        }
        if (input.districtCode() != null && regions.findById(input.districtCode()) == null) {
            violations.add(new Problem.Violation("districtCode", "unknown region " + input.districtCode()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        List<SubItem> siblings = subItems.ofProject(projectId);
        if (siblings.stream().anyMatch(s -> s.code.equals(input.code()))) {
            throw ProblemException.conflict(
                    "sub-item-code-taken", "Project " + projectId + " already has a sub-item " + input.code() + ".");
        }
        List<RollUp.Child> children = new ArrayList<>(children(siblings));
        children.add(new RollUp.Child(input.code(), input.weight(), input.plannedInvestment()));
        if (!RollUp.consistent(children)) {
            throw ProblemException.unprocessable(
                    "sub-item-weights",
                    "Either every sub-item of project " + projectId + " has an explicit weight or none does (then"
                            + " they weigh by planned investment, or equally): "
                            + (input.weight() == null
                                    ? "this one has none, its siblings have"
                                    : "its siblings have none")
                            + ".");
        }
        SubItem item = new SubItem();
        item.id = UUID.randomUUID();
        item.projectId = projectId;
        item.code = input.code();
        item.title = input.title().strip();
        item.leadDepartmentId = input.leadDepartmentId();
        item.districtCode = input.districtCode();
        item.plannedInvestment = input.plannedInvestment();
        item.weight = input.weight();
        ProjectService.orEmpty(input.indicators()).stream()
                .map(registry::toEntity)
                .forEach(item.indicators::add);
        item.createdAt = Times.now();
        item.updatedAt = item.createdAt;
        subItems.persist(item);
        subItems.flush();
        SubItems all = list(projectId);
        all.items().stream()
                .filter(v -> v.id().equals(item.id))
                .forEach(v -> feed.record(ChangeEvent.SUB_ITEM_CREATED, item.id, item.version, project.programmeId, v));
        return all;
    }

    @Transactional
    public SubItems list(UUID projectId) {
        projects.get(projectId);
        List<SubItem> items = subItems.ofProject(projectId);
        RollUp.Result rollUp = RollUp.shares(children(items));
        List<SubItemView> views = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SubItem item = items.get(i);
            views.add(new SubItemView(
                    item.id,
                    item.projectId,
                    item.code,
                    item.title,
                    item.leadDepartmentId,
                    item.districtCode,
                    item.plannedInvestment,
                    item.weight,
                    rollUp.shares().get(i),
                    item.indicators.stream().map(registry::toDto).toList()));
        }
        return new SubItems(projectId, rollUp.basis(), views);
    }

    private static List<RollUp.Child> children(List<SubItem> items) {
        return items.stream()
                .map(s -> new RollUp.Child(s.code, s.weight, s.plannedInvestment))
                .toList();
    }
}
