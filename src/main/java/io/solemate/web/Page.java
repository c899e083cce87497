package io.solemate.web;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** One page of a list: the items, where the page starts, its size, and the total count. */
@RegisterForReflection
public record Page<T>(List<T> items, int page, int limit, long total) {
}
