package io.solemate.recommend.serving;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.UserInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentence a shopper reads beside a recommendation, from the component group that contributed most. */
final class Reasons {

    private final Catalog catalog;
    private final InteractionMatrix history;
    private final ContentModel content;

    Reasons(Catalog catalog, InteractionMatrix history, ContentModel content) {
        this.catalog = catalog;
        this.history = history;
        this.content = content;
    }

    /** The reason for {@code item}; {@code user} is -1 without history, {@code scopedSize} set when sized. */
    Reason reason(int item, ComponentScores parts, int user, UserInfo profile, Float scopedSize) {
        if (parts.collaborative() >= parts.content() && parts.collaborative() >= parts.popularity()
                && parts.collaborative() > 0) {
            return new Reason(ReasonKind.SHOPPERS_LIKE_YOU, null, "Popular with shoppers like you");
        }
        if (parts.content() >= parts.popularity() && parts.content() > 0) {
            Reason anchored = anchoredReason(item, user);
            if (anchored != null) {
                return anchored;
            }
            if (profile != null && profile.hasTaste()) {
                return new Reason(ReasonKind.MATCHES_YOUR_TASTE, null,
                        "Matches your taste for " + tasteWords(profile, catalog.shoe(item)));
            }
        }
        if (scopedSize != null) {
            return new Reason(ReasonKind.TRENDING_IN_YOUR_SIZE, null,
                    "Trending in your size (EU " + formatSize(scopedSize) + ")");
        }
        return new Reason(ReasonKind.POPULAR, null, "Popular right now");
    }

    /** "Because you bought X", anchored on the history shoe most similar in content to the pick. */
    private Reason anchoredReason(int item, int user) {
        if (user < 0) {
            return null;
        }
        int best = -1;
        double bestSimilarity = 0;
        for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
            int h = history.colIndex(k);
            double similarity = h == item ? 0 : content.cosine(h, item);
            if (similarity > bestSimilarity) {
                best = k;
                bestSimilarity = similarity;
            }
        }
        if (best < 0) {
            return null;
        }
        ShoeInfo anchor = catalog.shoe(history.colIndex(best));
        String verb = switch (history.strongestKind(best)) {
            case PURCHASE -> "bought";
            case RATING -> "rated";
            case LIKE, CART -> "liked";
            default -> "viewed";
        };
        return new Reason(ReasonKind.BECAUSE_YOU_BOUGHT, anchor.id(), "Because you " + verb + " " + anchor.name());
    }

    /** The stated tastes the shoe matches, e.g. "suede boots"; all stated tastes if it matches none literally. */
    private static String tasteWords(UserInfo profile, ShoeInfo shoe) {
        List<String> words = new ArrayList<>();
        List<String> stated = new ArrayList<>();
        addTaste(profile.preferredBrand(), shoe.brand(), words, stated);
        addTaste(profile.preferredMaterial(), shoe.material(), words, stated);
        addTaste(profile.preferredCategory(), shoe.category(), words, stated);
        return String.join(" ", words.isEmpty() ? stated : words);
    }

    private static void addTaste(String taste, String shoeValue, List<String> matched, List<String> stated) {
        if (taste != null) {
            stated.add(taste.toLowerCase(Locale.ROOT));
            if (taste.equalsIgnoreCase(shoeValue)) {
                matched.add(taste.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String formatSize(float size) {
        return size == Math.rint(size) ? String.valueOf((int) size) : String.valueOf(size);
    }
}
