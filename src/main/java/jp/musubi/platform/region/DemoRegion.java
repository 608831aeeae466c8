package jp.musubi.platform.region;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether each module loads its part of the demo region (湯の森) into an empty database at
 * start ({@code musubi.demo.enabled}), so that a newcomer's first start has something to
 * look at.
 */
@ConfigurationProperties("musubi.demo")
public record DemoRegion(boolean enabled) {

}
