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
 * no traffic. A failed refit leaves the older model serving, so the pod stays ready. The database's own readiness
 * check comes from the reactive client extension.
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
