package io.solemate.recommend.api;

import io.smallrye.mutiny.Uni;
import io.solemate.recommend.serving.RecommendationService;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Shares the catalogue's class path, so that a wrong method on /similar is a 405 (as a class rooted at the full
// path, it answered 404).
@Path("/api/shoes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class SimilarResource {

    private final RecommendationService service;

    public SimilarResource(RecommendationService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}/similar")
    @Operation(summary = "Shoes most similar to a shoe (content model, cosine), filtered like recommendations",
            description = "By default in stock (in the size asked for, else in any size), one colourway per style "
                    + "and none of the shoe's own style (variants=all: every colourway).")
    public Uni<SimilarView> similar(@PathParam("id") long id, @Valid @BeanParam SimilarParams params) {
        params.checkPriceRange();
        return service.similar(id, params.limit, params.filter(), params.allVariants());
    }
}
