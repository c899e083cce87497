package io.solemate.customers.resources;

import io.smallrye.mutiny.Uni;
import io.solemate.customers.services.CustomerService;
import io.solemate.web.Page;
import io.solemate.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerResource {

    private final CustomerService service;

    public CustomerResource(CustomerService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Find customers by a word of their name, the start of their email, or their number")
    public Uni<Page<CustomerView>> search(@QueryParam("q") @Size(max = 100) String q,
            @Valid @BeanParam Paging paging) {
        return service.search(q, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one customer")
    public Uni<CustomerView> get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/purchases")
    @Operation(summary = "A customer's purchases, newest first")
    public Uni<Page<PurchaseView>> purchases(@PathParam("id") long id, @Valid @BeanParam Paging paging) {
        return service.purchases(id, paging);
    }
}
