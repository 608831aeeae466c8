package jp.musubi.tourism.figures;

import java.time.YearMonth;

public record MonthCount(YearMonth month, long count) {

}
