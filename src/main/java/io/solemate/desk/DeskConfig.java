package io.solemate.desk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code solemate.desk.*}: the store desk at {@code /}. Its read/dismiss buttons need no API key, so
 * production deployments switch it off ({@code SOLEMATE_DESK_ENABLED=false}); its routes then answer 404.
 */
@ConfigMapping(prefix = "solemate.desk")
public interface DeskConfig {

    @WithDefault("true")
    boolean enabled();
}
