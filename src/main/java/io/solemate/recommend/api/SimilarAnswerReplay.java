package io.solemate.recommend.api;

import io.solemate.web.EarlyJsonAnswers;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Sends a similar-shoe answer kept for the served model ({@link SimilarAnswers}) before Quarkus REST matches the
 * request: an equal request (same target as sent, same {@code Accept}) went through matching, parameter conversion,
 * validation and ranking before and got these bytes, and would again. What a replay skips is that work and the CSRF
 * token, which only the store desk's forms use; the API key check runs before it, and a request it does not find
 * takes the whole way.
 */
public class SimilarAnswerReplay {

    private static final String PREFIX = "/api/shoes/";
    private static final String SUFFIX = "/similar";

    private final SimilarAnswers answers;
    private final EarlyJsonAnswers early;

    public SimilarAnswerReplay(SimilarAnswers answers, EarlyJsonAnswers early) {
        this.answers = answers;
        this.early = early;
    }

    // After the API key filter (io.solemate.security.ApiKeyFilter, priority USER), so a replay never skips it.
    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 1)
    public Response replayKept(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!EarlyJsonAnswers.isGetOf(request, PREFIX, SUFFIX)) {
            return null;
        }
        return answers.kept(request.uri(), request.getHeader(HttpHeaders.ACCEPT))
                .map(json -> early.ok(context, json))
                .orElse(null);
    }
}
