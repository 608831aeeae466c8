package jp.musubi.insight.directory.web;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.web.SharedPage;
import jp.musubi.accounts.AgentDirectory;
import jp.musubi.accounts.ListedAgent;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public directory of support agents for people who work from home, searchable by
 * words and filterable by prefecture. A plain GET form, so it works without JavaScript;
 * with it, htmx refreshes the results as the visitor types.
 */
@Controller
class DirectoryController {

	static final int PAGE_SIZE = 10;

	private static final int QUERY_LIMIT = 100;

	private final AgentDirectory directory;

	DirectoryController(AgentDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/agents")
	@SharedPage
	String agents(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String prefecture,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
		String words = (q.length() > QUERY_LIMIT) ? q.substring(0, QUERY_LIMIT) : q;
		Prefecture chosen = Prefecture.ofCode(prefecture).orElse(null);
		Page<ListedAgent> agents = this.directory.search(words, chosen,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("q", words);
		model.addAttribute("prefecture", (chosen != null) ? chosen.code() : "");
		model.addAttribute("prefectures", Prefecture.values());
		model.addAttribute("agents", agents);
		model.addAttribute("pages", PageLinks.of(agents, request));
		return "insight/directory/agents";
	}

}
