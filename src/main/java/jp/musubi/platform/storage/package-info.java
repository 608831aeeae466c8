/**
 * Uploaded files, kept under keys the platform chooses so that no file name a user sends
 * can reach outside the storage folder.
 */
@org.springframework.modulith.NamedInterface("storage")
package jp.musubi.platform.storage;
