package io.solemate.recommend.model;

/** A shopper's stated profile; every field but the id may be null. */
public record UserInfo(long id, String gender, Float shoeSize, String preferredCategory, String preferredBrand,
                       String preferredMaterial) {

    /** True when the shopper stated at least one taste the content model can use. */
    public boolean hasTaste() {
        return preferredCategory != null || preferredBrand != null || preferredMaterial != null;
    }
}
