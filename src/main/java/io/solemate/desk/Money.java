package io.solemate.desk;

import io.solemate.catalog.CatalogConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Prices as the desk prints them, in the store currency: {@code {inject:money.of(item.price)}} gives "€1,299.00". */
@Named("money")
@ApplicationScoped
public class Money {

    private final Currency currency;

    public Money(CatalogConfig config) {
        this.currency = CatalogConfig.currencyOf(config);
    }

    public String of(double amount) {
        // A NumberFormat is not thread-safe: one per call costs less than a lock on the event loop.
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }

    public String of(BigDecimal amount) {
        return of(amount.doubleValue());
    }
}
