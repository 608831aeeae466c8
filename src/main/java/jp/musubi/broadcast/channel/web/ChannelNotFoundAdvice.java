package jp.musubi.broadcast.channel.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.broadcast.channel.ChannelAccess;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A channel that does not exist and one the person may not see answer alike: the error
 * page's 404 in their language, or problem+json for the API. Ahead of the platform's
 * last-resort advice, which would log it as a failure and answer 500.
 */
@ControllerAdvice
@Order(0)
class ChannelNotFoundAdvice {

	@ExceptionHandler(ChannelAccess.NotVisible.class)
	void notVisible(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
