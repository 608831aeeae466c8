package jp.musubi.platform.storage;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class FileStorageSelectionTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(StorageConfiguration.class)
		.withPropertyValues("musubi.storage.directory=target/storage-selection");

	@Test
	void aLocalFolderUnlessToldOtherwise() {
		this.context
			.run((context) -> assertThat(context).getBean(FileStorage.class).isInstanceOf(LocalFileStorage.class));
	}

	@Test
	void anS3BucketWhenTheTypeIsS3() {
		this.context
			.withPropertyValues("musubi.storage.type=s3", "musubi.storage.s3.endpoint=http://127.0.0.1:9000",
					"musubi.storage.s3.bucket=musubi", "musubi.storage.s3.access-key=musubi",
					"musubi.storage.s3.secret-key=secret")
			.run((context) -> assertThat(context).getBean(FileStorage.class).isInstanceOf(S3FileStorage.class));
	}

	@Test
	void anS3StoreWithoutABucketDoesNotStart() {
		this.context.withPropertyValues("musubi.storage.type=s3")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("musubi.storage.s3.bucket"));
	}

	@Test
	void anUnknownTypeDoesNotStart() {
		this.context.withPropertyValues("musubi.storage.type=nfs")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("musubi.storage.type must be local or s3"));
	}

}
