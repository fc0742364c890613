package org.civic.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.progress.client.Registry;
import org.civic.progress.client.RegistryProject;

/**
 * Every write first asks the registry, as the caller: unknown project → 404, cancelled → 409, another department's
 * project (for an editor) → 403, registry down → 503. API clients' reads ask it too, because the registry hides the
 * projects of draft programmes from them.
 */
@ApplicationScoped
public class ProjectCheck {

    private final Registry registry;
    private final Caller caller;

    public ProjectCheck(Registry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    public void readable(UUID projectId) {
        if (!caller.staff()) {
            registry.project(projectId).orElseThrow(() -> ProblemException.notFound("Project", projectId));
        }
    }

    public RegistryProject writable(UUID projectId) {
        RegistryProject project =
                registry.project(projectId).orElseThrow(() -> ProblemException.notFound("Project", projectId));
        caller.requireDepartment(project.leadDepartmentId(), "milestones and reports");
        if (project.cancelled()) {
            throw ProblemException.conflict(
                    "project-cancelled", "Project " + projectId + " is cancelled in the registry.");
        }
        return project;
    }
}
