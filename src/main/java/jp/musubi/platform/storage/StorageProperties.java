package jp.musubi.platform.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where media are kept: {@code local}, a folder on this node's disk (the default, for one
 * node), or {@code s3}, an S3-compatible bucket every node of a cluster reaches.
 */
@ConfigurationProperties("musubi.storage")
record StorageProperties(@DefaultValue("local") String type, Path directory, @DefaultValue S3 s3) {

	StorageProperties {
		if (!"local".equals(type) && !"s3".equals(type)) {
			throw new IllegalArgumentException("musubi.storage.type must be local or s3, not " + type);
		}
	}

	/**
	 * An S3-compatible service: an empty endpoint means AWS itself, empty keys mean the
	 * machine's own AWS credentials. Path-style addressing ({@code host/bucket/key}) is
	 * the default because most self-hosted servers need it.
	 */
	record S3(String endpoint, @DefaultValue("ap-northeast-1") String region, String bucket, String accessKey,
			String secretKey, @DefaultValue("true") boolean pathStyle) {

	}

}
