package io.solemate.recommend.serving;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.InteractionMatrix;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Binary form of a {@link ServedModel}, so replicas can serve a model fitted elsewhere: a versioned header, then each
 * part in its own bytes, deflate-compressed. Derived structures (column index, inverted index, damped history,
 * similar-shoe lists) are rebuilt on decode rather than stored.
 */
public final class ModelCodec {

    private static final int MAGIC = 0x534D534E; // "SMSN"
    /**
     * 2: blend weights per component with their normalization; parts write their own bytes. 3: the item-to-item
     * component, histories per component decay, the hyper-parameter search's choices; the catalog carries each
     * shoe's style and sizes in stock.
     */
    static final int FORMAT = 3;

    private ModelCodec() {
    }

    /** A stored model this build cannot read: one of an older format, or not a model at all. */
    public static final class UnreadableModel extends IllegalArgumentException {
        UnreadableModel(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static byte[] encode(ServedModel model) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(model.version());
            out.writeLong(model.fittedAt().getEpochSecond());
            out.writeInt(model.fittedAt().getNano());
            model.stats().writeTo(out);
            model.catalog().writeTo(out);
            model.users().writeTo(out);
            model.history().writeTo(out);
            model.parts().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static ServedModel decode(byte[] b) {
        try (var in = new DataInputStream(
                new BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(b)), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new UnreadableModel("not a Solemate model", null);
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new UnreadableModel("stored model format " + format + ", this build reads " + FORMAT, null);
            }
            long version = in.readLong();
            Instant fittedAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
            ModelStats stats = ModelStats.readFrom(in);
            Catalog catalog = Catalog.readFrom(in);
            IdIndex users = IdIndex.readFrom(in);
            InteractionMatrix history = InteractionMatrix.readFrom(in);
            ModelParts parts = ModelParts.readFrom(in, history.damped());
            return ServedModel.restore(version, fittedAt, stats, catalog, users, history, parts);
        } catch (IOException e) {
            throw new UnreadableModel("corrupt model", e);
        }
    }
}
