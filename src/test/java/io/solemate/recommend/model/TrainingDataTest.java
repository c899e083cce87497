package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.solemate.interactions.EventKind;
import org.junit.jupiter.api.Test;

class TrainingDataTest {

    @Test
    void usersAreThoseWithAProfileOrAnEventOnACataloguedShoe() {
        ShoeInfo[] shoes = {new ShoeInfo(5, null, null, null, null, null, null, null, 10, true, true, null),
            new ShoeInfo(6, null, null, null, null, null, null, null, 10, true, true, null)};
        EventLog events = new EventLog(4);
        events.add(9, 5, EventKind.VIEW, Float.NaN, 0); // the first shoe of the catalogue
        events.add(8, 99, EventKind.PURCHASE, Float.NaN, 0); // a shoe the catalogue lacks
        events.add(3, 6, EventKind.VIEW, Float.NaN, 0);
        UserInfo[] profiles = {new UserInfo(1, null, null, null, null, null)};
        TrainingData data = new TrainingData(shoes, profiles, events);
        assertArrayEquals(new long[] {1, 3, 9}, data.userIndex(new Catalog(shoes)).ids());
    }
}
