package io.solemate.desk;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The account using the desk in this request, for the templates ({@code {inject:signedIn.name}}) and the resource:
 * who is signed in, and whether they may refit the model. Without sign-in (local runs) there is no account, and the
 * desk's own actions are open.
 */
@Named("signedIn")
@RequestScoped
public class SignedIn {

    private final SecurityIdentity identity;
    private final boolean signInRequired;

    public SignedIn(SecurityIdentity identity, DeskConfig config) {
        this.identity = identity;
        this.signInRequired = config.signIn();
    }

    /** The account's name; null when nobody is signed in. */
    public String name() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public boolean signInRequired() {
        return signInRequired;
    }

    /** Refitting costs minutes of both cores: with sign-in, only administrators may start one from the desk. */
    public boolean mayRefit() {
        return !signInRequired || identity.hasRole(DeskAccess.ADMIN);
    }
}
