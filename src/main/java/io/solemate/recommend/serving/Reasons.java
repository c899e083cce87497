package io.solemate.recommend.serving;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.UserInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;

/**
 * The sentence a shopper reads beside a recommendation. It speaks for the component group that contributed most
 * to the pick's score, and names what that group rests on:
 *
 * <ul>
 * <li>collaborative: the shoe of the shopper's history that contributes most to the pick's collaborative score, that
 * is the shopper's own signal on it times the {@link Affinity} the model holds between the two ("Shoppers interested
 * in the Trail Runner X you bought also looked at this"). The sentence is a fact about shoppers, so it is only said
 * of a history shoe that some other shopper has next to the pick; the {@value #ANCHORS_CHECKED} strongest are
 * checked, and only when none shares a shopper is the reason the generic "shoppers like you";</li>
 * <li>content: the history shoe closest in content ("Similar to the ... you viewed"), else the stated tastes;</li>
 * <li>popularity: "Trending in your size" when popularity was scoped to the shopper's size, else "Popular".</li>
 * </ul>
 * The verb is the shopper's strongest event on the anchor. Returned shoes are never anchors.
 */
final class Reasons {

    /** How strongly the collaborative model ties a history shoe to a pick; positive when it ties them at all. */
    @FunctionalInterface
    interface Affinity {
        double between(int historyShoe, int pick);
    }

    /**
     * History shoes checked for a shopper shared with the pick, strongest first: each check walks two columns of the
     * history, and the strongest few nearly always share one.
     */
    static final int ANCHORS_CHECKED = 3;

    private final Catalog catalog;
    private final InteractionMatrix history;
    private final ContentModel content;
    private final Affinity affinity;

    /** {@code affinity} is null when no collaborative component is weighed: collaborative reasons are then generic. */
    Reasons(Catalog catalog, InteractionMatrix history, ContentModel content, Affinity affinity) {
        this.catalog = catalog;
        this.history = history;
        this.content = content;
        this.affinity = affinity;
    }

    /** The same reasons over another history: one customer's own row (trainer=external). */
    Reasons forHistory(InteractionMatrix customerHistory) {
        return new Reasons(catalog, customerHistory, content, affinity);
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

    /**
     * "Shoppers interested in the X you bought also looked at this": of the history shoes the model ties most
     * strongly to the pick, the first that another shopper has next to it.
     */
    private Reason sharedShoppersReason(int item, int user) {
        if (affinity == null || !history.hasColumns()) {
            return null; // one customer's own row (trainer=external) has no other shoppers to point to
        }
        for (int k : strongestAnchors(item, user, e -> history.value(e) * affinity.between(history.colIndex(e), item),
                ANCHORS_CHECKED)) {
            if (shareAShopper(history.colIndex(k), item, user)) {
                ShoeInfo anchor = catalog.shoe(history.colIndex(k));
                EventKind event = history.strongestKind(k);
                return new Reason(ReasonKind.SHOPPERS_ALSO_CHOSE, anchor.id(), event,
                        "Shoppers interested in the " + anchor.name() + " you " + verb(event) + " also looked at this");
            }
        }
        return null;
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

    private int strongestAnchor(int item, int user, IntToDoubleFunction strength) {
        int[] best = strongestAnchors(item, user, strength, 1);
        return best.length == 0 ? -1 : best[0];
    }

    /**
     * Up to {@code count} history entries of the shopper, other than the pick and never a return, with the highest
     * positive {@code strength}, strongest first; none without history.
     */
    private int[] strongestAnchors(int item, int user, IntToDoubleFunction strength, int count) {
        if (user < 0) {
            return new int[0];
        }
        int[] best = new int[count];
        double[] bestStrength = new double[count];
        int found = 0;
        for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
            if (history.colIndex(k) == item || history.value(k) <= 0 || history.strongestKind(k) == EventKind.RETURN) {
                continue;
            }
            double value = strength.applyAsDouble(k);
            if (value <= 0 || found == count && value <= bestStrength[count - 1]) {
                continue;
            }
            // Insertion into the short best-first list; ties keep the earlier entry first.
            int at = Math.min(found, count - 1);
            while (at > 0 && bestStrength[at - 1] < value) {
                best[at] = best[at - 1];
                bestStrength[at] = bestStrength[at - 1];
                at--;
            }
            best[at] = k;
            bestStrength[at] = value;
            found = Math.min(found + 1, count);
        }
        return Arrays.copyOf(best, found);
    }

    /**
     * Whether a shopper other than {@code user} has both shoes in their history. Walks the shorter of the two
     * row-sorted columns and gallops through the longer, so a popular shoe's long column costs a few probes per
     * step, and stops at the first such shopper.
     */
    boolean shareAShopper(int a, int b, int user) {
        boolean aShorter = history.colEnd(a) - history.colStart(a) <= history.colEnd(b) - history.colStart(b);
        int shorter = aShorter ? a : b;
        int longer = aShorter ? b : a;
        int j = history.colStart(longer);
        int end = history.colEnd(longer);
        for (int i = history.colStart(shorter); i < history.colEnd(shorter) && j < end; i++) {
            int row = history.rowIndex(i);
            if (row == user) {
                continue;
            }
            j = firstAtOrAfter(row, j, end);
            if (j < end && history.rowIndex(j) == row) {
                return true;
            }
        }
        return false;
    }

    /** The first position in {@code [from, end)} of a column whose row is at least {@code row}: galloping search. */
    private int firstAtOrAfter(int row, int from, int end) {
        int lo = from;
        int step = 1;
        while (lo + step < end && history.rowIndex(lo + step) < row) {
            lo += step;
            step <<= 1;
        }
        int hi = Math.min(lo + step, end);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (history.rowIndex(mid) < row) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
