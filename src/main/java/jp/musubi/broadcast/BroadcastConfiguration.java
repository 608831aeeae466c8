package jp.musubi.broadcast;

import jp.musubi.broadcast.video.Ffmpeg;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BroadcastProperties.class)
class BroadcastConfiguration {

	@Bean
	Ffmpeg ffmpeg(BroadcastProperties properties) {
		return new Ffmpeg(properties.ffmpeg(), properties.ffprobe(), properties.transcodeTimeout());
	}

}
