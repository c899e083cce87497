package io.solemate.desk;

import io.solemate.web.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every error the desk answers is its HTML error page: an unknown customer, a malformed id, an unknown address, a
 * wrong method, a form without its CSRF token. Services and the API's mappers answer problem+json (or, for a refused
 * token, nothing); outside {@code /api}, while the desk is on, this turns that into the page, keeping the status and a
 * service's explanation. One place, so no desk route can leak JSON or a bare status.
 */
public class DeskErrorPages {

    private static final MediaType HTML = MediaType.valueOf(MediaType.TEXT_HTML + ";charset=UTF-8");

    private final boolean enabled;

    public DeskErrorPages(DeskConfig config) {
        this.enabled = config.enabled();
    }

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!enabled || response.getStatus() < 400 || request.getUriInfo().getPath().startsWith("/api/")
                || HTML.isCompatible(response.getMediaType()) && response.hasEntity()) {
            return;
        }
        // A service's explanation is for people; an unexpected failure's is not shown (it is logged).
        String detail = response.getEntity() instanceof Problem problem
                && (problem.status() < 500 || problem.status() == 503) ? problem.detail() : null;
        String page = DeskTemplates.error(ErrorPage.of(response.getStatus(), detail)).render();
        response.setEntity(page, null, HTML);
    }
}
