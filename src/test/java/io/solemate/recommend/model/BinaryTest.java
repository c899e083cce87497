package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BinaryTest {

    @Test
    void everyArrayKindAndNullableStringComesBackAsWritten() throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        Binary.writeInts(out, new int[] {3, -1, 7});
        Binary.writeLongs(out, new long[] {Long.MAX_VALUE, 2});
        Binary.writeFloats(out, new float[] {0.5f});
        Binary.writeDoubles(out, new double[] {1e-9, -2});
        Binary.writeBytes(out, new byte[] {4, 5});
        Binary.writeNullable(out, "suede");
        Binary.writeNullable(out, null);
        Binary.writeInts(out, new int[0]);
        var in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertArrayEquals(new int[] {3, -1, 7}, Binary.readInts(in));
        assertArrayEquals(new long[] {Long.MAX_VALUE, 2}, Binary.readLongs(in));
        assertArrayEquals(new float[] {0.5f}, Binary.readFloats(in));
        assertArrayEquals(new double[] {1e-9, -2}, Binary.readDoubles(in));
        assertArrayEquals(new byte[] {4, 5}, Binary.readBytes(in));
        assertEquals("suede", Binary.readNullable(in));
        assertNull(Binary.readNullable(in));
        assertArrayEquals(new int[0], Binary.readInts(in));
        assertEquals(-1, in.read(), "nothing left over");
    }

    @Test
    void aNegativeLengthIsACorruptStreamNotAnAllocation() throws IOException {
        var bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeInt(-1);
        var in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        IOException e = assertThrows(IOException.class, () -> Binary.readDoubles(in));
        assertEquals("negative array length -1", e.getMessage());
    }
}
