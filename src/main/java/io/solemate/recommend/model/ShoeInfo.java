package io.solemate.recommend.model;

/** Catalogue facts about one shoe that the models read; {@code euSizes} lists the EU sizes the shoe comes in. */
public record ShoeInfo(long id, String name, String brand, String category, String gender, String material,
                       String color, String description, double price, boolean inStock, boolean active,
                       float[] euSizes) {

    /** True when the shoe is offered in the given EU size (half sizes compared with a small tolerance). */
    public boolean hasSize(float euSize) {
        if (euSizes == null) {
            return false;
        }
        for (float s : euSizes) {
            if (Math.abs(s - euSize) < 0.01f) {
                return true;
            }
        }
        return false;
    }
}
