package io.solemate.recommend.model;

/**
 * Catalogue facts about one shoe that the models read: {@code euSizes} lists the EU sizes the shoe comes in,
 * {@code stockedSizes} those with pairs on hand, {@code style} the style its colourways share (null: a style of its
 * own, as in datasets without styles).
 */
public record ShoeInfo(long id, String name, String brand, String category, String gender, String material,
                       String color, String description, double price, boolean inStock, boolean active,
                       float[] euSizes, String style, float[] stockedSizes) {

    /** A shoe without style or per-size stock (evaluation datasets, synthetic stores): every size stocked if in stock. */
    public ShoeInfo(long id, String name, String brand, String category, String gender, String material,
                    String color, String description, double price, boolean inStock, boolean active,
                    float[] euSizes) {
        this(id, name, brand, category, gender, material, color, description, price, inStock, active, euSizes, null,
                inStock ? euSizes : null);
    }

    /** The key of the shoe's style; a shoe without a style is a style of its own. */
    public String styleKey() {
        return style != null ? style : "#" + id;
    }

    /** True when the shoe is offered in the given EU size (half sizes compared with a small tolerance). */
    public boolean hasSize(float euSize) {
        return contains(euSizes, euSize);
    }

    /** True when pairs of the given EU size are on hand. */
    public boolean inStockIn(float euSize) {
        return contains(stockedSizes, euSize);
    }

    private static boolean contains(float[] sizes, float euSize) {
        if (sizes == null) {
            return false;
        }
        for (float s : sizes) {
            if (Math.abs(s - euSize) < 0.01f) {
                return true;
            }
        }
        return false;
    }
}
