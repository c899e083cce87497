package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Enough of a shoe to link to it: a replacement suggestion. */
@RegisterForReflection
public record ShoeLink(long id, String name, String brand, double price, boolean inStock) {
}
