package io.solemate.recommend.serving;

/**
 * The scorers the blend combines, in the order their weighted scores are summed. Each belongs to one of the three
 * groups a recommendation's score is explained by (collaborative, content, popularity).
 */
public enum Component {
    PURE_SVD("PureSVD", Group.COLLABORATIVE),
    ALS("ALS", Group.COLLABORATIVE),
    /** EASE or RP3beta, by catalogue size ({@link io.solemate.recommend.model.ItemToItem}). */
    ITEM_ITEM("ItemItem", Group.COLLABORATIVE),
    CONTENT("Content", Group.CONTENT),
    POPULARITY("MostPopular", Group.POPULARITY);

    /** What a component's share of a score is shown as. */
    public enum Group { COLLABORATIVE, CONTENT, POPULARITY }

    private final String label;
    private final Group group;

    Component(String label, Group group) {
        this.label = label;
        this.group = group;
    }

    /** The name used in validation metrics, blend weights and the offline evaluation. */
    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    public static Component ofLabel(String label) {
        for (Component c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown component " + label);
    }
}
