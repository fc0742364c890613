package org.civic.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civic.client.ApiClient;
import org.civic.client.ApiException;
import org.civic.client.api.ProgrammesApi;
import org.civic.client.api.ViewsApi;
import org.civic.client.model.ProgressMilestoneView;
import org.civic.client.model.ProgressProgrammeSummary;
import org.civic.client.model.ProgressProjectStatus;
import org.civic.examples.UntypedToday.Dashboard;
import org.civic.examples.UntypedToday.Overview;
import org.civic.examples.UntypedToday.Programme;
import org.civic.examples.UntypedToday.ProgrammePage;
import org.civic.examples.UntypedToday.Project;

/**
 * What an app maker writes with the generated client: the published programmes, one programme's dashboard as of
 * 2022-10-31 and the overview of one of its projects, read with an API key. Environment: {@code CIVIC_API_KEY} (an
 * API client's key, scope public:read) and {@code CIVIC_BASE_URL} (default http://localhost:8080).
 */
public final class ExampleApp {

    private static final String AS_OF = "2022-10-31";

    private ExampleApp() {
    }

    public static void main(String[] args) {
        String apiKey = System.getenv("CIVIC_API_KEY");
        if (apiKey == null || apiKey.isBlank()) {
            System.err.println("Set CIVIC_API_KEY to an API client's key (scope public:read), and CIVIC_BASE_URL if not "
                    + "http://localhost:8080.");
            System.exit(2);
        }
        ApiClient client = new ApiClient();
        client.updateBaseUri(System.getenv().getOrDefault("CIVIC_BASE_URL", "http://localhost:8080"));
        client.setRequestInterceptor(request -> request.header("X-API-Key", apiKey));
        try {
            show(new ProgrammesApi(client), new ViewsApi(client), new UntypedToday(client.getObjectMapper()));
        } catch (ApiException e) {
            System.err.println("HTTP " + e.getCode() + ": " + e.getResponseBody());
            System.exit(1);
        }
    }

    private static void show(ProgrammesApi programmes, ViewsApi views, UntypedToday untyped) throws ApiException {
        ProgrammePage page = untyped.as(programmes.getProgrammes(0, null, 50, "PUBLISHED", null), ProgrammePage.class);
        System.out.println(page.total() + " published programmes:");
        page.items().forEach(p -> System.out.println("  " + p.year() + " " + p.regionCode() + " " + p.title()));
        Programme programme = page.items().stream().filter(p -> p.year() == 2022).findFirst()
                .orElseGet(() -> page.items().stream().findFirst()
                        .orElseThrow(() -> new IllegalStateException("no published programme to show")));

        Dashboard dashboard = untyped.as(views.getProgrammesByIdDashboard(programme.id().toString(), AS_OF), Dashboard.class);
        ProgressProgrammeSummary figures = dashboard.figures();
        System.out.printf("%n%s as of %s: %d projects (%d announced), average completion %s %%%n", programme.title(),
                dashboard.asOf(), figures.getProjects(), figures.getAnnouncedProjects(), figures.getAverageCompletionPercent());
        print(figures.getByPhase(), true);
        print(figures.getByHealth(), false);

        List<Project> projects = untyped.projects(programmes.getProgrammesByIdProjects(programme.id().toString()));
        Project first = projects.stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(programme.title() + " has no projects"));
        Overview overview = untyped.as(views.getProjectsByIdOverview(first.id().toString(), AS_OF), Overview.class);
        ProgressProjectStatus status = overview.status();
        System.out.printf("%n%s %s: %s, %s %% complete, %s%n", overview.project().code(), overview.project().title(),
                status.getPhaseName(), status.getCompletionPercent(), status.getHealth());
        for (ProgressMilestoneView milestone : overview.milestones()) {
            LocalDate date = milestone.getActualDate() != null ? milestone.getActualDate() : milestone.getPlannedDate();
            System.out.println("  " + milestone.getCode() + " " + milestone.getStatus() + (date != null ? " " + date : ""));
        }
        if (!dashboard.degraded().isEmpty() || !overview.degraded().isEmpty()) {
            throw new IllegalStateException("degraded answers: " + dashboard.degraded() + " " + overview.degraded());
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
