package io.solemate.aftercare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationKeyTest {

    @Test
    void anIdNamesItsKeyAndBack() {
        var care = new NotificationKey(4711, "care", LocalDate.parse("2026-01-05"));
        assertEquals("4711-care-2026-01-05", care.id());
        assertEquals(Optional.of(care), NotificationKey.ofId(care.id()));
        var replacement = new NotificationKey(Long.MAX_VALUE / 10, "replacement", LocalDate.parse("2024-02-29"));
        assertEquals(Optional.of(replacement), NotificationKey.ofId(replacement.id()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "4711", "4711-care", "4711-care-", "4711-repair-2026-01-05", "-1-care-2026-01-05",
            "4711-care-2026-02-30", "4711-care-2026-1-5", "4711-CARE-2026-01-05",
            "12345678901234567890-care-2026-01-05", "4711-care-2026-01-05-x" })
    void textThatIsNoIdNamesNothing(String text) {
        assertEquals(Optional.empty(), NotificationKey.ofId(text));
    }
}
