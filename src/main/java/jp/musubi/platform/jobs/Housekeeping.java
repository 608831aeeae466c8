package jp.musubi.platform.jobs;

import java.time.Duration;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Work no module owns. An event whose listener failed (say the database was briefly out
 * of reach) stays in the publication log; it is handed to its listener again here, so
 * nothing accepted is lost and nothing waits for a restart.
 */
@Component
// Public: JobRunr calls the job method by reflection from its own package and is refused
// on a package-private class (IllegalAccessException), leaving the job failed.
public class Housekeeping {

	static final Duration RETRY_AFTER = Duration.ofMinutes(5);

	private final IncompleteEventPublications publications;

	Housekeeping(IncompleteEventPublications publications) {
		this.publications = publications;
	}

	@Recurring(id = "platform-retry-events", cron = "*/5 * * * *")
	@Job(name = "Retry module events whose listener failed")
	public void retryIncompleteEvents() {
		this.publications.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
	}

}
