package io.solemate.desk;

import io.solemate.web.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Hides the store desk when {@code solemate.desk.enabled} is off: its routes answer exactly like a path that
 * does not exist. Runtime configuration, so this is a request filter rather than a build-time switch.
 */
public class DeskSwitch {

    private final boolean enabled;

    public DeskSwitch(DeskConfig config) {
        this.enabled = config.enabled();
    }

    @ServerRequestFilter
    public Response hideWhenDisabled(SimpleResourceInfo resource) {
        if (enabled || resource.getResourceClass() != DeskResource.class) {
            return null;
        }
        return Problem.of(Response.Status.NOT_FOUND, "No resource at this path").toResponse();
    }
}
