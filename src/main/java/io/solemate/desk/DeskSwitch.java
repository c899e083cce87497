package io.solemate.desk;

import io.solemate.web.Problem;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Hides the store desk when {@code solemate.desk.enabled} is off: its routes answer exactly like a path that does
 * not exist. Runtime configuration, so this is a request filter rather than a build-time switch.
 *
 * <p>With the desk on, every desk POST must be a form. quarkus-rest-csrf checks the token of form posts only (the
 * API's JSON posts carry a key instead, so {@code quarkus.rest-csrf.require-form-url-encoded} is off): a bodiless
 * POST would otherwise pass unchecked.
 */
public class DeskSwitch {

    private final boolean enabled;

    public DeskSwitch(DeskConfig config) {
        this.enabled = config.enabled();
    }

    /**
     * The API takes JSON, never forms, and authenticates by key, not by cookie, so no CSRF token is asked of it. But
     * quarkus-rest-csrf checks every REST form post and cannot leave out a path (quarkus#53715), and HTTP clients send
     * a form Content-Type on a bodiless POST (curl -d '', rest-assured): such a type is dropped on {@code /api}.
     */
    @ServerRequestFilter(preMatching = true)
    public void apiTakesNoForms(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && request.getUriInfo().getPath().startsWith("/api/")
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    /** Before the CSRF check: a switched-off desk answers 404 to any request, token or not. */
    @ServerRequestFilter(priority = Priorities.USER - 100)
    public Response guard(SimpleResourceInfo resource, ContainerRequestContext request) {
        if (resource.getResourceClass() != DeskResource.class) {
            return null;
        }
        if (!enabled) {
            return Problem.of(Response.Status.NOT_FOUND, "No resource at this path").toResponse();
        }
        if (HttpMethod.POST.equals(request.getMethod()) && (request.getMediaType() == null
                || !request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE))) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return null;
    }
}
