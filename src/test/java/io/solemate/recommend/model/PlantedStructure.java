package io.solemate.recommend.model;

import io.solemate.interactions.EventKind;
import java.util.Random;

/**
 * A users x items matrix with planted block structure: users and items fall into {@code blocks} groups and every
 * user interacted with a random half of their group's items and nothing else. A model that recovers the structure
 * ranks the unseen in-group items above all others.
 */
final class PlantedStructure {

    final int users;
    final int items;
    final int blocks;
    final InteractionMatrix matrix;

    PlantedStructure(int users, int items, int blocks, long seed) {
        this.users = users;
        this.items = items;
        this.blocks = blocks;
        Random random = new Random(seed);
        InteractionMatrix.Builder builder = new InteractionMatrix.Builder(users, items);
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                if (block(i) == userBlock(u) && random.nextBoolean()) {
                    builder.add(u, i, 1f + random.nextInt(3), EventKind.PURCHASE, 0);
                }
            }
        }
        matrix = builder.build();
    }

    int userBlock(int u) {
        return u % blocks;
    }

    int block(int item) {
        return item % blocks;
    }

    /** Share of users whose top-5 unseen items all lie in their own block. */
    double recovered(ItemScorer model) {
        double[] scores = new double[items];
        int good = 0;
        for (int u = 0; u < users; u++) {
            model.score(u, scores);
            for (int k = matrix.rowStart(u); k < matrix.rowEnd(u); k++) {
                scores[matrix.colIndex(k)] = Double.NEGATIVE_INFINITY;
            }
            boolean allInBlock = true;
            for (int i : TopK.select(scores, 5)) {
                allInBlock &= block(i) == userBlock(u);
            }
            good += allInBlock ? 1 : 0;
        }
        return (double) good / users;
    }
}
