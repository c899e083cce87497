package io.solemate.recommend.api;

import io.solemate.recommend.serving.Eligibility;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Query parameters of the recommendation endpoint: those of similar shoes plus the rules that hold a list to the
 * customer ({@link Eligibility}); every rule is on unless turned off.
 */
public class RecommendationParams extends SimilarParams {

    @QueryParam("inCustomerSize")
    @DefaultValue("true")
    @Parameter(description = "When the request names no size: only shoes made in the customer's size when it is "
            + "known (with inStock: with pairs on hand in it)")
    public boolean inCustomerSize;

    @QueryParam("forCustomerGender")
    @DefaultValue("true")
    @Parameter(description = "When the request names no gender: only shoes for the customer's gender, or unisex, "
            + "when it is known")
    public boolean forCustomerGender;

    @QueryParam("includeOwned")
    @DefaultValue("false")
    @Parameter(description = "Also recommend styles the customer owns (bought and kept, any colourway); "
            + "re-purchase is after-care's job")
    public boolean includeOwned;

    public Eligibility eligibility() {
        return new Eligibility(inStock, inCustomerSize, forCustomerGender, !includeOwned, allVariants());
    }
}
