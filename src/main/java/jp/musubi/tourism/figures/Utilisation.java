package jp.musubi.tourism.figures;

import java.time.YearMonth;
import java.util.List;

/** A facility's capacity taken against offered, month by month. */
record Utilisation(String facility, List<Usage> months) {

}
