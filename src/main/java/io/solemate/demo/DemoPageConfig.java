package io.solemate.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code solemate.demo-page.*}: the staff demo page at {@code /}. Its read/dismiss buttons need no API key, so
 * production deployments switch it off ({@code SOLEMATE_DEMO_PAGE_ENABLED=false}); its routes then answer 404.
 */
@ConfigMapping(prefix = "solemate.demo-page")
public interface DemoPageConfig {

    @WithDefault("true")
    boolean enabled();
}
