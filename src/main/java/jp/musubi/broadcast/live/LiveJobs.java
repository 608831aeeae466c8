package jp.musubi.broadcast.live;

import jp.musubi.broadcast.BroadcastProperties;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.stereotype.Component;

/**
 * Ends live broadcasts whose encoder stopped without the end mark (a dropped line, a
 * closed laptop), so their recordings become videos. Public because JobRunr calls it.
 */
@Component
public class LiveJobs {

	private final LiveIngest ingest;

	private final BroadcastProperties properties;

	LiveJobs(LiveIngest ingest, BroadcastProperties properties) {
		this.ingest = ingest;
		this.properties = properties;
	}

	@Recurring(id = "broadcast-end-silent-lives", interval = "PT30S")
	@Job(name = "End live broadcasts that went silent")
	public void endSilent() {
		this.ingest.endSilent(this.properties.liveIdleAfter());
	}

}
