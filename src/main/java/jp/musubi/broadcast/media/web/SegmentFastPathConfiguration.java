package jp.musubi.broadcast.media.web;

import jp.musubi.broadcast.media.MediaFolder;
import jp.musubi.broadcast.media.SignedLinks;
import jp.musubi.platform.storage.FileStorage;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class SegmentFastPathConfiguration {

	/**
	 * First of all filters, before sessions and security, for the segment addresses only.
	 */
	@Bean
	FilterRegistrationBean<SegmentFastPath> segmentFastPath(FileStorage storage, SignedLinks links) {
		FilterRegistrationBean<SegmentFastPath> registration = new FilterRegistrationBean<>(
				new SegmentFastPath(storage, links));
		registration.addUrlPatterns(MediaFolder.PUBLIC_PATH + "*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
