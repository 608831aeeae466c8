package jp.musubi.platform.security;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.stereotype.Component;

/**
 * Forgets failed sign-ins once they no longer count, so the table holds only the window.
 */
@Component
// Public: JobRunr calls the job method by reflection from its own package and is refused
// on a package-private class (IllegalAccessException), leaving the job failed.
public class SignInHousekeeping {

	private final SignInThrottle throttle;

	SignInHousekeeping(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Recurring(id = "platform-forget-sign-in-failures", cron = "7 * * * *")
	@Job(name = "Forget failed sign-ins older than the window")
	public void forgetOldFailures() {
		this.throttle.forgetOldFailures();
	}

}
