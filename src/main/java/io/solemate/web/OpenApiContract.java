package io.solemate.web;

import io.solemate.security.ApiKeyFilter;
import io.solemate.security.Scope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document from the rules the service enforces, so that it cannot drift from them: the
 * {@code X-API-Key} scheme on every operation with the scope {@link ApiKeyFilter} asks for it (optional for reads,
 * which need a key only when {@code protect-reads} is on), the {@link Problem} schema, and every error status an
 * operation can answer: 400 for its parameters and body, 401 for the key, 404 for the resource its path names, 409,
 * 413, 415 and 422 where a body is written, 503 while the database or the first model is missing. Closed vocabularies
 * are shown as the API spells them: a Java enum's constants in lower case ({@code view}, not {@code VIEW}; every enum
 * of the API is a {@link io.solemate.common.Vocabulary}) and a parameter constrained by an alternation such as
 * {@code unread|read|all} as an enum rather than an unanchored pattern.
 */
public class OpenApiContract implements OASFilter {

    static final String SCHEME = "ApiKey";
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z_]*");
    private static final Pattern ALTERNATION = Pattern.compile("[a-z]+(\\|[a-z]+)+");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(ApiKeyFilter.HEADER)
                .description("An API key configured with the scopes the operation names (ingest, read, admin)"));
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(OpenApiContract::spellLikeTheApi);
        }
        api.getComponents().addSchema("Problem", problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                complete(path.getKey(), entry.getKey().name(), entry.getValue());
                if (entry.getValue().getParameters() != null) {
                    entry.getValue().getParameters().forEach(parameter -> spellLikeTheApi(parameter.getSchema()));
                }
            }
        }
    }

    /** A vocabulary enum in lower case; an alternation pattern ({@code unread|read|all}) as the enum it means. */
    private static void spellLikeTheApi(Schema schema) {
        if (schema == null) {
            return;
        }
        List<Object> values = schema.getEnumeration();
        if (values != null && values.stream().allMatch(v -> v instanceof String text && CONSTANT.matcher(text)
                .matches())) {
            schema.setEnumeration(values.stream().map(v -> (Object) ((String) v).toLowerCase(Locale.ROOT)).toList());
        }
        if (schema.getPattern() != null && ALTERNATION.matcher(schema.getPattern()).matches()) {
            schema.setEnumeration(List.of((Object[]) schema.getPattern().split("\\|")));
            schema.setPattern(null);
        }
    }

    private static void complete(String path, String method, Operation operation) {
        if (!path.startsWith("/api/")) {
            return;
        }
        Scope scope = ApiKeyFilter.scopeOf(method, path);
        SecurityRequirement key = OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of());
        operation.setSecurity(scope == Scope.READ
                ? List.of(key, OASFactory.createSecurityRequirement())
                : List.of(key));
        if (operation.getDescription() == null) {
            operation.setDescription(operation.getSummary() + ". Needs a key of scope " + scope.dbValue()
                    + (scope == Scope.READ ? " when reads are protected." : "."));
        }
        APIResponses responses = operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            add(responses, "400", "Malformed input: the problem's parameter names the offending field");
        }
        add(responses, "401", "No " + ApiKeyFilter.HEADER + " with scope " + scope.dbValue());
        if (path.contains("{")) {
            add(responses, "404", "The resource the path names does not exist");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than the limit");
            add(responses, "415", "The body is not application/json");
        }
        if (method.equals("POST") && (path.equals("/api/interactions") || path.startsWith("/api/admin/"))) {
            add(responses, "409", path.equals("/api/interactions")
                    ? "A clientEventId reused for a different event" : "A fit is already running");
        }
        if (path.equals("/api/interactions")) {
            add(responses, "422", "An event names a customer or shoe the store does not know");
        }
        add(responses, "503", "The database or the first model is not there yet; retry after Retry-After seconds");
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        responses.addAPIResponse(status, response);
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("parameter", string("The offending parameter or body field"))
                .addProperty("message", string("What is wrong with it"));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem document")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("A URI naming the kind of problem; about:blank: see status and title"))
                .addProperty("title", string("The HTTP status phrase"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string("What went wrong, in the API's own words"))
                .addProperty("parameter", string("The offending parameter, header or body field, where there is one"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY).items(violation)
                        .description("Every failed constraint of a validated request"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
