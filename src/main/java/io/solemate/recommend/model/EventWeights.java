package io.solemate.recommend.model;

import io.solemate.interactions.EventKind;

/**
 * How much one interaction counts. A rating weighs {@code value * ratingPerStar}; ratings of two stars or less count
 * nothing. Events decay with a half-life (days) relative to the fit time; {@code halfLifeDays <= 0} disables decay.
 */
public record EventWeights(float view, float like, float cart, float purchase, float ratingPerStar,
                           double halfLifeDays) {

    public static EventWeights defaults() {
        return new EventWeights(1f, 3f, 4f, 8f, 1f, 90);
    }

    /** The same weights with another half-life (days; {@code <= 0}: no decay). */
    public EventWeights withHalfLife(double days) {
        return new EventWeights(view, like, cart, purchase, ratingPerStar, days);
    }

    /** Undecayed weight of one event; zero for kinds that carry no positive signal. */
    public float weight(EventKind kind, float value) {
        return switch (kind) {
            case VIEW -> view;
            case LIKE -> like;
            case CART -> cart;
            case PURCHASE -> purchase;
            case RATING -> Float.isNaN(value) || value <= 2f ? 0f : value * ratingPerStar;
            case RETURN -> 0f;
        };
    }

    /** Multiplier for an event {@code ageSeconds} old. */
    public double decay(double ageSeconds) {
        if (halfLifeDays <= 0) {
            return 1.0;
        }
        double ageDays = Math.max(0, ageSeconds) / 86_400.0;
        return Math.pow(0.5, ageDays / halfLifeDays);
    }
}
