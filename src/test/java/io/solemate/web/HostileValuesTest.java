package io.solemate.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.solemate.testsupport.Api;
import io.solemate.testsupport.Fixtures;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Walks the served OpenAPI document (not a hand-kept list: a new operation, parameter or body field is covered when it
 * is documented) and sends hostile values for every path and query parameter and every field of every request body:
 * wrong types, huge and non-finite numbers, NUL, 100 KB strings, far past and future timestamps, nulls, extra fields,
 * and every undocumented method on every path. The service must never answer 5xx, must answer every 4xx as
 * problem+json, and must write nothing for a rejected event. Prints its request count for the CI log, and leaves the
 * served document in {@code target/openapi/served.json} for CI's OpenAPI lint.
 */
@QuarkusTest
class HostileValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "x".repeat(100_000);

    /** Text sent for a path or query parameter, whatever its documented type. */
    private static final List<String> PARAMETER_VALUES = List.of("", " ", "abc", "true", "maybe", "-1", "0", "1.5",
            "1e309", "-1e309", "Infinity", "-Infinity", "NaN", "99999999999999999999", "-9223372036854775809",
            "9223372036854775807", "0x10", "1_000", "\u0000", "a\u0000b", "%", "_", "' OR 1=1 --", "☃\uD83D\uDC5F",
            "-5000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "0001-01-01", "[]", "{}", "null",
            "1e-400", "+1", "01", " 1", "1 ", "\t", "\n", "%00", "x".repeat(2000), HUGE);

    /** JSON values put in place of a body field, whatever its documented type. */
    private static final List<String> BODY_VALUES = List.of("null", "\"\"", "\"abc\"", "true", "-1", "0", "1.5",
            "1e309", "-1e309", "1e400", "99999999999999999999", "-9223372036854775809", "9223372036854775807",
            "\"Infinity\"", "\"NaN\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"☃\"", "[]", "[null]", "{}", "{\"a\":1}",
            "\"-5000-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"",
            "\"2026-13-45T99:99:99Z\"", "\"" + HUGE + "\"", "3", "\"VIEW\"", "\"rating\"");

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    @Inject
    Fixtures fixtures;

    private int requests;
    private int serverErrors;
    private long acceptedEvents;
    private final List<String> failures = new ArrayList<>();

    @Test
    void noHostileValueGetsA5xxOrAnAnswerThatIsNoProblemDocument() throws Exception {
        String served = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        Path saved = Path.of("target", "openapi", "served.json");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, served);
        JsonNode document = JSON.readTree(served);
        long interactionsBefore = fixtures.queryLong("SELECT count(*) FROM interactions");

        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method.toLowerCase());
                if (operation == null) {
                    check(method + " " + path.getKey(), send(method, valid(path.getKey()), null, null));
                    continue;
                }
                operations++;
                walkParameters(method, path.getKey(), operation);
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                if (!body.isMissingNode()) {
                    walkBody(method, path.getKey(), body, document);
                }
            }
        }
        // Only what was acknowledged as new was written: a rejected request left no row.
        assertEquals(interactionsBefore + acceptedEvents, fixtures.queryLong("SELECT count(*) FROM interactions"),
                "rows written = new events acknowledged");
        System.out.printf("hostile-values: %d requests over %d documented operations, %d answered 5xx%n", requests,
                operations, serverErrors);
        assertTrue(operations >= 12, "the document lists the API's operations: " + operations);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, e.g. " + failures.subList(0,
                Math.min(10, failures.size())));
        assertTrue(requests >= 2000, "at least 2,000 hostile requests, not " + requests);
    }

    private void walkParameters(String method, String template, JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            for (String value : PARAMETER_VALUES) {
                String uri = valid(template);
                String query = null;
                if (in.equals("path")) {
                    uri = template.replace("{" + name + "}", encode(value).replace("+", "%20"));
                    uri = valid(uri);
                } else if (in.equals("query")) {
                    query = name + "=" + encode(value);
                } else {
                    continue;
                }
                String body = method.equals("POST") && template.equals("/api/interactions") ? "{}" : null;
                check(method + " " + uri + " " + name + "=" + abbreviate(value), send(method, uri, query, body));
            }
        }
    }

    private void walkBody(String method, String path, JsonNode schema, JsonNode document) {
        List<JsonNode> objects = new ArrayList<>();
        collectObjectSchemas(schema, document, objects);
        for (JsonNode object : objects) {
            List<String> fields = new ArrayList<>();
            object.path("properties").fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                for (String value : BODY_VALUES) {
                    sendEvent(method, path, field, value, false);
                    sendEvent(method, path, field, value, true);
                }
            }
            for (String extra : List.of("\"surprise\":1", "\"clientEventID\":\"x\"", "\"\":null",
                    "\"" + "k".repeat(1000) + "\":true")) {
                sendRaw(method, path, "{" + extra + "," + validEvent(UUID.randomUUID()).toString().substring(1));
            }
        }
        for (String shape : List.of("", "null", "[]", "[null]", "[[]]", "\"event\"", "42", "true", "{", "}", "[{}]",
                "{} {}", validEvent(UUID.randomUUID()) + " trailing", "[" + HUGE + "]")) {
            sendRaw(method, path, shape);
        }
    }

    /** A valid event with one field replaced by {@code value}; alone or as the second event of a batch. */
    private void sendEvent(String method, String path, String field, String value, boolean inBatch) {
        UUID id = UUID.randomUUID();
        ObjectNode event = validEvent(id);
        String body;
        try {
            event.set(field, JSON.readTree(value));
            body = JSON.writeValueAsString(event);
        } catch (Exception notJson) {
            body = event.toString().replace("}", ",\"" + field + "\":" + value + "}");
        }
        if (inBatch) {
            body = "[" + validEvent(UUID.randomUUID()) + "," + body + "]";
        }
        Response response = send(method, path, null, body);
        check(method + " " + path + (inBatch ? " [1]." : " ") + field + "=" + abbreviate(value), response);
        if (response.statusCode() >= 400 && !field.equals("clientEventId")) {
            assertNothingWritten(id, field, value);
        }
    }

    private void assertNothingWritten(UUID id, String field, String value) {
        long rows = fixtures.queryLong("SELECT count(*) FROM interactions WHERE client_event_id = ?", id);
        if (rows != 0) {
            failures.add("event " + id + " with " + field + "=" + abbreviate(value) + " was written");
        }
    }

    private void sendRaw(String method, String path, String body) {
        check(method + " " + path + " body " + abbreviate(body), send(method, path, null, body));
    }

    /**
     * A valid event except that it names a customer that does not exist: every hostile variant must be refused
     * before or at that check, and the unchanged remainder can never be written.
     */
    private static ObjectNode validEvent(UUID id) {
        ObjectNode event = JSON.createObjectNode();
        event.put("clientEventId", id.toString());
        event.put("userId", 987_654_321L);
        event.put("shoeId", 1);
        event.put("kind", "view");
        return event;
    }

    private static void collectObjectSchemas(JsonNode schema, JsonNode document, List<JsonNode> found) {
        if (schema.has("$ref")) {
            String[] ref = schema.get("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String part : ref) {
                target = target.path(part);
            }
            collectObjectSchemas(target, document, found);
            return;
        }
        if (schema.has("properties") && !found.contains(schema)) {
            found.add(schema);
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            schema.path(combinator).forEach(part -> collectObjectSchemas(part, document, found));
        }
        if (schema.has("items")) {
            collectObjectSchemas(schema.get("items"), document, found);
        }
    }

    /** The path with every remaining parameter filled with a value of the right form. */
    private static String valid(String template) {
        return template.replaceAll("\\{notificationId}", "1-care-1").replaceAll("\\{[^}]+}", "1");
    }

    private Response send(String method, String path, String query, String body) {
        requests++;
        RequestSpecification request = Api.authorized().urlEncodingEnabled(false);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, query == null ? path : path + "?" + query);
    }

    private void check(String what, Response response) {
        int status = response.statusCode();
        String type = response.contentType();
        if (status >= 500) {
            serverErrors++;
            failures.add(abbreviate(what) + " answered " + status + ": " + abbreviate(response.asString()));
        } else if (status >= 400 && !what.startsWith("HEAD ")
                && (type == null || !type.startsWith(Problem.MEDIA_TYPE))) {
            failures.add(abbreviate(what) + " answered " + status + " as " + type);
        } else if (status / 100 == 2 && what.startsWith("POST /api/interactions")) {
            JsonNode answer = readTree(response.asString());
            List<JsonNode> results = new ArrayList<>();
            if (answer.has("results")) {
                answer.get("results").forEach(results::add);
            } else {
                results.add(answer);
            }
            acceptedEvents += results.stream().filter(r -> !r.path("duplicate").asBoolean()).count();
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + abbreviate(json), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "... (" + text.length() + " chars)";
    }
}
