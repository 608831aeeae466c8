package jp.musubi.platform.pdf;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, sent to the application's instead of the console handler it
 * installs of its own, so that it has the application's format and levels. Its INFO lines
 * ("Prepare to fly", every font it loads) come with every document, so they become DEBUG.
 */
final class RendererLog implements XRLogger {

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable failure) {
		Logger log = LoggerFactory.getLogger(where);
		if (level.intValue() >= Level.SEVERE.intValue()) {
			log.error(message, failure);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn(message, failure);
		}
		else {
			log.debug(message, failure);
		}
	}

	@Override
	public void setLevel(String where, Level level) {
		// Levels are set in the application's logging configuration.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger log = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int level = diagnostic.getLevel().intValue();
		if (level >= Level.SEVERE.intValue()) {
			return log.isErrorEnabled();
		}
		return (level >= Level.WARNING.intValue()) ? log.isWarnEnabled() : log.isDebugEnabled();
	}

}
