package jp.musubi.broadcast.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The folders transcodes and uploads are worked on: what a node killed in the middle of a
 * transcode leaves is removed when a node starts, what a running node holds is not.
 */
class WorkFoldersTests {

	@TempDir
	Path data;

	@Test
	void theFolderOfATranscodeKilledMidWayIsRemovedWhenANodeStarts() throws Exception {
		Path left = folderOfAKilledNode();
		assertThat(left.resolve("source")).as("the killed node's copy of the upload").exists();

		WorkFolders restarted = new WorkFolders(this.data);
		try {
			assertThat(left).doesNotExist();
			assertThat(Files.list(this.data.resolve("work/broadcast")).map((p) -> p.getFileName().toString()))
				.as("only the new node's folder and lock")
				.hasSize(2);
		}
		finally {
			restarted.destroy();
		}
	}

	@Test
	void aRunningNodesFolderStaysWhenAnotherNodeStarts() throws Exception {
		WorkFolders running = new WorkFolders(this.data);
		Path job = running.newFolder();
		Files.writeString(job.resolve("source"), "a video being transcoded");

		WorkFolders starting = new WorkFolders(this.data);
		try {
			assertThat(job.resolve("source")).exists();
		}
		finally {
			starting.destroy();
			running.destroy();
		}
		assertThat(this.data.resolve("work/broadcast")).isEmptyDirectory();
	}

	/**
	 * Starts a node in a process of its own, has it begin a job, and kills it as
	 * {@code kill -9} would: no shutdown hook, no cleaning.
	 */
	private Path folderOfAKilledNode() throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process node = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				KilledNode.class.getName(), this.data.toString()))
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
			String line = out.readLine();
			while (line != null && !line.startsWith("job ")) {
				line = out.readLine();
			}
			assertThat(line).as("the node began its job").isNotNull();
			node.destroyForcibly();
			assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
			return Path.of(line.substring(4));
		}
	}

	/** A node that begins a transcode and waits to be killed. */
	static final class KilledNode {

		public static void main(String[] arguments) throws Exception {
			WorkFolders folders = new WorkFolders(Path.of(arguments[0]));
			Path job = folders.newFolder();
			Files.writeString(job.resolve("source"), "a video being transcoded");
			System.out.println("job " + job);
			System.out.flush();
			Thread.currentThread().join();
		}

	}

}
