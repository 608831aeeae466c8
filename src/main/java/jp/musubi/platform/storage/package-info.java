/**
 * Uploaded files and media, in a local folder or an S3-compatible bucket, kept under keys
 * the platform chooses so that no file name a user sends can reach outside the store.
 */
@org.springframework.modulith.NamedInterface("storage")
package jp.musubi.platform.storage;
