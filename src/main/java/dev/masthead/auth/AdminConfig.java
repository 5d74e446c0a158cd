package dev.masthead.auth;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The first admin account, created at start-up while no account exists. */
@ConfigMapping(prefix = "masthead.admin")
public interface AdminConfig {

    Optional<String> email();

    Optional<String> password();

    @WithDefault("Administrator")
    String name();
}
