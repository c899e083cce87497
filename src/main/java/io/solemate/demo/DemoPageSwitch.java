package io.solemate.demo;

import io.solemate.web.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Hides the demo page when {@code solemate.demo-page.enabled} is off: its routes answer exactly like a path that
 * does not exist. Runtime configuration, so this is a request filter rather than a build-time switch.
 */
public class DemoPageSwitch {

    private final boolean enabled;

    public DemoPageSwitch(DemoPageConfig config) {
        this.enabled = config.enabled();
    }

    @ServerRequestFilter
    public Response hideWhenDisabled(SimpleResourceInfo resource) {
        if (enabled || resource.getResourceClass() != DemoPageResource.class) {
            return null;
        }
        return Problem.of(Response.Status.NOT_FOUND, "No resource at this path").toResponse();
    }
}
