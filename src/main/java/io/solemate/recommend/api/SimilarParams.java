package io.solemate.recommend.api;

import io.solemate.catalog.resources.ShoeQuery;
import io.solemate.errors.InvalidInput;
import io.solemate.recommend.serving.ShoeFilter;
import io.solemate.web.OneOf;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the similar-shoe endpoint (and the base of the recommendation one): catalog filters plus these. */
public class SimilarParams extends ShoeQuery {

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    public int limit;

    @QueryParam("size")
    @DecimalMin("15")
    @DecimalMax("55")
    @Parameter(description = "EU size the shoe must be made in (and, with inStock, have pairs on hand in)")
    public Float size;

    @QueryParam("inStock")
    @DefaultValue("true")
    @Parameter(description = "Only shoes with pairs on hand: in the size the request is held to, else in any size. "
            + "false: in stock or not")
    public boolean inStock;

    @QueryParam("variants")
    @DefaultValue("best")
    @OneOf(Variants.class)
    @Parameter(description = "best: one colourway per style, the best-scored (similar shoes: none of the shoe's own "
            + "style); all: every colourway")
    public String variants;

    public void checkPriceRange() {
        if (!priceRangeValid()) {
            throw new InvalidInput("minPrice", "minPrice is above maxPrice");
        }
    }

    public ShoeFilter filter() {
        return new ShoeFilter(category, brand, gender, minPrice, maxPrice, size, inStock);
    }

    public boolean allVariants() {
        return Variants.ALL.dbValue().equals(variants);
    }
}
