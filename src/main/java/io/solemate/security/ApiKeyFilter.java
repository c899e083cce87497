package io.solemate.security;

import io.quarkus.runtime.StartupEvent;
import io.solemate.web.Problem;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards {@code /api} by key scope ({@link Scope}): writes need {@code ingest}; refits and the customer directory
 * ({@code GET /api/users}) need {@code admin}; other reads need {@code read} when
 * {@code solemate.security.protect-reads} is on. Keys are compared in constant time. A request without a key the
 * call's scope accepts is a 401, whether the key is unknown or lacks the scope, so a key's scopes cannot be probed.
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";
    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);
    private static final Set<String> READ_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ApiKeys keys;
    private final boolean protectReads;

    public ApiKeyFilter(SecurityConfig config) {
        this.keys = ApiKeys.parse(config.apiKeys().orElse(List.of()));
        this.protectReads = config.protectReads();
    }

    /** Says at start-up, not at the first refused write, that no key is configured. */
    void warnWithoutKeys(@Observes StartupEvent start) {
        if (keys.isEmpty()) {
            LOG.warn("No API key is configured (solemate.security.api-keys / SOLEMATE_API_KEYS): every write and "
                    + "admin call will be refused with 401");
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Response requireKey(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return null;
        }
        Scope scope = scopeOf(request.getMethod(), path);
        if (scope == Scope.READ && !protectReads) {
            return null;
        }
        if (keys.grants(request.getHeaderString(HEADER), scope)) {
            return null;
        }
        return Response.fromResponse(Problem.of(401, "Unauthorized",
                "This call needs an " + HEADER + " header with a key of scope " + scope.dbValue(), HEADER)
                .toResponse()).header("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"").build();
    }

    /** The scope a call needs; the OpenAPI document declares the same ({@code io.solemate.web.OpenApiContract}). */
    public static Scope scopeOf(String method, String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (trimmed.startsWith("/api/admin/") || trimmed.equals("/api/admin") || trimmed.equals("/api/users")) {
            return Scope.ADMIN;
        }
        return READ_METHODS.contains(method) ? Scope.READ : Scope.INGEST;
    }

    /** True when the key may administer the service (refit the model): what the store desk's refresh form asks. */
    public boolean accepts(String presented) {
        return keys.grants(presented, Scope.ADMIN);
    }

    /** True when the key is configured with the scope: for server-side code that checks a presented key. */
    public boolean grants(String presented, Scope scope) {
        return keys.grants(presented, scope);
    }
}
