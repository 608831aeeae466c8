package jp.musubi.platform.web;

import java.util.List;

import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal's particulars reach the caller inside its message. */
class ProblemsTests {

	@Test
	void aRefusedFileIsAnsweredWithTheLineItNames() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Problems problems = new Problems(messages, JsonMapper.shared());
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/notices");
		request.addHeader("Accept-Language", "ja");

		ProblemDetail problem = problems
			.refused(List.of(new InputRefused("file", "platform.zengin.error.length", 2, 199, 200)), request)
			.getBody();

		assertThat(problem.getDetail()).isEqualTo("2行目の長さが199バイトです。全銀協の形式では1行200バイトです。");
		assertThat(problem.getProperties()).containsEntry("messageKey", "platform.zengin.error.length");
	}

}
