package io.solemate.recommend.model;

/** Everything one fit reads: the catalogue, the shoppers' stated profiles and the interaction log. */
public final class TrainingData {

    private final ShoeInfo[] shoes;
    private final UserInfo[] users;
    private final EventLog events;

    public TrainingData(ShoeInfo[] shoes, UserInfo[] users, EventLog events) {
        this.shoes = shoes.clone();
        this.users = users.clone();
        this.events = events;
    }

    public ShoeInfo[] shoes() {
        return shoes.clone();
    }

    public UserInfo[] users() {
        return users.clone();
    }

    public EventLog events() {
        return events;
    }

    /** Users with a stated profile or an event on a catalogued shoe, so every shopper seen in the log gets a row. */
    public IdIndex userIndex(Catalog catalog) {
        long[] ids = new long[users.length + events.size()];
        int n = 0;
        for (UserInfo u : users) {
            ids[n++] = u.id();
        }
        for (int e = 0; e < events.size(); e++) {
            if (catalog.index().indexOf(events.shoeId(e)) >= 0) {
                ids[n++] = events.userId(e);
            }
        }
        return IdIndex.of(ids, n);
    }
}
