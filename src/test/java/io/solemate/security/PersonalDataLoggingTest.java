package io.solemate.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.solemate.testsupport.Api;
import io.solemate.testsupport.Fixtures;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** Requests that carry or return customers' emails and names leave none of them in the log. */
@QuarkusTest
class PersonalDataLoggingTest {

    @Inject
    Fixtures fixtures;

    @Test
    void noEmailOrNameReachesTheLog() {
        String name = Fixtures.unique("Ada Lovelace");
        long user = fixtures.user(name, "women", 38.0);
        String email = given().get("/api/users/" + user).then().statusCode(200).extract().path("email");

        List<String> lines = new CopyOnWriteArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Api.authorized().queryParam("q", email).get("/api/users").then().statusCode(200);
            Api.authorized().queryParam("q", name).get("/api/users").then().statusCode(200);
            given().get("/api/users/" + user + "/recommendations").then().statusCode(200);
            Api.authorized().contentType(ContentType.JSON).body("{\"email\":\"" + email + "\"}")
                    .post("/api/interactions").then().statusCode(400);
            Api.authorized().post("/api/admin/model/refresh").then().statusCode(200);
        } finally {
            root.removeHandler(capture);
        }

        assertTrue(lines.stream().anyMatch(line -> line.contains("Model fit")), "the log was captured");
        for (String line : lines) {
            assertFalse(line.contains(email) || line.contains(name), "personal data in the log: " + line);
        }
    }
}
