package jp.musubi.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.LegacyMd5Plugin;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The store in an S3-compatible bucket (AWS S3, MinIO, Ceph, a cloud's object storage),
 * which every node of a cluster reaches. Keys are object keys as they are; S3 replaces an
 * object only once the whole of it has arrived, so readers never see half of one.
 */
class S3FileStorage implements FileStorage, AutoCloseable {

	/** DeleteObjects takes at most this many keys in one request. */
	private static final int DELETE_BATCH = 1000;

	private static final int NOT_FOUND = 404;

	private final S3Client s3;

	private final String bucket;

	S3FileStorage(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	static S3FileStorage connect(StorageProperties.S3 settings) {
		if (settings.bucket() == null || settings.bucket().isBlank()) {
			throw new IllegalArgumentException("musubi.storage.s3.bucket is required when musubi.storage.type=s3");
		}
		return new S3FileStorage(client(settings), settings.bucket());
	}

	/**
	 * The SDK's newer default adds CRC checksums to every upload, in chunked trailers,
	 * which several S3-compatible servers refuse; this client adds a checksum only where
	 * S3 requires one (batch deletes), with the Content-MD5 that older servers insist on
	 * beside it.
	 */
	static S3Client client(StorageProperties.S3 settings) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(settings.region()))
			.credentialsProvider(credentials(settings))
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.addPlugin(LegacyMd5Plugin.create());
		if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(settings.endpoint()));
		}
		return builder.build();
	}

	private static AwsCredentialsProvider credentials(StorageProperties.S3 settings) {
		if (settings.accessKey() == null || settings.accessKey().isBlank()) {
			// on AWS itself, a role of the machine or the usual environment variables
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
	}

	@Override
	public StoredFile store(String area, InputStream content, long maxBytes) {
		String key = StorageKey.newKey(area);
		Path spool = null;
		try {
			// S3 wants the length before the body: spool to disk, never to the heap
			spool = Files.createTempFile("musubi-upload-", ".part");
			UploadCopy.Copied copied = UploadCopy.copy(content, spool, maxBytes);
			this.s3.putObject((put) -> put.bucket(this.bucket).key(key).contentLength(copied.size()),
					RequestBody.fromFile(spool));
			return new StoredFile(key, copied.size(), copied.sha256());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (spool != null) {
				UploadCopy.deleteQuietly(spool);
			}
		}
	}

	@Override
	public void put(String key, Path file) {
		StorageKey.check(key);
		this.s3.putObject((put) -> put.bucket(this.bucket).key(key), RequestBody.fromFile(file));
	}

	@Override
	public void put(String key, byte[] content) {
		StorageKey.check(key);
		this.s3.putObject((put) -> put.bucket(this.bucket).key(key), RequestBody.fromBytes(content));
	}

	@Override
	public Optional<StoredContent> read(String key) {
		StorageKey.check(key);
		try {
			ResponseInputStream<GetObjectResponse> stream = this.s3
				.getObject((get) -> get.bucket(this.bucket).key(key));
			return Optional.of(new StoredContent(stream.response().contentLength(), stream));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public boolean exists(String key) {
		StorageKey.check(key);
		try {
			this.s3.headObject((head) -> head.bucket(this.bucket).key(key));
			return true;
		}
		catch (S3Exception ex) {
			// HEAD has no body to say NoSuchKey in; the status is all there is
			if (ex.statusCode() == NOT_FOUND) {
				return false;
			}
			throw ex;
		}
	}

	@Override
	public void delete(String key) {
		StorageKey.check(key);
		this.s3.deleteObject((delete) -> delete.bucket(this.bucket).key(key));
	}

	@Override
	public void deleteFolder(String folder) {
		delete(folder);
		List<ObjectIdentifier> batch = new ArrayList<>();
		for (S3Object object : this.s3.listObjectsV2Paginator((list) -> list.bucket(this.bucket).prefix(folder + "/"))
			.contents()) {
			batch.add(ObjectIdentifier.builder().key(object.key()).build());
			if (batch.size() == DELETE_BATCH) {
				deleteAll(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			deleteAll(batch);
		}
	}

	private void deleteAll(List<ObjectIdentifier> objects) {
		var response = this.s3
			.deleteObjects((delete) -> delete.bucket(this.bucket).delete((keys) -> keys.objects(objects).quiet(true)));
		if (response.hasErrors() && !response.errors().isEmpty()) {
			throw new IllegalStateException("Could not delete " + response.errors().size() + " objects, first "
					+ response.errors().get(0).key() + ": " + response.errors().get(0).message());
		}
	}

	@Override
	public Optional<Path> localPath(String key) {
		StorageKey.check(key);
		return Optional.empty();
	}

	@Override
	public void close() {
		this.s3.close();
	}

}
