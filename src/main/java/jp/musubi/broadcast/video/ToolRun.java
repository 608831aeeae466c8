package jp.musubi.broadcast.video;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One run of ffmpeg or ffprobe, bounded in time. Both tools write a lot to stderr: a pipe
 * left unread fills up and the tool stops mid-file, so stderr is always drained, and its
 * last lines are kept because they are the only account of why a file failed. Standard
 * output is handed line by line to the calling thread, so a job's progress is reported
 * from the job's own thread.
 */
final class ToolRun {

	private static final int KEPT_LINES = 50;

	/** Once killed, the tool gets this long to be gone before its files are removed. */
	private static final Duration REAPING = Duration.ofSeconds(10);

	private ToolRun() {
	}

	static void run(List<String> command, Duration timeout, Consumer<String> eachOutputLine) throws Failed {
		Process process;
		try {
			// No shell: every argument, a file name included, reaches the tool whole.
			process = new ProcessBuilder(command).start();
			process.getOutputStream().close();
		}
		catch (IOException ex) {
			throw new Missing("could not start " + command.get(0) + ": " + ex.getMessage(), ex);
		}
		BlockingQueue<Optional<String>> output = new LinkedBlockingQueue<>();
		Deque<String> lastErrors = new ArrayDeque<>();
		reader(command.get(0) + "-stdout", process.getInputStream(), (line) -> output.add(Optional.of(line)),
				() -> output.add(Optional.empty()));
		Thread errorReader = reader(command.get(0) + "-stderr", process.getErrorStream(), (line) -> {
			synchronized (lastErrors) {
				if (lastErrors.size() == KEPT_LINES) {
					lastErrors.removeFirst();
				}
				lastErrors.addLast(line);
			}
		}, () -> {
		});
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (true) {
				Optional<String> line = output.poll(left(deadline), TimeUnit.NANOSECONDS);
				if (line == null) {
					throw new TimedOut(command.get(0) + " took longer than " + timeout + tail(lastErrors));
				}
				if (line.isEmpty()) {
					break;
				}
				eachOutputLine.accept(line.get());
			}
			if (!process.waitFor(left(deadline), TimeUnit.NANOSECONDS)) {
				throw new TimedOut(command.get(0) + " took longer than " + timeout + tail(lastErrors));
			}
			errorReader.join(REAPING.toMillis());
			if (process.exitValue() != 0) {
				throw new Failed(command.get(0) + " exited with " + process.exitValue() + tail(lastErrors), null);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Failed(command.get(0) + " was interrupted" + tail(lastErrors), ex);
		}
		finally {
			if (process.isAlive()) {
				process.destroyForcibly();
				awaitEnd(process);
			}
		}
	}

	private static long left(long deadline) {
		return Math.max(0, deadline - System.nanoTime());
	}

	private static void awaitEnd(Process process) {
		// Waiting must survive the interrupt that caused the kill, or the caller
		// would delete files ffmpeg is still writing.
		boolean interrupted = Thread.interrupted();
		try {
			process.waitFor(REAPING.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			interrupted = true;
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static Thread reader(String name, InputStream stream, Consumer<String> eachLine, Runnable atEnd) {
		Thread thread = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					eachLine.accept(line);
				}
			}
			catch (IOException ex) {
				// The stream closes under us when the tool is killed; the exit code
				// tells the rest.
			}
			finally {
				atEnd.run();
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static String tail(Deque<String> lastErrors) {
		synchronized (lastErrors) {
			return lastErrors.isEmpty() ? "" : ":\n" + String.join("\n", lastErrors);
		}
	}

	/** The tool could not finish its work; the message carries its last words. */
	static class Failed extends Exception {

		Failed(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** The tool ran past its time and was stopped. */
	static final class TimedOut extends Failed {

		TimedOut(String message) {
			super(message, null);
		}

	}

	/** The tool is not there to run: the server, not the file, is at fault. */
	static final class Missing extends Failed {

		Missing(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
