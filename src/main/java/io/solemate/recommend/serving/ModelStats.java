package io.solemate.recommend.serving;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Facts about one fit: sizes, time per step, validation metrics per ranker (each {@link Component}'s label and
 * "Hybrid", to {"ndcg@10", "recall@10"}), the hyper-parameters the search chose per component (label to name to
 * value, plus "search": trials, accepted moves, whether the time budget ran out), the blend it chose, and an
 * estimate of the model's heap footprint.
 */
public record ModelStats(int users, int shoes, long interactions, Map<String, Long> fitMillis,
                         Map<String, Map<String, Double>> validation, Map<String, Map<String, String>> hyperParameters,
                         BlendWeights blendWeights, long memoryBytes) {

    public ModelStats {
        fitMillis = Collections.unmodifiableMap(new LinkedHashMap<>(fitMillis));
        validation = frozen(validation);
        hyperParameters = frozen(hyperParameters);
    }

    private static <V> Map<String, Map<String, V>> frozen(Map<String, Map<String, V>> nested) {
        var copy = new LinkedHashMap<String, Map<String, V>>();
        nested.forEach((key, inner) -> copy.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(inner))));
        return Collections.unmodifiableMap(copy);
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
        out.writeInt(hyperParameters.size());
        for (var component : hyperParameters.entrySet()) {
            out.writeUTF(component.getKey());
            out.writeInt(component.getValue().size());
            for (var parameter : component.getValue().entrySet()) {
                out.writeUTF(parameter.getKey());
                out.writeUTF(parameter.getValue());
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
        Map<String, Map<String, String>> hyperParameters = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String component = in.readUTF();
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int m = in.readInt(); m > 0; m--) {
                parameters.put(in.readUTF(), in.readUTF());
            }
            hyperParameters.put(component, parameters);
        }
        return new ModelStats(users, shoes, interactions, fitMillis, validation, hyperParameters,
                BlendWeights.readFrom(in),
                in.readLong());
    }
}
