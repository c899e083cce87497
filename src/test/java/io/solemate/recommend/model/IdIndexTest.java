package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    void indexesTheDistinctIdsOfThePrefixInAscendingOrder() {
        // The 1 past the count is not an id of the index.
        IdIndex index = IdIndex.of(new long[] {40, 7, 40, 12, 7, 1}, 5);
        assertArrayEquals(new long[] {7, 12, 40}, index.ids());
        assertEquals(3, index.size());
        assertEquals(0, index.indexOf(7));
        assertEquals(2, index.indexOf(40));
        assertEquals(-1, index.indexOf(1));
        assertEquals(-1, index.indexOf(8), "between two ids");
        assertEquals(-1, index.indexOf(99), "past the last id");
    }

    @Test
    void idsIsACopy() {
        IdIndex index = IdIndex.of(new long[] {5, 6}, 2);
        index.ids()[0] = 99;
        assertEquals(0, index.indexOf(5));
    }

    @Test
    void roundTripsThroughItsBytes() throws IOException {
        var bytes = new ByteArrayOutputStream();
        IdIndex.of(new long[] {9, 3, 9}, 3).writeTo(new DataOutputStream(bytes));
        IdIndex read = IdIndex.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertArrayEquals(new long[] {3, 9}, read.ids());
        assertEquals(1, read.indexOf(9));
    }
}
