package jp.musubi.broadcast.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jp.musubi.platform.storage.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where this node works on uploads and transcodes: a folder of its own under the data
 * folder ({@code work/broadcast/<node>}), held by a file lock while the node runs. A node
 * killed in the middle of a transcode (the job then runs again elsewhere or after the
 * restart) leaves its folder behind, up to a copy of a 2 GB video and its ladder; the
 * operating system releases the lock with the process, so the next node to start on this
 * machine removes every folder whose lock it can take. Folders of nodes still running, in
 * this process or another, stay.
 */
@Component
class WorkFolders implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WorkFolders.class);

	private static final String LOCK = ".lock";

	/** A lock file being made: it is renamed into place only once it is locked. */
	private static final String LOCKING = ".locking-";

	private final Path root;

	private final Path own;

	private final FileChannel lockFile;

	private final FileLock lock;

	@Autowired
	WorkFolders(DataDirectory data) {
		this(data.dataDir());
	}

	WorkFolders(Path dataDirectory) {
		this.root = dataDirectory.resolve("work").resolve("broadcast").toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.root);
			removeLeftovers();
			String node = UUID.randomUUID().toString();
			Path locking = this.root.resolve(LOCKING + node);
			this.lockFile = FileChannel.open(locking, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			this.lock = this.lockFile.lock();
			// Renamed once locked: another node cleaning up never sees it unlocked.
			Files.move(locking, this.root.resolve(node + LOCK), StandardCopyOption.ATOMIC_MOVE);
			this.own = Files.createDirectory(this.root.resolve(node));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the work folder under " + this.root, ex);
		}
	}

	/** A new, empty folder for one upload or one transcode. */
	Path newFolder() {
		try {
			return Files.createTempDirectory(this.own, "job-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes the folder and everything in it; a failure is left for the next start. */
	static void delete(Path folder) {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// The next start of a node removes what is left.
		}
	}

	@Override
	public void destroy() throws IOException {
		delete(this.own);
		Files.deleteIfExists(this.root.resolve(this.own.getFileName() + LOCK));
		this.lock.release();
		this.lockFile.close();
	}

	private void removeLeftovers() throws IOException {
		List<Path> entries;
		try (Stream<Path> listed = Files.list(this.root)) {
			entries = listed.toList();
		}
		for (Path entry : entries) {
			String name = entry.getFileName().toString();
			if (name.endsWith(LOCK) || name.startsWith(LOCKING)) {
				String node = name.endsWith(LOCK) ? name.substring(0, name.length() - LOCK.length()) : null;
				removeIfAbandoned(entry, (node == null) ? null : this.root.resolve(node));
			}
			else if (Files.isDirectory(entry) && !Files.exists(this.root.resolve(name + LOCK))) {
				// A folder whose lock is gone: its node is gone too.
				log.info("Removing the work folder {} left by a node that stopped", entry);
				delete(entry);
			}
		}
	}

	private static void removeIfAbandoned(Path lockPath, Path folder) throws IOException {
		try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.WRITE)) {
			FileLock taken;
			try {
				taken = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				// A node in this very process holds it.
				return;
			}
			if (taken == null) {
				return;
			}
			try {
				if (folder != null) {
					log.info("Removing the work folder {} left by a node that stopped", folder);
					delete(folder);
				}
				Files.deleteIfExists(lockPath);
			}
			finally {
				taken.release();
			}
		}
		catch (NoSuchFileException ex) {
			// Another node starting at the same moment removed it first.
		}
	}

}
