package io.solemate.catalog;

/** The closed vocabularies of the catalog, as the schema's CHECK constraints define them. */
public final class ShoeAttributes {

    public static final String CATEGORIES =
            "running|trail|walking|basketball|tennis|football|training|casual|boots|hiking|sandals|dress";
    public static final String GENDERS = "men|women|unisex|kids";
    public static final String MATERIALS = "leather|suede|nubuck|mesh|knit|canvas|synthetic|rubber";

    public static final String CATEGORY_MESSAGE = "must be one of " + CATEGORIES;
    public static final String GENDER_MESSAGE = "must be one of " + GENDERS;

    private ShoeAttributes() {
    }
}
