package io.solemate.recommend.api;

import io.solemate.catalog.resources.ShoeQuery;
import io.solemate.errors.InvalidInput;
import io.solemate.recommend.serving.ShoeFilter;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Query parameters of the recommendation and similar-shoe endpoints: the catalog filters plus these. */
public class RecommendationParams extends ShoeQuery {

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    public int limit;

    /** EU size the shoe must be offered in. */
    @QueryParam("size")
    @DecimalMin("15")
    @DecimalMax("55")
    public Float size;

    /** Recommend shoes the customer already owns too (off: re-purchase is after-care's job). */
    @QueryParam("includeOwned")
    @DefaultValue("false")
    public boolean includeOwned;

    public void checkPriceRange() {
        if (!priceRangeValid()) {
            throw new InvalidInput("minPrice", "minPrice is above maxPrice");
        }
    }

    public ShoeFilter filter() {
        return new ShoeFilter(category, brand, gender, minPrice, maxPrice, size, Boolean.TRUE.equals(inStock));
    }
}
