package jp.musubi.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The region's portal: what Musubi offers here and where to begin. */
@Controller
class HomeController {

	@GetMapping("/")
	@SharedPage
	String home() {
		return "platform/home";
	}

}
