package io.solemate.aftercare.resources;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.services.NotificationService;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "After-care")
public class NotificationResource {

    private final NotificationService service;

    public NotificationResource(NotificationService service) {
        this.service = service;
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a notification read (idempotent; a dismissed one stays dismissed)")
    public Uni<NotificationView> read(@PathParam("id") String id) {
        return service.markRead(id);
    }

    @POST
    @Path("/{id}/dismiss")
    @Operation(summary = "Dismiss a notification (idempotent)")
    public Uni<NotificationView> dismiss(@PathParam("id") String id) {
        return service.dismiss(id);
    }
}
