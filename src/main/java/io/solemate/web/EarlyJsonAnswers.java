package io.solemate.web;

import io.quarkus.vertx.http.runtime.VertxHttpBuildTimeConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * JSON answers sent by a pre-matching filter, before Quarkus REST has matched a resource method: with the content type
 * and the compression the method's own answer would have had.
 */
@Singleton
public class EarlyJsonAnswers {

    /** What a resource producing {@code APPLICATION_JSON} answers with: Quarkus REST adds its default charset. */
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    /** Whether Quarkus compresses JSON for a client that accepts it (its media types list JSON by default). */
    private final boolean compressJson;

    public EarlyJsonAnswers(VertxHttpBuildTimeConfig http) {
        this.compressJson = http.enableCompression()
                && http.compressMediaTypes().orElse(List.of()).contains(MediaType.APPLICATION_JSON);
    }

    /** Whether the request is a GET of a path with this prefix and suffix (what an early answer may be for). */
    public static boolean isGetOf(HttpServerRequest request, String prefix, String suffix) {
        String path = request.path();
        return request.method() == HttpMethod.GET && path.startsWith(prefix) && path.endsWith(suffix);
    }

    public Response ok(RoutingContext context, EncodedJson json) {
        if (compressJson) {
            // With compression on, Quarkus marks every response "identity" (not compressed) and Quarkus REST lifts
            // the mark once a method producing a listed media type has answered; an early answer comes before that.
            context.response().headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
        return Response.ok(json, JSON).build();
    }
}
