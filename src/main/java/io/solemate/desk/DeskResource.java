package io.solemate.desk;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.NotificationKey;
import io.solemate.errors.Conflict;
import io.solemate.errors.InvalidInput;
import io.solemate.errors.NotFound;
import io.solemate.errors.Unavailable;
import io.solemate.recommend.training.ModelRunLog;
import io.solemate.recommend.training.ModelTrainer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The store desk: find a customer, see what is due on their shoes and act on it, their purchases, returns,
 * recommendations and activity, a shoe's neighbours, and the model. Plain links and forms, no script; every POST
 * carries a CSRF token and redirects back to where it was sent from (post/redirect/get), where the page confirms
 * what happened. Parameters are read as text and checked here, so a malformed one gets the desk's error page
 * ({@link DeskErrorPages}) with a reason, never a conversion failure.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Store desk")
public class DeskResource {

    private static final Logger LOG = Logger.getLogger(DeskResource.class);
    private static final Set<String> VIEWS = Set.of("customer", "pair");

    private final DeskPages pages;
    private final ModelTrainer trainer;
    private final SignedIn signedIn;
    private final SecurityIdentity identity;

    public DeskResource(DeskPages pages, ModelTrainer trainer, SignedIn signedIn, SecurityIdentity identity) {
        this.pages = pages;
        this.trainer = trainer;
        this.signedIn = signedIn;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Store desk: customer search and the model panel")
    public Uni<TemplateInstance> home(@RestQuery String q, @RestQuery String page, @RestQuery String refit,
            @RestQuery String version) {
        return pages.home(q, pageNumber(page, "page"), refitNotice(refit, version), refitProblem(refit))
                .map(DeskTemplates::home);
    }

    @GET
    @Path("sign-in")
    @Operation(summary = "Store desk: the staff sign-in form")
    public TemplateInstance signIn(@RestQuery String failed, @RestQuery String signedOut) {
        return DeskTemplates.signIn(new SignInPage(failed != null, signedOut != null));
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Store desk: sign out")
    public RestResponse<Void> signOut() {
        if (!identity.isAnonymous()) {
            LOG.infof("%s signed out of the store desk", identity.getPrincipal().getName());
            FormAuthenticationMechanism.logout(identity);
        }
        return RestResponse.seeOther(URI.create(DeskAccess.SIGN_IN + "?signedOut=true"));
    }

    @GET
    @Path("customers/random")
    @Operation(summary = "Store desk: open a random customer")
    public Uni<RestResponse<Void>> randomCustomer() {
        return pages.randomCustomerId().map(id -> RestResponse.seeOther(URI.create("/customers/" + id)));
    }

    @GET
    @Path("customers/{id}")
    @Operation(summary = "Store desk: a customer's due after-care, shoes, purchases, recommendations and activity")
    public Uni<TemplateInstance> customer(@RestPath String id, @RestQuery String shoes, @RestQuery String purchases,
            @RestQuery String activity, @RestQuery String done, @RestQuery String n, @RestQuery String was,
            @RestQuery String count) {
        long customer = id(id, "customer");
        return pages.customer(customer, pageNumber(shoes, "shoes"), pageNumber(purchases, "purchases"),
                pageNumber(activity, "activity"), confirmation(done, n, was, count)).map(DeskTemplates::customer);
    }

    @GET
    @Path("customers/{id}/pairs/{purchaseId}")
    @Operation(summary = "Store desk: one owned pair with all its notifications")
    public Uni<TemplateInstance> pair(@RestPath String id, @RestPath String purchaseId, @RestQuery String page,
            @RestQuery String done, @RestQuery String n, @RestQuery String was) {
        return pages.pair(id(id, "customer"), id(purchaseId, "owned pair"), pageNumber(page, "page"),
                confirmation(done, n, was, null)).map(DeskTemplates::pair);
    }

    @POST
    @Path("customers/{id}/notifications/{notificationId}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Store desk: mark a customer's notification read, then show where it was")
    public Uni<RestResponse<Void>> markRead(@RestPath String id, @RestPath String notificationId,
            @RestForm String view, @RestForm String page) {
        return onOwn(id, notificationId, view, page, (before, back) -> switch (before) {
            case "unread" -> pages.markRead(back.customer(), notificationId).map(changed -> back.to("read", notificationId, null));
            case "read" -> Uni.createFrom().item(back.to("already-read", notificationId, null));
            default -> Uni.createFrom().item(back.to("was-dismissed", notificationId, null));
        });
    }

    @POST
    @Path("customers/{id}/notifications/{notificationId}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Store desk: dismiss a customer's notification, then show where it was, with an undo")
    public Uni<RestResponse<Void>> dismiss(@RestPath String id, @RestPath String notificationId,
            @RestForm String view, @RestForm String page) {
        return onOwn(id, notificationId, view, page, (before, back) -> "dismissed".equals(before)
                ? Uni.createFrom().item(back.to("already-dismissed", notificationId, null))
                : pages.dismiss(back.customer(), notificationId).map(changed -> back.to("dismissed", notificationId, before)));
    }

    @POST
    @Path("customers/{id}/notifications/{notificationId}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Store desk: undo a dismissal, then show the notification again")
    public Uni<RestResponse<Void>> restore(@RestPath String id, @RestPath String notificationId,
            @RestForm String status, @RestForm String view, @RestForm String page) {
        return onOwn(id, notificationId, view, page, (before, back) -> "dismissed".equals(before)
                ? pages.restore(back.customer(), notificationId, status).map(changed -> back.to("restored", notificationId, null))
                : Uni.createFrom().item(back.to("not-dismissed", notificationId, null)));
    }

    @POST
    @Path("customers/{id}/notifications/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Store desk: mark all of a customer's due notifications read")
    public Uni<RestResponse<Void>> markAllRead(@RestPath String id) {
        long customer = id(id, "customer");
        return pages.markAllRead(customer).map(count -> RestResponse.seeOther(
                URI.create("/customers/" + customer + "?done=all-read&count=" + count)));
    }

    @GET
    @Path("shoes/{id}")
    @Operation(summary = "Store desk: a shoe and the shoes most like it")
    public Uni<TemplateInstance> shoe(@RestPath String id, @RestQuery String customer) {
        return pages.shoe(id(id, "shoe"), customer == null ? null : id(customer, "customer"))
                .map(DeskTemplates::shoe);
    }

    /** Refits the model; the outcome shows on the start page either way (post/redirect/get). */
    @POST
    @Path("model/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Store desk: refit the model (with sign-in: administrators only)")
    public Uni<RestResponse<Void>> refreshModel() {
        if (!signedIn.mayRefit()) {
            return Uni.createFrom().item(RestResponse.status(Response.Status.FORBIDDEN));
        }
        LOG.infof("Model refit requested from the store desk%s",
                identity.isAnonymous() ? "" : " by " + identity.getPrincipal().getName());
        return trainer.refresh(ModelRunLog.Trigger.ADMIN)
                .map(outcome -> refitOutcome("done&version=" + outcome.version()))
                .onFailure(Conflict.class).recoverWithItem(failure -> refitOutcome("running"))
                .onFailure(Unavailable.class).recoverWithItem(failure -> refitOutcome("unavailable"))
                .onFailure().recoverWithItem(failure -> {
                    LOG.error("Model refit from the store desk failed", failure);
                    return refitOutcome("failed");
                });
    }

    /**
     * Runs a notification action once the notification is known to be the customer's (404 otherwise), with its
     * status before and the way back to the page the form was on.
     */
    private Uni<RestResponse<Void>> onOwn(String id, String notificationId, String view, String page,
            BiFunction<String, Back, Uni<RestResponse<Void>>> action) {
        long customer = id(id, "customer");
        Back back = back(customer, notificationId, view, page);
        return pages.statusOfOwn(customer, notificationId).flatMap(before -> action.apply(before, back));
    }

    private static RestResponse<Void> refitOutcome(String refit) {
        return RestResponse.seeOther(URI.create("/?refit=" + refit + "#model"));
    }

    /** What a finished refit says, checked against the model this instance serves: an old link cannot claim more. */
    private String refitNotice(String refit, String version) {
        if (!"done".equals(refit)) {
            return null;
        }
        long fitted = number(version, "version");
        Optional<Long> served = pages.servedVersion();
        if (served.isPresent() && served.get() == fitted) {
            return "Model version " + fitted + " is fitted and now serving.";
        }
        return "Model version " + fitted + " was fitted; this instance serves "
                + served.map(v -> "version " + v).orElse("no model yet") + ".";
    }

    private static String refitProblem(String refit) {
        return switch (refit == null ? "" : refit) {
            case "", "done" -> null;
            case "running" -> "A fit is already running; the model was not refitted again. Reload in a minute.";
            case "unavailable" -> "The database is unavailable, so the model was not refitted. Try again shortly.";
            case "failed" -> "The fit failed; the previous model keeps serving. Details are in the service log.";
            default -> throw new InvalidInput("refit", "refit must be done, running, unavailable or failed");
        };
    }

    /** The confirmation a page shows after an action ({@code done}); null when there was none. */
    private static Confirmation confirmation(String done, String notificationId, String was, String count) {
        if (done == null) {
            return null;
        }
        if ("all-read".equals(done)) {
            long marked = number(count, "count");
            return new Confirmation(marked == 0 ? "Nothing was unread: no notification changed."
                    : DeskFormat.count(marked, "notification") + " marked as read.", Confirmation.SUMMARY, null, null);
        }
        NotificationKey key = NotificationKey.ofId(notificationId == null ? "" : notificationId)
                .orElseThrow(() -> new InvalidInput("n", "n must name a notification, e.g. 4711-care-3"));
        String what = "care".equals(key.kind()) ? "Care reminder " + key.ordinal() : "Replacement suggestion";
        String text = switch (done) {
            case "read" -> what + " marked as read.";
            case "already-read" -> what + " was already marked as read.";
            case "was-dismissed" -> what + " had been dismissed (in another tab or by a colleague); it stays "
                    + "dismissed.";
            case "dismissed" -> what + " dismissed; it no longer shows.";
            case "already-dismissed" -> what + " had already been dismissed.";
            case "restored" -> what + " is back.";
            case "not-dismissed" -> what + " was not dismissed, so there was nothing to undo.";
            default -> throw new InvalidInput("done", "done names no action the desk takes");
        };
        if ("dismissed".equals(done)) {
            if (!"unread".equals(was) && !"read".equals(was)) {
                throw new InvalidInput("was", "was must be unread or read");
            }
            return new Confirmation(text, key.purchaseId(), key.id(), was);
        }
        return new Confirmation(text, key.purchaseId(), null, null);
    }

    /** Where a notification form returns to: the customer page or the pair's page, at the page it was sent from. */
    private static Back back(long customer, String notificationId, String view, String page) {
        if (view != null && !VIEWS.contains(view)) {
            throw new InvalidInput("view", "view must be customer or pair");
        }
        long purchase = NotificationKey.ofId(notificationId).map(NotificationKey::purchaseId)
                .orElseThrow(() -> new NotFound("Notification", notificationId));
        return new Back(customer, purchase, "pair".equals(view), pageNumber(page, "page"));
    }

    /**
     * The page the form was on, with what happened. No fragment: the confirmation is autofocused, which scrolls it
     * into view and moves focus there, and browsers skip autofocus when the address names a fragment.
     */
    private record Back(long customer, long purchase, boolean pairPage, int page) {

        RestResponse<Void> to(String done, String notificationId, String was) {
            String query = "?done=" + done + "&n=" + notificationId + (was == null ? "" : "&was=" + was);
            String where = pairPage
                    ? "/customers/" + customer + "/pairs/" + purchase + query + "&page=" + page
                    : "/customers/" + customer + query + "&shoes=" + page;
            return RestResponse.seeOther(URI.create(where));
        }
    }

    /** A number in the address; anything else names nothing, so it is a 404 like any unknown page. */
    private static long id(String text, String what) {
        if (text != null && text.matches("\\d{1,18}")) {
            return Long.parseLong(text);
        }
        throw new NotFound("There is no " + what + " " + (text == null ? "" : "“" + abbreviated(text) + "”"));
    }

    /** A count or version in the query. */
    private static long number(String text, String parameter) {
        if (text != null && text.matches("\\d{1,18}")) {
            return Long.parseLong(text);
        }
        throw new InvalidInput(parameter, parameter + " must be a whole number");
    }

    /** A page of a list, from 0; missing is the first. */
    private static int pageNumber(String text, String parameter) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (!text.matches("\\d{1,5}")) {
            throw new InvalidInput(parameter, parameter + " must be a page number (0 for the first)");
        }
        return Integer.parseInt(text);
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
