package io.solemate.catalog.resources;

import io.smallrye.mutiny.Uni;
import io.solemate.catalog.services.ShoeService;
import io.solemate.web.Page;
import io.solemate.web.Paging;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/shoes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ShoeResource {

    private final ShoeService service;

    public ShoeResource(ShoeService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List active shoes", description = "Filters combine with AND; pages are ordered by id.")
    public Uni<Page<ShoeView>> list(@Valid @BeanParam ShoeListQuery filter, @Valid @BeanParam Paging paging) {
        return service.list(filter, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one shoe")
    public Uni<ShoeView> get(@PathParam("id") long id) {
        return service.get(id);
    }
}
