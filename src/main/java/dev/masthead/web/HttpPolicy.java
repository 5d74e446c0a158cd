package dev.masthead.web;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which browser origins may call which API. */
@ConfigMapping(prefix = "masthead.cors")
public interface HttpPolicy {

    /** Origins allowed to read the Delivery API; {@code *} for any. */
    @WithDefault("*")
    List<String> deliveryOrigins();

    /** Origins allowed to call the Management API; none unless configured. */
    Optional<List<String>> managementOrigins();
}
