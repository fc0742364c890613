package org.civic.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.progress.client.RegistryProject;

/**
 * Every write first checks the project in the plan read model ({@link Plans}; one not seen yet is asked of the
 * registry once): unknown, or hidden from the caller → 404, cancelled → 409, another department's project (for an
 * editor) → 403. API clients' reads check it too, because they see no draft programme's projects.
 */
@ApplicationScoped
public class ProjectCheck {

    private final Plans plans;
    private final Caller caller;

    public ProjectCheck(Plans plans, Caller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    public void readable(UUID projectId) {
        if (!caller.staff()) {
            plans.project(projectId).orElseThrow(() -> ProblemException.notFound("Project", projectId));
        }
    }

    public RegistryProject writable(UUID projectId) {
        RegistryProject project =
                plans.project(projectId).orElseThrow(() -> ProblemException.notFound("Project", projectId));
        caller.requireDepartment(project.leadDepartmentId(), "milestones and reports");
        if (project.cancelled()) {
            throw ProblemException.conflict(
                    "project-cancelled", "Project " + projectId + " is cancelled in the registry.");
        }
        return project;
    }
}
