package io.solemate.catalog.resources;

import jakarta.ws.rs.QueryParam;

/** The shoe list's filters: the shared ones, and stock either way (unset: in stock or not). */
public class ShoeListQuery extends ShoeQuery {

    /** True: shoes with pairs on hand in some size; false: shoes with none. */
    @QueryParam("inStock")
    public Boolean inStock;
}
