package io.solemate.recommend.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Binary form of a {@link Snapshot}, so replicas can serve a model fitted elsewhere. Deflate-compressed
 * {@link DataOutputStream} layout, versioned by {@link #FORMAT}; derived structures (column index, inverted index,
 * damped history) are rebuilt on decode rather than stored.
 */
public final class SnapshotCodec {

    private static final int MAGIC = 0x534D534E; // "SMSN"
    private static final int FORMAT = 1;

    private SnapshotCodec() {
    }

    public static byte[] encode(Snapshot s) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(s.version());
            out.writeLong(s.fittedAt().getEpochSecond());
            out.writeInt(s.fittedAt().getNano());
            writeStats(out, s.stats());
            ShoeInfo[] shoes = s.catalog().shoes();
            out.writeInt(shoes.length);
            for (ShoeInfo shoe : shoes) {
                writeShoe(out, shoe);
            }
            writeLongs(out, s.users().ids());
            InteractionMatrix h = s.history();
            out.writeInt(h.rows());
            out.writeInt(h.cols());
            writeInts(out, h.rowPtrArray());
            writeInts(out, h.colIdxArray());
            writeFloats(out, h.valuesArray());
            writeBytes(out, h.kindsArray());
            writeDoubles(out, s.popularity());
            writeCollaborative(out, s.collaborative());
            ContentModel c = s.content();
            out.writeInt(c.vocabulary().length);
            for (String term : c.vocabulary()) {
                out.writeUTF(term);
            }
            writeFloats(out, c.idf());
            writeInts(out, c.itemPtr());
            writeInts(out, c.itemTerm());
            writeFloats(out, c.itemWeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Snapshot decode(byte[] b) {
        try (var in = new DataInputStream(
                new BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(b)), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a Solemate snapshot");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unsupported snapshot format " + format);
            }
            long version = in.readLong();
            Instant fittedAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
            ModelStats stats = readStats(in);
            ShoeInfo[] shoes = new ShoeInfo[in.readInt()];
            for (int i = 0; i < shoes.length; i++) {
                shoes[i] = readShoe(in);
            }
            IdIndex users = IdIndex.ofSorted(readLongs(in));
            int rows = in.readInt();
            int cols = in.readInt();
            InteractionMatrix history = new InteractionMatrix(rows, cols, readInts(in), readInts(in),
                    readFloats(in), readBytes(in));
            double[] popularity = readDoubles(in);
            Collaborative collaborative = readCollaborative(in, history);
            String[] vocabulary = new String[in.readInt()];
            for (int t = 0; t < vocabulary.length; t++) {
                vocabulary[t] = in.readUTF();
            }
            ContentModel content = new ContentModel(vocabulary, readFloats(in), readInts(in), readInts(in),
                    readFloats(in));
            return Snapshot.restore(version, fittedAt, stats, new Catalog(shoes), users, history, popularity,
                    collaborative, content);
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt snapshot", e);
        }
    }

    private static void writeStats(DataOutputStream out, ModelStats st) throws IOException {
        out.writeInt(st.users());
        out.writeInt(st.shoes());
        out.writeLong(st.interactions());
        out.writeInt(st.fitMillis().size());
        for (var e : st.fitMillis().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeInt(st.validation().size());
        for (var model : st.validation().entrySet()) {
            out.writeUTF(model.getKey());
            out.writeInt(model.getValue().size());
            for (var metric : model.getValue().entrySet()) {
                out.writeUTF(metric.getKey());
                out.writeDouble(metric.getValue());
            }
        }
        BlendWeights w = st.blendWeights();
        out.writeDouble(w.collaborative());
        out.writeDouble(w.content());
        out.writeDouble(w.popularity());
        out.writeUTF(st.collaborativeModel());
        out.writeLong(st.memoryBytes());
    }

    private static ModelStats readStats(DataInputStream in) throws IOException {
        int users = in.readInt();
        int shoes = in.readInt();
        long interactions = in.readLong();
        Map<String, Long> fitMillis = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            fitMillis.put(in.readUTF(), in.readLong());
        }
        Map<String, Map<String, Double>> validation = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String model = in.readUTF();
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (int m = in.readInt(); m > 0; m--) {
                metrics.put(in.readUTF(), in.readDouble());
            }
            validation.put(model, metrics);
        }
        BlendWeights weights = new BlendWeights(in.readDouble(), in.readDouble(), in.readDouble());
        return new ModelStats(users, shoes, interactions, fitMillis, validation, weights, in.readUTF(),
                in.readLong());
    }

    private static void writeShoe(DataOutputStream out, ShoeInfo s) throws IOException {
        out.writeLong(s.id());
        for (String field : new String[] {s.name(), s.brand(), s.category(), s.gender(), s.material(), s.color(),
                s.description()}) {
            writeNullable(out, field);
        }
        out.writeDouble(s.price());
        out.writeBoolean(s.inStock());
        out.writeBoolean(s.active());
        out.writeBoolean(s.euSizes() != null);
        if (s.euSizes() != null) {
            writeFloats(out, s.euSizes());
        }
    }

    private static ShoeInfo readShoe(DataInputStream in) throws IOException {
        long id = in.readLong();
        String name = readNullable(in);
        String brand = readNullable(in);
        String category = readNullable(in);
        String gender = readNullable(in);
        String material = readNullable(in);
        String color = readNullable(in);
        String description = readNullable(in);
        double price = in.readDouble();
        boolean inStock = in.readBoolean();
        boolean active = in.readBoolean();
        float[] sizes = in.readBoolean() ? readFloats(in) : null;
        return new ShoeInfo(id, name, brand, category, gender, material, color, description, price, inStock, active,
                sizes);
    }

    private static void writeCollaborative(DataOutputStream out, Collaborative c) throws IOException {
        out.writeBoolean(c != null);
        if (c == null) {
            return;
        }
        out.writeUTF(c.choice().label);
        out.writeBoolean(c.svd() != null);
        if (c.svd() != null) {
            writeFactors(out, c.svd().factors());
        }
        out.writeBoolean(c.als() != null);
        if (c.als() != null) {
            float[][] users = c.als().userFactors();
            out.writeInt(users.length);
            for (float[] user : users) {
                writeFloats(out, user);
            }
            writeFactors(out, c.als().itemFactors());
        }
    }

    private static Collaborative readCollaborative(DataInputStream in, InteractionMatrix history) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        Collaborative.Choice choice = Collaborative.Choice.ofLabel(in.readUTF());
        PureSvd svd = in.readBoolean() ? new PureSvd(history.mapValues(ModelFitter.DAMPED), readFactors(in)) : null;
        ImplicitAls als = null;
        if (in.readBoolean()) {
            float[][] users = new float[in.readInt()][];
            for (int u = 0; u < users.length; u++) {
                users[u] = readFloats(in);
            }
            als = new ImplicitAls(users, readFactors(in));
        }
        return new Collaborative(choice, svd, als);
    }

    private static void writeFactors(DataOutputStream out, ItemFactors f) throws IOException {
        out.writeInt(f.k());
        for (int factor = 0; factor < f.k(); factor++) {
            writeFloats(out, f.row(factor));
        }
    }

    private static ItemFactors readFactors(DataInputStream in) throws IOException {
        float[][] rows = new float[in.readInt()][];
        for (int factor = 0; factor < rows.length; factor++) {
            rows[factor] = readFloats(in);
        }
        return new ItemFactors(rows);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    private static void writeLongs(DataOutputStream out, long[] a) throws IOException {
        out.writeInt(a.length);
        for (long v : a) {
            out.writeLong(v);
        }
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] a = new long[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readLong();
        }
        return a;
    }

    private static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        out.writeInt(a.length);
        for (float v : a) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        float[] a = new float[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }

    private static void writeDoubles(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] a = new double[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }

    private static void writeBytes(DataOutputStream out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] a = new byte[in.readInt()];
        in.readFully(a);
        return a;
    }
}
