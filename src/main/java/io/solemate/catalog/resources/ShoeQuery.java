package io.solemate.catalog.resources;

import io.solemate.catalog.Category;
import io.solemate.catalog.Gender;
import io.solemate.web.OneOf;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Catalog filters shared by the shoe list and the recommendation endpoints. */
public class ShoeQuery {

    @QueryParam("brand")
    @Size(min = 1, max = 100)
    public String brand;

    @QueryParam("category")
    @OneOf(Category.class)
    public String category;

    @QueryParam("gender")
    @OneOf(Gender.class)
    public String gender;

    @QueryParam("minPrice")
    @DecimalMin("0")
    public Double minPrice;

    @QueryParam("maxPrice")
    @DecimalMin("0")
    public Double maxPrice;

    /** Checked in addition to the field constraints: a range must not be upside down. */
    public boolean priceRangeValid() {
        return minPrice == null || maxPrice == null || minPrice <= maxPrice;
    }
}
