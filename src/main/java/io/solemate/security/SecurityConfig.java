package io.solemate.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** {@code solemate.security.*}: who may call the API. The defaults fail closed. */
@ConfigMapping(prefix = "solemate.security")
public interface SecurityConfig {

    /**
     * Accepted values of the {@code X-API-Key} header with their scopes, {@code <key>:<scope>[+<scope>...]} (from a
     * Kubernetes Secret in production), e.g. {@code shopfront-7f3a9c:ingest+read}. None: no writes.
     */
    Optional<List<String>> apiKeys();

    /** Require a key for reads too (on by default; the local and test profiles turn it off). */
    @WithDefault("true")
    boolean protectReads();
}
