package jp.musubi.platform.region;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ HomeRegion.class, DemoRegion.class })
class RegionConfiguration {

}
