package jp.musubi.tourism.figures;

import java.time.YearMonth;

record MonthCount(YearMonth month, long count) {

}
