package io.solemate.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code solemate.demo-page.enabled=false} every demo route is a plain 404; the API keeps working. */
@QuarkusTest
@TestProfile(DemoPageDisabledTest.DemoPageOff.class)
class DemoPageDisabledTest {

    /** The page off; no store and no model, which this test does not need; any free port. */
    public static class DemoPageOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("solemate.demo-page.enabled", "false",
                    "solemate.demo.load-if-empty", "false",
                    "solemate.recommend.fit-on-start", "false",
                    "quarkus.http.test-port", "0");
        }
    }

    @Test
    void demoRoutesAnswerNotFound() {
        for (String path : new String[] { "/", "/?q=ada", "/customers/1", "/customers/random", "/shoes/1" }) {
            given().redirects().follow(false).get(path).then().statusCode(404)
                    .contentType(containsString("application/problem+json"));
        }
        given().post("/customers/1/notifications/1/dismiss").then().statusCode(404);
        given().formParam("apiKey", "test-key").post("/model/refresh").then().statusCode(404);
    }

    @Test
    void theApiStillAnswers() {
        given().get("/api/shoes").then().statusCode(200);
    }
}
