package io.solemate.recommend.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Length-prefixed arrays and nullable strings on {@link DataOutput}: the vocabulary every fitted part writes its
 * own bytes in, so the model codec only sequences the parts.
 */
public final class Binary {

    private Binary() {
    }

    public static void writeInts(DataOutput out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    public static int[] readInts(DataInput in) throws IOException {
        int[] a = new int[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    public static void writeLongs(DataOutput out, long[] a) throws IOException {
        out.writeInt(a.length);
        for (long v : a) {
            out.writeLong(v);
        }
    }

    public static long[] readLongs(DataInput in) throws IOException {
        long[] a = new long[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readLong();
        }
        return a;
    }

    public static void writeFloats(DataOutput out, float[] a) throws IOException {
        out.writeInt(a.length);
        for (float v : a) {
            out.writeFloat(v);
        }
    }

    public static float[] readFloats(DataInput in) throws IOException {
        float[] a = new float[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }

    public static void writeDoubles(DataOutput out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    public static double[] readDoubles(DataInput in) throws IOException {
        double[] a = new double[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }

    public static void writeBytes(DataOutput out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    public static byte[] readBytes(DataInput in) throws IOException {
        byte[] a = new byte[length(in)];
        in.readFully(a);
        return a;
    }

    public static void writeNullable(DataOutput out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    public static String readNullable(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** A corrupt length would otherwise surface as an out-of-memory error far from its cause. */
    private static int length(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative array length " + n);
        }
        return n;
    }
}
