package jp.musubi.platform.jobs;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.AmountRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' view of background jobs, inside Musubi and behind its sign-in.
 * JobRunr's own dashboard is a separate web server without authentication in the
 * open-source edition, so it stays off; this page shows what an administrator needs from
 * it and retries failed jobs.
 */
@Controller
class JobsDashboard {

	private static final int FAILED_SHOWN = 20;

	private final StorageProvider storage;

	JobsDashboard(StorageProvider storage) {
		this.storage = storage;
	}

	@GetMapping("/admin/jobs")
	String show(Model model) {
		model.addAttribute("stats", this.storage.getJobStats());
		model.addAttribute("failed",
				this.storage.getJobList(StateName.FAILED, new AmountRequest("updatedAt:DESC", FAILED_SHOWN))
					.stream()
					.map(FailedJob::of)
					.toList());
		model.addAttribute("recurring", this.storage.getRecurringJobs()
			.stream()
			.sorted(Comparator.comparing(RecurringJob::getId))
			.map((job) -> new Recurring(job.getId(), job.getJobName(), job.getScheduleExpression(), job.getNextRun()))
			.toList());
		model.addAttribute("servers", this.storage.getBackgroundJobServers());
		return "platform/jobs";
	}

	@PostMapping("/admin/jobs/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			Job job = this.storage.getJobById(id);
			if (job.hasState(StateName.FAILED)) {
				job.enqueue();
				this.storage.save(job);
				redirect.addFlashAttribute("notice", "platform.jobs.retried");
			}
		}
		catch (JobNotFoundException ex) {
			redirect.addFlashAttribute("notice", "platform.jobs.notFound");
		}
		return "redirect:/admin/jobs";
	}

	/** A job that failed, with the reason JobRunr recorded. */
	record FailedJob(UUID id, String name, String recurringId, Instant failedAt, String reason) {

		static FailedJob of(Job job) {
			String reason = job.getLastJobStateOfType(FailedState.class)
				.map((state) -> state.getExceptionType() + ": " + state.getExceptionMessage())
				.orElse("");
			return new FailedJob(job.getId(), job.getJobName(), job.getRecurringJobId().orElse(""), job.getUpdatedAt(),
					reason);
		}

	}

	/** A job that runs on a schedule. */
	record Recurring(String id, String name, String schedule, Instant nextRun) {

	}

}
