package org.civic.progress.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.progress.client.Registry;
import org.civic.progress.client.RegistryProgramme;
import org.civic.progress.client.RegistryProject;
import org.civic.progress.client.RegistryRegion;
import org.civic.progress.repository.PlanRepository;
import org.civic.progress.repository.PlanRepository.DataVersion;
import org.civic.progress.repository.PlanRepository.PlannedProgramme;

/**
 * The registry's plans as this service answers from them: the plan read model, with the caller's read rules (API
 * clients see no draft programme, nor its projects). A programme or project the read model has not seen yet (the
 * feed lags the registry by up to a poll) is asked of the registry once, as the caller, and kept until the feed
 * brings it; nothing else here calls the registry.
 */
@ApplicationScoped
public class Plans {

    private static final int REMEMBERED_PROGRAMMES = 50;

    /** Names are a convenience: one answer asks the registry for at most this many it has not seen. */
    private static final int NAMES_ASKED = 20;

    /** A programme's parsed project list, reused while its data version stands (parsing 10,000 is the cost). */
    private record Parsed(DataVersion version, List<RegistryProject> projects) {}

    private final PlanRepository plans;
    private final Registry registry;
    private final Caller caller;
    private final ObjectMapper json;
    private final Map<UUID, Parsed> parsed = new ConcurrentHashMap<>();

    public Plans(PlanRepository plans, Registry registry, Caller caller, ObjectMapper json) {
        this.plans = plans;
        this.registry = registry;
        this.caller = caller;
        this.json = json;
    }

    /** The programme, if the caller may read it; 404 otherwise. */
    public RegistryProgramme programme(UUID programmeId) {
        PlannedProgramme programme = plans.programme(programmeId)
                .or(() -> registry.programme(programmeId).map(found -> {
                    plans.remember(found, json.valueToTree(found));
                    registry.programmeProjects(programmeId)
                            .ifPresent(projects ->
                                    projects.forEach(project -> plans.remember(project, json.valueToTree(project))));
                    plans.programmeChanged(programmeId);
                    return new PlannedProgramme(found, found.state());
                }))
                .filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound("Programme", programmeId));
        return programme.programme();
    }

    /** The projects of a programme the caller may read ({@link #programme} first). */
    public List<RegistryProject> projectsOf(UUID programmeId, DataVersion version) {
        Parsed known = parsed.get(programmeId);
        if (known != null && known.version().equals(version)) {
            return known.projects();
        }
        List<RegistryProject> projects = plans.projectsOf(programmeId);
        if (parsed.size() >= REMEMBERED_PROGRAMMES) {
            parsed.clear();
        }
        parsed.put(programmeId, new Parsed(version, projects));
        return projects;
    }

    /** The project, if the caller may read it; empty otherwise. */
    public Optional<RegistryProject> project(UUID projectId) {
        return projects(List.of(projectId)).stream().findFirst();
    }

    /** The projects among {@code ids} the caller may read, in the order of {@code ids}. */
    public List<RegistryProject> projects(Collection<UUID> ids) {
        Map<UUID, Optional<RegistryProject>> known = plans.projects(ids);
        List<UUID> unseen = ids.stream().filter(id -> !known.containsKey(id)).toList();
        if (!unseen.isEmpty()) {
            registry.projects(unseen).forEach(project -> {
                if (plans.programme(project.programmeId()).isEmpty()) {
                    registry.programme(project.programmeId())
                            .ifPresent(programme -> plans.remember(programme, json.valueToTree(programme)));
                }
                plans.remember(project, json.valueToTree(project));
                plans.programmeChanged(project.programmeId());
                known.put(project.id(), Optional.of(project));
            });
        }
        List<RegistryProject> readable = new ArrayList<>();
        for (UUID id : ids) {
            known.getOrDefault(id, Optional.empty())
                    .filter(project -> caller.staff()
                            || plans.programme(project.programmeId())
                                    .filter(this::visible)
                                    .isPresent())
                    .ifPresent(readable::add);
        }
        return readable;
    }

    /** Names the read model has not seen yet are asked of the registry, at most {@value #NAMES_ASKED} per answer. */
    public Map<UUID, String> departmentNames(Set<UUID> ids) {
        Map<UUID, String> names = plans.departmentNames(ids);
        ids.stream()
                .filter(id -> !names.containsKey(id))
                .limit(NAMES_ASKED)
                .forEach(id -> registry.department(id).ifPresent(department -> {
                    plans.remember(department);
                    names.put(id, department.name());
                }));
        return names;
    }

    public Map<String, RegistryRegion.Name> regionNames(Set<String> codes) {
        Map<String, RegistryRegion.Name> names = plans.regionNames(codes);
        codes.stream()
                .filter(code -> !names.containsKey(code))
                .limit(NAMES_ASKED)
                .forEach(code -> registry.region(code).ifPresent(region -> {
                    plans.remember(region);
                    names.put(code, region.name());
                }));
        return names;
    }

    public DataVersion version(UUID programmeId) {
        return plans.version(programmeId);
    }

    /** When the plan data was last current with the registry; empty before the first sync. */
    public Optional<Instant> syncedAt() {
        return Optional.ofNullable(plans.feed().syncedAt());
    }

    private boolean visible(PlannedProgramme programme) {
        return caller.staff() || !programme.draft();
    }
}
