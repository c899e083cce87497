package io.solemate.aftercare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationKeyTest {

    @Test
    void idRoundTrips() {
        var care = new NotificationKey(4711, "care", 3);
        assertEquals("4711-care-3", care.id());
        assertEquals(Optional.of(care), NotificationKey.ofId(care.id()));
        var replacement = new NotificationKey(Long.MAX_VALUE / 10, "replacement", 1);
        assertEquals(Optional.of(replacement), NotificationKey.ofId(replacement.id()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "4711", "4711-care", "4711-care-", "4711-repair-1", "-1-care-1", "4711-care-0",
            "4711-care-01", "4711-CARE-1", "4711-care-2026-01-05", "12345678901234567890-care-1", "4711-care-1-x",
            "4711-care-99999" })
    void malformedIdsNameNothing(String text) {
        assertEquals(Optional.empty(), NotificationKey.ofId(text));
    }
}
