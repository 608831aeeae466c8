package jp.musubi.platform.region;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The region the agent serves ({@code musubi.region}): its prefecture, as the JIS X 0401
 * code, by which members, requests and viewers are told apart as from the region or from
 * outside it.
 */
@ConfigurationProperties("musubi.region")
public record HomeRegion(@DefaultValue("07") String prefecture) {

}
