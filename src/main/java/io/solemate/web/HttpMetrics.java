package io.solemate.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request latency per route as a Prometheus histogram (aggregable across replicas) plus the 50th, 95th and 99th
 * percentiles of this instance, tagged so that no client can grow the number of series: a {@code uri} that is not
 * one of the service's route templates (a request refused before routing, such as a 401 or a 405, is tagged with
 * its raw path) becomes {@value #UNMATCHED}, and a method outside HTTP's own becomes {@value #OTHER_METHOD}. Each
 * series carries ~70 histogram buckets, so one per garbage path or method token would grow the heap without bound.
 */
@Singleton
public class HttpMetrics {

    static final String UNMATCHED = "UNMATCHED";
    static final String OTHER_METHOD = "OTHER";
    private static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
            "TRACE", "CONNECT");
    /** What Quarkus itself tags a request it did not route with. */
    private static final Set<String> QUARKUS_TAGS = Set.of("NOT_FOUND", "REDIRECTION", "root");

    private final Set<String> routes = ConcurrentHashMap.newKeySet();

    /** Collects the route templates of every resource class: {@code /api/users/{id}/recommendations}, ... */
    void collectRoutes(@Observes StartupEvent start, BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            routes.add(template(root.value(), ""));
            for (Method method : bean.getBeanClass().getMethods()) {
                Path path = method.getAnnotation(Path.class);
                if (path != null) {
                    routes.add(template(root.value(), path.value()));
                }
            }
        }
    }

    static String template(String root, String path) {
        String joined = ("/" + root + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    @Produces
    @Singleton
    MeterFilter boundedHttpTags() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return id;
                }
                String uri = id.getTag("uri");
                String method = id.getTag("method");
                boolean knownUri = uri == null || routes.contains(uri) || QUARKUS_TAGS.contains(uri);
                boolean knownMethod = method == null || METHODS.contains(method);
                if (knownUri && knownMethod) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream().map(tag -> switch (tag.getKey()) {
                    case "uri" -> knownUri ? tag : Tag.of("uri", UNMATCHED);
                    case "method" -> knownMethod ? tag : Tag.of("method", OTHER_METHOD);
                    default -> tag;
                }).toList();
                return id.replaceTags(tags);
            }

            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentiles(0.5, 0.95, 0.99)
                        .percentilesHistogram(true)
                        .build()
                        .merge(config);
            }
        };
    }
}
