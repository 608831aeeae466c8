package jp.musubi.platform.jobs.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
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
		model.addAttribute("recurring",
				this.storage.getRecurringJobs()
					.stream()
					.sorted(Comparator.comparing(RecurringJob::getId))
					.map((job) -> new Recurring(job.getId(), Label.of(job.getJobDetails(), job.getJobName()),
							job.getScheduleExpression(), job.getNextRun()))
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
	record FailedJob(UUID id, Label label, Instant failedAt, String reason) {

		static FailedJob of(Job job) {
			String reason = job.getLastJobStateOfType(FailedState.class)
				.map((state) -> state.getExceptionType() + ": " + state.getExceptionMessage())
				.orElse("");
			return new FailedJob(job.getId(), Label.of(job.getJobDetails(), job.getJobName()), job.getUpdatedAt(),
					reason);
		}

	}

	/** A job that runs on a schedule. */
	record Recurring(String id, Label label, String schedule, Instant nextRun) {

	}

	/**
	 * What a job is called on the page: the message
	 * {@code platform.jobs.task.<class>.<method>}, with the job's first argument (the
	 * campaign, the video) as {@code {0}}; JobRunr's own name, which is English and for
	 * developers, only for a job the bundles do not know yet.
	 */
	record Label(String key, Object[] arguments, String fallback) {

		static Label of(JobDetails details, String fallback) {
			String className = details.getClassName();
			String simpleName = className.substring(className.lastIndexOf('.') + 1);
			// A transactional job bean is a proxy: its class is named after the bean's.
			int proxy = simpleName.indexOf("$$");
			simpleName = (proxy > 0) ? simpleName.substring(0, proxy) : simpleName;
			Object[] arguments = details.getJobParameterValues();
			return new Label("platform.jobs.task." + simpleName + "." + details.getMethodName(),
					(arguments.length > 0 && arguments[0] != null) ? new Object[] { String.valueOf(arguments[0]) }
							: new Object[0],
					fallback);
		}

	}

}
