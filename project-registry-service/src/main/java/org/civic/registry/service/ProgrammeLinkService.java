package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.registry.api.ChangeEvent;
import org.civic.registry.api.ProgrammeLinkInput;
import org.civic.registry.api.ProgrammeLinkView;
import org.civic.registry.api.ProgrammeLinks;
import org.civic.registry.api.ProjectYears;
import org.civic.registry.entity.Programme;
import org.civic.registry.entity.ProgrammeLink;
import org.civic.registry.entity.Project;
import org.civic.registry.entity.Region;
import org.civic.registry.repository.ProgrammeLinkRepository;
import org.civic.registry.repository.ProgrammeRepository;
import org.civic.registry.repository.RegionRepository;

/**
 * Tiers and carry-over: a programme's tier is its region's level; a programme lists projects of other programmes
 * without copying them — a higher tier's item it carries out, or an unfinished project of an earlier year continued
 * as 续建, which stays one project (same id, same history) across years.
 */
@ApplicationScoped
public class ProgrammeLinkService {

    private final ProgrammeLinkRepository links;
    private final ProgrammeService programmes;
    private final ProgrammeRepository programmeRows;
    private final ProjectService projects;
    private final ProjectHistory history;
    private final RegionRepository regions;
    private final Caller caller;
    private final ChangeFeed feed;

    public ProgrammeLinkService(
            ProgrammeLinkRepository links,
            ProgrammeService programmes,
            ProgrammeRepository programmeRows,
            ProjectService projects,
            ProjectHistory history,
            RegionRepository regions,
            Caller caller,
            ChangeFeed feed) {
        this.links = links;
        this.programmes = programmes;
        this.programmeRows = programmeRows;
        this.projects = projects;
        this.history = history;
        this.regions = regions;
        this.caller = caller;
        this.feed = feed;
    }

    /**
     * Links a project into the programme. CARRIES_OUT: the project's programme is of a region strictly above this
     * one's (a provincial item a city carries out). CONTINUES: the project's programme is of the same region and an
     * earlier year, and the project is not cancelled; the continuation enters the project's own history. Either way
     * the project's programme is published or closed and this programme is not closed (409); otherwise 422 naming why.
     */
    @Transactional
    public Stored<ProgrammeLinkView> link(UUID programmeId, ProgrammeLinkInput input) {
        Programme programme = programmes.get(programmeId);
        if (programme.state == Programme.State.CLOSED) {
            throw ProblemException.conflict("programme-closed", "Programme " + programmeId + " is closed.");
        }
        Project project;
        try {
            project = projects.get(input.projectId());
        } catch (ProblemException e) {
            throw ProblemException.badRequest("projectId", "unknown project " + input.projectId());
        }
        Programme owner = programmeRows.findById(project.programmeId);
        if (owner.id.equals(programmeId)) {
            throw ProblemException.unprocessable(
                    "link-not-allowed", "Project " + project.id + " already belongs to this programme.");
        }
        if (owner.state == Programme.State.DRAFT) {
            throw ProblemException.unprocessable(
                    "link-not-allowed",
                    "Project " + project.id + " belongs to a draft programme: link it once that"
                            + " programme is published.");
        }
        if (input.kind() == ProgrammeLink.Kind.CARRIES_OUT) {
            if (owner.regionCode.equals(programme.regionCode)
                    || !regions.selfAndDescendants(owner.regionCode).contains(programme.regionCode)) {
                throw ProblemException.unprocessable(
                        "link-not-allowed",
                        "A programme carries out items of a higher tier above its own region: project " + project.id
                                + " belongs to region " + owner.regionCode + ", which is not above "
                                + programme.regionCode + ".");
            }
        } else {
            if (!owner.regionCode.equals(programme.regionCode) || owner.year >= programme.year) {
                throw ProblemException.unprocessable(
                        "link-not-allowed",
                        "续建 continues a project of an earlier year of the same region: project " + project.id
                                + " belongs to " + owner.regionCode + "'s " + owner.year + " programme.");
            }
            if (project.state == Project.State.CANCELLED) {
                throw ProblemException.unprocessable(
                        "link-not-allowed", "Project " + project.id + " is cancelled and does not continue.");
            }
        }
        if (links.findByIdOptional(new ProgrammeLink.Key(programmeId, project.id))
                .isPresent()) {
            throw ProblemException.conflict(
                    "project-linked", "Project " + project.id + " is already listed by programme " + programmeId + ".");
        }
        ProgrammeLink link = new ProgrammeLink();
        link.key = new ProgrammeLink.Key(programmeId, project.id);
        link.kind = input.kind();
        link.note = ProjectService.blankToNull(input.note());
        link.linkedBy = caller.name();
        link.linkedAt = Times.now();
        links.persist(link);
        if (link.kind == ProgrammeLink.Kind.CONTINUES) {
            history.record(project, link.linkedBy, link.note, "continuedIn", null, programme.year + " " + programme.id);
        }
        links.flush();
        ProgrammeLinkView view = view(link, project, owner);
        feed.record(ChangeEvent.PROGRAMME_LINKED, project.id, project.version, programmeId, view);
        return Stored.unversioned(view, project.id);
    }

    @Transactional
    public ProgrammeLinks list(UUID programmeId) {
        Programme programme = programmes.get(programmeId);
        List<ProgrammeLinkView> views = new ArrayList<>();
        for (ProgrammeLink link : links.ofProgramme(programmeId)) {
            Project project = projects.get(link.key.projectId);
            views.add(view(link, project, programmeRows.findById(project.programmeId)));
        }
        return new ProgrammeLinks(programmeId, tier(programme), views);
    }

    /** The project's own programme first, then every programme that lists it (visible to the caller), in link order. */
    @Transactional
    public ProjectYears years(UUID projectId) {
        Project project = projects.get(projectId);
        List<ProjectYears.Listing> listings = new ArrayList<>();
        listings.add(listing(programmeRows.findById(project.programmeId), "OWNS"));
        for (ProgrammeLink link : links.ofProject(projectId)) {
            programmes.findVisible(link.key.programmeId).ifPresent(p -> listings.add(listing(p, link.kind.name())));
        }
        return new ProjectYears(projectId, listings);
    }

    private ProjectYears.Listing listing(Programme programme, String role) {
        return new ProjectYears.Listing(programme.id, programme.year, programme.regionCode, tier(programme), role);
    }

    /** A programme's tier is its region's level. */
    private Region.Level tier(Programme programme) {
        return regions.findById(programme.regionCode).level;
    }

    private ProgrammeLinkView view(ProgrammeLink link, Project project, Programme owner) {
        return new ProgrammeLinkView(
                link.key.programmeId,
                link.kind,
                project.id,
                project.code,
                project.title,
                project.state,
                owner.id,
                owner.year,
                tier(owner),
                link.note,
                link.linkedBy,
                link.linkedAt);
    }
}
