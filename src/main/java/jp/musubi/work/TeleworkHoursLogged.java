package jp.musubi.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member logged how many hours they teleworked on a contract in a week (Monday to
 * Sunday). {@code hours} is the week's figure for that contract as it now stands, not an
 * increment, so a listener that sees the same event twice counts it once.
 */
public record TeleworkHoursLogged(UUID memberId, UUID contractId, LocalDate weekStart, BigDecimal hours) {

}
