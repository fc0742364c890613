package org.civic.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civic.client.ApiClient;
import org.civic.client.ApiException;
import org.civic.client.api.ProgrammesApi;
import org.civic.client.api.ViewsApi;
import org.civic.client.model.GatewayDegraded;
import org.civic.client.model.GatewayProgrammeDashboard;
import org.civic.client.model.GatewayProjectOverview;
import org.civic.client.model.ProgressMilestoneView;
import org.civic.client.model.ProgressProgrammeSummary;
import org.civic.client.model.ProgressProjectStatus;
import org.civic.client.model.RegistryProgrammePage;
import org.civic.client.model.RegistryProgrammeState;
import org.civic.client.model.RegistryProgrammeView;
import org.civic.client.model.RegistryProjectView;

/**
 * What an app maker writes with the generated client: the published programmes, one programme's dashboard as of
 * 2022-10-31 and the overview of one of its projects, read with an API key. Environment: {@code CIVIC_API_KEY} (an
 * API client's key, scope public:read) and {@code CIVIC_BASE_URL} (default http://localhost:8080).
 */
public final class ExampleApp {

    private static final LocalDate AS_OF = LocalDate.of(2022, 10, 31);

    private ExampleApp() {}

    public static void main(String[] args) {
        String apiKey = System.getenv("CIVIC_API_KEY");
        if (apiKey == null || apiKey.isBlank()) {
            System.err.println(
                    "Set CIVIC_API_KEY to an API client's key (scope public:read), and CIVIC_BASE_URL if not "
                            + "http://localhost:8080.");
            System.exit(2);
        }
        ApiClient client = new ApiClient();
        client.updateBaseUri(System.getenv().getOrDefault("CIVIC_BASE_URL", "http://localhost:8080"));
        client.setRequestInterceptor(request -> request.header("X-API-Key", apiKey));
        try {
            show(new ProgrammesApi(client), new ViewsApi(client));
        } catch (ApiException e) {
            System.err.println("HTTP " + e.getCode() + ": " + e.getResponseBody());
            System.exit(1);
        }
    }

    private static void show(ProgrammesApi programmes, ViewsApi views) throws ApiException {
        RegistryProgrammePage page = programmes.listProgrammes(0, null, 50, RegistryProgrammeState.PUBLISHED, null);
        System.out.println(page.getTotal() + " published programmes:");
        page.getItems()
                .forEach(p -> System.out.println("  " + p.getYear() + " " + p.getRegionCode() + " " + p.getTitle()));
        RegistryProgrammeView programme = page.getItems().stream()
                .filter(p -> p.getYear() == 2022)
                .findFirst()
                .orElseGet(() -> page.getItems().stream()
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no published programme to show")));

        // A view answers what it could; a part a service could not give is null and named in degraded.
        GatewayProgrammeDashboard dashboard = views.getProgrammeDashboard(programme.getId(), AS_OF);
        List<GatewayDegraded> degraded = new ArrayList<>(dashboard.getDegraded());
        ProgressProgrammeSummary figures = dashboard.getFigures();
        if (figures != null) {
            System.out.printf(
                    "%n%s as of %s: %d projects (%d announced), average completion %s %%%n",
                    programme.getTitle(),
                    dashboard.getAsOf(),
                    figures.getProjects(),
                    figures.getAnnouncedProjects(),
                    figures.getAverageCompletionPercent());
            print(figures.getByPhase(), true);
            print(figures.getByHealth(), false);
        }

        List<RegistryProjectView> projects = programmes.listProgrammeProjects(programme.getId(), null);
        RegistryProjectView first = projects.stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(programme.getTitle() + " has no projects"));
        GatewayProjectOverview overview = views.getProjectOverview(first.getId(), AS_OF);
        degraded.addAll(overview.getDegraded());
        ProgressProjectStatus status = overview.getStatus();
        if (status != null) {
            System.out.printf(
                    "%n%s %s: %s, %s %% complete, %s%n",
                    first.getCode(),
                    first.getTitle(),
                    status.getPhaseName(),
                    status.getCompletionPercent(),
                    status.getHealth());
        }
        for (ProgressMilestoneView milestone :
                overview.getMilestones() == null ? List.<ProgressMilestoneView>of() : overview.getMilestones()) {
            LocalDate date = milestone.getActualDate() != null ? milestone.getActualDate() : milestone.getPlannedDate();
            System.out.println(
                    "  " + milestone.getCode() + " " + milestone.getStatus() + (date != null ? " " + date : ""));
        }
        if (!degraded.isEmpty()) {
            throw new IllegalStateException("degraded answers: " + degraded);
        }
    }

    private static void print(Map<String, Integer> counts, boolean skipZero) {
        counts.forEach((name, count) -> {
            if (!skipZero || count > 0) {
                System.out.println("  " + name + ": " + count);
            }
        });
    }
}
