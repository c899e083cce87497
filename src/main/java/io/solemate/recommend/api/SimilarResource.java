package io.solemate.recommend.api;

import io.smallrye.mutiny.Uni;
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

// Shares the catalogue's class path, so that a wrong method on /similar is a 405 (as a class rooted at the full
// path, it answered 404).
@Path("/api/shoes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class SimilarResource {

    private final SimilarAnswers answers;

    public SimilarResource(SimilarAnswers answers) {
        this.answers = answers;
    }

    @GET
    @Path("/{id}/similar")
    @Operation(summary = "Shoes most similar to a shoe (content model, cosine), filtered like recommendations",
            description = "By default in stock (in the size asked for, else in any size), one colourway per style "
                    + "and none of the shoe's own style (variants=all: every colourway).")
    @APIResponse(responseCode = "200", description = "The similar shoes, most similar first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimilarView.class)))
    public Uni<EncodedJson> similar(@PathParam("id") long id, @Valid @BeanParam SimilarParams params,
                                    @Context HttpServerRequest request) {
        params.checkPriceRange();
        return answers.similar(request.uri(), request.getHeader(HttpHeaders.ACCEPT), id, params.limit,
                params.filter(), params.allVariants());
    }
}
