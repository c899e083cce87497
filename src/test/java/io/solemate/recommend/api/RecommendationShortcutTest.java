package io.solemate.recommend.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The customer id the shortcut reads from a path: plain digits only, as many as any long holds. */
class RecommendationShortcutTest {

    private static long idOf(String segment) {
        String path = "/api/users/" + segment + "/recommendations";
        return RecommendationShortcut.plainId(path, "/api/users/".length(), path.length() - "/recommendations".length());
    }

    @Test
    void readsPlainDigits() {
        assertEquals(42, idOf("42"));
        assertEquals(0, idOf("0"));
        assertEquals(42, idOf("0042"));
        assertEquals(999_999_999_999_999_999L, idOf("999999999999999999"));
    }

    @Test
    void leavesEverythingElseToThePipeline() {
        for (String segment : new String[] { "", "-1", "+1", "1e3", "%31", "4 2", "42/x", "１２", "0x1",
                "1000000000000000000", "99999999999999999999" }) {
            assertEquals(-1, idOf(segment), segment);
        }
    }
}
