package org.civic.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Reads a counter from the service's own /q/metrics, as Prometheus would scrape it. */
public final class PrometheusMetrics {

    private PrometheusMetrics() {}

    /** The sum of {@code name} over every series whose labels include {@code labels}; 0 when there is none yet. */
    public static double value(String name, Map<String, String> labels) {
        return value(given(), name, labels);
    }

    /** The same, scraped from another service of the suite at {@code baseUri}. */
    public static double value(String baseUri, String name, Map<String, String> labels) {
        return value(given().baseUri(baseUri), name, labels);
    }

    private static double value(RequestSpecification request, String name, Map<String, String> labels) {
        String scraped = request.when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        double sum = 0;
        for (String line : scraped.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            String series = line.substring(0, line.lastIndexOf(' '));
            if (labels.entrySet().stream()
                    .allMatch(label -> series.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
