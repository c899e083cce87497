package io.solemate.desk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code solemate.desk.*}: the store desk at {@code /}. Off unless configured, so a plain {@code java -jar} or
 * container run never shows customers' names to whoever finds the port; with it on, staff sign in first
 * ({@link DeskAccess}). The local profile (the embedded-database run) and the tests turn it on without sign-in.
 */
@ConfigMapping(prefix = "solemate.desk")
public interface DeskConfig {

    /** Serve the desk; off, its routes answer 404 like any unknown path. */
    @WithDefault("false")
    boolean enabled();

    /**
     * Staff sign in (form login against the accounts in {@code quarkus.security.users.embedded.*}) before any desk
     * page answers; refitting the model from the desk then needs the {@value DeskAccess#ADMIN} role.
     */
    @WithDefault("true")
    boolean signIn();
}
