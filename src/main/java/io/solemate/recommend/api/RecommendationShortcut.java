package io.solemate.recommend.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.solemate.recommend.serving.Eligibility;
import io.solemate.recommend.serving.RecommendationService;
import io.solemate.recommend.serving.ShoeFilter;
import io.solemate.web.EarlyJsonAnswers;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers a recommendation request from the answers ranked ahead of time before Quarkus REST matches it, when the
 * request's query string and {@code Accept} header are ones the resource has already converted and validated
 * ({@link #remember}: the parameters they gave are kept) and its customer id is plain digits, which every reading of
 * the path turns into the same number. Then the answer is {@link RecommendationService#ready}'s, the very one the
 * resource would send; any other request (an unseen query, a customer not ranked ahead, no model) takes the whole
 * way. What the shortcut skips is matching, conversion, validation and the CSRF token, which only the store desk's
 * forms use; the API key check runs before it.
 */
@Singleton
public class RecommendationShortcut {

    private static final String PREFIX = "/api/users/";
    private static final String SUFFIX = "/recommendations";
    /** Distinct query strings kept: a client cycling through more only makes the shortcut miss. */
    private static final int QUERIES_KEPT = 1_000;
    /** Digits of the largest id read as plain digits: any 18-digit number fits a long. */
    private static final int MAX_ID_DIGITS = 18;

    private record Query(String query, String accept) {
    }

    private record Parameters(int limit, ShoeFilter filter, Eligibility eligibility) {
    }

    private final RecommendationService service;
    private final AnswerJson json;
    private final EarlyJsonAnswers early;
    private final Cache<Query, Parameters> validated = Caffeine.newBuilder()
            .maximumSize(QUERIES_KEPT)
            .executor(Runnable::run)
            .build();

    public RecommendationShortcut(RecommendationService service, AnswerJson json, EarlyJsonAnswers early) {
        this.service = service;
        this.json = json;
        this.early = early;
    }

    /** Keeps what a query string (with this Accept header) gave once it passed conversion and validation. */
    void remember(String query, String accept, RecommendationParams params) {
        // A read when the query is known already: most requests repeat one of a few query strings.
        validated.get(new Query(query, accept),
                known -> new Parameters(params.limit, params.filter(), params.eligibility()));
    }

    // After the API key filter (io.solemate.security.ApiKeyFilter, priority USER), so the shortcut never skips it.
    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 1)
    public Response answerReady(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!EarlyJsonAnswers.isGetOf(request, PREFIX, SUFFIX)) {
            return null;
        }
        String path = request.path();
        long customer = plainId(path, PREFIX.length(), path.length() - SUFFIX.length());
        Parameters parameters = customer < 0 ? null
                : validated.getIfPresent(new Query(request.query(), request.getHeader(HttpHeaders.ACCEPT)));
        if (parameters == null) {
            return null;
        }
        return service.ready(customer, parameters.limit(), parameters.filter(), parameters.eligibility())
                .map(answer -> early.ok(context, json.encode(answer)))
                .orElse(null);
    }

    /** The number spelled by the digits between start and end, or -1 when that is not 1 to 18 plain digits. */
    static long plainId(String path, int start, int end) {
        if (end <= start || end - start > MAX_ID_DIGITS) {
            return -1;
        }
        long id = 0;
        for (int i = start; i < end; i++) {
            char c = path.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }
}
