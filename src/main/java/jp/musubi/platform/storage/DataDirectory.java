package jp.musubi.platform.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The folder of this node's own files: the embedded database, the search index, the
 * uploaded files when they are kept locally, and work in progress (a video being
 * transcoded). Unlike the file store, never shared between nodes.
 *
 * @param dataDir the folder, {@code ./data} by default
 */
@ConfigurationProperties("musubi")
public record DataDirectory(Path dataDir) {

}
