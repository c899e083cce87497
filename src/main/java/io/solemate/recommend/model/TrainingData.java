package io.solemate.recommend.model;

/** Everything one fit reads: the catalogue, the shoppers' stated profiles and the aggregated interactions. */
public final class TrainingData {

    private final ShoeInfo[] shoes;
    private final UserInfo[] users;
    private final InteractionAggregates interactions;

    public TrainingData(ShoeInfo[] shoes, UserInfo[] users, InteractionAggregates interactions) {
        this.shoes = shoes.clone();
        this.users = users.clone();
        this.interactions = interactions;
    }

    /** From a raw log (the offline evaluation, tests), folded as the store folds it. */
    public TrainingData(ShoeInfo[] shoes, UserInfo[] users, EventLog events) {
        this(shoes, users, InteractionAggregates.fold(events));
    }

    public ShoeInfo[] shoes() {
        return shoes.clone();
    }

    public UserInfo[] users() {
        return users.clone();
    }

    public InteractionAggregates interactions() {
        return interactions;
    }

    /** Users with a stated profile or an event on a catalogued shoe, so every shopper seen in the log gets a row. */
    public IdIndex userIndex(Catalog catalog) {
        long[] ids = new long[users.length + interactions.size()];
        int n = 0;
        for (UserInfo u : users) {
            ids[n++] = u.id();
        }
        for (int e = 0; e < interactions.size(); e++) {
            if (catalog.index().indexOf(interactions.shoeId(e)) >= 0) {
                ids[n++] = interactions.userId(e);
            }
        }
        return IdIndex.of(ids, n);
    }
}
