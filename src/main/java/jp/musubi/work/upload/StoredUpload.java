package jp.musubi.work.upload;

/** An upload that passed the checks and is in file storage. */
public record StoredUpload(String key, String filename, String contentType, long size, String sha256) {

}
