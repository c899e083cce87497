package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The sign-in form; {@code failed} after a wrong name or password, {@code signedOut} after signing out. */
@RegisterForReflection
public record SignInPage(boolean failed, boolean signedOut) {
}
