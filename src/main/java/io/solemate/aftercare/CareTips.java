package io.solemate.aftercare;

import io.solemate.catalog.Material;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The text of a care reminder: a title naming the shoe, and a body of the shoe's care instructions plus, in a wet,
 * snowy or hot season, a tip for that weather and the upper material: waterproofing for wet weeks, salt stains for
 * snowy ones, drying and heat for hot ones. Every (condition, material) pair has a tip.
 *
 * <p>A care reminder stores only the condition of its season ({@code notifications.tip}); its text is rendered here
 * when it is read, from the shoe as it is then (see {@link Notification}).
 */
public final class CareTips {

    /** The weather conditions that bring a tip, in the order a season calendar numbers them (from 1). */
    public static final List<WeatherCondition> CONDITIONS = Arrays.stream(WeatherCondition.values())
            .filter(WeatherCondition::bringsTip).toList();

    private static final Map<WeatherCondition, Map<Material, String>> TIPS = Map.of(
            WeatherCondition.WET, Map.of(
                    Material.LEATHER, "Wet weeks ahead: work a waterproofing wax or cream into the leather, and let wet pairs dry slowly away from radiators.",
                    Material.SUEDE, "Wet weeks ahead: spray a suede protector before you wear them, and brush the nap up again once they are dry.",
                    Material.NUBUCK, "Wet weeks ahead: spray a nubuck protector before you wear them, and brush the nap up again once they are dry.",
                    Material.MESH, "Wet weeks ahead: mesh lets water in, so a water-repellent spray helps; stuff wet pairs with paper to dry them.",
                    Material.KNIT, "Wet weeks ahead: a fabric water repellent keeps the knit from soaking through; air-dry wet pairs flat, never in a dryer.",
                    Material.CANVAS, "Wet weeks ahead: a fabric protector spray keeps canvas from soaking and staining; dry wet pairs stuffed with paper.",
                    Material.SYNTHETIC, "Wet weeks ahead: a water-repellent spray keeps the upper dry; wipe off mud before it dries on.",
                    Material.RUBBER, "Wet weeks ahead: rubber keeps water out, but rinse off grit and check that the soles still grip."),
            WeatherCondition.SNOWY, Map.of(
                    Material.LEATHER, "Snowy weeks ahead: wipe road-salt stains off with a damp cloth (a dash of white vinegar helps) and condition the leather afterwards.",
                    Material.SUEDE, "Snowy weeks ahead: let salt stains dry, then brush them out and lift white rings with a suede eraser; renew the protector.",
                    Material.NUBUCK, "Snowy weeks ahead: let salt stains dry, then brush them out and lift white rings with a nubuck eraser; renew the protector.",
                    Material.MESH, "Snowy weeks ahead: rinse road salt out of the mesh with lukewarm water before it stiffens, then air-dry.",
                    Material.KNIT, "Snowy weeks ahead: rinse road salt out of the knit with lukewarm water before it stiffens, then air-dry flat.",
                    Material.CANVAS, "Snowy weeks ahead: rinse road salt out of the canvas before it leaves tide marks, then air-dry.",
                    Material.SYNTHETIC, "Snowy weeks ahead: wipe road salt off the upper and the seams after each wear.",
                    Material.RUBBER, "Snowy weeks ahead: rinse road salt off after each wear; it dries rubber out until it cracks."),
            WeatherCondition.HOT, Map.of(
                    Material.LEATHER, "Hot weeks ahead: keep the leather out of direct sun and hot cars so it doesn't dry out and crack; condition it more often.",
                    Material.SUEDE, "Hot weeks ahead: store them out of the sun, which fades suede, and let them air between wears.",
                    Material.NUBUCK, "Hot weeks ahead: store them out of the sun, which fades nubuck, and let them air between wears.",
                    Material.MESH, "Hot weeks ahead: let them dry out fully between wears and freshen the insoles; never dry them in the sun or on a heater.",
                    Material.KNIT, "Hot weeks ahead: let them dry out fully between wears and freshen the insoles; heat shrinks knit, so no heaters.",
                    Material.CANVAS, "Hot weeks ahead: air them between wears and wash the insoles; keep white canvas out of the sun so it doesn't yellow.",
                    Material.SYNTHETIC, "Hot weeks ahead: don't leave them in a hot car; heat weakens the glue of synthetic uppers.",
                    Material.RUBBER, "Hot weeks ahead: keep rubber out of direct sun and hot cars; heat softens and deforms it."));

    private CareTips() {
    }

    public static String tip(WeatherCondition condition, Material material) {
        Map<Material, String> byMaterial = condition == null ? null : TIPS.get(condition);
        return byMaterial == null ? null : byMaterial.get(material);
    }

    /** The title of a care reminder for the shoe named {@code shoeName}. */
    static String title(String shoeName) {
        return "Time to care for your " + shoeName;
    }

    /**
     * The body of a care reminder: the shoe's care instructions, then the tip for the season's {@code condition}
     * (null: none) and the shoe's material after a blank line.
     */
    static String body(String careInstructions, WeatherCondition condition, Material material) {
        String tip = tip(condition, material);
        return tip == null ? careInstructions : careInstructions + "\n\n" + tip;
    }
}
