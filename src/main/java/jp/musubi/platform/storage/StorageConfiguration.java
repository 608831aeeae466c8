package jp.musubi.platform.storage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ StorageProperties.class, DataDirectory.class })
class StorageConfiguration {

	@Bean
	@ConditionalOnProperty(name = "musubi.storage.type", havingValue = "local", matchIfMissing = true)
	FileStorage localFileStorage(StorageProperties properties) {
		if (properties.directory() == null) {
			throw new IllegalArgumentException("musubi.storage.directory is required when musubi.storage.type=local");
		}
		return new LocalFileStorage(properties.directory());
	}

	@Bean
	@ConditionalOnProperty(name = "musubi.storage.type", havingValue = "s3")
	FileStorage s3FileStorage(StorageProperties properties) {
		return S3FileStorage.connect(properties.s3());
	}

}
