package io.solemate.aftercare.resources;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.services.NotificationService;
import io.solemate.web.Page;
import io.solemate.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A customer's after-care: their notifications (listed, marked read, dismissed: always through the owner's path, so
 * that one customer's id never acts on another's notification) and owned shoes. Shares the class path of the
 * customer API on purpose: Quarkus REST routes by the most specific class path first, so a different prefix (such as
 * {@code /api}) would never be reached.
 */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "After-care")
public class CustomerAftercareResource {

    private final NotificationService service;

    public CustomerAftercareResource(NotificationService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}/notifications")
    @Operation(summary = "A customer's due care reminders and replacement suggestions, newest due date first",
            description = "status: unread (default), read, or all (unread and read); dismissed ones are never listed.")
    public Uni<Page<NotificationView>> notifications(@PathParam("id") long id,
            @QueryParam("status") @DefaultValue("unread")
            @Pattern(regexp = "unread|read|all", message = "must be unread, read or all") String status,
            @Valid @BeanParam Paging paging) {
        return service.list(id, status, paging);
    }

    @POST
    @Path("/{id}/notifications/{notificationId}/read")
    @Operation(summary = "Mark one of the customer's notifications read (idempotent; a dismissed one stays dismissed)")
    public Uni<NotificationView> read(@PathParam("id") long id, @PathParam("notificationId") String notificationId) {
        return service.markRead(id, notificationId);
    }

    @POST
    @Path("/{id}/notifications/{notificationId}/dismiss")
    @Operation(summary = "Dismiss one of the customer's notifications (idempotent)")
    public Uni<NotificationView> dismiss(@PathParam("id") long id,
            @PathParam("notificationId") String notificationId) {
        return service.dismiss(id, notificationId);
    }

    @GET
    @Path("/{id}/shoes")
    @Operation(summary = "The shoes a customer owns, with age, share of life used, next care and end-of-life dates")
    public Uni<List<OwnedShoeView>> shoes(@PathParam("id") long id) {
        return service.ownedShoes(id);
    }
}
