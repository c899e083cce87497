package io.solemate.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A client sending garbage cannot grow the metrics: 10,000 requests, each to a new path or with a new method token,
 * refused before routing (401, 404, 405, 501), add at most a handful of {@code http_server_requests} series.
 */
@QuarkusTest
class MetricsCardinalityTest {

    @Test
    void tenThousandDistinctGarbageRequestsAddAtMostAHandfulOfSeries() {
        long before = series();
        for (int i = 0; i < 10_000; i++) {
            switch (i % 4) {
                case 0 -> given().post("/api/garbage-" + i);
                case 1 -> given().get("/nothing/here/" + i);
                case 2 -> given().request("M" + i, "/api/shoes");
                default -> given().request("X" + i, "/api/garbage/" + i);
            }
        }
        long added = series() - before;
        System.out.printf("metrics cardinality: 10000 garbage requests added %d http_server_requests series%n", added);
        assertTrue(added <= 6, "10,000 garbage requests added " + added + " series");
    }

    private static long series() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{")).count();
    }
}
