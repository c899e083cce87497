package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.UserInfo;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What serving holds per customer when the history is not in memory, and the directory read with the model. */
class CustomerStateTest {

    private static final UserInfo PROFILE = new UserInfo(7, "women", 39f, null, null, null);

    private static InteractionMatrix row(int entries) {
        InteractionMatrix.Builder builder = new InteractionMatrix.Builder(1, 3);
        for (int i = 0; i < entries; i++) {
            builder.add(0, i, 2f, EventKind.PURCHASE, 0);
        }
        return builder.build();
    }

    @Test
    void aCustomerHasHistoryWhenTheirDampedRowHasAnEntry() {
        assertFalse(new CustomerState(PROFILE, Set.of(), row(0), row(0), null).hasHistory());
        assertTrue(new CustomerState(PROFILE, Set.of(), row(1), row(1).damped(), null).hasHistory());
    }

    @Test
    void memoryCountsOwnedShoesTheRowTheDampedValuesAndTheFactors() {
        InteractionMatrix history = row(2);
        CustomerState withFactors = new CustomerState(PROFILE, Set.of(1L, 2L), history, history.damped(),
                new float[3]);
        assertEquals(200 + 48 * 2 + history.memoryBytes() + 4 * 2 + 16 + 4 * 3, withFactors.memoryBytes());
        CustomerState without = new CustomerState(PROFILE, Set.of(1L, 2L), history, history.damped(), null);
        assertEquals(200 + 48 * 2 + history.memoryBytes() + 4 * 2, without.memoryBytes());
    }

    @Test
    void theDirectoryAnswersForTheCustomersItWasReadWith() {
        CustomerDirectory directory = new CustomerDirectory(Map.of(7L, PROFILE), Map.of(7L, Set.of(3L)));
        assertTrue(directory.knows(7));
        assertFalse(directory.knows(8));
        assertSame(PROFILE, directory.profile(7));
        assertNull(directory.profile(8));
        assertEquals(Set.of(3L), directory.ownedBy(7));
        assertEquals(Set.of(), directory.ownedBy(8));
        assertFalse(CustomerDirectory.EMPTY.knows(7));
    }
}
