package io.solemate.recommend.serving;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A blend as fitted: how components are normalized and the weight of each (components absent from the map weigh
 * zero and are never computed).
 */
public record BlendWeights(Normalization normalization, Map<Component, Double> weights) {

    public BlendWeights {
        EnumMap<Component, Double> positive = new EnumMap<>(Component.class);
        for (var e : weights.entrySet()) {
            double weight = e.getValue();
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("blend weights must be finite and non-negative: " + weights);
            }
            if (weight > 0) {
                positive.put(e.getKey(), weight);
            }
        }
        weights = Collections.unmodifiableMap(positive);
    }

    /** Min-max normalized components with these weights, in {@link Component} order. */
    public static BlendWeights minMax(Map<Component, Double> weights) {
        return new BlendWeights(Normalization.MINMAX, weights);
    }

    public double weight(Component component) {
        return weights.getOrDefault(component, 0.0);
    }

    /** The summed weight of the collaborative components. */
    public double collaborative() {
        return group(Component.Group.COLLABORATIVE);
    }

    public double content() {
        return group(Component.Group.CONTENT);
    }

    public double popularity() {
        return group(Component.Group.POPULARITY);
    }

    private double group(Component.Group group) {
        return weights.entrySet().stream().filter(e -> e.getKey().group() == group)
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /**
     * As JSON (API, model_runs): the normalization, each weighted component by its label, and the three group
     * sums a reader compares at a glance.
     */
    @JsonValue
    public Map<String, Object> describe() {
        Map<String, Double> byLabel = new LinkedHashMap<>();
        weights.forEach((component, weight) -> byLabel.put(component.label(), weight));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("normalization", normalization.label());
        json.put("weights", byLabel);
        json.put("collaborative", collaborative());
        json.put("content", content());
        json.put("popularity", popularity());
        return json;
    }

    /** The collaborative components with a weight, e.g. "ALS" or "PureSVD+ALS"; "none" without any. */
    public String collaborativeModel() {
        String names = weights.keySet().stream().filter(c -> c.group() == Component.Group.COLLABORATIVE)
                .map(Component::label).collect(Collectors.joining("+"));
        return names.isEmpty() ? "none" : names;
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeUTF(normalization.name());
        out.writeInt(weights.size());
        for (var e : weights.entrySet()) {
            out.writeUTF(e.getKey().name());
            out.writeDouble(e.getValue());
        }
    }

    public static BlendWeights readFrom(DataInput in) throws IOException {
        Normalization normalization = Normalization.valueOf(in.readUTF());
        Map<Component, Double> weights = new EnumMap<>(Component.class);
        for (int n = in.readInt(); n > 0; n--) {
            weights.put(Component.valueOf(in.readUTF()), in.readDouble());
        }
        return new BlendWeights(normalization, weights);
    }

    @Override
    public String toString() {
        return normalization.label() + " " + weights.entrySet().stream()
                .map(e -> e.getKey().label() + "=" + e.getValue()).collect(Collectors.joining(", ", "{", "}"));
    }
}
