package org.civic.registry.mapping;

import static org.civic.common.web.Decimals.plain;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.civic.registry.api.ChangeView;
import org.civic.registry.api.DepartmentView;
import org.civic.registry.api.DomainDto;
import org.civic.registry.api.IndicatorDto;
import org.civic.registry.api.LocalizedName;
import org.civic.registry.api.Location;
import org.civic.registry.api.ProgrammeView;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.api.ProjectView;
import org.civic.registry.api.RegionView;
import org.civic.registry.entity.Department;
import org.civic.registry.entity.Indicator;
import org.civic.registry.entity.Programme;
import org.civic.registry.entity.Project;
import org.civic.registry.entity.ProjectChange;
import org.civic.registry.entity.Region;

/** Entity ⇄ API model. The API never exposes entities. */
@ApplicationScoped
public class RegistryMapper {

    public RegionView toView(Region region) {
        return new RegionView(
                region.code, new LocalizedName(region.nameZh, region.nameEn), region.level, region.parentCode);
    }

    public DepartmentView toView(Department department) {
        return new DepartmentView(department.id, department.code, department.name, department.regionCode);
    }

    public ProgrammeView toView(Programme programme, long projectCount) {
        return new ProgrammeView(
                programme.id,
                programme.regionCode,
                programme.year,
                programme.title,
                programme.approvalBasis,
                programme.approvalDate,
                programme.state,
                programme.plannedTotalInvestment,
                programme.plannedProjectCount,
                projectCount,
                programme.domains.stream()
                        .map(d -> new DomainDto(d.code, d.name))
                        .toList(),
                programme.sourceNote,
                programme.createdAt,
                programme.updatedAt);
    }

    public ProjectView toView(Project project) {
        Location location = project.latitude == null && project.longitude == null && project.address == null
                ? null
                : new Location(project.latitude, project.longitude, project.address);
        return new ProjectView(
                project.id,
                project.programmeId,
                project.code,
                project.title,
                project.titleEn,
                project.description,
                project.domainCode,
                project.leadDepartmentId,
                List.copyOf(project.coDepartmentIds),
                List.copyOf(project.districtCodes),
                project.plannedInvestment,
                project.plannedStart,
                project.plannedEnd,
                location,
                project.state,
                project.cancelReason,
                project.indicators.stream().map(this::toDto).toList(),
                project.createdAt,
                project.updatedAt);
    }

    /** The input that would write this project as it is: the base of PATCH and of the CSV round trip. */
    public ProjectInput toInput(Project project) {
        return new ProjectInput(
                project.programmeId,
                project.code,
                project.title,
                project.titleEn,
                project.description,
                project.domainCode,
                project.leadDepartmentId,
                new ArrayList<>(project.coDepartmentIds),
                new ArrayList<>(project.districtCodes),
                project.plannedInvestment,
                project.plannedStart,
                project.plannedEnd,
                project.latitude == null && project.longitude == null && project.address == null
                        ? null
                        : new Location(project.latitude, project.longitude, project.address),
                project.state,
                project.indicators.stream().map(this::toDto).toList(),
                null);
    }

    public IndicatorDto toDto(Indicator indicator) {
        return new IndicatorDto(
                indicator.key,
                indicator.name,
                indicator.unit,
                plain(indicator.baseline),
                plain(indicator.target),
                indicator.direction,
                indicator.cumulative);
    }

    public Indicator toEntity(IndicatorDto dto) {
        Indicator indicator = new Indicator();
        indicator.key = dto.key();
        indicator.name = dto.name().strip();
        indicator.unit = dto.unit().strip();
        indicator.baseline = dto.baseline() == null ? BigDecimal.ZERO : dto.baseline();
        indicator.target = dto.target();
        indicator.direction = dto.direction();
        indicator.cumulative = dto.cumulative();
        return indicator;
    }

    public ChangeView toView(ProjectChange change) {
        return new ChangeView(
                change.changedAt, change.changedBy, change.field, change.oldValue, change.newValue, change.reason);
    }
}
