package org.civic.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civic.common.problem.ProblemException;
import org.civic.progress.api.ProgrammeSummary;
import org.civic.progress.api.ProjectStatus;
import org.civic.progress.client.Registry;
import org.civic.progress.client.RegistryProgramme;
import org.civic.progress.client.RegistryProject;
import org.civic.progress.entity.Ladder;
import org.civic.progress.entity.Milestone;
import org.civic.progress.repository.FigureRepository;
import org.civic.progress.repository.FigureRepository.Scope;
import org.civic.progress.repository.MilestoneRepository;

/**
 * Figures as of a date for one project, many projects or a programme: one registry read for the plans
 * and targets (never a stale local copy), then bulk reads of milestones and approved figures.
 */
@ApplicationScoped
public class StatusService {

    private final Registry registry;
    private final MilestoneRepository milestones;
    private final FigureRepository figures;
    private final StatusCalculator calculator;

    public StatusService(Registry registry, MilestoneRepository milestones, FigureRepository figures,
                         StatusCalculator calculator) {
        this.registry = registry;
        this.milestones = milestones;
        this.figures = figures;
        this.calculator = calculator;
    }

    public ProjectStatus project(UUID projectId, LocalDate asOf) {
        RegistryProject project = registry.project(projectId).orElseThrow(() -> ProblemException.notFound("Project", projectId));
        return statuses(List.of(project), new Scope(null, List.of(projectId)), asOf).get(0);
    }

    public List<ProjectStatus> projects(Collection<UUID> projectIds, LocalDate asOf) {
        List<RegistryProject> projects = registry.projects(projectIds);
        return statuses(projects, new Scope(null, projects.stream().map(RegistryProject::id).toList()), asOf);
    }

    public List<ProjectStatus> programme(UUID programmeId, LocalDate asOf) {
        List<RegistryProject> projects = registry.programmeProjects(programmeId)
                .orElseThrow(() -> ProblemException.notFound("Programme", programmeId));
        return statuses(projects, new Scope(programmeId, null), asOf);
    }

    public ProgrammeSummary summary(UUID programmeId, LocalDate asOf) {
        RegistryProgramme programme = registry.programme(programmeId)
                .orElseThrow(() -> ProblemException.notFound("Programme", programmeId));
        List<RegistryProject> projects = registry.programmeProjects(programmeId)
                .orElseThrow(() -> ProblemException.notFound("Programme", programmeId));
        List<ProjectStatus> statuses = statuses(projects, new Scope(programmeId, null), asOf);
        List<ProjectStatus> live = statuses.stream().filter(s -> !s.cancelled()).toList();

        Map<String, Integer> byPhase = new LinkedHashMap<>();
        byPhase.put(StatusCalculator.NOT_STARTED, 0);
        for (Ladder rung : Ladder.values()) {
            byPhase.put(rung.name(), 0);
        }
        live.forEach(s -> byPhase.merge(s.phase(), 1, Integer::sum));
        Map<String, Integer> byHealth = new LinkedHashMap<>();
        for (ProjectStatus.Health health : ProjectStatus.Health.values()) {
            byHealth.put(health.name(), 0);
        }
        live.forEach(s -> byHealth.merge(s.health().name(), 1, Integer::sum));

        int indicators = live.stream().mapToInt(s -> s.indicators().size()).sum();
        int met = (int) live.stream().flatMap(s -> s.indicators().stream())
                .filter(i -> i.achievementRate() != null && i.achievementRate().compareTo(BigDecimal.valueOf(100)) >= 0).count();
        Integer announced = programme.plannedProjectCount();
        Map<UUID, RegistryProject> plans = projects.stream().collect(Collectors.toMap(RegistryProject::id, p -> p));
        return new ProgrammeSummary(programmeId, programme.title(), asOf, live.size(), statuses.size() - live.size(),
                announced, announced == null ? null : Math.max(0, announced - projects.size()), byPhase, byHealth,
                breakdown(live, s -> List.of(s.domainCode()), plans),
                breakdown(live, s -> List.of(String.valueOf(s.leadDepartmentId())), plans),
                breakdown(live, s -> districts(plans.get(s.projectId())), plans),
                average(live), indicators, met, investment(projects),
                listed(live.stream().filter(s -> s.health() == ProjectStatus.Health.DELAYED).toList()),
                listed(live.stream().filter(ProjectStatus::overdue).toList()));
    }

    private List<ProjectStatus> statuses(List<RegistryProject> projects, Scope scope, LocalDate asOf) {
        List<UUID> ids = projects.stream().map(RegistryProject::id).toList();
        Map<UUID, List<Milestone>> milestonesByProject = (scope.programmeId() != null
                ? milestones.list("programmeId", scope.programmeId()) : milestones.ofProjects(ids))
                .stream().collect(Collectors.groupingBy(m -> m.projectId));
        Map<UUID, FigureRepository.LatestReport> latest = figures.latestReports(scope, asOf);
        Map<UUID, Map<String, FigureRepository.IndicatorValue>> values = figures.indicatorValues(scope, asOf);
        return projects.stream().map(p -> calculator.status(p, milestonesByProject.getOrDefault(p.id(), List.of()),
                latest.get(p.id()), values.getOrDefault(p.id(), Map.of()), asOf)).toList();
    }

    /** Groups statuses by one or more keys each (a project in two districts counts in both). */
    private static List<ProgrammeSummary.Breakdown> breakdown(List<ProjectStatus> statuses,
                                                              Function<ProjectStatus, Collection<String>> keys,
                                                              Map<UUID, RegistryProject> plans) {
        Map<String, List<ProjectStatus>> groups = new TreeMap<>();
        statuses.forEach(s -> keys.apply(s).forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s)));
        List<ProgrammeSummary.Breakdown> breakdown = new ArrayList<>();
        groups.forEach((k, group) -> breakdown.add(new ProgrammeSummary.Breakdown(k, group.size(),
                (int) group.stream().filter(s -> Ladder.of(s.phase()).map(Ladder::delivered).orElse(false)).count(),
                (int) group.stream().filter(s -> s.health() == ProjectStatus.Health.DELAYED).count(),
                average(group), investment(group.stream().map(s -> plans.get(s.projectId())).toList()))));
        return breakdown;
    }

    private static BigDecimal investment(List<RegistryProject> projects) {
        return projects.stream().filter(p -> !p.cancelled()).map(RegistryProject::plannedInvestment)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Collection<String> districts(RegistryProject project) {
        return project.districtCodes() == null || project.districtCodes().isEmpty() ? List.of("(none)") : project.districtCodes();
    }

    private static BigDecimal average(List<ProjectStatus> statuses) {
        if (statuses.isEmpty()) {
            return null;
        }
        return statuses.stream().map(ProjectStatus::completionPercent).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(statuses.size()), 1, RoundingMode.HALF_UP);
    }

    private static List<ProgrammeSummary.Listed> listed(List<ProjectStatus> statuses) {
        return statuses.stream().map(s -> new ProgrammeSummary.Listed(s.projectId(), s.code(), s.title(), s.phase(),
                s.reasons())).toList();
    }
}
