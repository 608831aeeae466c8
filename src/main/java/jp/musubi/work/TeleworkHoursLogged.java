package jp.musubi.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member logged how many hours they teleworked on a contract in a week (Monday to
 * Sunday). {@code hours} is the week's figure for that contract as it now stands, not an
 * increment, so a listener that sees the same event twice counts it once.
 * {@code loggedAt} orders the figures of one week, so that a listener handling two
 * corrections out of order keeps the later.
 */
public record TeleworkHoursLogged(UUID memberId, UUID contractId, LocalDate weekStart, BigDecimal hours,
		Instant loggedAt) {

}
