package io.solemate.recommend.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shoes in dense-index order with their id map, and the content documents the TF-IDF model indexes. */
public final class Catalog {

    private final ShoeInfo[] shoes;
    private final IdIndex index;
    /** Per shoe, the dense index of its style: shoes without a style key each have a style of their own. */
    private final int[] styleOf;
    private final int styles;

    public Catalog(ShoeInfo[] shoes) {
        ShoeInfo[] sorted = shoes.clone();
        Arrays.sort(sorted, Comparator.comparingLong(ShoeInfo::id));
        long[] ids = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            ids[i] = sorted[i].id();
            if (i > 0 && ids[i] == ids[i - 1]) {
                throw new IllegalArgumentException("duplicate shoe id " + ids[i]);
            }
        }
        this.shoes = sorted;
        this.index = IdIndex.ofSorted(ids);
        this.styleOf = new int[sorted.length];
        Map<String, Integer> styleIds = new HashMap<>();
        for (int i = 0; i < sorted.length; i++) {
            styleOf[i] = styleIds.computeIfAbsent(sorted[i].styleKey(), key -> styleIds.size());
        }
        this.styles = styleIds.size();
    }

    /** The dense style index of a shoe, in {@code [0, styleCount())}. */
    public int styleOf(int item) {
        return styleOf[item];
    }

    public int styleCount() {
        return styles;
    }

    /** The shoe at a dense index. */
    public ShoeInfo shoe(int item) {
        return shoes[item];
    }

    public IdIndex index() {
        return index;
    }

    public int size() {
        return shoes.length;
    }

    /** Field weights: category and material define a shoe most, then brand; name, colour and prose once. */
    public static List<ContentModel.Field> document(ShoeInfo s) {
        return List.of(
                new ContentModel.Field(s.name(), 1),
                new ContentModel.Field(s.brand(), 2),
                new ContentModel.Field(s.category(), 3),
                new ContentModel.Field(s.material(), 3),
                new ContentModel.Field(s.color(), 1),
                new ContentModel.Field(s.gender(), 1),
                new ContentModel.Field(s.description(), 1));
    }

    /** The stated tastes of a shopper, weighted like the matching shoe fields. */
    public static List<ContentModel.Field> document(UserInfo u) {
        return List.of(
                new ContentModel.Field(u.preferredCategory(), 3),
                new ContentModel.Field(u.preferredMaterial(), 3),
                new ContentModel.Field(u.preferredBrand(), 2));
    }

    public List<List<ContentModel.Field>> documents() {
        List<List<ContentModel.Field>> docs = new ArrayList<>(shoes.length);
        for (ShoeInfo s : shoes) {
            docs.add(document(s));
        }
        return docs;
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(shoes.length);
        for (ShoeInfo s : shoes) {
            out.writeLong(s.id());
            for (String field : new String[] {s.name(), s.brand(), s.category(), s.gender(), s.material(),
                s.color(), s.description()}) {
                Binary.writeNullable(out, field);
            }
            out.writeDouble(s.price());
            out.writeBoolean(s.inStock());
            out.writeBoolean(s.active());
            writeNullableFloats(out, s.euSizes());
            Binary.writeNullable(out, s.style());
            writeNullableFloats(out, s.stockedSizes());
        }
    }

    public static Catalog readFrom(DataInput in) throws IOException {
        ShoeInfo[] shoes = new ShoeInfo[in.readInt()];
        for (int i = 0; i < shoes.length; i++) {
            long id = in.readLong();
            String name = Binary.readNullable(in);
            String brand = Binary.readNullable(in);
            String category = Binary.readNullable(in);
            String gender = Binary.readNullable(in);
            String material = Binary.readNullable(in);
            String color = Binary.readNullable(in);
            String description = Binary.readNullable(in);
            double price = in.readDouble();
            boolean inStock = in.readBoolean();
            boolean active = in.readBoolean();
            float[] sizes = in.readBoolean() ? Binary.readFloats(in) : null;
            String style = Binary.readNullable(in);
            float[] stocked = in.readBoolean() ? Binary.readFloats(in) : null;
            shoes[i] = new ShoeInfo(id, name, brand, category, gender, material, color, description, price, inStock,
                    active, sizes, style, stocked);
        }
        return new Catalog(shoes);
    }

    private static void writeNullableFloats(DataOutput out, float[] values) throws IOException {
        out.writeBoolean(values != null);
        if (values != null) {
            Binary.writeFloats(out, values);
        }
    }

    public long memoryBytes() {
        long bytes = 8L * shoes.length;
        for (ShoeInfo s : shoes) {
            bytes += 96 + chars(s.name()) + chars(s.brand()) + chars(s.category()) + chars(s.gender())
                    + chars(s.material()) + chars(s.color()) + chars(s.description())
                    + (s.euSizes() == null ? 0 : 16 + 4L * s.euSizes().length) + chars(s.style())
                    // A shoe stocked in every size shares one array for both (ShoeInfo's short constructor).
                    + (s.stockedSizes() == null || s.stockedSizes() == s.euSizes() ? 0
                            : 16 + 4L * s.stockedSizes().length)
                    + 4;
        }
        return bytes;
    }

    private static long chars(String s) {
        return s == null ? 0 : 40 + s.length();
    }
}
