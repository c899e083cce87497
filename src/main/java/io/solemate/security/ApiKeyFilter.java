package io.solemate.security;

import io.solemate.web.Problem;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards {@code /api}: writes and admin calls always need a valid {@code X-API-Key}; reads need one when
 * {@code solemate.security.protect-reads} is on. Keys are compared in constant time.
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";
    private static final Set<String> READ_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final List<byte[]> keys;
    private final boolean protectReads;

    public ApiKeyFilter(SecurityConfig config) {
        this.keys = config.apiKeys().orElse(List.of()).stream()
                .filter(key -> !key.isBlank())
                .map(key -> key.strip().getBytes(StandardCharsets.UTF_8))
                .toList();
        this.protectReads = config.protectReads();
    }

    @ServerRequestFilter(preMatching = true)
    public Response requireKey(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return null;
        }
        boolean read = READ_METHODS.contains(request.getMethod()) && !path.startsWith("/api/admin/");
        if (read && !protectReads) {
            return null;
        }
        if (accepts(request.getHeaderString(HEADER))) {
            return null;
        }
        return Response.fromResponse(Problem.of(401, "Unauthorized",
                "This call needs a valid " + HEADER + " header", HEADER).toResponse())
                .header("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"").build();
    }

    /** True when the key matches one configured key; every comparison takes the same time. */
    public boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, candidate);
        }
        return match;
    }
}
