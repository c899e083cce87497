package io.solemate.recommend.serving;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.UserInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;

/**
 * The sentence a shopper reads beside a recommendation. It speaks for the component group that contributed most
 * to the pick's score, and names what that group rests on:
 *
 * <ul>
 * <li>collaborative: the shoe of the shopper's history that shares the most shoppers with the pick, each shared
 * shopper counted once and the history shoe weighted by the shopper's own signal on it ("Shoppers interested in the
 * Trail Runner X you bought also looked at this"). Hu, Koren and Volinsky (2008, section 5) explain a latent-factor
 * score as a weighted sum over the shopper's history; co-interaction is the part of that sum a shopper can check.
 * Only when no history shoe shares a shopper with the pick is the reason the generic "shoppers like you";</li>
 * <li>content: the history shoe closest in content ("Similar to the ... you viewed"), else the stated tastes;</li>
 * <li>popularity: "Trending in your size" when popularity was scoped to the shopper's size, else "Popular".</li>
 * </ul>
 * The verb is the shopper's strongest event on the anchor. Returned shoes are never anchors.
 */
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
        double collaborative = parts.collaborative();
        double contentShare = parts.content();
        double popularity = parts.popularity();
        if (collaborative > 0 && collaborative >= contentShare && collaborative >= popularity) {
            Reason anchored = sharedShoppersReason(item, user);
            return anchored != null ? anchored : Reason.unanchored(ReasonKind.SHOPPERS_LIKE_YOU,
                    "Chosen by shoppers whose history is like yours");
        }
        if (contentShare > 0 && contentShare >= popularity) {
            Reason anchored = similarContentReason(item, user);
            if (anchored != null) {
                return anchored;
            }
            if (profile != null && profile.hasTaste()) {
                return Reason.unanchored(ReasonKind.MATCHES_YOUR_TASTE,
                        "Matches your taste for " + tasteWords(profile, catalog.shoe(item)));
            }
        }
        if (popularity > 0 && popularity >= collaborative && popularity >= contentShare) {
            return scopedSize != null
                    ? Reason.unanchored(ReasonKind.TRENDING_IN_YOUR_SIZE,
                            "Trending in your size (EU " + formatSize(scopedSize) + ")")
                    : Reason.unanchored(ReasonKind.POPULAR, "Popular right now");
        }
        return Reason.unanchored(ReasonKind.SELECTED_FOR_YOU, "Selected for you");
    }

    /** "Shoppers interested in the X you bought also looked at this": the history shoe sharing most shoppers. */
    private Reason sharedShoppersReason(int item, int user) {
        if (!history.hasColumns()) {
            return null; // one customer's own row (trainer=external): no other shoppers to count
        }
        int best = strongestAnchor(item, user, k -> history.value(k) * sharedShoppers(history.colIndex(k), item, user));
        if (best < 0) {
            return null;
        }
        ShoeInfo anchor = catalog.shoe(history.colIndex(best));
        EventKind event = history.strongestKind(best);
        return new Reason(ReasonKind.SHOPPERS_ALSO_CHOSE, anchor.id(), event,
                "Shoppers interested in the " + anchor.name() + " you " + verb(event) + " also looked at this");
    }

    /** "Similar to the X you viewed", anchored on the history shoe most similar in content to the pick. */
    private Reason similarContentReason(int item, int user) {
        int best = strongestAnchor(item, user, k -> content.cosine(history.colIndex(k), item));
        if (best < 0) {
            return null;
        }
        ShoeInfo anchor = catalog.shoe(history.colIndex(best));
        EventKind event = history.strongestKind(best);
        return new Reason(ReasonKind.SIMILAR_TO_YOURS, anchor.id(), event,
                "Similar to the " + anchor.name() + " you " + verb(event));
    }

    /**
     * The history entry of the shopper, other than the pick and never a return, with the highest positive
     * {@code strength}; -1 when none (or no history).
     */
    private int strongestAnchor(int item, int user, IntToDoubleFunction strength) {
        if (user < 0) {
            return -1;
        }
        int best = -1;
        double bestStrength = 0;
        for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
            if (history.colIndex(k) == item || history.value(k) <= 0 || history.strongestKind(k) == EventKind.RETURN) {
                continue;
            }
            double value = strength.applyAsDouble(k);
            if (value > bestStrength) {
                best = k;
                bestStrength = value;
            }
        }
        return best;
    }

    /** Shoppers other than {@code user} with both shoes in their history: a merge of two row-sorted columns. */
    private int sharedShoppers(int a, int b, int user) {
        int i = history.colStart(a);
        int j = history.colStart(b);
        int endA = history.colEnd(a);
        int endB = history.colEnd(b);
        int shared = 0;
        while (i < endA && j < endB) {
            int ra = history.rowIndex(i);
            int rb = history.rowIndex(j);
            if (ra == rb) {
                if (ra != user) {
                    shared++;
                }
                i++;
                j++;
            } else if (ra < rb) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** The shopper's event as the sentence says it. */
    static String verb(EventKind event) {
        return switch (event) {
            case PURCHASE -> "bought";
            case LIKE -> "liked";
            case CART -> "put in your cart";
            case RATING -> "rated";
            case VIEW -> "viewed";
            case RETURN -> "returned";
        };
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
