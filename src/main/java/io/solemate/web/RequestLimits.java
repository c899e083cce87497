package io.solemate.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The size limits of a request, answered as problem+json like every other refusal: a URI longer than
 * {@value #MAX_URI_LENGTH} characters is a 414, headers above {@value #MAX_HEADER_BYTES} bytes a 431, a declared body
 * above {@code quarkus.http.limits.max-body-size} a 413. The HTTP codec's own limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above these, since the
 * codec refuses with an empty body before any handler runs; only a request beyond those (or a chunked body beyond the
 * body limit) still gets the codec's bare status.
 */
@ApplicationScoped
public class RequestLimits {

    static final int MAX_URI_LENGTH = 8192;
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private final long maxBodyBytes;
    private final ObjectMapper mapper;

    public RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            ObjectMapper mapper) {
        this.maxBodyBytes = maxBody.asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        // Before every other route, so that no handler reads a body or routes a URI past the limits.
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            refuse(context, 414, "URI Too Long", "The request URI is longer than " + MAX_URI_LENGTH + " characters");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            refuse(context, 431, "Request Header Fields Too Large",
                    "The request headers take more than " + MAX_HEADER_BYTES + " bytes");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBodyBytes) {
            refuse(context, 413, "Content Too Large", "The request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        context.next();
    }

    /** The declared body length; a malformed header counts as too large, never as small. */
    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private void refuse(RoutingContext context, int status, String title, String detail) {
        String body;
        try {
            body = mapper.writeValueAsString(Problem.of(status, title, detail, null));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The rest of an oversized request is not read: close the connection after answering.
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
