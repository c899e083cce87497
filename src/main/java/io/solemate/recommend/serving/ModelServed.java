package io.solemate.recommend.serving;

/** A CDI event: {@code model} is now served (a fit or a load swapped it in). Fired on the thread that swapped it. */
public record ModelServed(ServedModel model) {
}
