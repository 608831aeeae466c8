package jp.musubi.tourism.followup;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.stereotype.Component;

/**
 * The follow-up's timetable in JobRunr, which runs each on one node at a time and keeps
 * it across restarts. Each run picks up what is due, so a missed run is made up by the
 * next.
 */
@Component
// Public: JobRunr calls the job method by reflection from its own package and is refused
// on a package-private class (IllegalAccessException), leaving the job failed.
public class FollowUpJobs {

	private final Surveys surveys;

	private final Checkups checkups;

	private final RevisitOffers revisits;

	FollowUpJobs(Surveys surveys, Checkups checkups, RevisitOffers revisits) {
		this.surveys = surveys;
		this.checkups = checkups;
		this.revisits = revisits;
	}

	@Recurring(id = "tourism-send-surveys", cron = "*/5 * * * *")
	@Job(name = "Send the surveys that are due")
	public void sendSurveys() {
		this.surveys.sendDue();
	}

	// Mornings in Japan (00:30 UTC is 09:30 JST), so a reminder arrives at a decent hour.
	@Recurring(id = "tourism-checkup-reminders", cron = "30 0 * * *")
	@Job(name = "Remind guests of their next checkup")
	public void remindCheckups() {
		this.checkups.sendReminders();
	}

	@Recurring(id = "tourism-revisit-offers", cron = "0 1 * * *")
	@Job(name = "Offer a revisit to guests who consented to offers")
	public void offerRevisits() {
		this.revisits.sendDue();
	}

}
