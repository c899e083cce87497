package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.customers.resources.CustomerView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The start page: customer search ({@code query} null before a search) with its results a page at a time, the model
 * panel, and the outcome of a refit ({@code refitNotice} when it went well, {@code refitProblem} when not).
 */
@RegisterForReflection
public record HomePage(String query, List<CustomerView> matches, Pager pager, ModelPanel model, String refitNotice,
        String refitProblem) {

    public boolean searched() {
        return query != null;
    }

    /** The address of the results, for a page parameter to follow. */
    public String pagesAddress() {
        return "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&";
    }
}
