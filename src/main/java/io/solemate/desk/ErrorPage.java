package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What went wrong, for a person: shown for unknown customers and shoes and other failed requests. */
@RegisterForReflection
public record ErrorPage(int status, String title, String detail) {
}
