package io.solemate.aftercare.services;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The metric {@code solemate.notifications.created}, one counter per notification kind. */
final class NotificationsCreated {

    private NotificationsCreated() {
    }

    static Counter counter(MeterRegistry registry, String kind) {
        return Counter.builder("solemate.notifications.created")
                .description("After-care notifications written by the scheduled job")
                .tag("kind", kind)
                .register(registry);
    }
}
