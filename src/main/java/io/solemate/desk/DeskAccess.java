package io.solemate.desk;

import io.quarkus.vertx.http.security.HttpSecurity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Who may use the store desk. With sign-in on, every path outside the API, the platform endpoints ({@code /q}), the
 * stylesheet and the sign-in page itself needs a signed-in account: Quarkus's form authentication (configured in
 * application.properties: {@code /sign-in}, an encrypted {@code HttpOnly}, {@code SameSite=Strict} session cookie)
 * checks the name and password against the embedded realm of {@code quarkus-elytron-security-properties-file}, whose
 * accounts come from the environment ({@code QUARKUS_SECURITY_USERS_EMBEDDED_USERS_<NAME>}, README). A request
 * without a session is redirected to the sign-in page. The API keeps its own keys ({@code security.ApiKeyFilter}).
 */
@ApplicationScoped
public class DeskAccess {

    /** The role that may refit the model from the desk; every other signed-in account is plain staff. */
    public static final String ADMIN = "admin";
    public static final String SIGN_IN = "/sign-in";
    /** Where the sign-in form posts: Quarkus's form mechanism handles it before any resource. */
    static final String SIGN_IN_POST = "/j_security_check";

    private static final Logger LOG = Logger.getLogger(DeskAccess.class);

    void protectTheDesk(@Observes HttpSecurity http, DeskConfig config,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        if (!config.enabled()) {
            return;
        }
        if (!config.signIn()) {
            LOG.info("The store desk is open without sign-in (solemate.desk.sign-in=false)");
            return;
        }
        if (sessionKey.filter(key -> !key.isBlank()).isEmpty()) {
            // Quarkus then signs sessions with a random per-process key (and would log it: its logger is quietened
            // in application.properties, as a key in the logs lets anyone who reads them forge a staff session).
            LOG.warn("SOLEMATE_DESK_SESSION_KEY is not set: desk sessions end when this process restarts and work "
                    + "on this replica only; give every replica the same key of 32 or more characters");
        }
        http.path("/*").authenticated()
                .path("/api/*", "/q/*", "/desk/*", SIGN_IN, SIGN_IN_POST).permit();
    }
}
