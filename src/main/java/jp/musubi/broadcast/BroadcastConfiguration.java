package jp.musubi.broadcast;

import jp.musubi.broadcast.video.Ffmpeg;
import jp.musubi.broadcast.video.VideoLimits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BroadcastProperties.class)
class BroadcastConfiguration {

	@Bean
	Ffmpeg ffmpeg(BroadcastProperties properties) {
		int[] sides = VideoLimits.sides(properties.maxVideoResolution());
		VideoLimits limits = new VideoLimits(sides[0], sides[1], properties.maxVideoDuration(),
				properties.maxVideoFrameRate(), properties.maxVideoFrames());
		return new Ffmpeg(properties.ffmpeg(), properties.ffprobe(), limits, properties.probeTimeout(),
				properties.transcodeTimeFactor());
	}

}
