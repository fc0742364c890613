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
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civic.common.web.Tagged;
import org.civic.progress.api.Label;
import org.civic.progress.api.Labels;
import org.civic.progress.api.ProgrammeBulletin;
import org.civic.progress.api.ProjectStatus;
import org.civic.progress.client.RegistryProject;
import org.civic.progress.client.RegistryRegion;
import org.civic.progress.entity.Ladder;
import org.civic.progress.service.StatusService.ProgrammeFigures;

/**
 * The monthly 督查 bulletin (README "Bulletin"), made from the same figures as the summary: 完成率 is 完成 ÷ projects,
 * 开工率 started ÷ projects, per programme, lead department and district; each project with its gap and light.
 */
@ApplicationScoped
public class BulletinService {

    private static final String PROGRAMME = "programme";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final StatusService statuses;
    private final StatusCalculator calculator;

    public BulletinService(StatusService statuses, StatusCalculator calculator) {
        this.statuses = statuses;
        this.calculator = calculator;
    }

    public Tagged<ProgrammeBulletin> bulletin(UUID programmeId, LocalDate asOf) {
        Tagged<ProgrammeFigures> figures = statuses.figures(programmeId, asOf);
        return new Tagged<>(figures.tag(), () -> of(figures.body().get(), asOf));
    }

    /** The bulletin of figures already read (a snapshot publishes it). */
    public ProgrammeBulletin of(ProgrammeFigures figures, LocalDate asOf) {
        Map<UUID, RegistryProject> plans =
                figures.projects().stream().collect(Collectors.toMap(RegistryProject::id, p -> p));
        List<ProjectStatus> live =
                figures.statuses().stream().filter(s -> !s.cancelled()).toList();
        return new ProgrammeBulletin(
                figures.programme().id(),
                figures.programme().title(),
                asOf,
                calculator.lights().toString(),
                rates(PROGRAMME, new Label(figures.programme().title(), null), live),
                groups(live, s -> List.of(String.valueOf(s.leadDepartmentId())), key -> {
                    String name = figures.departmentNames().get(key);
                    return name == null ? null : new Label(name, null);
                }),
                groups(live, s -> StatusService.districts(plans.get(s.projectId())), key -> {
                    if (key.equals(StatusService.NO_DISTRICT)) {
                        return StatusService.NO_DISTRICT_LABEL;
                    }
                    RegistryRegion.Name name = figures.regionNames().get(key);
                    return name == null ? null : new Label(name.zh(), name.en());
                }),
                live.stream()
                        .map(s -> new ProgrammeBulletin.Row(
                                s.projectId(),
                                s.code(),
                                s.title(),
                                s.leadDepartmentId(),
                                figures.departmentNames().get(String.valueOf(s.leadDepartmentId())),
                                plans.get(s.projectId()).districtCodes() == null
                                        ? List.of()
                                        : plans.get(s.projectId()).districtCodes(),
                                s.phase(),
                                s.completionClass(),
                                s.completionPercent(),
                                s.elapsedPercent(),
                                s.scheduleGapPoints(),
                                s.light(),
                                s.health()))
                        .toList(),
                Labels.STANDARD);
    }

    private List<ProgrammeBulletin.Rates> groups(
            List<ProjectStatus> live, Function<ProjectStatus, Collection<String>> keys, Function<String, Label> names) {
        Map<String, List<ProjectStatus>> groups = new TreeMap<>();
        live.forEach(s -> keys.apply(s)
                .forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s)));
        List<ProgrammeBulletin.Rates> rates = new ArrayList<>();
        groups.forEach((key, group) -> rates.add(rates(key, names.apply(key), group)));
        return rates;
    }

    private ProgrammeBulletin.Rates rates(String key, Label name, List<ProjectStatus> group) {
        int completed = count(group, ProjectStatus.CompletionClass.COMPLETED);
        int started = (int) group.stream().filter(BulletinService::started).count();
        Map<String, Integer> byLight = new LinkedHashMap<>();
        calculator.lights().colours().forEach(colour -> byLight.put(colour, 0));
        group.stream().filter(s -> s.light() != null).forEach(s -> byLight.merge(s.light(), 1, Integer::sum));
        return new ProgrammeBulletin.Rates(
                key,
                name,
                group.size(),
                completed,
                count(group, ProjectStatus.CompletionClass.BASICALLY_COMPLETED),
                started,
                percent(completed, group.size()),
                percent(started, group.size()),
                byLight);
    }

    /** 开工: the STARTED milestone or any rung above it is met. */
    private static boolean started(ProjectStatus status) {
        return Ladder.of(status.phase())
                .map(phase -> phase.ordinal() >= Ladder.STARTED.ordinal())
                .orElse(false);
    }

    private static int count(List<ProjectStatus> group, ProjectStatus.CompletionClass completionClass) {
        return (int) group.stream()
                .filter(s -> s.completionClass() == completionClass)
                .count();
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
