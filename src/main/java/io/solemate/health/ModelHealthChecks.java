package io.solemate.health;

import io.solemate.recommend.serving.ModelHolder;
import io.solemate.recommend.serving.ServedModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Readiness and start-up both need a model in memory: until the first fit (or stored model) is in, the pod takes
 * no traffic. A failed refit leaves the older model serving, so the pod stays ready. The database is deliberately
 * not part of readiness ({@code quarkus.datasource.health.enabled=false}): while it is down the model still answers
 * recommendations and similar shoes, and writes answer 503 with Retry-After, whereas a database check would take
 * every replica out of the Service at once. Liveness is Quarkus's own.
 */
@ApplicationScoped
public class ModelHealthChecks {

    private final ModelHolder holder;

    public ModelHealthChecks(ModelHolder holder) {
        this.holder = holder;
    }

    @Produces
    @Readiness
    HealthCheck modelReady() {
        return () -> modelLoaded("model");
    }

    @Produces
    @Startup
    HealthCheck firstModelLoaded() {
        return () -> modelLoaded("first-model");
    }

    private HealthCheckResponse modelLoaded(String name) {
        Optional<ServedModel> model = holder.current();
        var response = HealthCheckResponse.named(name).status(model.isPresent());
        model.ifPresent(m -> response.withData("version", m.version()).withData("fittedAt", m.fittedAt().toString()));
        return response.build();
    }
}
