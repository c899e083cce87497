package io.solemate.security;

import io.solemate.common.Vocabulary;

/**
 * What an API key may do, configured per key ({@code solemate.security.api-keys}): the shop front's key needs
 * {@link #INGEST} and {@link #READ}, never {@link #ADMIN}, so that a leaked shop-front key can neither refit the
 * model nor list every customer.
 */
public enum Scope implements Vocabulary {
    /** Writes of the shop front: events, and a customer marking their notifications read or dismissed. */
    INGEST,
    /** Reads under {@code /api} (when {@code protect-reads} is on): catalogue, one customer, recommendations. */
    READ,
    /** Refits ({@code /api/admin/**}) and the customer directory ({@code GET /api/users}), which lists everyone. */
    ADMIN
}
