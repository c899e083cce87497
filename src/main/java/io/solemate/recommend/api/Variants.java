package io.solemate.recommend.api;

import io.solemate.common.Vocabulary;

/** Which colourways of a style a list shows: the best-scored one, or all of them. */
public enum Variants implements Vocabulary {
    BEST, ALL
}
