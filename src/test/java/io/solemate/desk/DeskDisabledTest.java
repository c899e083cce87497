package io.solemate.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code solemate.desk.enabled=false} every desk route is a plain 404; the API keeps working. */
@QuarkusTest
@TestProfile(DeskDisabledTest.DeskOff.class)
class DeskDisabledTest {

    /** The page off; no store and no model, which this test does not need; any free port. */
    public static class DeskOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("solemate.desk.enabled", "false",
                    "solemate.sample-store.load-if-empty", "false",
                    "solemate.recommend.fit-on-start", "false",
                    "quarkus.http.test-port", "0");
        }
    }

    @Test
    void deskRoutesAnswerNotFound() {
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
