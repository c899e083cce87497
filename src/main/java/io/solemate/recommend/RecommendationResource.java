package io.solemate.recommend;

import io.smallrye.mutiny.Uni;
import io.solemate.ops.ProblemException;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class RecommendationResource {

    private final RecommendationService service;

    public RecommendationResource(RecommendationService service) {
        this.service = service;
    }

    @GET
    @Path("/users/{id}/recommendations")
    @Operation(summary = "Blended recommendations for a customer, each with its reason",
            description = "Collaborative (ALS/PureSVD), content (TF-IDF) and popularity scores, normalized and "
                    + "blended with the weights tuned at the last fit. Owned shoes are left out unless includeOwned.")
    public Uni<RecommendationView> recommendations(@PathParam("id") long id,
            @Valid @BeanParam RecommendationParams params) {
        checkPriceRange(params);
        return service.recommend(id, params.limit, params.filter(), params.includeOwned);
    }

    @GET
    @Path("/shoes/{id}/similar")
    @Operation(summary = "Shoes most similar to a shoe (content model, cosine)")
    public Uni<SimilarView> similar(@PathParam("id") long id, @Valid @BeanParam RecommendationParams params) {
        checkPriceRange(params);
        return service.similar(id, params.limit, params.filter());
    }

    private static void checkPriceRange(RecommendationParams params) {
        if (!params.priceRangeValid()) {
            throw ProblemException.badRequest("minPrice", "minPrice is above maxPrice");
        }
    }
}
