package io.solemate.recommend.api;

import io.smallrye.mutiny.Uni;
import io.solemate.recommend.serving.RecommendationService;
import io.solemate.web.EncodedJson;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Shares the customers' class path: Jakarta REST picks the root class by its literal prefix first, so "/api" would
// lose to the customers resource at "/api/users", and a class rooted at the full path answered a wrong method with
// 404 instead of 405.
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class RecommendationResource {

    private final RecommendationService service;
    private final AnswerJson json;
    private final RecommendationShortcut shortcut;

    public RecommendationResource(RecommendationService service, AnswerJson json, RecommendationShortcut shortcut) {
        this.service = service;
        this.json = json;
        this.shortcut = shortcut;
    }

    @GET
    @Path("/{id}/recommendations")
    @Operation(summary = "Blended recommendations for a customer, each with its reason",
            description = "Collaborative (ALS/PureSVD), content (TF-IDF) and popularity scores, normalized and "
                    + "blended with the weights tuned at the last fit. By default only what the shop can sell the "
                    + "customer: active shoes in stock in their size when known, for their gender when known (or "
                    + "unisex), no style they own, one colourway per style; each rule has a parameter to turn it off.")
    @APIResponse(responseCode = "200", description = "The picks, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecommendationView.class)))
    public Uni<EncodedJson> recommendations(@PathParam("id") long id,
            @Valid @BeanParam RecommendationParams params, @Context HttpServerRequest request) {
        params.checkPriceRange();
        shortcut.remember(request.query(), request.getHeader(HttpHeaders.ACCEPT), params);
        return service.recommend(id, params.limit, params.filter(), params.eligibility()).map(json::encode);
    }
}
