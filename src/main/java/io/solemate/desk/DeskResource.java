package io.solemate.desk;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.solemate.errors.DomainException;
import io.solemate.recommend.training.ModelRunLog;
import io.solemate.recommend.training.ModelTrainer;
import io.solemate.security.ApiKeyFilter;
import io.solemate.web.Problem;
import io.solemate.web.ProblemMappers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The store desk: find a customer, see their history, recommendations and shoes, act on their after-care
 * notifications, look at a shoe's neighbours, and inspect or refit the model. Plain links and forms; every POST
 * redirects back (post/redirect/get). The notification buttons need no key: the page is for local and staff use
 * and production switches it off ({@link DeskConfig}). Refitting the model needs an admin API key.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Store desk")
public class DeskResource {

    private static final Logger LOG = Logger.getLogger(DeskResource.class);
    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final DeskPages pages;
    private final ModelTrainer trainer;
    private final ApiKeyFilter apiKeys;

    public DeskResource(DeskPages pages, ModelTrainer trainer, ApiKeyFilter apiKeys) {
        this.pages = pages;
        this.trainer = trainer;
        this.apiKeys = apiKeys;
    }

    @GET
    @Operation(summary = "Store desk: customer search and the model panel")
    public Uni<TemplateInstance> home(@RestQuery String q, @RestQuery Long refreshed) {
        String notice = refreshed == null ? null : "Model version " + refreshed + " is fitted and now serving.";
        return pages.home(q, notice, null).map(DeskTemplates::home);
    }

    @GET
    @Path("customers/random")
    @Operation(summary = "Store desk: open a random customer")
    public Uni<RestResponse<Void>> randomCustomer() {
        return pages.randomCustomerId().map(id -> RestResponse.seeOther(URI.create("/customers/" + id)));
    }

    @GET
    @Path("customers/{id}")
    @Operation(summary = "Store desk: a customer's profile, history, recommendations and shoes")
    public Uni<TemplateInstance> customer(@RestPath long id, @RestQuery String done) {
        String notice = switch (done == null ? "" : done) {
            case "read" -> "Notification marked as read.";
            case "dismissed" -> "Notification dismissed; it no longer shows.";
            default -> null;
        };
        return pages.customer(id, notice).map(DeskTemplates::customer);
    }

    @POST
    @Path("customers/{id}/notifications/{notificationId}/read")
    @Operation(summary = "Store desk: mark a customer's notification read, then show the customer again")
    public Uni<RestResponse<Void>> markRead(@RestPath long id, @RestPath String notificationId) {
        return pages.markRead(id, notificationId).map(done -> backToShoes(id, "read"));
    }

    @POST
    @Path("customers/{id}/notifications/{notificationId}/dismiss")
    @Operation(summary = "Store desk: dismiss a customer's notification, then show the customer again")
    public Uni<RestResponse<Void>> dismiss(@RestPath long id, @RestPath String notificationId) {
        return pages.dismiss(id, notificationId).map(done -> backToShoes(id, "dismissed"));
    }

    @GET
    @Path("shoes/{id}")
    @Operation(summary = "Store desk: a shoe and the shoes most like it")
    public Uni<TemplateInstance> shoe(@RestPath long id) {
        return pages.shoe(id).map(DeskTemplates::shoe);
    }

    /** Refits the model when the form carries a valid admin key; the outcome shows on the start page. */
    @POST
    @Path("model/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Store desk: refit the model (needs an admin API key in the form)")
    public Uni<RestResponse<TemplateInstance>> refreshModel(@RestForm String apiKey) {
        if (!apiKeys.accepts(apiKey == null ? null : apiKey.strip())) {
            return homeWithError(Response.Status.FORBIDDEN.getStatusCode(),
                    "That API key is not accepted, so the model was not refitted.");
        }
        return trainer.refresh(ModelRunLog.Trigger.ADMIN)
                .map(outcome -> RestResponse.<TemplateInstance>seeOther(
                        URI.create("/?refreshed=" + outcome.version() + "#model")))
                .onFailure(DomainException.class).recoverWithUni(failure -> {
                    Problem problem = ProblemMappers.problemOf((DomainException) failure);
                    return homeWithError(problem.status(), problem.detail());
                })
                .onFailure().recoverWithUni(failure -> {
                    LOG.error("Model refit from the store desk failed", failure);
                    return homeWithError(500, "The fit failed; the previous model keeps serving. Details are in "
                            + "the service log.");
                });
    }

    /** Unknown customers, shoes and notifications, and other refused requests, as a page rather than JSON. */
    @ServerExceptionMapper
    public Uni<Response> problemPage(DomainException failure) {
        Problem problem = ProblemMappers.problemOf(failure);
        String title = problem.status() == 404 ? "Not found" : problem.title();
        return errorPage(new ErrorPage(problem.status(), title, problem.detail()));
    }

    /** Addresses no store desk answers, such as {@code /customers/abc}. */
    @ServerExceptionMapper
    public Uni<Response> webPage(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        return errorPage(status == 404
                ? new ErrorPage(404, "Not found", "There is no page at this address.")
                : new ErrorPage(status, failure.getResponse().getStatusInfo().getReasonPhrase(),
                        "The request could not be handled."));
    }

    private Uni<Response> errorPage(ErrorPage page) {
        return DeskTemplates.error(page).createUni()
                .map(html -> Response.status(page.status()).type(HTML).entity(html).build());
    }

    private Uni<RestResponse<TemplateInstance>> homeWithError(int status, String error) {
        return pages.home(null, null, error).map(page -> RestResponse.ResponseBuilder.<TemplateInstance>create(status)
                .entity(DeskTemplates.home(page)).build());
    }

    private static RestResponse<Void> backToShoes(long customerId, String done) {
        return RestResponse.seeOther(URI.create("/customers/" + customerId + "?done=" + done + "#their-shoes"));
    }
}
