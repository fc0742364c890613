package org.civic.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.progress.client.Registry;
import org.civic.progress.client.RegistryProject;

/** Every write first asks the registry: unknown project → 404, cancelled → 409, registry down → 503. */
@ApplicationScoped
public class ProjectCheck {

    private final Registry registry;

    public ProjectCheck(Registry registry) {
        this.registry = registry;
    }

    public RegistryProject writable(UUID projectId) {
        RegistryProject project = registry.project(projectId)
                .orElseThrow(() -> ProblemException.notFound("Project", projectId));
        if (project.cancelled()) {
            throw ProblemException.conflict("project-cancelled", "Project " + projectId + " is cancelled in the registry.");
        }
        return project;
    }
}
