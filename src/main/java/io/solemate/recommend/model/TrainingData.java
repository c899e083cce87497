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

    ShoeInfo[] shoesView() {
        return shoes;
    }

    UserInfo[] usersView() {
        return users;
    }
}
