package io.solemate.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;
import java.util.Currency;

/** Catalog settings ({@code solemate.catalog.*}). */
@ConfigMapping(prefix = "solemate.catalog")
public interface CatalogConfig {

    /**
     * The ISO 4217 code of the currency every price is in: shoe prices and what customers paid. The store keeps
     * amounts only; this names their unit.
     */
    @WithDefault("EUR")
    @Pattern(regexp = "[A-Z]{3}")
    String currency();

    /** The configured currency; fails at start-up for a code ISO 4217 does not know. */
    static Currency currencyOf(CatalogConfig config) {
        return Currency.getInstance(config.currency());
    }
}
