package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.customers.resources.CustomerView;
import java.util.List;

/**
 * The start page: customer search ({@code query} null before a search), the model panel, and the outcome of a model
 * refresh ({@code refreshNotice} on success, {@code refreshError} on failure).
 */
@RegisterForReflection
public record HomePage(String query, List<CustomerView> matches, long totalMatches, ModelPanel model,
        String refreshNotice, String refreshError) {

    public boolean searched() {
        return query != null;
    }
}
