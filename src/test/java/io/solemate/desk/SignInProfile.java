package io.solemate.desk;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The desk as outside local runs: sign-in on, two accounts (a clerk, and an administrator who may refit). The
 * passwords are plain text here only; deployments give SHA-512 digests from the environment (README).
 */
public class SignInProfile implements QuarkusTestProfile {

    static final String SESSION = "solemate-desk-session";
    static final String STAFF = "clerk";
    static final String STAFF_PASSWORD = "clerk-test-password";
    static final String ADMIN = "boss";
    static final String ADMIN_PASSWORD = "boss-test-password";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("solemate.desk.sign-in", "true",
                "quarkus.security.users.embedded.plain-text", "true",
                "quarkus.security.users.embedded.users." + STAFF, STAFF_PASSWORD,
                "quarkus.security.users.embedded.users." + ADMIN, ADMIN_PASSWORD,
                "quarkus.security.users.embedded.roles." + ADMIN, DeskAccess.ADMIN,
                "quarkus.http.test-port", "0");
    }
}
