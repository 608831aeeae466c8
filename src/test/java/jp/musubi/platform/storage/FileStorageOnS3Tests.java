package jp.musubi.platform.storage;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S3 store against s3proxy on loopback, backed by jclouds' in-memory store: a real S3
 * protocol server (signatures, listing, batch deletes) without Docker or a network.
 */
class FileStorageOnS3Tests extends FileStorageContract {

	private static final String ACCESS_KEY = "musubi";

	private static final String SECRET_KEY = "musubi-secret";

	private static BlobStoreContext blobs;

	private static S3Proxy server;

	private static S3Client s3;

	private String bucket;

	private S3FileStorage storage;

	@BeforeAll
	static void startServer() throws Exception {
		// by its metadata rather than its name, which would load every provider s3proxy
		// lists, Azure's among them, whose libraries are left out
		blobs = ContextBuilder.newBuilder(new TransientApiMetadata())
			.credentials("musubi", "musubi")
			.build(BlobStoreContext.class);
		server = S3Proxy.builder()
			.blobStore(blobs.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			// s3proxy refuses any header it does not know, and it does not know the CRC32
			// the SDK adds to batch deletes beside Content-MD5; S3 and the servers people
			// run (MinIO, Ceph) take it
			.ignoreUnknownHeaders(true)
			.build();
		server.start();
		s3 = S3FileStorage.client(new StorageProperties.S3("http://127.0.0.1:" + server.getPort(), "ap-northeast-1",
				null, ACCESS_KEY, SECRET_KEY, true));
	}

	@AfterAll
	static void stopServer() throws Exception {
		s3.close();
		server.stop();
		blobs.close();
	}

	@BeforeEach
	void emptyBucket() {
		this.bucket = "musubi-" + UUID.randomUUID();
		// straight in the in-memory store, which knows no region to constrain the bucket
		// to
		blobs.getBlobStore().createContainerInLocation(null, this.bucket);
		this.storage = new S3FileStorage(s3, this.bucket);
	}

	@Override
	FileStorage storage() {
		return this.storage;
	}

	@Override
	List<String> everythingKept() {
		return s3.listObjectsV2Paginator((list) -> list.bucket(this.bucket))
			.contents()
			.stream()
			.map(S3Object::key)
			.toList();
	}

	@Test
	void thereIsNoLocalPathToServeFrom() {
		String key = this.storage.newFolder("broadcasts") + "/master.m3u8";
		this.storage.put(key, bytes("#EXTM3U\n"));

		assertThat(this.storage.localPath(key)).isEmpty();
		assertThat(this.storage.exists(key)).isTrue();
	}

}
