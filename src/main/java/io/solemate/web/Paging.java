package io.solemate.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Query parameters of every paginated list: {@code page} (0-based) and {@code limit} (1..100). */
public class Paging {

    public static final int MAX_LIMIT = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(100_000)
    public int page;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_LIMIT)
    public int limit;

    public int offset() {
        return page * limit;
    }
}
