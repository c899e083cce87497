package io.solemate.recommend.serving;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Facts about one fit: sizes, time per step, validation metrics per ranker (each {@link Component}'s label and
 * "Hybrid", to {"ndcg@10", "recall@10"}), the blend it chose, and an estimate of the model's heap footprint.
 */
public record ModelStats(int users, int shoes, long interactions, Map<String, Long> fitMillis,
                         Map<String, Map<String, Double>> validation, BlendWeights blendWeights, long memoryBytes) {

    public ModelStats {
        fitMillis = Collections.unmodifiableMap(new LinkedHashMap<>(fitMillis));
        var copy = new LinkedHashMap<String, Map<String, Double>>();
        validation.forEach((model, metrics) -> copy.put(model,
                Collections.unmodifiableMap(new LinkedHashMap<>(metrics))));
        validation = Collections.unmodifiableMap(copy);
    }

    /** The collaborative components the blend uses, e.g. "ALS"; "none" without any. */
    public String collaborativeModel() {
        return blendWeights.collaborativeModel();
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(users);
        out.writeInt(shoes);
        out.writeLong(interactions);
        out.writeInt(fitMillis.size());
        for (var e : fitMillis.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeInt(validation.size());
        for (var model : validation.entrySet()) {
            out.writeUTF(model.getKey());
            out.writeInt(model.getValue().size());
            for (var metric : model.getValue().entrySet()) {
                out.writeUTF(metric.getKey());
                out.writeDouble(metric.getValue());
            }
        }
        blendWeights.writeTo(out);
        out.writeLong(memoryBytes);
    }

    public static ModelStats readFrom(DataInput in) throws IOException {
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
        return new ModelStats(users, shoes, interactions, fitMillis, validation, BlendWeights.readFrom(in),
                in.readLong());
    }
}
