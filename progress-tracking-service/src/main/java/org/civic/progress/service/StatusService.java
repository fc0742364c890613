package org.civic.progress.service;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Money;
import org.civic.common.web.Tagged;
import org.civic.progress.api.Label;
import org.civic.progress.api.Labels;
import org.civic.progress.api.ProgrammeSeries;
import org.civic.progress.api.ProgrammeSummary;
import org.civic.progress.api.ProjectStatus;
import org.civic.progress.client.RegistryProgramme;
import org.civic.progress.client.RegistryProject;
import org.civic.progress.client.RegistryRegion;
import org.civic.progress.config.HealthRules;
import org.civic.progress.entity.Ladder;
import org.civic.progress.entity.Milestone;
import org.civic.progress.repository.FigureRepository;
import org.civic.progress.repository.FigureRepository.Scope;
import org.civic.progress.repository.MilestoneRepository;
import org.civic.progress.repository.NoticeRepository;
import org.civic.progress.repository.PlanRepository.DataVersion;

/**
 * Figures as of a date for one project, many projects or a programme: the plans and targets from the plan read model
 * ({@link Plans}, never a registry call while answering), then bulk reads of milestones and approved figures.
 */
@ApplicationScoped
public class StatusService {

    /** The district key of projects that name none. */
    static final String NO_DISTRICT = "(none)";

    static final Label NO_DISTRICT_LABEL = new Label("未指定区县", "No district");

    private final Plans plans;
    private final MilestoneRepository milestones;
    private final FigureRepository figures;
    private final StatusCalculator calculator;
    private final HealthRules rules;
    private final Cache summaries;
    private final NoticeRepository notices;

    public StatusService(
            Plans plans,
            MilestoneRepository milestones,
            FigureRepository figures,
            StatusCalculator calculator,
            HealthRules rules,
            @CacheName("programme-summaries") Cache summaries,
            NoticeRepository notices) {
        this.notices = notices;
        this.plans = plans;
        this.rules = rules;
        this.summaries = summaries;
        this.milestones = milestones;
        this.figures = figures;
        this.calculator = calculator;
    }

    public ProjectStatus project(UUID projectId, LocalDate asOf) {
        RegistryProject project =
                plans.project(projectId).orElseThrow(() -> ProblemException.notFound("Project", projectId));
        return statuses(List.of(project), new Scope(null, List.of(projectId)), asOf)
                .get(0);
    }

    public List<ProjectStatus> projects(Collection<UUID> projectIds, LocalDate asOf) {
        List<RegistryProject> projects = plans.projects(projectIds);
        return statuses(
                projects,
                new Scope(null, projects.stream().map(RegistryProject::id).toList()),
                asOf);
    }

    public List<ProjectStatus> programme(UUID programmeId, LocalDate asOf) {
        plans.programme(programmeId);
        List<RegistryProject> projects = plans.projectsOf(programmeId, plans.version(programmeId));
        return statuses(projects, new Scope(programmeId, null), asOf);
    }

    /**
     * The summary, tagged with the versions it is made of: the programme's plan and names, its figures, the date and
     * the health rules. It is cached under the same versions ({@code programme-summaries}), so a summary is computed
     * once per change of an input, whichever caller asks.
     */
    public Tagged<ProgrammeSummary> summary(UUID programmeId, LocalDate asOf) {
        RegistryProgramme programme = plans.programme(programmeId);
        DataVersion version = plans.version(programmeId);
        SummaryKey key = new SummaryKey(programmeId, asOf, version);
        return new Tagged<>(
                tag("summary", key),
                () -> summaries
                        .get(key, k -> {
                            Plan plan = plan(programme, version);
                            return summarize(plan, asOf, names(plan));
                        })
                        .await()
                        .indefinitely());
    }

    /**
     * A programme's plan, every project's status and the names of its departments and districts as of a date, for
     * the answers built on the figures (the bulletin, snapshots); tagged like the summary.
     */
    public Tagged<ProgrammeFigures> figures(UUID programmeId, LocalDate asOf) {
        RegistryProgramme programme = plans.programme(programmeId);
        DataVersion version = plans.version(programmeId);
        return new Tagged<>(tag("figures", programmeId, asOf, version), () -> {
            Plan plan = plan(programme, version);
            Names names = names(plan);
            return new ProgrammeFigures(
                    programme,
                    plan.projects(),
                    statuses(plan.projects(), plan.milestones(), new Scope(programmeId, null), asOf),
                    names.departments(),
                    names.regions());
        });
    }

    /** What {@link #figures} answers: the statuses in the plan's order, and the names by department id and region. */
    public record ProgrammeFigures(
            RegistryProgramme programme,
            List<RegistryProject> projects,
            List<ProjectStatus> statuses,
            Map<String, String> departmentNames,
            Map<String, RegistryRegion.Name> regionNames) {}

    /** The summary's counts at every date of {@link SeriesDates#between}, from one read of the plan. */
    public Tagged<ProgrammeSeries> series(UUID programmeId, LocalDate from, LocalDate to, ProgrammeSeries.Step step) {
        List<LocalDate> dates = SeriesDates.between(from, to, step);
        RegistryProgramme programme = plans.programme(programmeId);
        DataVersion version = plans.version(programmeId);
        return new Tagged<>(tag("series", programmeId, from, to, step, version), () -> {
            Plan plan = plan(programme, version);
            List<ProgrammeSeries.Point> points = dates.stream()
                    .map(date -> ProgrammeSeries.Point.of(summarize(plan, date, Names.NONE)))
                    .toList();
            return new ProgrammeSeries(programmeId, programme.title(), from, to, step, points, Labels.STANDARD);
        });
    }

    /** When the plan data behind these answers was last current with the registry. */
    public Optional<Instant> planSyncedAt() {
        return plans.syncedAt();
    }

    private record SummaryKey(UUID programmeId, LocalDate asOf, DataVersion version) {}

    private EntityTag tag(Object... parts) {
        List<Object> all = new ArrayList<>(List.of(parts));
        all.add(rules.behindMarginPoints());
        all.add(rules.reportingPeriodDays());
        all.add(calculator.rulesKey());
        return Tagged.of(all.toArray());
    }

    /** What the registry and the milestones say of a programme, read once for one answer. */
    private record Plan(
            RegistryProgramme programme, List<RegistryProject> projects, Map<UUID, List<Milestone>> milestones) {}

    /** The names of a summary's groups; {@link #NONE} where only counts are wanted. */
    private record Names(
            Map<String, String> domains, Map<String, String> departments, Map<String, RegistryRegion.Name> regions) {
        static final Names NONE = new Names(Map.of(), Map.of(), Map.of());
    }

    private Plan plan(RegistryProgramme programme, DataVersion version) {
        List<RegistryProject> projects = plans.projectsOf(programme.id(), version);
        return new Plan(programme, projects, byProject(milestones.list("programmeId", programme.id())));
    }

    private Names names(Plan plan) {
        Map<String, String> domains = new HashMap<>();
        if (plan.programme().domains() != null) {
            plan.programme().domains().forEach(domain -> domains.put(domain.code(), domain.name()));
        }
        Set<UUID> departments = plan.projects().stream()
                .map(RegistryProject::leadDepartmentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> districts = plan.projects().stream()
                .flatMap(p -> districts(p).stream())
                .filter(code -> !code.equals(NO_DISTRICT))
                .collect(Collectors.toSet());
        Map<String, String> departmentNames = new HashMap<>();
        if (!departments.isEmpty()) {
            plans.departmentNames(departments).forEach((id, name) -> departmentNames.put(id.toString(), name));
        }
        return new Names(domains, departmentNames, districts.isEmpty() ? Map.of() : plans.regionNames(districts));
    }

    private ProgrammeSummary summarize(Plan plan, LocalDate asOf, Names names) {
        UUID programmeId = plan.programme().id();
        List<RegistryProject> projects = plan.projects();
        List<ProjectStatus> statuses = statuses(projects, plan.milestones(), new Scope(programmeId, null), asOf);
        List<ProjectStatus> live = statuses.stream().filter(s -> !s.cancelled()).toList();

        Map<String, Integer> byPhase = new LinkedHashMap<>();
        Labels.STANDARD.phases().keySet().forEach(phase -> byPhase.put(phase, 0));
        live.forEach(s -> byPhase.merge(s.phase(), 1, Integer::sum));
        Map<String, Integer> byHealth = new LinkedHashMap<>();
        for (ProjectStatus.Health health : ProjectStatus.Health.values()) {
            byHealth.put(health.name(), 0);
        }
        live.forEach(s -> byHealth.merge(s.health().name(), 1, Integer::sum));
        Map<String, Integer> byClass = new LinkedHashMap<>();
        for (ProjectStatus.CompletionClass completionClass : ProjectStatus.CompletionClass.values()) {
            byClass.put(completionClass.name(), 0);
        }
        live.forEach(s -> byClass.merge(s.completionClass().name(), 1, Integer::sum));
        Map<String, Integer> byLight = new LinkedHashMap<>();
        calculator.lights().colours().forEach(colour -> byLight.put(colour, 0));
        live.stream().filter(s -> s.light() != null).forEach(s -> byLight.merge(s.light(), 1, Integer::sum));

        int indicators = live.stream().mapToInt(s -> s.indicators().size()).sum();
        int met = (int) live.stream()
                .flatMap(s -> s.indicators().stream())
                .filter(i -> i.achievementRate() != null && i.achievementRate().compareTo(BigDecimal.valueOf(100)) >= 0)
                .count();
        Integer announced = plan.programme().plannedProjectCount();
        Map<UUID, RegistryProject> plans = projects.stream().collect(Collectors.toMap(RegistryProject::id, p -> p));
        return new ProgrammeSummary(
                programmeId,
                plan.programme().title(),
                asOf,
                live.size(),
                statuses.size() - live.size(),
                announced,
                announced == null ? null : Math.max(0, announced - projects.size()),
                byPhase,
                byHealth,
                byClass,
                byLight,
                breakdown(
                        live,
                        s -> List.of(s.domainCode()),
                        plans,
                        code -> names.domains().containsKey(code)
                                ? new Label(names.domains().get(code), null)
                                : null),
                breakdown(live, s -> List.of(String.valueOf(s.leadDepartmentId())), plans, id -> {
                    String name = names.departments().get(id);
                    return name == null ? null : new Label(name, null);
                }),
                breakdown(live, s -> districts(plans.get(s.projectId())), plans, code -> {
                    if (code.equals(NO_DISTRICT)) {
                        return NO_DISTRICT_LABEL;
                    }
                    RegistryRegion.Name name = names.regions().get(code);
                    return name == null ? null : new Label(name.zh(), name.en());
                }),
                average(live),
                indicators,
                met,
                Money.format(investment(projects)),
                listed(live.stream().filter(s -> s.health() == ProjectStatus.Health.DELAYED)),
                listed(live.stream().filter(ProjectStatus::overdue)),
                (int) live.stream().filter(ProjectStatus::overdue).count(),
                ProgrammeSummary.LISTED_AT_MOST,
                notices(programmeId, asOf),
                Labels.STANDARD);
    }

    private ProgrammeSummary.Notices notices(UUID programmeId, LocalDate asOf) {
        NoticeRepository.Counts counts = notices.counts(programmeId, asOf);
        return new ProgrammeSummary.Notices(counts.open(), counts.overdue());
    }

    private List<ProjectStatus> statuses(List<RegistryProject> projects, Scope scope, LocalDate asOf) {
        List<UUID> ids = projects.stream().map(RegistryProject::id).toList();
        Map<UUID, List<Milestone>> milestonesByProject = byProject(
                scope.programmeId() != null
                        ? milestones.list("programmeId", scope.programmeId())
                        : milestones.ofProjects(ids));
        return statuses(projects, milestonesByProject, scope, asOf);
    }

    private List<ProjectStatus> statuses(
            List<RegistryProject> projects,
            Map<UUID, List<Milestone>> milestonesByProject,
            Scope scope,
            LocalDate asOf) {
        Map<UUID, FigureRepository.LatestReport> latest = figures.latestReports(scope, asOf);
        Map<UUID, Map<String, FigureRepository.IndicatorValue>> values = figures.indicatorValues(scope, asOf);
        return projects.stream()
                .map(p -> calculator.status(
                        p,
                        milestonesByProject.getOrDefault(p.id(), List.of()),
                        latest.get(p.id()),
                        values.getOrDefault(p.id(), Map.of()),
                        asOf))
                .toList();
    }

    private static Map<UUID, List<Milestone>> byProject(List<Milestone> milestones) {
        return milestones.stream().collect(Collectors.groupingBy(m -> m.projectId));
    }

    /** Groups statuses by one or more keys each (a project in two districts counts in both). */
    private static List<ProgrammeSummary.Breakdown> breakdown(
            List<ProjectStatus> statuses,
            Function<ProjectStatus, Collection<String>> keys,
            Map<UUID, RegistryProject> plans,
            Function<String, Label> names) {
        Map<String, List<ProjectStatus>> groups = new TreeMap<>();
        statuses.forEach(s -> keys.apply(s)
                .forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s)));
        List<ProgrammeSummary.Breakdown> breakdown = new ArrayList<>();
        groups.forEach((k, group) -> breakdown.add(new ProgrammeSummary.Breakdown(
                k,
                names.apply(k),
                group.size(),
                (int) group.stream()
                        .filter(s -> Ladder.of(s.phase()).map(Ladder::delivered).orElse(false))
                        .count(),
                (int) group.stream()
                        .filter(s -> s.health() == ProjectStatus.Health.DELAYED)
                        .count(),
                average(group),
                Money.format(investment(
                        group.stream().map(s -> plans.get(s.projectId())).toList())))));
        return breakdown;
    }

    /** The planned investment of the projects that state one; null (unknown) when none does. */
    private static BigDecimal investment(List<RegistryProject> projects) {
        return projects.stream()
                .filter(p -> !p.cancelled())
                .map(RegistryProject::plannedInvestment)
                .filter(Objects::nonNull)
                .reduce(BigDecimal::add)
                .orElse(null);
    }

    static Collection<String> districts(RegistryProject project) {
        return project.districtCodes() == null || project.districtCodes().isEmpty()
                ? List.of(NO_DISTRICT)
                : project.districtCodes();
    }

    private static BigDecimal average(List<ProjectStatus> statuses) {
        if (statuses.isEmpty()) {
            return null;
        }
        return statuses.stream()
                .map(ProjectStatus::completionPercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(statuses.size()), 1, RoundingMode.HALF_UP);
    }

    private static List<ProgrammeSummary.Listed> listed(Stream<ProjectStatus> statuses) {
        return statuses.limit(ProgrammeSummary.LISTED_AT_MOST)
                .map(s -> new ProgrammeSummary.Listed(s.projectId(), s.code(), s.title(), s.phase(), s.reasons()))
                .toList();
    }
}
