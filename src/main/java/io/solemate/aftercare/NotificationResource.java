package io.solemate.aftercare;

import io.smallrye.mutiny.Uni;
import io.solemate.common.Page;
import io.solemate.common.Paging;
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

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "After-care")
public class NotificationResource {

    private final NotificationService service;

    public NotificationResource(NotificationService service) {
        this.service = service;
    }

    @GET
    @Path("/users/{id}/notifications")
    @Operation(summary = "A customer's due care reminders and replacement suggestions, newest due date first",
            description = "status: unread (default), read, or all (unread and read); dismissed ones are never listed.")
    public Uni<Page<NotificationView>> notifications(@PathParam("id") long id,
            @QueryParam("status") @DefaultValue("unread")
            @Pattern(regexp = "unread|read|all", message = "must be unread, read or all") String status,
            @Valid @BeanParam Paging paging) {
        return service.list(id, status, paging);
    }

    @POST
    @Path("/notifications/{id}/read")
    @Operation(summary = "Mark a notification read (idempotent; a dismissed one stays dismissed)")
    public Uni<NotificationView> read(@PathParam("id") long id) {
        return service.markRead(id);
    }

    @POST
    @Path("/notifications/{id}/dismiss")
    @Operation(summary = "Dismiss a notification (idempotent)")
    public Uni<NotificationView> dismiss(@PathParam("id") long id) {
        return service.dismiss(id);
    }

    @GET
    @Path("/users/{id}/shoes")
    @Operation(summary = "The shoes a customer owns, with age, share of life used, next care and end-of-life dates")
    public Uni<List<OwnedShoeView>> shoes(@PathParam("id") long id) {
        return service.ownedShoes(id);
    }
}
