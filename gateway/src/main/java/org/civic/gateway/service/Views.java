package org.civic.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Digests;
import org.civic.common.web.Money;
import org.civic.gateway.api.CitizenBenefits;
import org.civic.gateway.api.Degraded;
import org.civic.gateway.api.ProgrammeDashboard;
import org.civic.gateway.api.ProjectOverview;
import org.civic.gateway.client.ClientError;
import org.civic.gateway.client.PartFailure;
import org.civic.gateway.client.Services;
import org.civic.gateway.config.GatewayConfig;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Aggregated views: every part is fetched in parallel (the answer takes as long as the slowest part,
 * not the sum) with bulk calls. A failing optional part becomes null plus an entry in "degraded", and
 * such an answer is never cached; a failing required part is a 503 or 502 problem with Retry-After.
 */
@ApplicationScoped
public class Views {

    static final int RETRY_AFTER_SECONDS = 5;

    private final Services services;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final GatewayConfig config;

    public Views(Services services, ManagedExecutor executor, ObjectMapper json, GatewayConfig config) {
        this.services = services;
        this.executor = executor;
        this.json = json;
        this.config = config;
    }

    public Response projectOverview(UUID projectId, LocalDate asOf, String identity, Request request) {
        return callersErrorsAsTheirs(() -> overview(projectId, asOf, identity, request));
    }

    public Response programmeDashboard(UUID programmeId, LocalDate asOf, String identity, Request request) {
        return callersErrorsAsTheirs(() -> dashboard(programmeId, asOf, identity, request));
    }

    public Response citizenBenefits(UUID citizenId, LocalDate asOf, String identity, String purpose, Request request) {
        return callersErrorsAsTheirs(() -> benefits(citizenId, asOf, identity, purpose, request));
    }

    /**
     * A service that refused the caller (403 for a scope that may not read it, 400 for a missing X-Purpose …)
     * refused the view: its problem is the caller's answer, whichever part it came from.
     */
    static Response callersErrorsAsTheirs(Supplier<Response> view) {
        try {
            return view.get();
        } catch (ClientError e) {
            return Response.status(e.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(e.body())
                    .build();
        }
    }

    private Response overview(UUID projectId, LocalDate asOf, String identity, Request request) {
        Fanout fanout = new Fanout();
        CompletableFuture<JsonNode> project = fanout.start(() -> services.project(projectId, identity));
        CompletableFuture<JsonNode> milestones = fanout.start(() -> services.milestones(projectId, asOf, identity));
        CompletableFuture<JsonNode> report =
                fanout.start(() -> services.latestApprovedReport(projectId, asOf, identity));
        CompletableFuture<JsonNode> status = fanout.start(() -> services.status(projectId, asOf, identity));

        JsonNode required = fanout.required(project, "Project", projectId, Routes.Service.REGISTRY);
        return fanout.respond(
                new ProjectOverview(
                        required,
                        asOf,
                        fanout.optional(milestones, "progress.milestones"),
                        fanout.optional(report, "progress.reports"),
                        fanout.optional(status, "progress.status"),
                        fanout.degraded()),
                request);
    }

    private Response dashboard(UUID programmeId, LocalDate asOf, String identity, Request request) {
        Fanout fanout = new Fanout();
        CompletableFuture<JsonNode> programme = fanout.start(() -> services.programme(programmeId, identity));
        CompletableFuture<JsonNode> summary = fanout.start(() -> services.summary(programmeId, asOf, identity));

        JsonNode programmeNode = fanout.required(programme, "Programme", programmeId, Routes.Service.REGISTRY);
        JsonNode figures = fanout.optional(summary, "progress.summary");
        ProgrammeDashboard.Investment investment = new ProgrammeDashboard.Investment(
                money(programmeNode.path("plannedTotalInvestment")),
                figures == null ? null : money(figures.path("plannedInvestment")));
        return fanout.respond(
                new ProgrammeDashboard(programmeNode, asOf, figures, investment, fanout.degraded()), request);
    }

    private Response benefits(UUID citizenId, LocalDate asOf, String identity, String purpose, Request request) {
        Fanout fanout = new Fanout();
        CompletableFuture<JsonNode> eligibility =
                fanout.start(() -> services.eligibility(citizenId, asOf, identity, purpose));
        CompletableFuture<JsonNode> redemptions =
                fanout.start(() -> services.recentRedemptions(citizenId, identity, purpose));

        JsonNode required = fanout.required(eligibility, "Citizen", citizenId, Routes.Service.BENEFITS);
        JsonNode recent = fanout.optional(redemptions, "benefits.redemptions");
        return fanout.respond(
                new CitizenBenefits(
                        citizenId,
                        asOf,
                        required,
                        recent != null && recent.has("items") ? recent.get("items") : recent,
                        fanout.degraded()),
                request);
    }

    /** An amount as the suite writes money (Money), whether the service sent it as text or as a number. */
    private static String money(JsonNode amount) {
        if (amount == null || amount.isMissingNode() || amount.isNull()) {
            return null;
        }
        try {
            return Money.format(
                    amount.isNumber()
                            ? amount.decimalValue()
                            : new BigDecimal(amount.asText().strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A required part's failure: it timed out (504), the service is down or shedding load (503), or it broke (502). */
    static Problem problemFor(String reason, String detail) {
        return switch (reason) {
            case PartFailure.TIMEOUT -> new Problem("upstream-timeout", "Gateway timeout", 504, detail);
            case PartFailure.ERROR -> new Problem("bad-gateway", "Bad gateway", 502, detail);
            default -> new Problem("service-unavailable", "Service unavailable", 503, detail);
        };
    }

    /** One view's parallel calls, sharing one deadline, and the parts that came back degraded. */
    private final class Fanout {
        private final long deadline = System.nanoTime() + config.viewDeadline().toNanos();
        private final List<Degraded> degraded = new ArrayList<>();

        CompletableFuture<JsonNode> start(Supplier<JsonNode> call) {
            return executor.supplyAsync(call);
        }

        JsonNode required(CompletableFuture<JsonNode> part, String what, UUID id, Routes.Service service) {
            try {
                return await(part);
            } catch (NotFoundException e) {
                throw ProblemException.notFound(what, id);

            } catch (PartFailure e) {
                throw new ProblemException(problemFor(
                                e.reason(), "The " + service.title() + " could not answer (" + e.reason() + ")."))
                        .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            }
        }

        /** The part, or null: when it does not exist, and (listed in degraded) when it failed. */
        JsonNode optional(CompletableFuture<JsonNode> part, String name) {
            try {
                return await(part);
            } catch (NotFoundException e) {
                return null;
            } catch (PartFailure e) {
                degraded.add(new Degraded(name, e.reason()));
                return null;
            }
        }

        List<Degraded> degraded() {
            return List.copyOf(degraded);
        }

        private JsonNode await(CompletableFuture<JsonNode> part) {
            try {
                return part.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                part.cancel(true);
                throw new PartFailure(PartFailure.TIMEOUT, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof NotFoundException || e.getCause() instanceof ClientError) {
                    throw (RuntimeException) e.getCause();
                }
                throw e.getCause() instanceof PartFailure failure ? failure : PartFailure.of(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PartFailure(PartFailure.ERROR, e);
            }
        }

        /** A complete view gets an ETag (304 on If-None-Match); a degraded one is marked and never cached. */
        Response respond(Object view, Request request) {
            byte[] body;
            try {
                body = json.writeValueAsBytes(view);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            if (!degraded.isEmpty()) {
                return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                        .header("Cache-Control", "no-store")
                        .build();
            }
            EntityTag tag = new EntityTag(Digests.sha256Hex(body).substring(0, 32));
            Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
            if (notModified != null) {
                return notModified.header("Cache-Control", "no-cache").build();
            }
            return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                    .tag(tag)
                    .header("Cache-Control", "no-cache")
                    .build();
        }
    }
}
