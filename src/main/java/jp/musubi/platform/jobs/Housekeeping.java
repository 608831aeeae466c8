package jp.musubi.platform.jobs;

import java.time.Duration;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.modulith.events.CompletedEventPublications;
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

	/** How long a done event stays in the publication log, for whoever traces a case. */
	static final Duration KEEP_COMPLETED = Duration.ofDays(30);

	private final IncompleteEventPublications publications;

	private final CompletedEventPublications completed;

	Housekeeping(IncompleteEventPublications publications, CompletedEventPublications completed) {
		this.publications = publications;
		this.completed = completed;
	}

	@Recurring(id = "platform-retry-events", cron = "*/5 * * * *")
	@Job(name = "Retry module events whose listener failed")
	public void retryIncompleteEvents() {
		this.publications.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
	}

	// Every event another module listens for (@ApplicationModuleListener) leaves a row
	// in the publication log, which without this grows for ever.
	@Recurring(id = "platform-forget-completed-events", cron = "40 3 * * *")
	@Job(name = "Forget module events done more than 30 days ago")
	public void forgetCompletedEvents() {
		this.completed.deletePublicationsOlderThan(KEEP_COMPLETED);
	}

}
